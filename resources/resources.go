// Package resources embeds what the binary carries besides its data: the CJK font,
// the application icon and the user-interface translations.
package resources

import (
	"embed"
	_ "embed"
)

// FontName is the file name of the embedded CJK font.
const FontName = "DroidSansFallback-GB2312.ttf"

// Font is Droid Sans Fallback, a single-face TrueType font with CJK glyphs (Apache-2.0,
// see fonts/LICENSE-DroidSansFallback.txt), cut down by fonts/subset.sh to GB2312 and the
// characters of the embedded content. Latin text falls back to Fyne's own font.
//
//go:embed fonts/DroidSansFallback-GB2312.ttf
var Font []byte

// Icon is the application icon, a 512×512 PNG.
//
//go:embed icons/icon.png
var Icon []byte

// Translations holds one JSON file per UI language (en.json, zh_Hans.json: Fyne registers its own Chinese as zh-Hans) in go-i18n's format,
// the format fyne.io/fyne/v2/lang reads.
//
//go:embed translations/*.json
var Translations embed.FS

// TranslationsDir is the folder inside Translations that holds the files.
const TranslationsDir = "translations"
