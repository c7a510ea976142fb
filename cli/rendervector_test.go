package cli

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// waterShare is the share of a picture's pixels in the vector style's water colour
// (vector's waterColour, #C8DCEA), which the built-in basemap never draws.
func waterShare(t *testing.T, path string) float64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 == 0xC8 && g>>8 == 0xDC && bl>>8 == 0xEA {
				n++
			}
		}
	}
	return float64(n) / float64(((b.Dx()+1)/2)*((b.Dy()+1)/2))
}

// TestRenderVectorBasemap: render --basemap draws a vector tile file (Protomaps v4
// PMTiles, OpenMapTiles MBTiles) under the map in the map's style, by the window's own
// path; --basemap-crs gcj02 is accepted for it.
func TestRenderVectorBasemap(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.png")
	if err := runRender([]string{"--site", "tengtou", "--lang", "en", "--size", "1280x800", "--out", plain}); err != nil {
		t.Fatal(err)
	}
	if s := waterShare(t, plain); s > 0.001 {
		t.Fatalf("the built-in basemap draws the vector style's water colour (%.4f): the test cannot tell", s)
	}
	for _, c := range []struct {
		name string
		args []string
	}{
		{"protomaps", []string{"--basemap", filepath.Join("..", "tiles", "testdata", "pm4-tengtou.pmtiles")}},
		{"protomaps gcj02", []string{"--basemap", filepath.Join("..", "tiles", "testdata", "pm4-tengtou.pmtiles"), "--basemap-crs", "gcj02"}},
		{"openmaptiles", []string{"--basemap", filepath.Join("..", "tiles", "testdata", "omt-monaco.mbtiles")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, "vector.png")
			args := append([]string{"--site", "tengtou", "--lang", "en", "--size", "1280x800", "--out", out}, c.args...)
			if err := runRender(args); err != nil {
				t.Fatal(err)
			}
			s := waterShare(t, out)
			switch c.name {
			case "openmaptiles": // Monaco is far from 滕头村: a file that covers none of the view
				if s > 0.001 {
					t.Errorf("water %.4f of a view the file does not cover", s)
				}
			default:
				if s < 0.01 {
					t.Errorf("the tiles' water covers %.4f of the picture, want the tiles drawn", s)
				}
			}
		})
	}
}
