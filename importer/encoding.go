package importer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Text encodings an import may be read in, by the names Layer.Encoding
// reports and Options.Encoding and ParseEncoding accept.
const (
	EncodingUTF8        = "UTF-8"
	EncodingUTF16LE     = "UTF-16LE"
	EncodingUTF16BE     = "UTF-16BE"
	EncodingGB18030     = "GB18030" // a superset of GBK and GB2312
	EncodingBig5        = "Big5"
	EncodingWindows1252 = "windows-1252" // a superset of Latin-1's letters
)

// EncodingChoice is an encoding a user may pick for a file.
type EncodingChoice struct {
	Name    string // for Options.Encoding and --encoding
	Label   string // for a menu, in English
	LabelZh string // for a menu, in Chinese
}

// encodings are the choosable encodings, automatic detection first.
var encodings = []EncodingChoice{
	{"", "Automatic", "自动识别"},
	{EncodingUTF8, "Unicode (UTF-8)", "Unicode (UTF-8)"},
	{EncodingGB18030, "Chinese, Simplified (GBK, GB18030)", "简体中文 (GBK, GB18030)"},
	{EncodingBig5, "Chinese, Traditional (Big5)", "繁体中文 (Big5)"},
	{EncodingWindows1252, "Western (Latin-1, windows-1252)", "西欧文字 (Latin-1, windows-1252)"},
	{EncodingUTF16LE, "Unicode (UTF-16 little-endian)", "Unicode (UTF-16 小端)"},
	{EncodingUTF16BE, "Unicode (UTF-16 big-endian)", "Unicode (UTF-16 大端)"},
}

// Encodings returns the encodings a user may choose for an import, in
// menu order; the first, with Name "", is automatic detection.
func Encodings() []EncodingChoice {
	return append([]EncodingChoice(nil), encodings...)
}

// encodingAliases maps lower-case names people use to the encodings.
var encodingAliases = map[string]string{
	"": "", "auto": "",
	"utf-8": EncodingUTF8, "utf8": EncodingUTF8,
	"utf-16le": EncodingUTF16LE, "utf16le": EncodingUTF16LE, "utf-16": EncodingUTF16LE, "utf16": EncodingUTF16LE,
	"unicode":  EncodingUTF16LE,
	"utf-16be": EncodingUTF16BE, "utf16be": EncodingUTF16BE,
	"gb18030": EncodingGB18030, "gbk": EncodingGB18030, "gb2312": EncodingGB18030, "cp936": EncodingGB18030,
	"windows-936": EncodingGB18030, "euc-cn": EncodingGB18030,
	"big5": EncodingBig5, "big-5": EncodingBig5, "cp950": EncodingBig5, "big5-hkscs": EncodingBig5,
	"windows-1252": EncodingWindows1252, "cp1252": EncodingWindows1252, "latin1": EncodingWindows1252,
	"latin-1": EncodingWindows1252, "iso-8859-1": EncodingWindows1252, "iso8859-1": EncodingWindows1252,
	"ansi": EncodingWindows1252,
}

// ParseEncoding returns the encoding named s ("gbk", "Big5", "latin1",
// "utf-16le", …; "" or "auto" for detection), or an error listing the
// names known.
func ParseEncoding(s string) (string, error) {
	if name, ok := encodingAliases[strings.ToLower(strings.TrimSpace(s))]; ok {
		return name, nil
	}
	var names []string
	for _, c := range encodings[1:] {
		names = append(names, c.Name)
	}
	return "", fmt.Errorf("%w: unknown encoding %q; want auto, %s", ErrEncoding, s, strings.Join(names, ", "))
}

// codecs decode the encodings other than UTF-8.
var codecs = map[string]encoding.Encoding{
	EncodingUTF16LE:     unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
	EncodingUTF16BE:     unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
	EncodingGB18030:     simplifiedchinese.GB18030,
	EncodingBig5:        traditionalchinese.Big5,
	EncodingWindows1252: charmap.Windows1252,
}

// utf8BOM is the UTF-8 byte-order mark some Windows programs write.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// readText returns data as UTF-8 without a byte-order mark, and the
// encoding it was read in: want when not "", else the one detectText
// finds. Doubts (an ambiguous guess, characters the chosen encoding does
// not define) are recorded in p as warnings; text that fits no encoding
// gives an error wrapping ErrEncoding.
func readText(data []byte, want string, p *problems) ([]byte, string, bool) {
	if want == "" {
		out, enc, err := detectText(data)
		if err != nil {
			p.addErr(err)
			return nil, "", false
		}
		if enc.ambiguous != "" {
			p.add(0, 0, "", fmt.Errorf("%w: %w: read as %s, but %s fits almost as well; if the text looks wrong, choose the encoding",
				ErrWarning, ErrAmbiguousEncoding, enc.name, enc.ambiguous))
		}
		warnBroken(enc.bad, enc.name, p)
		return out, enc.name, true
	}
	out, bad := decodeAs(data, want)
	warnBroken(bad, want, p)
	return out, want, true
}

// warnBroken records a warning when bad characters of a text read in
// encoding enc could not be decoded.
func warnBroken(bad int, enc string, p *problems) {
	if bad > 0 {
		p.add(0, 0, "", fmt.Errorf("%w: %d characters are not %s text and show as \uFFFD", ErrWarning, bad, enc))
	}
}

// decodeAs decodes data in encoding name after stripping a byte-order
// mark of that encoding, and counts the bytes that became U+FFFD.
func decodeAs(data []byte, name string) ([]byte, int) {
	switch name {
	case EncodingUTF8:
		data = bytes.TrimPrefix(data, utf8BOM)
		if utf8.Valid(data) {
			return data, 0
		}
		out := bytes.ToValidUTF8(data, []byte("\uFFFD"))
		return out, bytes.Count(out, []byte("\uFFFD")) - bytes.Count(data, []byte("\uFFFD"))
	case EncodingUTF16LE:
		data = bytes.TrimPrefix(data, []byte{0xFF, 0xFE})
	case EncodingUTF16BE:
		data = bytes.TrimPrefix(data, []byte{0xFE, 0xFF})
	}
	codec, ok := codecs[name]
	if !ok {
		return decodeAs(data, EncodingUTF8)
	}
	out, err := codec.NewDecoder().Bytes(data)
	if err != nil { // only on a transformer bug; keep what is readable
		out = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return out, bytes.Count(out, []byte("\uFFFD"))
}
