#!/bin/sh
# dist.sh builds every release artefact of the current commit into OUT (default dist/):
#
#   ningbomap-VERSION-windows-amd64.zip   ningbomap.exe and README.txt
#   ningbomap_VERSION-1_amd64.deb         Debian package (deploy/deb.sh)
#   ningbomap-VERSION-linux-amd64.tar.xz  Linux archive (deploy/package.sh)
#   SHA256SUMS                            over the three
#
# Every binary is built by deploy/build.sh (version, commit and date from git,
# reproducible). `make dist` installs the tools first.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
OUT=${OUT:-$root/dist}
export OUT
# Settled once, so that every artefact names the same commit.
eval "$(deploy/version.sh)"
export VERSION COMMIT BUILD_DATE SOURCE_DATE_EPOCH DEB_VERSION

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT INT TERM
rm -f "$OUT"/ningbomap-*-windows-amd64.zip "$OUT"/ningbomap_*_amd64.deb \
	"$OUT"/ningbomap-*-linux-amd64.tar.xz* "$OUT/SHA256SUMS"
mkdir -p "$OUT"

t0=$(date +%s)
deploy/build.sh linux "$stage/linux/ningbomap"
t1=$(date +%s)
deploy/build.sh windows "$stage/windows/ningbomap.exe"
t2=$(date +%s)
echo "dist.sh: linux build $((t1 - t0)) s, windows build $((t2 - t1)) s"

# Windows: a zip of one folder, files dated at the commit, stored in name order.
win=ningbomap-$VERSION-windows-amd64
mkdir "$stage/zip" "$stage/zip/$win"
cp "$stage/windows/ningbomap.exe" "$stage/zip/$win/"
sed "s/@VERSION@/$VERSION/; s/@COMMIT@/$COMMIT/" deploy/windows/README.txt | sed 's/$/\r/' >"$stage/zip/$win/README.txt"
find "$stage/zip" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
(cd "$stage/zip" && find "$win" | LC_ALL=C sort | TZ=UTC zip -q -X -9 -@ "$OUT/$win.zip")

BIN=$stage/linux/ningbomap deploy/package.sh
rm -f "$OUT"/ningbomap-*-linux-amd64.tar.xz.sha256
deploy/deb.sh "$stage/linux/ningbomap"

(cd "$OUT" && sha256sum "$win.zip" "ningbomap_${DEB_VERSION}_amd64.deb" \
	"ningbomap-$VERSION-linux-amd64.tar.xz" >SHA256SUMS)
echo "dist.sh: $OUT ($(($(date +%s) - t0)) s):"
(cd "$OUT" && ls -l && cat SHA256SUMS)
