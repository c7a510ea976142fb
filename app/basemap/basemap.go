// Package basemap is what the map draws under the places: the sea, the districts and the
// areas around the city with their outlines (the built-in basemap, from the data), and a
// tile file a user gives: raster (Tiles, drawn under the districts; FramedTiles when cut
// in GCJ-02) or vector (Vector, drawn in the map's style over the districts' fill and
// under their borders, its names for the labeller). It knows geo, the data's districts
// and the tiles packages, and nothing of the window: the window hands what it makes here
// to the map widget's renderer. Each installs its layers into the renderer (Install), can
// be shown or hidden (Show), credits its source (Attribution) and stops its workers
// (Close); the window takes any of them (see app's underlay).
package basemap

import (
	"image/color"

	"github.com/paulmach/orb"

	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/resources"
)

// Colours of the basemap.
var (
	Sea            = color.NRGBA{R: 0xD6, G: 0xE6, B: 0xF2, A: 0xFF}
	Land           = color.NRGBA{R: 0xF7, G: 0xF3, B: 0xE8, A: 0xFF}
	districtBorder = color.NRGBA{R: 0xA8, G: 0x96, B: 0x7A, A: 0xFF}
)

// districtStyle is how the districts are drawn (as outlines only over a tile basemap).
var districtStyle = geo.Style{Fill: Land, Stroke: districtBorder, StrokeWidth: 1.2}

// The renderer's ids of the basemap layers, drawn in this order: the areas around the
// city, its districts, and the city's outline over both.
const (
	layerNeighbours = "neighbours"
	layerDistricts  = "districts"
	layerOutline    = "outline"
)

// Layers are the renderer's ids of the layers the basemap switch shows and hides.
var Layers = []string{layerNeighbours, layerDistricts, layerOutline, LayerDistrictLines}

// NewRenderer is a renderer with the sea, the neighbouring areas, the districts,
// the city's outline, the fonts of the markers' signs and a labeller for the map's names
// (which draws with the same fonts).
func NewRenderer(ds *data.Dataset) *geo.Renderer {
	r := geo.NewRenderer()
	r.SetBackground(Sea)
	// Marker icons, names and cluster counts in the embedded CJK font (it has Latin letters
	// and digits); a name it cannot draw whole in Fyne's Noto Sans Bold.
	if g, err := geo.NewFontGlyphs(resources.Font, style.LatinFallback()); err == nil {
		r.SetTextDrawer(g)
		r.SetLabeller(geo.NewLabeller(g))
	}
	var around []orb.MultiPolygon
	for _, d := range data.Neighbours() {
		around = append(around, d.Geometry)
	}
	r.SetPolygons(layerNeighbours, around, geo.NeighbourStyle)
	polys := Districts(ds)
	r.SetPolygons(layerDistricts, polys, districtStyle)
	r.SetLines(layerOutline, geo.OuterEdges(polys), geo.OutlineStyle)
	return r
}

// Districts are the districts' shapes.
func Districts(ds *data.Dataset) []orb.MultiPolygon {
	polys := make([]orb.MultiPolygon, 0, len(ds.Districts))
	for _, d := range ds.Districts {
		polys = append(polys, d.Geometry)
	}
	return polys
}

// Home is what the overview shows: the districts, or the places when there are none.
func Home(ds *data.Dataset) orb.Bound {
	var b orb.Bound
	first := true
	add := func(x orb.Bound) {
		if first {
			b, first = x, false
		} else {
			b = b.Union(x)
		}
	}
	for _, d := range ds.Districts {
		add(d.Geometry.Bound())
	}
	if first {
		for _, s := range ds.Sites {
			add(s.Point.Bound())
		}
	}
	if first {
		return orb.Bound{Min: orb.Point{120.9, 28.85}, Max: orb.Point{122.3, 30.4}}
	}
	return b
}
