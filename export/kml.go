package export

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"strconv"

	"github.com/twpayne/go-geom"
	geomkml "github.com/twpayne/go-geom/encoding/kml"
	"github.com/twpayne/go-kml/v3"

	"ningbomap/crs"
	"ningbomap/data"
)

// Titles of the exported document.
var documentTitle = data.Text{
	Zh: "宁波基层党建故事地图",
	En: "Ningbo Party-Building Story Map",
}

// KML writes the places of ds and a guided tour through them as a KML
// document for Google Earth, in language lang. Each layer becomes a folder
// of placemarks in tour order (the overview last, in its own folder), each
// placemark carries its card as balloon HTML and is drawn in its theme's
// colour, and a gx:Tour flies from the overview to every place in tour
// order, opening each balloon for the dwell time (see Tour).
func KML(w io.Writer, ds *data.Dataset, lang data.Lang) error {
	return KMLIn(w, ds, lang, crs.WGS84)
}

// KMLIn writes the document KML writes with every position, the
// placemarks' and the tour's cameras', in frame f: crs.GCJ02 for AMap
// or Tencent, crs.BD09 for Baidu. Google Earth wants WGS 84 (KML).
func KMLIn(w io.Writer, ds *data.Dataset, lang data.Lang, f crs.Frame) error {
	if ds == nil {
		return errors.New("export kml: no dataset")
	}
	doc := kml.Document(
		kml.Name(documentTitle.In(lang)),
		kml.Open(true),
	)
	for _, th := range ds.Themes {
		doc.Append(themeStyle(th))
	}
	for _, l := range ds.Layers {
		folder := kml.Folder(kml.Name(l.Name.In(lang)))
		n := 0
		for _, s := range l.Sites {
			if s.IsOverview() {
				continue
			}
			pm, err := placemark(ds, s, lang, f)
			if err != nil {
				return err
			}
			folder.Append(pm)
			n++
		}
		if n > 0 {
			doc.Append(folder)
		}
	}
	if ov := ds.Overview; ov != nil {
		pm, err := placemark(ds, ov, lang, f)
		if err != nil {
			return err
		}
		name := ov.Name.In(lang)
		if th := ds.Theme(ov.Theme); th != nil {
			name = th.Name.In(lang)
		}
		doc.Append(kml.Folder(kml.Name(name), pm))
	}
	doc.Append(tour(ds, lang, DefaultTourTiming, f))
	if err := kml.GxKML(doc).WriteIndent(w, "", "  "); err != nil {
		return fmt.Errorf("export kml: %w", err)
	}
	return nil
}

// placemark builds the placemark of one site, its point in frame f.
func placemark(ds *data.Dataset, s *data.Site, lang data.Lang, f crs.Frame) (kml.Element, error) {
	p := f.FromWGS84(s.Point)
	point, err := geomkml.Encode(geom.NewPointFlat(geom.XY, []float64{p[0], p[1]}))
	if err != nil {
		return nil, fmt.Errorf("export kml: %s: %w", s.ID, err)
	}
	children := []kml.Element{kml.Name(s.Name.In(lang))}
	if path := adminPath(s, lang); path != "" {
		children = append(children, kml.Snippet(path))
	}
	extended := kml.ExtendedData()
	for _, d := range []struct{ name, value string }{
		{"id", s.ID}, {"theme", s.Theme}, {"tour", strconv.Itoa(s.Tour)},
		{"district", s.District}, {"precision", string(s.Precision)},
	} {
		if d.value != "" {
			extended.Append(kml.Data(d.name, kml.Value(d.value)))
		}
	}
	children = append(children,
		cdata("description", Balloon(ds, s, lang)),
		kml.StyleURL("#"+styleID(s.Theme)),
		extended,
		point,
	)
	return placemarkWithID(placemarkID(s), children), nil
}

// themeStyle is the shared style of a theme: a circle marker and label in
// the theme's colour, and a balloon showing the description alone.
func themeStyle(th data.Theme) kml.Element {
	c, ok := parseColor(th.Color)
	if !ok {
		c = color.NRGBA{R: 0x55, G: 0x55, B: 0x55, A: 0xFF}
	}
	return kml.SharedStyle(styleID(th.ID),
		kml.IconStyle(
			kml.Color(c),
			kml.Scale(1.1),
			kml.Icon(kml.Href("http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png")),
		),
		kml.LabelStyle(kml.Color(c), kml.Scale(0.9)),
		kml.BalloonStyle(kml.Text("$[description]")),
	)
}

// styleID is the id of a theme's shared style.
func styleID(theme string) string { return "theme-" + theme }

// placemarkID is the KML id of a site's placemark (an XML name, so it
// cannot start with a digit as site ids may).
func placemarkID(s *data.Site) string { return "site-" + s.ID }

// parseColor reads "#RRGGBB".
func parseColor(s string) (color.NRGBA, bool) {
	if len(s) != 7 || s[0] != '#' {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xFF}, true
}
