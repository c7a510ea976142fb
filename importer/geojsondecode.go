package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// unmarshalFeature and unmarshalGeometry decode GeoJSON as orb's
// geojson.UnmarshalFeature and geojson.UnmarshalGeometry do, with the fast codec
// (fastJSON) chosen here, for the importer only. orb's own hook for another codec,
// geojson.CustomJSONUnmarshaler, is a package variable: setting it would change
// how every package of the program decodes GeoJSON (the data package's layer
// files too), and only in programs that link this package.
//
// Both follow orb v0.14's UnmarshalJSON methods step by step, each step through
// fastJSON, whose results and errors are those of encoding/json; so they return
// what orb returns with encoding/json (TestDecodeMatchesOrb, FuzzCodec). The one
// difference: orb visits a feature's members in a map's random order, so of
// several broken members it reports any one; these visit them in sorted order.

// unmarshalFeature decodes a GeoJSON Feature.
func unmarshalFeature(data []byte) (*geojson.Feature, error) {
	f := &geojson.Feature{}
	if bytes.Equal(data, []byte("null")) {
		return f, nil
	}
	var members map[string]json.RawMessage
	if err := decodeJSON(data, &members); err != nil {
		return nil, err
	}
	for _, key := range memberOrder(members) {
		value, ok := members[key]
		if !ok {
			continue
		}
		var err error
		switch key {
		case "id":
			err = decodeJSON(value, &f.ID)
		case "type":
			err = decodeJSON(value, &f.Type)
		case "bbox":
			err = decodeJSON(value, &f.BBox)
		case "geometry":
			if !bytes.Equal(value, []byte("null")) {
				var g *geojson.Geometry
				if g, err = unmarshalGeometry(value); err == nil {
					f.Geometry = g.Geometry()
				}
			}
		case "properties":
			err = decodeJSON(value, &f.Properties)
		default:
			var v any
			if err = decodeJSON(value, &v); err == nil {
				if f.ExtraMembers == nil {
					f.ExtraMembers = geojson.Properties{}
				}
				f.ExtraMembers[key] = v
			}
		}
		if err != nil {
			return nil, err
		}
	}
	if f.Type != "Feature" {
		return nil, fmt.Errorf("geojson: not a feature: type=%s", f.Type)
	}
	return f, nil
}

// featureMembers are the members GeoJSON gives a feature, in sorted order.
var featureMembers = []string{"bbox", "geometry", "id", "properties", "type"}

// memberOrder is the order in which a feature's members are decoded: sorted, so
// that of several broken members the same one is reported each time. A feature
// with no other members than GeoJSON's, the common case, costs no allocation.
func memberOrder(members map[string]json.RawMessage) []string {
	n := 0
	for _, k := range featureMembers {
		if _, ok := members[k]; ok {
			n++
		}
	}
	if n == len(members) {
		return featureMembers // the loop passes over those absent
	}
	return slices.Sorted(maps.Keys(members))
}

// rawGeometry is a GeoJSON geometry object before its coordinates are decoded:
// orb's jsonGeometry, whose members of a GeometryCollection decode as they come.
type rawGeometry struct {
	Type        string            `json:"type"`
	Coordinates json.RawMessage   `json:"coordinates"`
	Geometries  []*memberGeometry `json:"geometries,omitempty"`
}

// memberGeometry is one geometry of a GeometryCollection.
type memberGeometry geojson.Geometry

// UnmarshalJSON decodes the member as unmarshalGeometry does.
func (m *memberGeometry) UnmarshalJSON(data []byte) error {
	g, err := unmarshalGeometry(data)
	if err != nil {
		return err
	}
	*m = memberGeometry(*g)
	return nil
}

// unmarshalGeometry decodes a GeoJSON geometry object. A GeometryCollection with a
// null member is an error (orb v0.14 panics on one).
func unmarshalGeometry(data []byte) (*geojson.Geometry, error) {
	var rg rawGeometry
	if err := decodeJSON(data, &rg); err != nil {
		return nil, err
	}
	g := &geojson.Geometry{}
	var err error
	switch rg.Type {
	case "Point":
		g.Coordinates, err = coordinates[orb.Point](rg.Coordinates)
	case "MultiPoint":
		g.Coordinates, err = coordinates[orb.MultiPoint](rg.Coordinates)
	case "LineString":
		g.Coordinates, err = coordinates[orb.LineString](rg.Coordinates)
	case "MultiLineString":
		g.Coordinates, err = coordinates[orb.MultiLineString](rg.Coordinates)
	case "Polygon":
		g.Coordinates, err = coordinates[orb.Polygon](rg.Coordinates)
	case "MultiPolygon":
		g.Coordinates, err = coordinates[orb.MultiPolygon](rg.Coordinates)
	case "GeometryCollection":
		g.Geometries = make([]*geojson.Geometry, len(rg.Geometries))
		for i, m := range rg.Geometries {
			if m == nil {
				return nil, fmt.Errorf("geojson: geometries[%d] is null", i)
			}
			g.Geometries[i] = (*geojson.Geometry)(m)
		}
		if rg.Geometries == nil {
			g.Geometries = nil
		}
	default:
		return nil, geojson.ErrInvalidGeometry
	}
	if err != nil {
		return nil, err
	}
	g.Type = g.Geometry().GeoJSONType()
	return g, nil
}

// coordinates decodes the coordinates of a geometry of type G, as orb does:
// absent coordinates are an error (unexpected end of JSON input), null ones G's
// zero value.
func coordinates[G orb.Geometry](raw json.RawMessage) (orb.Geometry, error) {
	var g G
	err := decodeJSON(raw, &g)
	return g, err
}
