package export

import (
	"encoding/xml"

	"github.com/twpayne/go-kml/v3"
)

// attrElement is a KML element with one attribute, for two go-kml
// lacks: <Placemark id="…"> and <Placemark targetId="…"> inside an
// Update's Change.
type attrElement struct {
	name, attr, value string
	children          []kml.Element
}

// placemarkWithID returns a Placemark with an id attribute.
func placemarkWithID(id string, children []kml.Element) kml.Element {
	return &attrElement{name: "Placemark", attr: "id", value: id, children: children}
}

// placemarkTarget returns a Placemark that refers to the placemark with
// the given id, for an Update.
func placemarkTarget(id string, children ...kml.Element) kml.Element {
	return &attrElement{name: "Placemark", attr: "targetId", value: id, children: children}
}

// MarshalXML writes the element and its children.
func (e *attrElement) MarshalXML(enc *xml.Encoder, _ xml.StartElement) error {
	start := xml.StartElement{
		Name: xml.Name{Local: e.name},
		Attr: []xml.Attr{{Name: xml.Name{Local: e.attr}, Value: e.value}},
	}
	if err := enc.EncodeToken(start); err != nil {
		return err
	}
	for _, c := range e.children {
		if c == nil {
			continue
		}
		if err := c.MarshalXML(enc, xml.StartElement{}); err != nil {
			return err
		}
	}
	return enc.EncodeToken(start.End())
}

// cdataElement is a text element written as a CDATA section, as Google
// Earth writes balloon HTML, so that the HTML stays readable in the file.
type cdataElement struct {
	XMLName xml.Name
	Text    string `xml:",cdata"`
}

// cdata returns an element named name holding text in a CDATA section.
func cdata(name, text string) kml.Element {
	return &cdataElement{XMLName: xml.Name{Local: name}, Text: text}
}

// MarshalXML writes the element.
func (e *cdataElement) MarshalXML(enc *xml.Encoder, _ xml.StartElement) error {
	type plain cdataElement // without the method, to use the struct tags
	return enc.Encode((*plain)(e))
}
