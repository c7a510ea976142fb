package importer

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/paulmach/orb"
)

// GPX is read with encoding/xml, element by element, rather than with
// github.com/tkrajina/gpxgo v1.4.0. On a 100,000-point track (9.7 MB)
// gpxgo takes 0.49–0.51 s and allocates 234 MB, this reader 0.30–0.32 s
// and 143 MB, its conversion to orb and coordinate checks included. And
// gpxgo fails the whole file on one unreadable latitude ("strconv.ParseFloat:
// parsing "abc": invalid syntax", no line), where this reader skips that
// waypoint and names its line. What gpxgo adds (time and distance maths,
// GPX writing) is not needed here.

// Folders of GPX features, which are also the layer's sub-layers.
const (
	FolderWaypoints = "Waypoints"
	FolderRoutes    = "Routes"
	FolderTracks    = "Tracks"
)

// gpxPoint is a wpt, rtept or trkpt. Latitude and longitude are read as
// text so that a bad number is reported, not fatal.
type gpxPoint struct {
	Lat  string `xml:"lat,attr"`
	Lon  string `xml:"lon,attr"`
	Ele  string `xml:"ele"`
	Time string `xml:"time"`
	Name string `xml:"name"`
	Cmt  string `xml:"cmt"`
	Desc string `xml:"desc"`
	Sym  string `xml:"sym"`
	Type string `xml:"type"`
}

// gpxPos is a rtept or trkpt, of which only the position is kept.
type gpxPos struct {
	Lat string `xml:"lat,attr"`
	Lon string `xml:"lon,attr"`
}

// gpxPath is a rte (points in Points) or a trk (points in Segments).
type gpxPath struct {
	Name     string   `xml:"name"`
	Cmt      string   `xml:"cmt"`
	Desc     string   `xml:"desc"`
	Type     string   `xml:"type"`
	Points   []gpxPos `xml:"rtept"`
	Segments []struct {
		Points []gpxPos `xml:"trkpt"`
	} `xml:"trkseg"`
}

