package vector

import (
	"image/color"
	"math"
	"testing"

	"github.com/paulmach/orb/maptile"

	"ningbomap/geo"
)

// TestLabelsNeverOverlap places the names of real tiles (downtown San
// Francisco at zoom 16 and 15.5, Monaco at 13) with a place and a
// district of the map's own, in both languages, and checks the placed
// boxes: no two overlap (a name along a road standing for its parts), the
// map's own names are all placed, road names read upright, and enough
// names of each kind are placed to matter.
func TestLabelsNeverOverlap(t *testing.T) {
	font := labelFont(t)
	sf := tileRange("sf", OpenMapTiles, 14, 2620, 2621, 6331, 6332)
	monaco := tileRange("monaco", Protomaps, 13, 4264, 4265, 2986, 2987)
	for _, tc := range []struct {
		name  string
		fx    []fixture
		v     geo.Viewport
		roads int // at least
	}{
		{"sf z16", sf, geo.Viewport{Center: maptile.New(2621, 6332, 14).Bound().LeftTop(), Zoom: 16, Width: 1920, Height: 1080, Scale: 1}, 40},
		{"sf z15.5 hidpi", sf, geo.Viewport{Center: maptile.New(2621, 6332, 14).Bound().LeftTop(), Zoom: 15.5, Width: 1600, Height: 1000, Scale: 2}, 20},
		{"monaco z13", monaco, geo.Viewport{Center: maptile.New(4265, 2987, 13).Bound().LeftTop(), Zoom: 13, Width: 512, Height: 512, Scale: 1}, 0},
	} {
		var tiles []*Tile
		for _, f := range tc.fx {
			tiles = append(tiles, f.prepare(t))
		}
		for _, lang := range []Lang{English, Chinese} {
			t.Run(tc.name+" "+langFile(lang), func(t *testing.T) {
				s := newScene(t, tc.v, tiles, lang, font)
				own := []geo.MapLabel{
					{Text: "滕头村 Tengtou", Kind: geo.KindPlace, Marker: "m"},
					{Text: "Haishu District 海曙区", Kind: geo.KindDistrict, Point: tc.v.Unproject(float64(tc.v.Width)/3, float64(tc.v.Height)/2)},
				}
				labels := append(own, s.lb.Labels()...)
				s.lb.SetLabels(labels)
				s.r.SetMarkers([]geo.Marker{{ID: "m", Point: tc.v.Center, Color: color.NRGBA{200, 40, 40, 255}}})
				s.render()
				placed := s.lb.Placed()
				boxes := func(p geo.PlacedMapLabel) []geo.Box {
					if p.Parts != nil {
						return p.Parts
					}
					return []geo.Box{p.Box}
				}
				kinds := map[geo.LabelKind]int{}
				for i, a := range placed {
					l := labels[a.Index]
					kinds[l.Kind]++
					if math.Abs(a.Angle) > math.Pi/2+1e-9 {
						t.Errorf("%q turned %.0f°: upside down", l.Text, a.Angle*180/math.Pi)
					}
					for _, b := range placed[i+1:] {
						for _, x := range boxes(a) {
							for _, y := range boxes(b) {
								if x.MinX < y.MaxX && y.MinX < x.MaxX && x.MinY < y.MaxY && y.MinY < x.MaxY {
									t.Fatalf("%q %v overlaps %q %v", l.Text, x, labels[b.Index].Text, y)
								}
							}
						}
					}
				}
				if kinds[geo.KindPlace] != 1 || kinds[geo.KindDistrict] != 1 || placed[0].Index > 1 || placed[1].Index > 1 {
					t.Errorf("the map's own names: %d places, %d districts, first placed %d and %d; want both, first", kinds[geo.KindPlace], kinds[geo.KindDistrict], placed[0].Index, placed[1].Index)
				}
				if kinds[geo.KindRoad] < tc.roads || kinds[geo.KindTown]+kinds[geo.KindVillage] < 2 {
					t.Errorf("placed %d road names (want %d at least), %d towns and %d villages", kinds[geo.KindRoad], tc.roads, kinds[geo.KindTown], kinds[geo.KindVillage])
				}
				t.Logf("%d names placed of %d: %v", len(placed), len(labels), kinds)
			})
		}
	}
}
