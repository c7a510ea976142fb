package geo

import (
	"image"
	"image/color"
	"math"
	"ningbomap/internal/cputime"
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"ningbomap/crs"
)

// equator is the Earth's circumference at the equator in Web Mercator, metres.
const equator = 40075016.686

// sanjiang (三江口, central Ningbo) is the centre of the views tested.
var sanjiang = orb.Point{121.55, 29.87}

// TestFrameTilesMapping compares, over a 1920×1080 view around Ningbo at
// zooms 8 to 18, where each tile's redraw takes a pixel from (the
// conversion interpolated over its grid) with the exact GCJ-02 position of
// the pixel's place: under 5 m and a hundredth of a pixel.
func TestFrameTilesMapping(t *testing.T) {
	ft := NewFrameTiles(nil, crs.GCJ02.FromWGS84, 0)
	for z := 8; z <= 18; z++ {
		v := Viewport{Center: sanjiang, Zoom: float64(z), Width: 1920, Height: 1080, Scale: 1}
		n := float64(int64(1) << z)
		cx, cy := Mercator(sanjiang)
		x0, x1 := int(math.Floor(cx*n-960.0/TileSize)), int(math.Floor(cx*n+960.0/TileSize))
		y0, y1 := int(math.Floor(cy*n-540.0/TileSize)), int(math.Floor(cy*n+540.0/TileSize))
		mPerUnit := equator * math.Cos(sanjiang[1]*math.Pi/180) / n // metres per tile
		worst := 0.0
		for ty := y0; ty <= y1; ty++ {
			for tx := x0; tx <= x1; tx++ {
				u, w := ft.frameCorners(z, tx, ty)
				for j := 0; j < 32; j++ {
					for i := 0; i < 32; i++ {
						fx, fy := (float64(i)+0.5)/32, (float64(j)+0.5)/32
						su, sv := sourceAt(u, w, fx, fy)
						p := InverseMercator((float64(tx)+fx)/n, (float64(ty)+fy)/n)
						ex, ey := Mercator(crs.GCJ02.FromWGS84(p))
						worst = max(worst, math.Hypot(su-ex*n, sv-ey*n)*mPerUnit)
					}
				}
			}
		}
		px := worst / v.MetersPerPixel()
		t.Logf("zoom %2d: largest error %.4f m, %.5f px", z, worst, px)
		if worst >= 5 || px > 0.01 {
			t.Errorf("zoom %d: the redraw takes pixels up to %.3f m (%.3f px) from the exact place", z, worst, px)
		}
	}
}

// dotTiles is a tile source drawing a 3×3 black dot on white at each of
// its dots (positions in the tiles' frame), as a web map in that frame
// would draw those places. Only zooms ready reports are at hand.
type dotTiles struct {
	dots  []orb.Point
	mu    sync.Mutex
	ready map[int]bool
	asked map[frameKey]int
	drawn map[frameKey]image.Image
}

func (d *dotTiles) ZoomRange() (lo, hi int) { return 0, 20 }

func (d *dotTiles) Tile(z, x, y int) (image.Image, bool) {
	d.mu.Lock()
	d.asked[frameKey{z, x, y}]++
	d.mu.Unlock()
	return d.Peek(z, x, y)
}

func (d *dotTiles) Peek(z, x, y int) (image.Image, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.ready[z] {
		return nil, false
	}
	if img, ok := d.drawn[frameKey{z, x, y}]; ok {
		return img, true
	}
	img := image.NewRGBA(image.Rect(0, 0, TileSize, TileSize))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	n := float64(int64(1) << z)
	for _, p := range d.dots {
		mx, my := Mercator(p)
		px, py := int(math.Floor((mx*n-float64(x))*TileSize)), int(math.Floor((my*n-float64(y))*TileSize))
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				img.SetRGBA(px+dx, py+dy, color.RGBA{A: 0xff})
			}
		}
	}
	if d.drawn == nil {
		d.drawn = map[frameKey]image.Image{}
	}
	d.drawn[frameKey{z, x, y}] = frameOpaque{img}
	return frameOpaque{img}, true
}

// lattice returns WGS 84 positions every 0.001° east and 0.0007° north
// (about 100 and 80 m) over the box around c.
func lattice(c orb.Point, half orb.Point) []orb.Point {
	var ps []orb.Point
	for lon := c[0] - half[0]; lon <= c[0]+half[0]; lon += 0.001 {
		for lat := c[1] - half[1]; lat <= c[1]+half[1]; lat += 0.0007 {
			ps = append(ps, orb.Point{lon, lat})
		}
	}
	return ps
}

// findDot returns the centre of the dark pixels within r of x, y.
func findDot(img *image.RGBA, x, y float64, r int) (float64, float64, bool) {
	sx, sy, n := 0.0, 0.0, 0
	for py := int(y) - r; py <= int(y)+r; py++ {
		for px := int(x) - r; px <= int(x)+r; px++ {
			if (image.Point{px, py}).In(img.Rect) && img.RGBAAt(px, py).R < 128 {
				sx, sy, n = sx+float64(px)+0.5, sy+float64(py)+0.5, n+1
			}
		}
	}
	if n == 0 {
		return 0, 0, false
	}
	return sx / float64(n), sy / float64(n), true
}