// decodeGPX reads the waypoints, routes and tracks of a GPX document:
// waypoints become points, routes line strings, tracks line strings (or
// multi line strings, one line per segment).
func decodeGPX(data []byte, want string, l *Layer, p *problems, pr *progress) {
	data, converted, ok := xmlText(data, want, l, p)
	if !ok {
		return
	}
	d := newXMLDecoder(data, converted)
	root, err := rootElement(d)
	switch {
	case err == io.EOF:
		p.addf(0, 0, "", ErrEmpty, "no XML content")
		return
	case err != nil:
		p.addLine(xmlProblem(err))
		return
	case root.Name.Local != "gpx":
		p.addf(0, 0, "", ErrFormat, "the root element is <%s>, not <gpx>", root.Name.Local)
		return
	}
	n := 0
	for !p.full {
		tok, err := d.Token()
		if err == io.EOF {
			p.addLine(xmlProblem(&xml.SyntaxError{Msg: "unexpected EOF"}))
			return
		}
		if err != nil {
			p.addLine(xmlProblem(err))
			return
		}
		if _, end := tok.(xml.EndElement); end {
			return // </gpx>: the children are decoded whole below
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		line, _ := d.InputPos()
		switch t.Name.Local {
		case "metadata":
			var md struct {
				Name string `xml:"name"`
			}
			err = d.DecodeElement(&md, &t)
			if md.Name != "" {
				l.Name = text(md.Name)
			}
		case "wpt":
			n++
			var pt gpxPoint
			if err = d.DecodeElement(&pt, &t); err == nil {
				addGPX(pt.feature(), n, line, "", []gpxPos{{Lat: pt.Lat, Lon: pt.Lon}}, l, p)
			}
		case "rte", "trk":
			n++
			var path gpxPath
			if err = d.DecodeElement(&path, &t); err == nil {
				path.add(t.Name.Local == "trk", n, line, l, p)
			}
		default:
			err = d.Skip()
		}
		if err != nil {
			p.addLine(xmlProblem(err))
			return
		}
		pr.at(d.InputOffset())
	}
}

// feature returns the card of a waypoint (without geometry).
func (pt gpxPoint) feature() Feature {
	f := Feature{Name: text(pt.Name), Description: text(pt.Desc), Folder: FolderWaypoints, Properties: map[string]string{}}
	if f.Description == "" {
		f.Description = text(pt.Cmt)
	}
	for k, v := range map[string]string{"name": pt.Name, "ele": pt.Ele, "time": pt.Time,
		"cmt": pt.Cmt, "desc": pt.Desc, "sym": pt.Sym, "type": pt.Type} {
		if v = text(v); v != "" {
			f.Properties[k] = v
		}
	}
	return f
}

// add converts a route or track to a feature of l.
func (path *gpxPath) add(track bool, n, line int, l *Layer, p *problems) {
	f := Feature{Name: text(path.Name), Description: text(path.Desc), Folder: FolderRoutes, Properties: map[string]string{}}
	if f.Description == "" {
		f.Description = text(path.Cmt)
	}
	for k, v := range map[string]string{"name": path.Name, "cmt": path.Cmt, "desc": path.Desc, "type": path.Type} {
		if v = text(v); v != "" {
			f.Properties[k] = v
		}
	}
	if !track {
		addGPX(f, n, line, "rtept", path.Points, l, p)
		return
	}
	f.Folder = FolderTracks
	// Segments of two or more points are lines; empty ones are skipped,
	// and one-point ones dropped, unless the track has no line at all,
	// when its lone points are kept as points. Each is a warning.
	var all, lone []gpxPos
	var ends, empty, ones []int
	for i, s := range path.Segments {
		switch len(s.Points) {
		case 0:
			empty = append(empty, i+1)
		case 1:
			lone = append(lone, s.Points[0])
			ones = append(ones, i+1)
		default:
			all = append(all, s.Points...)
			ends = append(ends, len(all))
		}
	}
	kind, fate := "trkpt", "dropped"
	if len(all) == 0 && len(lone) > 0 {
		all, kind, ends, fate = lone, "", nil, "kept as a point"
	}
	if !addGPX(f, n, line, kind, all, l, p, ends...) {
		return
	}
	for _, seg := range empty {
		p.add(line, n, fmt.Sprintf("trkseg %d", seg), fmt.Errorf("%w: %w: empty; skipped", ErrWarning, ErrGeometry))
	}
	for _, seg := range ones {
		p.add(line, n, fmt.Sprintf("trkseg %d", seg),
			fmt.Errorf("%w: %w: one point; %s (a line needs two or more)", ErrWarning, ErrGeometry, fate))
	}
}

// addGPX parses the points of feature f and adds it to l: when kind is ""
// they are a Point or a MultiPoint, otherwise a LineString, or a
// MultiLineString split at ends. It reports whether f was kept.
func addGPX(f Feature, n, line int, kind string, pts []gpxPos, l *Layer, p *problems, ends ...int) bool {
	ls := make(orb.LineString, len(pts))
	for i, pt := range pts {
		var err error
		if ls[i], err = pt.point(); err != nil {
			if kind != "" {
				err = fmt.Errorf("%s %d: %w", kind, i+1, err)
			}
			p.add(line, n, "", err)
			return false
		}
	}
	var g orb.Geometry = ls
	switch {
	case kind == "" && len(ls) == 1:
		g = ls[0]
	case kind == "":
		g = orb.MultiPoint(ls)
	case len(ends) > 1:
		mls := make(orb.MultiLineString, 0, len(ends))
		start := 0
		for _, end := range ends {
			mls = append(mls, ls[start:end])
			start = end
		}
		g = mls
	}
	before := len(l.Features)
	keep(g, f, n, line, "", l, p)
	if len(l.Features) == before {
		return false
	}
	if !slices.Contains(l.SubLayers, f.Folder) {
		l.SubLayers = append(l.SubLayers, f.Folder)
	}
	return true
}

// point parses the position of a GPX point.
func (pt gpxPos) point() (orb.Point, error) {
	var p orb.Point
	for i, s := range []struct{ name, v string }{{"lon", pt.Lon}, {"lat", pt.Lat}} {
		if text(s.v) == "" {
			return p, fmt.Errorf("%w: no %s attribute", ErrCoordinate, s.name)
		}
		v, err := strconv.ParseFloat(text(s.v), 64)
		if err != nil {
			return p, fmt.Errorf("%w: %s %q is not a number", ErrCoordinate, s.name, s.v)
		}
		p[i] = v
	}
	return p, nil
}
