#!/bin/sh
# build.sh OS OUT builds the release binary of the map for OS (linux or windows, amd64)
# into the file OUT, reproducibly:
#
#   - version from FyneApp.toml, commit and build date from git (the commit's time, also
#     exported as SOURCE_DATE_EPOCH), passed with -ldflags -X; a work tree with changes
#     is marked "-dirty";
#   - -trimpath, -buildid= and no VCS stamping, so two builds of one commit are
#     byte-identical;
#   - windows: cross-compiled with cgo by mingw-w64 (CC=x86_64-w64-mingw32-gcc), a GUI
#     program (-H=windowsgui: no console window; the sub-commands attach to the
#     terminal they were started from), with the icon and version information from a
#     resource object made by go-winres (pinned below) for the time of the build only.
#
# Environment: GO (default go), WINRES (default `go run github.com/tc-hib/go-winres@v0.3.3`).
set -eu

os=${1:?usage: build.sh linux|windows OUT}
out=${2:?usage: build.sh linux|windows OUT}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
GO=${GO:-go}
WINRES=${WINRES:-$GO run github.com/tc-hib/go-winres@v0.3.3}

[ -n "${COMMIT:-}" ] || eval "$(deploy/version.sh)"
export SOURCE_DATE_EPOCH
ldflags="-s -w -buildid= -X ningbomap/cli.version=$VERSION -X ningbomap/cli.commit=$COMMIT -X ningbomap/cli.buildDate=$BUILD_DATE"
flags="-trimpath -buildvcs=false"
case "$out" in /*) ;; *) out=$(pwd)/$out ;; esac

case "$os" in
linux)
	CGO_ENABLED=1 GOOS=linux GOARCH=amd64 \
		$GO build $flags -buildmode=pie -ldflags "$ldflags -extldflags=-Wl,-z,relro,-z,now" -o "$out" .
	;;
windows)
	command -v x86_64-w64-mingw32-gcc >/dev/null ||
		{ echo "build.sh: x86_64-w64-mingw32-gcc is missing (apt-get install gcc-mingw-w64-x86-64)" >&2; exit 1; }
	syso=$root/rsrc_windows_amd64.syso
	trap 'rm -f "$syso"' EXIT INT TERM
	# File version: four numbers (0.1.0 -> 0.1.0.0).
	fv=$(echo "$VERSION" | sed 's/[^0-9.].*//'); while [ "$(echo "$fv" | tr -cd . | wc -c)" -lt 3 ]; do fv=$fv.0; done
	(cd "$(mktemp -d)" && $WINRES simply --arch amd64 --out "$root/rsrc" \
		--icon "$root/resources/icons/icon.png" --manifest gui \
		--file-version "$fv" --product-version "$VERSION ($COMMIT)" \
		--product-name "Ningbo Party-Building Story Map" \
		--file-description "Ningbo Party-Building Story Map" \
		--copyright "Ningbo story map authors" --original-filename ningbomap.exe)
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		$GO build $flags -ldflags "$ldflags -H=windowsgui" -o "$out" .
	;;
*)
	echo "build.sh: unknown OS $os: want linux or windows" >&2
	exit 2
	;;
esac
echo "build.sh: $os binary $out ($(du -h "$out" | cut -f1)), version $VERSION, commit $COMMIT, built $BUILD_DATE"
