#!/bin/sh
# package.sh builds the Linux release archive of the map:
#
#   dist/ningbomap-VERSION-linux-ARCH.tar.xz   (and a .sha256 beside it)
#
# holding ningbomap-VERSION-linux-ARCH/ with the release binary (deploy/build.sh: version,
# commit and build date stamped, trimmed paths, stripped, reproducible) under
# usr/local/bin, the menu entry and icon under usr/local/share, a Makefile (`make
# user-install` puts them in ~/.local, `sudo make install` in /usr/local), and kiosk/ with
# the systemd user unit, the autostart entry and the kiosk install guide. Files carry the
# commit's time, so the archive of one commit is the same byte for byte.
#
# Needs Go, the cgo toolchain and X11/OpenGL headers (`make deps` installs them) and xz.
# Environment: OUT (output folder, default dist/), BIN (an already built Linux binary
# to package instead of building one).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Leave Fyne's emoji font out (4.2 MB of binary, 4.8 MB of heap per text style), as make does.
export GOFLAGS="${GOFLAGS:--tags=no_emoji}"
OUT=${OUT:-$root/dist}
appid=cn.ningbo.partybuilding.storymap

command -v xz >/dev/null || { echo "package.sh: xz is missing (apt-get install xz-utils)" >&2; exit 1; }
[ -n "${COMMIT:-}" ] || eval "$(deploy/version.sh)"
name=ningbomap-$VERSION-linux-amd64

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT INT TERM
pkg=$stage/$name
if [ -n "${BIN:-}" ]; then
	install -Dm755 "$BIN" "$pkg/usr/local/bin/ningbomap"
else
	mkdir -p "$pkg/usr/local/bin"
	deploy/build.sh linux "$pkg/usr/local/bin/ningbomap"
fi
install -Dm644 deploy/ningbomap.desktop "$pkg/usr/local/share/applications/$appid.desktop"
install -Dm644 resources/icons/icon.png "$pkg/usr/local/share/pixmaps/$appid.png"
install -Dm644 deploy/archive.mk "$pkg/Makefile"
mkdir "$pkg/kiosk"
install -m 644 deploy/ningbomap-kiosk.service deploy/ningbomap-kiosk.desktop deploy/README.md "$pkg/kiosk/"
find "$pkg" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

mkdir -p "$OUT"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
	-cf - "$name" | xz -T1 -9 >"$OUT/$name.tar.xz"
(cd "$OUT" && sha256sum "$name.tar.xz" >"$name.tar.xz.sha256")
echo "package.sh: wrote $OUT/$name.tar.xz ($(du -h "$OUT/$name.tar.xz" | cut -f1))"
