package data

import (
	"encoding/json"
	"fmt"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// neighboursPath is the embedded file of the areas around the city.
const neighboursPath = "basemap/neighbours.geojson"

// Neighbours returns the county-level areas around Ningbo (绍兴's 上虞区,
// 嵊州市 and 新昌县, 台州's 三门县 and 天台县, 舟山's islands, and the others
// the city-wide view reaches), with their cities, sorted by code. They are
// decoded once; the geometries are shared and must not be modified.
func Neighbours() []District {
	ns, _ := decodeNeighbours()
	return append([]District(nil), ns...)
}

// decodeNeighbours decodes the embedded neighbours the first time it is called.
var decodeNeighbours = sync.OnceValues(func() ([]District, []error) {
	b, err := content.ReadFile(neighboursPath)
	if err != nil {
		return nil, []error{&FeatureError{File: embeddedPrefix + neighboursPath, Err: err}}
	}
	return parseBasemap(embeddedPrefix+neighboursPath, b)
})

// Water is a named sea or bay. Point is where its name is drawn: in open
// water, not a survey point (data/README.md says how each was chosen).
type Water struct {
	Name  Text
	Point orb.Point
}

// watersPath is the embedded file of the seas' and bays' label points,
// written by basemapgen.
const watersPath = "basemap/waters.geojson"

// Waters returns the seas and bays named on the map, largest first.
func Waters() []Water {
	ws, _ := decodeWaters()
	return append([]Water(nil), ws...)
}

// decodeWaters decodes the embedded waters the first time it is called.
var decodeWaters = sync.OnceValues(func() ([]Water, error) {
	file := embeddedPrefix + watersPath
	b, err := content.ReadFile(watersPath)
	if err != nil {
		return nil, &FeatureError{File: file, Err: err}
	}
	var fc geojson.FeatureCollectionOf[struct {
		Name Text `json:"name"`
	}]
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, &FeatureError{File: file, Err: fmt.Errorf("%w GeoJSON: %w", ErrInvalid, err)}
	}
	ws := make([]Water, 0, len(fc.Features))
	for i, f := range fc.Features {
		p, ok := f.Geometry.(orb.Point)
		if !ok || !finite(p) {
			return nil, &FeatureError{File: file, Index: i + 1, Field: "geometry", Err: fmt.Errorf("%w: want a Point", ErrInvalid)}
		}
		ws = append(ws, Water{Name: f.Properties.Name, Point: p})
	}
	return ws, nil
})
