package app

import (
	"image/color"

	"fyne.io/fyne/v2/theme"
	"github.com/paulmach/orb"

	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/resources"
)

// Colours of the basemap.
var (
	seaColour      = color.NRGBA{R: 0xD6, G: 0xE6, B: 0xF2, A: 0xFF}
	landColour     = color.NRGBA{R: 0xF7, G: 0xF3, B: 0xE8, A: 0xFF}
	districtBorder = color.NRGBA{R: 0xA8, G: 0x96, B: 0x7A, A: 0xFF}
)

// districtStyle is how the districts are drawn (as outlines only over a tile basemap).
var districtStyle = geo.Style{Fill: landColour, Stroke: districtBorder, StrokeWidth: 1.2}

// layerDistricts is the renderer's id of the basemap layer.
const layerDistricts = "districts"

// newBasemapRenderer is a renderer with the sea, the districts and the fonts of the
// markers' signs.
func newBasemapRenderer(ds *data.Dataset) *geo.Renderer {
	r := geo.NewRenderer()
	r.SetBackground(seaColour)
	// Marker icons in the embedded CJK font, cluster counts in Fyne's bold Latin font.
	if g, err := geo.NewFontGlyphs(resources.Font, theme.DefaultTextBoldFont().Content()); err == nil {
		r.SetTextDrawer(g)
	}
	polys := make([]orb.MultiPolygon, 0, len(ds.Districts))
	for _, d := range ds.Districts {
		polys = append(polys, d.Geometry)
	}
	r.SetPolygons(layerDistricts, polys, districtStyle)
	return r
}

// homeBound is what the overview shows: the districts, or the places when there are none.
func homeBound(ds *data.Dataset) orb.Bound {
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
