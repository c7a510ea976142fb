package importer

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// xmlText prepares an XML document for encoding/xml and sets
// l.Encoding. The encoding is want when not ""; else a byte-order mark or
// UTF-16's zero bytes; else the one the declaration names, when it is one
// of Encodings; else the one readText detects (so a GBK file saved
// without a declaration, or declaring UTF-8 wrongly, still reads). A
// document declaring another encoding (Shift_JIS, KOI8-R, …) is left for
// charsetReader. It reports whether the text was converted to UTF-8.
func xmlText(data []byte, want string, l *Layer, p *problems) (out []byte, converted, ok bool) {
	declared := xmlEncoding(data)
	marked := bytes.HasPrefix(data, utf8BOM) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) ||
		bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || utf16ByZeros(data) != ""
	if want == "" && declared != "" && !marked {
		name, err := ParseEncoding(declared)
		switch {
		case err != nil:
			l.Encoding = declared
			return data, false, true
		case name == EncodingUTF16LE || name == EncodingUTF16BE:
			// A declaration readable as ASCII is not UTF-16: detect.
		case name != EncodingUTF8 || utf8.Valid(data):
			want = name
		}
	}
	out, l.Encoding, ok = readText(data, want, p)
	return out, true, ok
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
