package app

import (
	"database/sql"
	"image"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"ningbomap/app/basemap"
	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/geo"
)

// The vector fixtures of tiles/testdata: Protomaps v4 tiles drawn around 滕头村 and
// OpenMapTiles tiles of Monaco made by tilemaker from OpenStreetMap.
var (
	pm4Tengtou = filepath.Join("..", "tiles", "testdata", "pm4-tengtou.pmtiles")
	omtMonaco  = filepath.Join("..", "tiles", "testdata", "omt-monaco.mbtiles")
)

// basemapUI is the test window in language l with the tile file at path under the map,
// opened as --basemap opens it. Its problems go to the banner on the test goroutine
// (pump).
func basemapUI(t testing.TB, l data.Lang, size fyne.Size, path string, frame crs.Frame) (*testUI, underlay) {
	t.Helper()
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	frames := make(chan func(), 256)
	var tu *testUI
	tb, err := openBasemap(path, frame, 1, basemap.Borders(ds), func(f func()) { frames <- f }, func() {}, func(err error) {
		if tu != nil {
			tu.basemapProblem(err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tb.Close)
	tu = newTestUIOn(t, l, size, windowConfig{tiles: tb}, frames)
	return tu, tb
}

// openTengtou opens 滕头村's card, as a search for it does, and shows it at zoom z.
func (tu *testUI) openTengtou(z float64) *data.Site {
	s := tu.content().Site("tengtou")
	tu.search("滕头")
	tu.submitSearch()
	tu.mapView().ShowView(s.Point, z)
	return s
}

// settledFrame draws the view once (asking for its tiles), waits for the tiles and
// draws it again: with the tiles and their names.
func (tu *testUI) settledFrame(t *testing.T, tb underlay) (*image.RGBA, []string) {
	t.Helper()
	tu.pump()
	tu.frame(t)
	tb.Wait()
	tu.pump()
	tu.frame(t)
	tb.Wait() // the names placed may ask for nothing more, but the frame might have
	return tu.frame(t)
}

// TestVectorBasemapGolden draws the map over the vector fixtures: around 滕头村 at
// zooms 12, 14 and 16 (past the file's highest zoom, drawn again) in both languages,
// and Monaco at zoom 15 in the OpenMapTiles schema. The tiles' names are placed after
// the map's own, in the UI language (pinyin where a name has no English), none on
// another, a tile's name that the map already shows (滕头村) left out; the layer panel
// names the schema, the credits line the file's credit. The frames are compared with
// golden images.
func TestVectorBasemapGolden(t *testing.T) {
	cases := []struct {
		name   string
		file   string
		lang   data.Lang
		site   string
		center orb.Point
		zoom   float64
		want   []string // names placed
		schema string   // the switch row's text
	}{
		{"tengtou_z12_zh", pm4Tengtou, data.Zh, "tengtou", orb.Point{}, 12, []string{"滕头村", "奉化区", "青云村", "萧王庙街道"}, "矢量底图（Protomaps v4）"},
		{"tengtou_z14_zh", pm4Tengtou, data.Zh, "tengtou", orb.Point{}, 14, []string{"滕头村", "剡江", "萧王庙路", "滕头路"}, "矢量底图（Protomaps v4）"},
		{"tengtou_z14_en", pm4Tengtou, data.En, "tengtou", orb.Point{}, 14, []string{"Tengtou Village", "Shanjiang", "Xiaowangmiao Road", "Tengtou Road"}, "Vector basemap (Protomaps v4)"},
		{"tengtou_z16_en", pm4Tengtou, data.En, "tengtou", orb.Point{}, 16, []string{"Tengtou Village"}, "Vector basemap (Protomaps v4)"},
		{"monaco_z15_en", omtMonaco, data.En, "", orb.Point{7.4246, 43.7384}, 15, nil, "Vector basemap (OpenMapTiles)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tu, tb := basemapUI(t, tc.lang, fyne.NewSize(1000, 700), tc.file, crs.WGS84)
			if tc.site != "" {
				tu.openTengtou(tc.zoom)
			} else {
				tu.key(fyne.KeyEscape)
				tu.pump()
				tu.mapView().ShowView(tc.center, tc.zoom)
			}
			img, placed := tu.settledFrame(t, tb)
			for _, w := range tc.want {
				if !slices.Contains(placed, w) {
					t.Errorf("%q is not on the map; placed: %q", w, placed)
				}
			}
			if n := countOf(placed, placed[0]); tc.site != "" && n != 1 {
				t.Errorf("%q is placed %d times, want the map's own name only", placed[0], n)
			}
			checkNoOverlap(t, tu)
			if tc.site == "" && len(placed) < 5 {
				t.Errorf("%d names placed over Monaco (%q), want the tiles' streets and places", len(placed), placed)
			}
			all := texts(tu.w.Content())
			if !contains(all, tc.schema) {
				t.Errorf("the layer panel has no row %q", tc.schema)
			}
			credit := tu.credits()
			if tc.file == omtMonaco && !strings.Contains(credit, "© OpenMapTiles © OpenStreetMap contributors") {
				t.Errorf("credits %q: want the schema's credit (the file has none)", credit)
			}
			if tc.file == pm4Tengtou && !strings.Contains(credit, "Protomaps basemap schema v4") {
				t.Errorf("credits %q: want the file's attribution", credit)
			}
			assertNearImage(t, "vector_basemap_"+tc.name+".png", img)
		})
	}
}

func countOf(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

// checkNoOverlap fails t when two names placed in the last frame overlap.
func checkNoOverlap(t *testing.T, tu *testUI) {
	t.Helper()
	tu.mapView().Update(func(r *geo.Renderer) {
		lb := r.Labeller()
		ps := lb.Placed()
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				a, b := ps[i].Box, ps[j].Box
				if a.MinX < b.MaxX && b.MinX < a.MaxX && a.MinY < b.MaxY && b.MinY < a.MaxY {
					t.Errorf("%q at %v overlaps %q at %v", lb.Labels()[ps[i].Index].Text, a, lb.Labels()[ps[j].Index].Text, b)
				}
			}
		}
	})
}

// TestVectorBasemapLanguageSwitch: the tiles' names follow the language switch.
func TestVectorBasemapLanguageSwitch(t *testing.T) {
	tu, tb := basemapUI(t, data.Zh, fyne.NewSize(1000, 700), pm4Tengtou, crs.WGS84)
	tu.openTengtou(14)
	_, placed := tu.settledFrame(t, tb)
	if !slices.Contains(placed, "剡江") || slices.Contains(placed, "Shanjiang") {
		t.Fatalf("in Chinese: placed %q, want 剡江", placed)
	}
	tu.switchLanguage(t)
	_, placed = tu.settledFrame(t, tb)
	if !slices.Contains(placed, "Shanjiang") || slices.Contains(placed, "剡江") {
		t.Errorf("after the switch to English: placed %q, want Shanjiang (剡江 in pinyin)", placed)
	}
	// Hidden, the tiles take their names with them.
	tiles := tu.legendCheck("Vector basemap") // the layer panel's switch of the tiles
	if tiles == nil || !tiles.Checked {
		t.Fatalf("the layer panel has no tiles' switch on: %v", tiles)
	}
	test.Tap(tiles)
	_, placed = tu.settledFrame(t, tb)
	if slices.Contains(placed, "Shanjiang") {
		t.Errorf("the tiles are hidden and their names still placed: %q", placed)
	}
}

// TestVectorBasemapBadTile: a corrupt tile is named in the problem banner (the file, the
// tile, the problem) and the rest of the map draws.
func TestVectorBasemapBadTile(t *testing.T) {
	src, err := os.Open(filepath.Join("..", "tiles", "testdata", "pm4-tengtou.mbtiles"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	path := filepath.Join(t.TempDir(), "broken.mbtiles")
	dst, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	// Tile 14/13714/6776 (TMS row 9607), under 滕头村: a gzip stream cut short.
	res, err := db.Exec(`UPDATE tiles SET tile_data = ? WHERE zoom_level = 14 AND tile_column = 13714 AND tile_row = 9607`,
		[]byte{0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x01, 0x02})
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("%d tiles changed, want 1", n)
	}
	db.Close()

	tu, tb := basemapUI(t, data.En, fyne.NewSize(1000, 700), path, crs.WGS84)
	tu.openTengtou(14)
	img, placed := tu.settledFrame(t, tb)
	tu.pump()
	shown, text := tu.banner()
	if !shown {
		t.Fatal("no problem banner")
	}
	for _, w := range []string{"broken.mbtiles", "tile 14/13714/6776"} {
		if !strings.Contains(text, w) {
			t.Errorf("banner %q does not name %q", text, w)
		}
	}
	if !slices.Contains(placed, "Tengtou Village") {
		t.Errorf("placed %q: want the map drawn around the bad tile", placed)
	}
	if s := share(img, basemap.Sea); s > 0.5 {
		t.Errorf("%.2f of the frame is bare background: the tiles around the bad one are not drawn", s)
	}
}
