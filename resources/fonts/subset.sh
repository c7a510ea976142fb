#!/bin/sh
# subset.sh makes resources/fonts/DroidSansFallback-GB2312.ttf: Droid Sans Fallback cut down
# to the GB2312 characters (the 6,763 common simplified hanzi and their punctuation), CJK
# and full-width punctuation, and every character of the embedded data and translations.
# The full font is ~4 MB and Fyne keeps several parsed copies of it (~30 MB each); the
# subset is a quarter of the size.
#
# Needs Debian's fonts-droid-fallback and python3-fonttools. Run from the repository root
# after adding content with characters outside GB2312 (the font coverage test in app/
# says which).
set -eu
src=${1:-/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}
out=resources/fonts/DroidSansFallback-GB2312.ttf
chars=$(mktemp)
trap 'rm -f "$chars"' EXIT
/usr/bin/python3 - "$chars" <<'PY'
import glob, json, sys
cs = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            cs.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
for a, b in [(0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2000, 0x206F), (0x20, 0x7E)]:
    cs.update(chr(c) for c in range(a, b + 1))
for path in glob.glob('data/layers/*.geojson') + glob.glob('data/basemap/*.geojson') + \
        glob.glob('resources/translations/*.json'):
    cs.update(open(path, encoding='utf-8').read())
cs = {c for c in cs if ord(c) >= 0x20}
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(cs)))
print(len(cs), 'characters')
PY
/usr/bin/python3 -m fontTools.subset "$src" --text-file="$chars" --output-file="$out" \
	--layout-features='*' --no-hinting --notdef-outline --name-IDs='*' --name-languages='*'
ls -l "$out"
