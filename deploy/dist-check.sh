#!/bin/sh
# dist-check.sh proves that the artefacts in OUT (default dist/, from deploy/dist.sh) run:
#
#   - SHA256SUMS matches; lintian finds no error in the .deb (its warnings are listed);
#   - the .deb, unpacked into a throwaway root: --version names this commit, render draws
#     the map (English and Chinese: the Linux reference pictures);
#   - the Windows zip, under Wine with Xvfb, in its own throwaway Wine prefix:
#       --version; render of tengtou in English and in Chinese, each the same picture as
#       Linux's within a small pixel difference (Chinese proves --lang reaches the
#       translations on Windows); a data folder whose path has Chinese characters and
#       spaces (the program in such a folder too); a GBK CSV imported by export --from;
#       the window opened and a screenshot that shows the map;
#   - both binaries built again from the same commit are byte-identical to the released.
#
# Wine 8 lacks bcryptprimitives.dll's ProcessPrng, which Go needs: the prefix gets a
# stand-in built from .ci/wine/bcryptprimitives.c. It lives in that throwaway prefix only.
# Pictures and logs are kept in OUT/check/ for a person to look at.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
OUT=${OUT:-$root/dist}
[ -n "${COMMIT:-}" ] || eval "$(deploy/version.sh)"
export VERSION COMMIT BUILD_DATE SOURCE_DATE_EPOCH DEB_VERSION
deb=$OUT/ningbomap_${DEB_VERSION}_amd64.deb
zip=$OUT/ningbomap-$VERSION-windows-amd64.zip
check=$OUT/check
rm -rf "$check"
mkdir -p "$check"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
pngdiff=$tmp/pngdiff
go build -o "$pngdiff" ./cmd/pngdiff

fails=0
ok() { echo "dist-check: ok: $*"; }
bad() { echo "dist-check: FAIL: $*" >&2; fails=$((fails + 1)); }
step() { echo "dist-check: --- $*"; }

step "checksums"
(cd "$OUT" && sha256sum -c SHA256SUMS) && ok "SHA256SUMS" || bad "SHA256SUMS"

step "lintian"
lintian --no-tag-display-limit "$deb" >"$check/lintian.txt" 2>&1 || true
cat "$check/lintian.txt"
if grep -q '^E:' "$check/lintian.txt"; then bad "lintian reports errors"; else
	ok "lintian: no errors, $(grep -c '^W:' "$check/lintian.txt" || true) warnings"; fi

step "Debian package in a throwaway root"
debroot=$tmp/debroot
dpkg-deb -x "$deb" "$debroot"
linux=$debroot/usr/bin/ningbomap
v=$("$linux" --version)
echo "$v"
case "$v" in *"ningbomap $VERSION (commit $COMMIT, built $BUILD_DATE"*) ok ".deb --version" ;; *) bad ".deb --version: $v" ;; esac
for l in en zh; do
	if "$linux" render --site tengtou --lang "$l" --out "$check/linux-$l.png" &&
		"$pngdiff" -drawn "$check/linux-$l.png"; then ok ".deb render ($l)"; else bad ".deb render ($l)"; fi
done

step "reproducible: the binaries built again are the same bytes"
deploy/build.sh linux "$tmp/again-linux" >/dev/null
deploy/build.sh windows "$tmp/again.exe" >/dev/null
unzip -q -o -j "$zip" '*/ningbomap.exe' -d "$tmp/fromzip"
sha256sum "$linux" "$tmp/again-linux" "$tmp/fromzip/ningbomap.exe" "$tmp/again.exe" | tee "$check/reproducible.txt"
if cmp -s "$linux" "$tmp/again-linux" && cmp -s "$tmp/fromzip/ningbomap.exe" "$tmp/again.exe"; then
	ok "rebuilt binaries are byte-identical to the released ones"
else bad "rebuilt binaries differ from the released ones"; fi

step "Windows build under Wine"
# Wine turns Unix file names and arguments into Windows ones in the locale's encoding.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export WINEPREFIX="$tmp/wine prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# A folder with Chinese characters and spaces, for the program and its data.
win="$tmp/宁波 地图 测试"
mkdir -p "$win/数据 文件夹"
unzip -q "$zip" -d "$win"
exe=$(find "$win" -name ningbomap.exe)
xvfb-run -a wineboot -i >"$check/wineboot.log" 2>&1 || { cat "$check/wineboot.log"; bad "wineboot"; }
x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	.ci/wine/bcryptprimitives.c -ladvapi32
wexe() { xvfb-run -a -s "-screen 0 1280x1024x24" wine "$exe" "$@"; }
winpath() { winepath -w "$1" 2>/dev/null; }

