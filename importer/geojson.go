package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/paulmach/orb"

	"ningbomap/crs"
)

// geometryTypes are the GeoJSON geometry types a document may be.
var geometryTypes = map[string]bool{
	"Point": true, "MultiPoint": true, "LineString": true, "MultiLineString": true,
	"Polygon": true, "MultiPolygon": true, "GeometryCollection": true,
}

// decodeGeoJSON reads a FeatureCollection, a Feature or a bare geometry.
// A collection is split into its features first (splitTop); each is then
// decoded by orb's geojson with the fast codec, checked, and either kept
// or reported with its line and number.
func decodeGeoJSON(data []byte, want string, l *Layer, p *problems, pr *progress) {
	data, enc, ok := readText(data, want, p)
	if !ok {
		return
	}
	l.Encoding = enc
	lines := lineCounter{data: data}
	top := splitTop(data)
	var typ string
	if raw, ok := top.members["type"]; ok && json.Unmarshal(raw, &typ) != nil {
		p.addf(lines.at(0), 0, "type", ErrSyntax, "want a string, got %s", raw)
		return
	}
	if raw, ok := top.members["name"]; ok {
		var name string
		if json.Unmarshal(raw, &name) == nil && name != "" {
			l.Name = name
		}
	}
	if typ == "" && (len(top.features) > 0 || top.partial >= 0) {
		typ = "FeatureCollection" // cut off before its "type" member
	}
	switch {
	case typ == "FeatureCollection":
		if raw, ok := top.members["features"]; ok && !bytes.Equal(raw, []byte("null")) {
			p.addf(0, 0, "features", ErrSyntax, "want an array of features, got %s", jsonKind(raw))
			return
		}
		rs := roles{}
		l.Features = make([]Feature, 0, len(top.features))
		for i, sp := range top.features {
			if p.full {
				break
			}
			line := lines.at(sp.start)
			decodeFeature(data[sp.start:sp.end], i+1, line, rs, l, p)
			pr.at(int64(sp.end))
		}
		if top.partial >= 0 {
			p.add(lines.at(top.partial), len(top.features)+1, "", ErrTruncated)
		} else if top.err != nil {
			p.add(lines.at(top.errAt), 0, "", top.err)
		}
	case top.err != nil:
		p.add(lines.at(top.errAt), 0, "", top.err)
	case typ == "Feature":
		decodeFeature(data, 1, 0, roles{}, l, p)
	case geometryTypes[typ]:
		g, err := unmarshalGeometry(data)
		if err != nil {
			off, err := explainGeometry(data, err)
			p.add(lines.at(off), 0, "", err)
			return
		}
		keep(g.Geometry(), Feature{}, 1, 0, "", l, p)
	case typ == "Topology":
		p.addf(0, 0, "", ErrFormat, "this is TopoJSON; convert it to GeoJSON first (for example with topo2geo or mapshaper)")
	case typ == "":
		p.addf(0, 0, "", ErrFormat, "a JSON object without a \"type\" member is not GeoJSON")
	default:
		p.addf(0, 0, "type", ErrFormat, "%q is not a GeoJSON type; want FeatureCollection, Feature or a geometry", typ)
	}
}

// decodeFeature decodes one feature (number n, starting on line line) and
// adds it to l, or reports why it cannot be shown.
func decodeFeature(raw []byte, n, line int, rs roles, l *Layer, p *problems) {
	f, err := unmarshalFeature(raw)
	if err != nil {
		field, off, err := explainFeature(raw, err)
		p.add(line+bytes.Count(raw[:off], []byte("\n")), n, field, err)
		return
	}
	feat := Feature{Properties: make(map[string]string, len(f.Properties))}
	for k, v := range f.Properties {
		feat.Properties[k] = propertyText(v)
	}
	feat.Name, feat.Description = rs.nameAndDesc(feat.Properties)
	keep(f.Geometry, feat, n, line, "geometry", l, p)
}

// keep adds f with geometry g to l when g can be shown, or reports it.
// Degenerate parts are repaired or dropped (see repair), each change
// reported as a warning. Positions read in another frame than WGS 84
// (l.CRS) are converted, and checked again.
//
// Each feature is counted against the file's budgets (features, vertices):
// past them, the rest of the file is left out (see problems.fits). Its
// texts are cut to theirs (cutFeature).
func keep(g orb.Geometry, f Feature, n, line int, field string, l *Layer, p *problems) {
	if p.full {
		return
	}
	if err := checkGeometry(g); err != nil {
		p.add(line, n, field, err)
		return
	}
	g, notes, err := repair(g)
	if err != nil {
		p.add(line, n, field, err)
		return
	}
	if !p.fits(vertexCount(g), line, n, l) {
		return
	}
	if l.CRS != crs.WGS84 {
		g = l.CRS.GeometryToWGS84(g)
		if err := checkGeometry(g); err != nil {
			p.add(line, n, field, fmt.Errorf("converted from %s: %w", l.CRS, err))
			return
		}
	}
	for _, note := range notes {
		p.add(line, n, field, fmt.Errorf("%w: %w: %s", ErrWarning, ErrGeometry, note))
	}
	cutFeature(&f, line, n, p)
	f.Geometry = g
	l.Features = append(l.Features, f)
}

// propertyText writes a property value as card text: strings as they are,
// numbers in plain decimal, objects and arrays as compact JSON.
func propertyText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case float64:
		return num(v)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// lineCounter turns byte offsets into line numbers, for offsets that only
// grow, in one pass over the data.
type lineCounter struct {
	data []byte
	off  int
	line int
}

// at returns the line (from 1) of offset off.
func (c *lineCounter) at(off int) int {
	if c.line == 0 {
		c.line = 1
	}
	if off < c.off {
		c.off, c.line = 0, 1
	}
	off = min(off, len(c.data))
	c.line += bytes.Count(c.data[c.off:off], []byte("\n"))
	c.off = off
	return c.line
}
