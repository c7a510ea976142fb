package importer

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// kmlPlacemark is the part of a KML Placemark that is read. Element names
// match in any namespace, so gx:Track is "Track".
type kmlPlacemark struct {
	Name        string `xml:"name"`
	Description string `xml:"description"`
	Data        []struct {
		Name  string `xml:"name,attr"`
		Value string `xml:"value"`
	} `xml:"ExtendedData>Data"`
	SimpleData []struct {
		Name  string `xml:"name,attr"`
		Value string `xml:",chardata"`
	} `xml:"ExtendedData>SchemaData>SimpleData"`
	kmlGeometries
}

// kmlGeometries are the geometry elements of a Placemark or MultiGeometry.
type kmlGeometries struct {
	Points      []kmlCoordinates `xml:"Point"`
	LineStrings []kmlCoordinates `xml:"LineString"`
	LinearRings []kmlCoordinates `xml:"LinearRing"`
	Polygons    []struct {
		Outer string   `xml:"outerBoundaryIs>LinearRing>coordinates"`
		Inner []string `xml:"innerBoundaryIs>LinearRing>coordinates"`
	} `xml:"Polygon"`
	Multi       []kmlGeometries `xml:"MultiGeometry"`
	Tracks      []kmlTrack      `xml:"Track"`
	MultiTracks []struct {
		Tracks []kmlTrack `xml:"Track"`
	} `xml:"MultiTrack"`
	Models []struct{} `xml:"Model"`
}

// kmlCoordinates holds a <coordinates> list.
type kmlCoordinates struct {
	Coordinates string `xml:"coordinates"`
}

// kmlTrack is a gx:Track: one gx:coord "lon lat alt" per point.
type kmlTrack struct {
	Coords []string `xml:"coord"`
}

// properties returns the ExtendedData of the placemark.
func (pm *kmlPlacemark) properties() map[string]string {
	props := make(map[string]string, len(pm.Data)+len(pm.SimpleData))
	for _, d := range pm.Data {
		props[d.Name] = text(d.Value)
	}
	for _, d := range pm.SimpleData {
		props[d.Name] = text(d.Value)
	}
	return props
}

// geometry converts the placemark's geometries: one stays itself, several
// of one kind become a Multi geometry, a mix a Collection. Empty Points
// beside other geometries (Google Location History writes one next to
// each gx:Track) are left out, and skipped tells how many.
func (gs *kmlGeometries) geometry() (g orb.Geometry, skipped int, err error) {
	var all []orb.Geometry
	if err := gs.collect(&all, &skipped); err != nil {
		return nil, 0, err
	}
	switch len(all) {
	case 0:
		if skipped > 0 {
			return nil, 0, fmt.Errorf("%w: empty Point", ErrGeometry)
		}
		if gs.hasModel() {
			return nil, 0, fmt.Errorf("%w: a 3D model (Model) cannot be shown on the map", ErrGeometry)
		}
		return nil, 0, fmt.Errorf("%w: no Point, LineString, Polygon, MultiGeometry or gx:Track", ErrGeometry)
	case 1:
		return all[0], skipped, nil
	}
	return merge(all), skipped, nil
}

// collect appends the geometries of gs to all, in document order by
// kind, and counts the empty Points left out in skipped.
func (gs *kmlGeometries) collect(all *[]orb.Geometry, skipped *int) error {
	for _, p := range gs.Points {
		pts, err := parseCoordinates(p.Coordinates)
		if err != nil {
			return err
		}
		if len(pts) == 0 {
			*skipped++
			continue
		}
		*all = append(*all, pts[0])
	}
	for _, ls := range append(gs.LineStrings, gs.LinearRings...) {
		pts, err := parseCoordinates(ls.Coordinates)
		if err != nil {
			return err
		}
		*all = append(*all, orb.LineString(pts))
	}
	for _, pg := range gs.Polygons {
		var poly orb.Polygon
		for _, ring := range append([]string{pg.Outer}, pg.Inner...) {
			pts, err := parseCoordinates(ring)
			if err != nil {
				return err
			}
			poly = append(poly, orb.Ring(pts))
		}
		*all = append(*all, poly)
	}
	tracks := gs.Tracks
	for _, mt := range gs.MultiTracks {
		tracks = append(tracks, mt.Tracks...)
	}
	for _, t := range tracks {
		ls, err := t.lineString()
		if err != nil {
			return err
		}
		*all = append(*all, ls)
	}
	for i := range gs.Multi {
		if err := gs.Multi[i].collect(all, skipped); err != nil {
			return err
		}
	}
	return nil
}

// hasModel reports whether gs holds a Model at any depth.
func (gs *kmlGeometries) hasModel() bool {
	if len(gs.Models) > 0 {
		return true
	}
	for i := range gs.Multi {
		if gs.Multi[i].hasModel() {
			return true
		}
	}
	return false
}

// lineString converts a gx:Track.
func (t kmlTrack) lineString() (orb.LineString, error) {
	ls := make(orb.LineString, 0, len(t.Coords))
	for i, c := range t.Coords {
		f := strings.Fields(c)
		if len(f) < 2 {
			return nil, fmt.Errorf("%w: gx:coord %d: want \"lon lat [alt]\", got %q", ErrCoordinate, i+1, text(c))
		}
		var p orb.Point
		for j := range p {
			v, err := strconv.ParseFloat(f[j], 64)
			if err != nil {
				return nil, fmt.Errorf("%w: gx:coord %d: %q is not a number", ErrCoordinate, i+1, f[j])
			}
			p[j] = v
		}
		ls = append(ls, p)
	}
	return ls, nil
}

// parseCoordinates reads a KML coordinate list: "lon,lat[,alt]" tuples
// separated by white space. Spaces next to the commas, which some programs
// write, are allowed.
func parseCoordinates(s string) ([]orb.Point, error) {
	var pts []orb.Point
	for i, tuple := range strings.Fields(joinCommas(s)) {
		parts := strings.Split(tuple, ",")
		if len(parts) < 2 {
			return nil, fmt.Errorf("%w: coordinates %d: want \"lon,lat[,alt]\", got %q", ErrCoordinate, i+1, tuple)
		}
		var p orb.Point
		for j := range p {
			v, err := strconv.ParseFloat(parts[j], 64)
			if err != nil {
				return nil, fmt.Errorf("%w: coordinates %d: %q is not a number", ErrCoordinate, i+1, parts[j])
			}
			p[j] = v
		}
		pts = append(pts, p)
	}
	return pts, nil
}

// joinCommas removes white space next to commas: "1, 2" → "1,2".
func joinCommas(s string) string {
	if !strings.Contains(s, ", ") && !strings.Contains(s, " ,") {
		return s
	}
	var b strings.Builder
	for i, f := range strings.Split(s, ",") {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strings.TrimSpace(f))
	}
	return b.String()
}

// merge combines several geometries: all points → MultiPoint, all lines →
// MultiLineString, all polygons → MultiPolygon, otherwise a Collection.
func merge(all []orb.Geometry) orb.Geometry {
	var mp orb.MultiPoint
	var mls orb.MultiLineString
	var mpg orb.MultiPolygon
	for _, g := range all {
		switch g := g.(type) {
		case orb.Point:
			mp = append(mp, g)
		case orb.LineString:
			mls = append(mls, g)
		case orb.Polygon:
			mpg = append(mpg, g)
		}
	}
	switch len(all) {
	case len(mp):
		return mp
	case len(mls):
		return mls
	case len(mpg):
		return mpg
	}
	return orb.Collection(all)
}
