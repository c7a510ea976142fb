package data

import (
	"sync"

	"github.com/paulmach/orb"
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

// waters is the gazetteer of the seas and bays around the city.
var waters = []Water{
	{Text{Zh: "东海", En: "East China Sea"}, orb.Point{122.75, 29.25}},
	{Text{Zh: "杭州湾", En: "Hangzhou Bay"}, orb.Point{121.25, 30.48}},
	{Text{Zh: "象山港", En: "Xiangshan Harbour"}, orb.Point{121.65, 29.58}},
	{Text{Zh: "三门湾", En: "Sanmen Bay"}, orb.Point{121.75, 29.05}},
}

// Waters returns the seas and bays named on the map, largest first.
func Waters() []Water { return append([]Water(nil), waters...) }
