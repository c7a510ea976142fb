package importer

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"ningbomap/budget"
)

// KML is read with encoding/xml. No maintained Go module parses KML:
// github.com/twpayne/go-kml (which go-geom's KML encoding builds on) only
// writes it, and the readers on the module proxy are unmaintained
// one-offs. The part of KML read here is small and documented in
// kmlPlacemark: Document and Folder (folders become sub-layers), Placemark
// with name, description, ExtendedData (Data and SchemaData), and the
// geometries Point, LineString, LinearRing, Polygon, MultiGeometry and
// gx:Track / gx:MultiTrack. Styles, overlays and views are skipped;
// NetworkLinks are reported as not followed.

// kmlContainer is an open Document or Folder.
type kmlContainer struct {
	folder bool
	name   string
}

// kmlWalk is the state of a walk through a KML document.
type kmlWalk struct {
	d        *xml.Decoder
	l        *Layer
	p        *problems
	pr       *progress
	open     []string       // names of the open elements
	boxes    []kmlContainer // open Documents and Folders, outermost first
	n        int            // placemarks seen
	folders  map[string]bool
	links    int // NetworkLinks skipped
	linkLine int
}

// decodeKML reads the placemarks of a KML document into l.
func decodeKML(data []byte, want string, l *Layer, p *problems, pr *progress) {
	data, converted, ok := xmlText(data, want, l, p)
	if !ok {
		return
	}
	w := &kmlWalk{d: newXMLDecoder(data, converted), l: l, p: p, pr: pr, folders: map[string]bool{}}
	root, err := rootElement(w.d)
	if err != nil {
		if err == io.EOF {
			p.addf(0, 0, "", ErrEmpty, "no XML content")
			return
		}
		p.addLine(xmlProblem(err))
		return
	}
	if root.Name.Local != "kml" {
		p.addf(0, 0, "", ErrFormat, "the root element is <%s>, not <kml>", root.Name.Local)
		return
	}
	w.open = append(w.open, "kml")
	if err := w.walk(); err != nil {
		p.addLine(xmlProblem(err))
	}
	if w.links > 0 {
		p.addf(w.linkLine, 0, "NetworkLink", ErrFormat,
			"%d network link(s) not followed; open the linked files themselves", w.links)
	}
}

// walk reads tokens to the end of the document, or until the file's
// budgets are spent.
func (w *kmlWalk) walk() error {
	for !w.p.full {
		tok, err := w.d.Token()
		if err == io.EOF {
			if len(w.open) > 0 {
				line, _ := w.d.InputPos()
				return &xml.SyntaxError{Msg: "unexpected EOF", Line: line}
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := w.start(t); err != nil {
				return err
			}
		case xml.EndElement:
			if len(w.open) == 0 {
				continue
			}
			if last := w.open[len(w.open)-1]; last == "Document" || last == "Folder" {
				w.boxes = w.boxes[:len(w.boxes)-1]
			}
			w.open = w.open[:len(w.open)-1]
			if len(w.open) == 0 {
				return nil // </kml>: anything after the root is ignored
			}
		}
	}
	return nil
}

// start handles the opening of an element.
func (w *kmlWalk) start(t xml.StartElement) error {
	parent := w.open[len(w.open)-1]
	switch t.Name.Local {
	case "Document", "Folder":
		w.boxes = append(w.boxes, kmlContainer{folder: t.Name.Local == "Folder"})
	case "name":
		if parent != "Document" && parent != "Folder" {
			break
		}
		var name string
		if err := w.d.DecodeElement(&name, &t); err != nil {
			return err
		}
		box := &w.boxes[len(w.boxes)-1]
		box.name = text(name)
		if !box.folder && len(w.boxes) == 1 && box.name != "" {
			w.l.Name = box.name
		}
		return nil
	case "Placemark":
		return w.placemark(t)
	case "NetworkLink":
		if w.links == 0 {
			w.linkLine, _ = w.d.InputPos()
		}
		w.links++
		return w.d.Skip()
	case "Style", "StyleMap", "Schema", "GroundOverlay", "ScreenOverlay", "PhotoOverlay",
		"LookAt", "Camera", "Region", "Tour":
		return w.d.Skip()
	}
	w.open = append(w.open, t.Name.Local)
	return nil
}

// placemark decodes one Placemark and keeps it or reports it.
func (w *kmlWalk) placemark(t xml.StartElement) error {
	w.n++
	line, _ := w.d.InputPos()
	var pm kmlPlacemark
	if err := w.d.DecodeElement(&pm, &t); err != nil {
		return err
	}
	w.pr.at(w.d.InputOffset())
	f := Feature{
		Name:        text(pm.Name),
		Description: PlainText(pm.Description),
		Folder:      w.folder(),
		Properties:  pm.properties(),
	}
	g, skipped, err := pm.geometry()
	if err != nil {
		w.p.add(line, w.n, "", err)
		return nil
	}
	before := len(w.l.Features)
	keep(g, f, w.n, line, "", w.l, w.p)
	if skipped > 0 && len(w.l.Features) > before {
		w.p.add(line, w.n, "Point", fmt.Errorf("%w: %w: %d empty Point(s) skipped beside the placemark's other geometry",
			ErrWarning, ErrGeometry, skipped))
	}
	f.Folder, _ = budget.Cut(f.Folder, budget.Name) // as keep cut it
	if len(w.l.Features) > before && f.Folder != "" && !w.folders[f.Folder] {
		w.folders[f.Folder] = true
		w.l.SubLayers = append(w.l.SubLayers, f.Folder)
	}
	return nil
}

// folder returns the path of the open folders, "A / B", or "".
func (w *kmlWalk) folder() string {
	var names []string
	for _, b := range w.boxes {
		if !b.folder {
			continue
		}
		name := b.name
		if name == "" {
			name = fmt.Sprintf("(folder %d)", len(names)+1)
		}
		names = append(names, name)
	}
	return strings.Join(names, " / ")
}
