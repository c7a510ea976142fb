#!/bin/sh
# subset.sh makes resources/fonts/NotoSansCJKsc-{Regular,Bold}.otf: Noto Sans CJK SC
# (face 2 of Debian's NotoSansCJK-*.ttc collections, SIL Open Font License 1.1) cut down to
#   - the GB2312 characters (the 6,763 common simplified hanzi and their punctuation),
#   - CJK and full-width punctuation, general punctuation and common symbols,
#   - Latin (ASCII, Latin-1, Latin Extended-A and pinyin tone letters) and digits, so that
#     Latin words and numbers inside Chinese text come from the same family,
#   - every character of the embedded data and of the translations.
# Each output is a single-face CFF OpenType font (Fyne cannot load a collection). Hinting
# is dropped (the glyphs are drawn at card sizes, where the hints change little, and it
# saves about a fifth of the size); subroutines are kept (desubroutinizing doubles the CFF).
#
# Needs Debian's fonts-noto-cjk and python3-fonttools. Run from the repository root after
# adding content with characters outside the subset: `ningbomap check` and the font test
# in app/ name them.
set -eu
dir=${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}
chars=$(mktemp)
trap 'rm -f "$chars"' EXIT
/usr/bin/python3 - "$chars" <<'PY'
import glob, sys
cs = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            cs.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
ranges = [
    (0x20, 0x7E), (0xA0, 0xFF), (0x100, 0x17F),  # ASCII, Latin-1, Latin Extended-A
    (0x1CD, 0x1DC), (0x2C6, 0x2DD),              # pinyin ǎ ǐ ǒ ǔ ǖ…, spacing accents
    (0x2000, 0x206F), (0x20A0, 0x20BF),          # general punctuation, currency
    (0x2100, 0x218F), (0x2190, 0x21FF),          # letterlike (℃ №), number forms, arrows
    (0x2460, 0x24FF), (0x25A0, 0x25FF),          # enclosed numbers, geometric shapes
    (0x2600, 0x26FF), (0x3000, 0x303F),          # symbols, CJK punctuation
    (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),          # CJK compatibility forms, full-width forms
]
for a, b in ranges:
    cs.update(chr(c) for c in range(a, b + 1))
for path in glob.glob('data/layers/*.geojson') + glob.glob('data/basemap/*.geojson') + \
        glob.glob('resources/translations/*.json') + glob.glob('data/*.go'):
    cs.update(open(path, encoding='utf-8').read())
cs = {c for c in cs if ord(c) >= 0x20}
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(cs)))
print(len(cs), 'characters')
PY
for weight in Regular Bold; do
	src=$dir/NotoSansCJK-$weight.ttc
	out=resources/fonts/NotoSansCJKsc-$weight.otf
	/usr/bin/python3 - "$src" <<'PY'
import sys
from fontTools.ttLib import TTFont
name = TTFont(sys.argv[1], fontNumber=2)['name'].getDebugName(4)
if name not in ('Noto Sans CJK SC', 'Noto Sans CJK SC Bold'):
    sys.exit('face 2 of %s is %r, not Noto Sans CJK SC' % (sys.argv[1], name))
PY
	/usr/bin/python3 -m fontTools.subset "$src" --font-number=2 --text-file="$chars" \
		--output-file="$out" --layout-features='ccmp,liga,clig,calt,rlig,kern,mark,mkmk' \
		--drop-tables+=vhea,vmtx,VORG --no-hinting --notdef-outline \
		--name-IDs='*' --name-languages='*'
	ls -l "$out"
done
