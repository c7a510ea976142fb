package geo

// The scenes of this file use the real content (package data, test only):
// the places, districts, neighbours and waters the app shows.

import (
	"image"
	"image/color"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"golang.org/x/image/font/gofont/gobold"

	"ningbomap/data"
)

// Colours of the test scenes, as the app draws its map.
var (
	sceneSea  = color.NRGBA{0xD6, 0xE6, 0xF2, 0xFF}
	sceneLand = Style{Fill: color.NRGBA{0xF7, 0xF3, 0xE8, 0xFF}, Stroke: color.NRGBA{0xA8, 0x96, 0x7A, 0xFF}, StrokeWidth: 1.2}
)

// labelFont is the app's CJK font with a Latin bold after it.
func labelFont(tb testing.TB) *FontGlyphs {
	tb.Helper()
	ttf, err := os.ReadFile(filepath.Join("..", "resources", "fonts", "NotoSansCJKsc-Regular.otf"))
	if err != nil {
		tb.Fatal(err)
	}
	g, err := NewFontGlyphs(ttf, gobold.TTF)
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// labelScene is the map of the embedded content with its labels in lang,
// the place selected marked so, clustered as the app does.
type labelScene struct {
	ds      *data.Dataset
	r       *Renderer
	lb      *Labeller
	cl      *Clusterer
	sites   []*data.Site
	markers []Marker
}

func newLabelScene(tb testing.TB, lang data.Lang, selected string) *labelScene {
	tb.Helper()
	ds, err := data.LoadEmbedded()
	if err != nil {
		tb.Fatal(err)
	}
	s := &labelScene{ds: ds, r: NewRenderer()}
	g := labelFont(tb)
	s.r.SetBackground(sceneSea)
	s.r.SetTextDrawer(g)
	var nb, city []orb.MultiPolygon
	for _, n := range ds.Neighbours {
		nb = append(nb, n.Geometry)
	}
	for _, d := range ds.Districts {
		city = append(city, d.Geometry)
	}
	s.r.SetPolygons("neighbours", nb, NeighbourStyle)
	s.r.SetPolygons("districts", city, sceneLand)
	s.r.SetLines("outline", OuterEdges(city), OutlineStyle)

	var labels []MapLabel
	var points []orb.Point
	for _, site := range ds.Sites {
		labels = append(labels, MapLabel{Text: site.ShortName(lang), Kind: KindPlace, Marker: site.ID, Order: site.Tour})
		if site.ID == selected {
			s.markers = append(s.markers, Marker{ID: site.ID, Point: site.Point, Color: themeColors[0], Selected: true, Radius: 11})
			continue
		}
		s.sites = append(s.sites, site)
		points = append(points, site.Point)
	}
	for _, d := range ds.Districts {
		labels = append(labels, MapLabel{Text: d.Name.In(lang), Kind: KindDistrict, Point: d.Label})
	}
	for _, n := range ds.Neighbours {
		labels = append(labels, MapLabel{Text: n.Name.In(lang), Kind: KindNeighbour, Point: n.Label})
	}
	for _, w := range ds.Waters {
		labels = append(labels, MapLabel{Text: w.Name.In(lang), Kind: KindWater, Point: w.Point})
	}
	s.lb = NewLabeller(g)
	s.lb.SetLabels(labels)
	opt := DefaultClusterOptions
	opt.MaxZoom, opt.Radius = 14, 32
	s.cl = NewClusterer(points, opt)
	return s
}

// frame clusters the places for v, hands markers and bubbles to the
// renderer, renders and draws the labels.
func (s *labelScene) frame(img *image.RGBA, v Viewport) {
	markers := s.markers[:0:0]
	markers = append(markers, s.markers...)
	var bubbles []Cluster
	for _, c := range s.cl.ViewClusters(nil, v, 32) {
		if c.Count == 1 {
			site := s.sites[c.Index]
			markers = append(markers, Marker{ID: site.ID, Point: site.Point, Color: themeColors[site.Tour%len(themeColors)], Radius: 11})
			continue
		}
		bubbles = append(bubbles, c)
	}
	s.r.SetClusters(bubbles, DefaultClusterStyle)
	s.r.SetMarkers(markers)
	s.r.Render(img, v)
	s.r.DrawLabels(img, v, s.lb)
}

// sceneViews are the views of the golden images: the city-wide view and
// 滕头村 at zooms 11 and 14.
func sceneViews(tb testing.TB, ds *data.Dataset) map[string]Viewport {
	tb.Helper()
	tengtou := ds.Site("tengtou")
	if tengtou == nil {
		tb.Fatal("no place tengtou")
	}
	var b orb.Bound
	for i, d := range ds.Districts {
		if i == 0 {
			b = d.Geometry.Bound()
		}
		b = b.Union(d.Geometry.Bound())
	}
	overview := Viewport{Width: 960, Height: 600, Scale: 1}
	overview.FitBounds(b, 24)
	return map[string]Viewport{
		"overview": overview,
		"z11":      {Center: tengtou.Point, Zoom: 11, Width: 960, Height: 600, Scale: 1},
		"z14":      {Center: tengtou.Point, Zoom: 14, Width: 960, Height: 600, Scale: 1},
	}
}

func TestLabelsGolden(t *testing.T) {
	for _, lang := range []data.Lang{data.Zh, data.En} {
		for _, name := range []string{"overview", "z11", "z14"} {
			t.Run(string(lang)+"/"+name, func(t *testing.T) {
				selected := ""
				if name == "z14" {
					selected = "tengtou"
				}
				s := newLabelScene(t, lang, selected)
				v := sceneViews(t, s.ds)[name]
				img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
				s.frame(img, v)
				placed := s.lb.Placed()
				kinds := map[LabelKind]int{}
				for _, p := range placed {
					kinds[s.lb.Labels()[p.Index].Kind]++
				}
				switch name {
				case "overview":
					if kinds[KindDistrict] < 7 || kinds[KindNeighbour] < 5 || kinds[KindWater] < 3 {
						t.Errorf("overview names %d districts, %d neighbours, %d waters", kinds[KindDistrict], kinds[KindNeighbour], kinds[KindWater])
					}
				default:
					if kinds[KindPlace] < 2 {
						t.Errorf("%s names %d places", name, kinds[KindPlace])
					}
				}
				if name == "z14" && (len(placed) == 0 || s.lb.Labels()[placed[0].Index].Marker != "tengtou") {
					t.Error("the selected place is not named first")
				}
				assertGolden(t, "labels_"+name+"_"+string(lang), img)
			})
		}
	}
}

// BenchmarkPlaceLabels places the labels of the city-wide view at
// 1920×1080: 15 places, 10 districts, 18 neighbours and 4 waters, with the
// markers and bubbles of that view. The bar is 0.5 ms per frame.
func BenchmarkPlaceLabels(b *testing.B) {
	for _, name := range []string{"overview", "z11", "z14"} {
		b.Run(name, func(b *testing.B) {
			s := newLabelScene(b, data.Zh, "tengtou")
			v := sceneViews(b, s.ds)[name]
			v.Width, v.Height = 1920, 1080
			if name == "overview" {
				v.FitBounds(data.NingboBound, 24)
			}
			img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
			s.frame(img, v) // sprites made once
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				s.lb.Place(v, s.r.markers, s.r.clusters, s.r.clusterSt)
			}
		})
	}
}

// BenchmarkDrawLabels is placement and drawing into the frame.
func BenchmarkDrawLabels(b *testing.B) {
	s := newLabelScene(b, data.Zh, "tengtou")
	v := sceneViews(b, s.ds)["z11"]
	v.Width, v.Height = 1920, 1080
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	s.frame(img, v)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		s.r.DrawLabels(img, v, s.lb)
	}
}
