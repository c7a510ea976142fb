package importer

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"
)

// newXMLDecoder returns a decoder over an XML document prepared by
// xmlText. It knows HTML's named entities (&nbsp; in KML descriptions) and
// reads the encodings charsetReader knows.
func newXMLDecoder(data []byte, converted bool) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charsetReader(converted)
	return d
}

// xmlProblem turns an error of encoding/xml into the line it happened on
// and an error wrapping ErrTruncated, ErrEncoding or ErrSyntax.
func xmlProblem(err error) (int, error) {
	var se *xml.SyntaxError
	switch {
	case errors.Is(err, ErrEncoding):
		return 0, errors.Unwrap(err) // drop encoding/xml's "xml: opening charset" prefix
	case errors.As(err, &se) && strings.HasPrefix(se.Msg, "unexpected EOF"):
		return se.Line, ErrTruncated
	case errors.As(err, &se) && se.Msg == "invalid UTF-8":
		return se.Line, fmt.Errorf("%w: invalid UTF-8 text", ErrEncoding)
	case errors.As(err, &se):
		return se.Line, fmt.Errorf("%w: not well-formed XML: %s", ErrSyntax, se.Msg)
	}
	return 0, fmt.Errorf("%w: %s", ErrSyntax, strings.TrimPrefix(err.Error(), "xml: "))
}

// rootElement reads up to the document's root element and returns it, or
// the problem that came first.
func rootElement(d *xml.Decoder) (xml.StartElement, error) {
	for {
		tok, err := d.Token()
		if err != nil {
			return xml.StartElement{}, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se, nil
		}
	}
}

// text trims an element's character data.
func text(s string) string { return strings.TrimSpace(s) }
