package app

import (
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ningbomap/app/basemap"
	"ningbomap/app/locale"
	"ningbomap/data"
)

// fixtureSea is the sea colour of the tile fixtures (internal/fixture), which the
// built-in basemap never draws.
var fixtureSea = color.NRGBA{0x9c, 0xc3, 0xe6, 0xff}

func share(img image.Image, c color.NRGBA) float64 {
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			if color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA) == c {
				n++
			}
		}
	}
	return float64(n) / float64((b.Dx()/4)*(b.Dy()/4))
}

// TestRenderWithTileBasemap: render --basemap draws the package's tiles (MBTiles and
// PMTiles alike) under the places, and names the package's attribution; a file that is
// no tile package is an error that names it.
func TestRenderWithTileBasemap(t *testing.T) {
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	plain, err := RenderPicture(ds, PictureOptions{Lang: data.En, Width: 1280, Height: 800})
	if err != nil {
		t.Fatal(err)
	}
	if s := share(plain, fixtureSea); s > 0.001 {
		t.Fatalf("the built-in basemap already has the fixture's sea colour (%.3f)", s)
	}
	for _, f := range []string{"ningbo.mbtiles", "ningbo.pmtiles"} {
		t.Run(f, func(t *testing.T) {
			img, err := RenderPicture(ds, PictureOptions{Lang: data.En, Width: 1280, Height: 800,
				Basemap: filepath.Join("..", "tiles", "testdata", f)})
			if err != nil {
				t.Fatal(err)
			}
			if s := share(img, fixtureSea); s < 0.05 {
				t.Errorf("the tiles' sea covers %.3f of the picture, want the tiles drawn", s)
			}
		})
	}
	bad := filepath.Join(t.TempDir(), "notes.mbtiles")
	if err := os.WriteFile(bad, []byte("not a tile package"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = RenderPicture(ds, PictureOptions{Lang: data.En, Width: 1280, Height: 800, Basemap: bad})
	if err == nil || !strings.Contains(err.Error(), "notes.mbtiles") {
		t.Fatalf("a bad tile file: err = %v, want one naming the file", err)
	}
}

func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{
		`<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap</a> contributors`: "© OpenStreetMap contributors",
		"Tiles &copy; Ningbo Museum": "Tiles © Ningbo Museum",
		"  plain\n text ":            "plain text",
		"":                           "",
	} {
		if got := basemap.PlainText(in); got != want {
			t.Errorf("PlainText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTileSwitchFollowsCredits: the layer panel's tile switch hides the tiles and their
// credit in the credits line, and brings both back.
func TestTileSwitchFollowsCredits(t *testing.T) {
	var tu *testUI
	// Arriving tiles ask for redraws through post: here a queue the test goroutine drains
	// (the test driver's fyne.Do would run them on the decoding goroutine).
	queue := make(chan func(), 64)
	redraw := func() {
		if tu != nil { // tiles may arrive while the window is being made
			tu.mapView().Redraw()
		}
	}
	tb, err := openTiles(Options{Basemap: filepath.Join("..", "tiles", "testdata", "ningbo.mbtiles")}, 1, nil,
		func(f func()) { queue <- f }, redraw, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tb.Close)
	tu = newTestUIOn(t, data.En, fyne.NewSize(1280, 800), windowConfig{tiles: tb}, queue)
	credit := locale.T("map.tiles")
	credits := func() string {
		for _, s := range texts(tu.w.Content()) {
			if strings.Contains(s, locale.T("map.attribution")) {
				return s
			}
		}
		return ""
	}
	if !strings.Contains(credits(), credit) {
		t.Fatalf("credits %q lack the tile package's credit", credits())
	}
	tiles := tu.legendCheck(locale.T("legend.tiles"))
	test.Tap(tiles)
	if strings.Contains(credits(), credit) {
		t.Errorf("tiles off, the credits still name them: %q", credits())
	}
	test.Tap(tiles)
	if !strings.Contains(credits(), credit) {
		t.Errorf("tiles on again, the credits lack them: %q", credits())
	}
}
