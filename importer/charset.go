package importer

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// utf8BOM is the UTF-8 byte-order mark some Windows programs write.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Text encodings a file may be read in.
const (
	encUTF8    = "UTF-8"
	encUTF16   = "UTF-16"
	encGB18030 = "GB18030" // a superset of GBK and GB2312
)

// toUTF8 returns data as UTF-8 without a byte-order mark, and the encoding
// it was in. UTF-8 (with or without a BOM) and UTF-16 with a BOM are taken
// as they say; other text that is not valid UTF-8 is tried as GB18030,
// which Chinese Excel and GIS programs write (as "GBK" or "ANSI"). Text
// that is neither gives an *Error (without File) with the line of the first
// bad byte, wrapping ErrEncoding.
func toUTF8(data []byte) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		data = data[len(utf8BOM):]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return nil, "", fmt.Errorf("%w: broken UTF-16 text: %v", ErrEncoding, err)
		}
		return out, encUTF16, nil
	}
	if utf8.Valid(data) {
		return data, encUTF8, nil
	}
	if out, ok := decodeStrict(simplifiedchinese.GB18030, data); ok {
		return out, encGB18030, nil
	}
	at := firstInvalid(data)
	line := 1 + bytes.Count(data[:at], []byte("\n"))
	return nil, "", &Error{Line: line, Err: fmt.Errorf("%w: neither UTF-8 nor GBK/GB18030 (byte 0x%02X); save the file as UTF-8",
		ErrEncoding, data[at])}
}

// decodeStrict decodes data with enc, failing on any byte sequence the
// encoding does not define (which the decoder would turn into U+FFFD).
func decodeStrict(enc encoding.Encoding, data []byte) ([]byte, bool) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return nil, false
	}
	return out, true
}

// firstInvalid returns the offset of the first byte of data that is not
// part of valid UTF-8.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// xmlText prepares an XML document for encoding/xml: a document that
// declares no encoding, or UTF-8, is made UTF-8 by toUTF8 (so a GBK file
// saved without a declaration still reads); one that declares another
// encoding is left for charsetReader. It reports whether the text was
// converted.
func xmlText(data []byte) (out []byte, converted bool, err error) {
	if declared := xmlEncoding(data); declared != "" && !strings.EqualFold(declared, "utf-8") &&
		!bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return data, false, nil
	}
	out, enc, err := toUTF8(data)
	return out, enc != encUTF8, err
}

// xmlEncoding returns the encoding named in the XML declaration, or "".
func xmlEncoding(data []byte) string {
	data = bytes.TrimPrefix(data, utf8BOM)
	if !bytes.HasPrefix(data, []byte("<?xml")) {
		return ""
	}
	decl, _, ok := bytes.Cut(data, []byte("?>"))
	if !ok {
		return ""
	}
	_, rest, ok := bytes.Cut(decl, []byte("encoding"))
	if !ok {
		return ""
	}
	rest = bytes.TrimLeft(rest, " \t\r\n=")
	if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	value, _, _ := bytes.Cut(rest[1:], rest[:1])
	return string(value)
}

// charsetReader returns a decoder for an encoding declared in an XML
// document (GBK, GB2312, Big5, ISO-8859-1, …), or the input itself when
// the text was already converted to UTF-8.
func charsetReader(converted bool) func(label string, input io.Reader) (io.Reader, error) {
	return func(label string, input io.Reader) (io.Reader, error) {
		if converted {
			return input, nil
		}
		enc, err := htmlindex.Get(label)
		if err != nil {
			return nil, fmt.Errorf("%w: the file declares encoding %q, which is not known", ErrEncoding, label)
		}
		return enc.NewDecoder().Reader(input), nil
	}
}
