#!/bin/sh
# package.sh builds the Linux release archive of the map:
#
#   dist/ningbomap-VERSION-linux-ARCH.tar.xz   (and a .sha256 beside it)
#
# holding ningbomap-VERSION-linux-ARCH/ with the release binary (built by `fyne package
# --release`: trimmed paths, stripped, hardened cgo flags, FyneApp.toml metadata), the menu
# entry and icon under usr/local/share, fyne's Makefile (`make user-install` puts them in
# ~/.local, `sudo make install` in /usr/local), and kiosk/ with the systemd user unit, the
# autostart entry and the kiosk install guide.
#
# Needs Go, the cgo toolchain and X11/OpenGL headers (`make deps` installs them) and xz.
# Environment: OUT (output folder, default dist/), FYNE (the fyne command, default
# `go run fyne.io/tools/cmd/fyne@v1.7.4`).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
FYNE=${FYNE:-go run fyne.io/tools/cmd/fyne@v1.7.4}
# Leave Fyne's emoji font out (4.2 MB of binary, 4.8 MB of heap per text style), as make does.
export GOFLAGS="${GOFLAGS:--tags=no_emoji}"
OUT=${OUT:-$root/dist}
appid=cn.ningbo.partybuilding.storymap

command -v xz >/dev/null || { echo "package.sh: xz is missing (apt-get install xz-utils)" >&2; exit 1; }
version=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml)
[ -n "$version" ] || { echo "package.sh: no Version in FyneApp.toml" >&2; exit 1; }
name=ningbomap-$version-linux-$(go env GOARCH)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT INT TERM

# Build from a copy of the work tree (tracked and new files, not ignored ones such as a
# local ./ningbomap, which fyne would package instead of building): fyne writes a
# metadata file into the source folder while it builds, and the work tree stays as it is.
mkdir "$stage/src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files -z --cached --others --exclude-standard |
		tar -C "$root" --null -T - -cf - | tar -C "$stage/src" -xf -
else
	tar -C "$root" --exclude=./.git --exclude=./ningbomap --exclude=./dist -cf - . |
		tar -C "$stage/src" -xf -
fi

echo "package.sh: building and packaging $name with fyne (the first build compiles GLFW: minutes)"
start=$(date +%s)
(cd "$stage/src" && $FYNE package -os linux -icon resources/icons/icon.png \
	--name ningbomap --app-id "$appid" --release)
echo "package.sh: fyne package took $(($(date +%s) - start)) s"

# Repack under a versioned folder, with the bilingual menu entry and the kiosk files.
mkdir "$stage/pkg"
tar -C "$stage/pkg" -xJf "$stage/src/ningbomap.tar.xz"
mv "$stage/pkg/ningbomap" "$stage/pkg/$name"
pkg=$stage/pkg/$name
desktop=$(find "$pkg/usr" -path "*/share/applications/$appid.desktop")
bin=$(find "$pkg/usr" -path '*/bin/ningbomap' -type f)
icon=$(find "$pkg/usr" -path "*/share/pixmaps/$appid.png")
[ -n "$desktop" ] && [ -n "$bin" ] && [ -n "$icon" ] || {
	echo "package.sh: fyne's archive lacks the binary, desktop entry or icon:" >&2
	(cd "$stage/pkg" && find . -type f) >&2
	exit 1
}
install -m 644 deploy/ningbomap.desktop "$desktop"
mkdir "$pkg/kiosk"
install -m 644 deploy/ningbomap-kiosk.service deploy/ningbomap-kiosk.desktop deploy/README.md "$pkg/kiosk/"

mkdir -p "$OUT"
tar -C "$stage/pkg" --sort=name --owner=0 --group=0 --numeric-owner -cJf "$OUT/$name.tar.xz" "$name"
(cd "$OUT" && sha256sum "$name.tar.xz" >"$name.tar.xz.sha256")

echo "package.sh: wrote $OUT/$name.tar.xz ($(du -h "$OUT/$name.tar.xz" | cut -f1); binary $(du -h "$bin" | cut -f1))"
tar -tJvf "$OUT/$name.tar.xz"