v=$(wexe --version | tr -d '\r')
echo "$v"
case "$v" in *"ningbomap $VERSION (commit $COMMIT, built $BUILD_DATE"*windows/amd64*) ok "wine --version" ;; *) bad "wine --version: $v" ;; esac

for l in en zh; do
	out="$win/render-$l.png"
	if wexe render --site tengtou --lang "$l" --out "$(winpath "$out")" && cp "$out" "$check/wine-$l.png" &&
		"$pngdiff" "$check/linux-$l.png" "$check/wine-$l.png"; then
		ok "wine render ($l) matches Linux"
	else bad "wine render ($l)"; fi
done

# Usage: 2 and a suggestion for a mistyped command, under Windows too.
set +e
wexe rendr >"$check/wine-usage.txt" 2>&1
st=$?
set -e
if [ "$st" = 2 ] && grep -q "did you mean render" "$check/wine-usage.txt"; then ok "wine: unknown command, status 2"; else
	cat "$check/wine-usage.txt"; bad "wine: unknown command gave status $st"; fi

# The data folder: a copy of a layer with one name changed, read from a path with
# Chinese characters and spaces (the program itself is in one too).
sed 's/"Tengtou Village"/"Tengtou Village (data folder)"/' data/layers/revitalisation.geojson \
	>"$win/数据 文件夹/revitalisation.geojson"
"$linux" render --site tengtou --lang en --data "$win/数据 文件夹" --out "$check/linux-data.png"
if wexe check "$(winpath "$win/数据 文件夹")" >"$check/wine-check.txt" 2>&1 &&
	wexe render --site tengtou --lang en --data "$(winpath "$win/数据 文件夹")" --out "$(winpath "$win/data.png")" &&
	cp "$win/data.png" "$check/wine-data.png" &&
	"$pngdiff" "$check/linux-data.png" "$check/wine-data.png" &&
	! "$pngdiff" -max 0.0005 "$check/linux-en.png" "$check/wine-data.png" >/dev/null; then
	ok "wine: data folder \"$(basename "$win")/数据 文件夹\" read (its changed name drawn)"
else cat "$check/wine-check.txt"; bad "wine: data folder with Chinese characters and spaces"; fi

# A GBK CSV (as Excel writes it on a Chinese Windows), imported by export --from.
printf '名称,经度,纬度,说明\n滕头村,121.353,29.68,乡村振兴\n白龙社区,121.56,29.87,基层治理\n' |
	iconv -f UTF-8 -t GBK >"$win/数据 文件夹/地点 GBK.csv"
if wexe export --format geojson --from "$(winpath "$win/数据 文件夹/地点 GBK.csv")" \
	--out "$(winpath "$win/gbk.geojson")" >"$check/wine-gbk.txt" 2>&1 &&
	grep -q '滕头村' "$win/gbk.geojson" && grep -q '白龙社区' "$win/gbk.geojson"; then
	cp "$win/gbk.geojson" "$check/wine-gbk.geojson"
	ok "wine: GBK CSV imported (names read as 滕头村, 白龙社区)"
else cat "$check/wine-gbk.txt"; bad "wine: GBK CSV"; fi

# The window: start the map, wait for it to draw, take a screenshot of the screen. The
# Wine processes of the earlier steps belong to X servers that are gone: end them first,
# or the window is created on a dead display ("Failed to create helper window").
wineserver -k 2>/dev/null || true
wineserver -w 2>/dev/null || true
cat >"$tmp/window.sh" <<'SH'
wine "$1" --size 1200x800 --lang zh --usage-dir - &
pid=$!
sleep "$3"
import -window root "$2"
kill $pid 2>/dev/null
wineserver -k 2>/dev/null
exit 0
SH
LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1280x1024x24 +extension GLX" sh "$tmp/window.sh" "$exe" \
	"$check/wine-window.png" "${WINDOW_WAIT:-45}" >"$check/wine-window.log" 2>&1 || true
if "$pngdiff" -drawn -min-colours 200 "$check/wine-window.png"; then ok "wine: window drawn ($check/wine-window.png)"; else
	cat "$check/wine-window.log"; bad "wine: window"; fi

if [ "$fails" -gt 0 ]; then
	echo "dist-check: $fails check(s) failed" >&2
	exit 1
fi
echo "dist-check: all passed; pictures in $check"
