// Package resources embeds what the binary carries besides its data: the CJK fonts,
// the application icon and the user-interface translations. It imports no Fyne.
package resources

import (
	"embed"
	_ "embed"
)

// File names of the embedded fonts.
const (
	FontName     = "NotoSansCJKsc-Regular.otf"
	FontBoldName = "NotoSansCJKsc-Bold.otf"
)

// Font is Noto Sans CJK SC Regular and FontBold its Bold (SIL Open Font License 1.1, see
// fonts/LICENSE-NotoSansCJK.txt): single-face CFF OpenType fonts cut down by
// fonts/subset.sh to GB2312, punctuation, Latin, digits, common symbols and every
// character of the embedded content. Latin words and numbers inside Chinese text are drawn
// from the same family. Each parse of a font costs memory: parse each face once.
//
//go:embed fonts/NotoSansCJKsc-Regular.otf
var Font []byte

// FontBold is the bold weight of Font, for headings and figure values.
//
//go:embed fonts/NotoSansCJKsc-Bold.otf
var FontBold []byte

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