// TestFrameTilesLineUp draws GCJ-02 tiles with a dot at the GCJ-02
// position of each place of a WGS 84 lattice, over a 1920×1080 view around
// Ningbo, and finds each dot where the renderer drew it: through
// FrameTiles within 5 m of where the view puts the WGS 84 place; drawn as
// they are, hundreds of metres away. Dots drawn at the WGS 84 places show
// what the pixels alone cost (a dot drawn at its pixel, tiles placed at
// whole pixels): about the same.
func TestFrameTilesLineUp(t *testing.T) {
	places := lattice(sanjiang, orb.Point{0.025, 0.015})
	dots := make([]orb.Point, len(places))
	for i, p := range places {
		dots[i] = crs.GCJ02.FromWGS84(p)
	}
	for _, zoom := range []float64{16, 16.5, 18} {
		v := NewViewport(1920, 1080)
		v.MaxZoom = 20
		v.SetCenter(sanjiang)
		v.SetZoom(zoom)
		src := &dotTiles{dots: dots, ready: map[int]bool{16: true, 17: true, 18: true}, asked: map[frameKey]int{}}
		shifted, plain, wgs := NewRenderer(), NewRenderer(), NewRenderer()
		shifted.SetTiles(NewFrameTiles(src, crs.GCJ02.FromWGS84, 0))
		plain.SetTiles(src)
		// The same dots drawn in WGS 84: what pixels alone cost any tile basemap.
		wgs.SetTiles(&dotTiles{dots: places, ready: src.ready, asked: map[frameKey]int{}})
		for _, c := range []struct {
			name string
			r    *Renderer
		}{{"frame tiles", shifted}, {"as they are", plain}, {"WGS 84 tiles (pixels alone)", wgs}} {
			img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
			c.r.Render(img, v)
			worst, found, missed := 0.0, 0, 0
			for _, p := range places {
				x, y := v.Project(p)
				if x < 12 || y < 12 || x > float64(v.Width-12) || y > float64(v.Height-12) {
					continue
				}
				dx, dy, ok := findDot(img, x, y, 6)
				if !ok {
					missed++
					continue
				}
				found++
				worst = max(worst, math.Hypot(dx-x, dy-y)*v.MetersPerPixel())
			}
			t.Logf("zoom %.1f, %s: %d places found within 6 px, %d not; largest error %.2f m", zoom, c.name, found, missed, worst)
			switch c.r {
			case shifted, wgs:
				if missed > 0 || found < 50 || worst >= 5 {
					t.Errorf("zoom %.1f: %d of %d places not lined up; largest error %.2f m", zoom, missed, found+missed, worst)
				}
			case plain:
				if found > 0 {
					t.Errorf("zoom %.1f: without FrameTiles %d places line up; the test would not see a wrong shift", zoom, found)
				}
			}
		}
	}
}

// TestFrameTilesStandIns checks the redraw's waiting: while the source has
// only lower zooms, a tile is redrawn from its stand-ins and Peek asks the
// source for nothing; once the source has the tile's own zoom, it is
// redrawn from it.
func TestFrameTilesStandIns(t *testing.T) {
	dots := []orb.Point{crs.GCJ02.FromWGS84(sanjiang)}
	src := &dotTiles{dots: dots, ready: map[int]bool{10: true}, asked: map[frameKey]int{}}
	ft := NewFrameTiles(src, crs.GCJ02.FromWGS84, 0)
	n := float64(int64(1) << 14)
	mx, my := Mercator(sanjiang)
	x, y := int(mx*n), int(my*n)
	if _, ok := ft.Peek(14, x, y); !ok {
		t.Fatal("no tile from the stand-ins")
	}
	if len(src.asked) != 0 {
		t.Errorf("Peek asked the source for %v", src.asked)
	}
	early, ok := ft.Tile(14, x, y)
	if !ok || len(src.asked) == 0 {
		t.Fatalf("Tile: %v, asked the source for %v", ok, src.asked)
	}
	src.mu.Lock()
	src.ready[14] = true
	src.mu.Unlock()
	late, _ := ft.Tile(14, x, y)
	if late == early {
		t.Fatal("not redrawn once the source had the tile")
	}
	if again, _ := ft.Tile(14, x, y); again != late {
		t.Error("redrawn again with nothing new")
	}
	if _, opaque := late.(OpaqueTile); !opaque {
		t.Error("a tile redrawn from opaque tiles is not opaque")
	}
}

// TestFrameTilesCacheBound checks that the redrawn tiles kept stay within
// the cap.
func TestFrameTilesCacheBound(t *testing.T) {
	src := &dotTiles{ready: map[int]bool{12: true}, asked: map[frameKey]int{}}
	ft := NewFrameTiles(src, crs.GCJ02.FromWGS84, 10*TileSize*TileSize*4)
	for x := 3400; x < 3440; x++ {
		if _, ok := ft.Tile(12, x, 1700); !ok {
			t.Fatal("no tile")
		}
	}
	if len(ft.cache) != 10 || ft.bytes != 10*TileSize*TileSize*4 {
		t.Errorf("%d tiles, %d bytes kept; want 10", len(ft.cache), ft.bytes)
	}
}

// BenchmarkFrameTilesRedraw redraws one 256×256 tile from cached source
// tiles.
func BenchmarkFrameTilesRedraw(b *testing.B) {
	src := &dotTiles{ready: map[int]bool{14: true}, asked: map[frameKey]int{}}
	ft := NewFrameTiles(src, crs.GCJ02.FromWGS84, 0)
	n := float64(int64(1) << 14)
	mx, my := Mercator(sanjiang)
	x, y := int(mx*n), int(my*n)
	b.ReportAllocs()
	cpu := cputime.Start()
	for b.Loop() {
		if _, _, ok := ft.redraw(14, x, y, false); !ok {
			b.Fatal("no tile")
		}
	}
	cpu.Report(b)
}
