package geo

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"

	"ningbomap/internal/cputime"
)

// pathView is the view of the path label tests, and a helper that turns
// pixel points of it into a lon/lat path.
func pathView(w, h int) (Viewport, func(xy ...float64) []orb.Point) {
	v := Viewport{Center: orb.Point{121.4, 29.6}, Zoom: 15, Width: w, Height: h, Scale: 1}
	return v, func(xy ...float64) []orb.Point {
		var p []orb.Point
		for i := 0; i+1 < len(xy); i += 2 {
			p = append(p, v.Unproject(xy[i], xy[i+1]))
		}
		return p
	}
}

func TestPathLabelAngle(t *testing.T) {
	v, path := pathView(400, 300)
	tests := []struct {
		name string
		path []orb.Point
		deg  float64 // want; NaN for no label
	}{
		{"west to east", path(50, 150, 350, 150), 0},
		{"east to west reads upright", path(350, 150, 50, 150), 0},
		{"down to the right", path(100, 50, 300, 250), 45},
		{"up to the left reads upright", path(300, 250, 100, 50), 45},
		{"up to the right", path(100, 250, 300, 50), -45},
		{"down to the left", path(300, 50, 100, 250), -45},
		{"straight down", path(200, 20, 200, 280), 90},
		{"straight up", path(200, 280, 200, 20), 90},
		{"bent in the middle, straight at one end", path(20, 150, 200, 150, 210, 40), 0},
		{"zigzag", path(20, 150, 60, 120, 100, 150, 140, 120, 180, 150, 220, 120, 260, 150, 300, 120, 340, 150), math.NaN()},
		{"too short", path(190, 150, 215, 150), math.NaN()},
		{"off screen", path(500, 150, 900, 150), math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lb := NewLabeller(boxFont{})
			lb.SetStyles(plainStyles())
			lb.SetLabels([]MapLabel{{Text: "Main Street", Kind: KindRoad, Path: tt.path}})
			placed := lb.Place(v, nil, nil, DefaultClusterStyle)
			if math.IsNaN(tt.deg) {
				if len(placed) != 0 {
					t.Fatalf("placed at %v, want no label", placed[0].Box)
				}
				return
			}
			if len(placed) != 1 {
				t.Fatalf("%d labels placed, want 1", len(placed))
			}
			if got := placed[0].Angle * 180 / math.Pi; math.Abs(got-tt.deg) > 0.5 {
				t.Errorf("angle %.1f°, want %.0f°", got, tt.deg)
			}
			// 88×12 px of text, cut into pieces about as long as high (a pixel
			// more each way when turned)
			if n := len(placed[0].Parts); n != 7 && n != 8 {
				t.Errorf("%d parts, want 7 or 8", n)
			}
		})
	}
}

// TestPathLabelsNeverOverlap places the names of a dense street grid at
// many angles, with places, markers and bubbles, and checks that no two
// labels' boxes overlap (a path label's parts standing for it), and that
// every drawn pixel of a turned name lies inside its parts.
func TestPathLabelsNeverOverlap(t *testing.T) {
	v, path := pathView(640, 480)
	rng := rand.New(rand.NewPCG(7, 21))
	labels := randomStreets(nil, rng, 120, 120, 700, 540, 80, 380, path)
	for i := range 20 {
		labels = append(labels, MapLabel{Text: fmt.Sprintf("Village %d", i), Kind: KindVillage,
			Point: v.Unproject(rng.Float64()*640, rng.Float64()*480)})
	}
	markers := []Marker{{ID: "m", Point: v.Unproject(320, 240), Color: color.NRGBA{200, 0, 0, 255}}}
	clusters := []Cluster{{ID: 1, Point: v.Unproject(100, 100), Count: 12, Index: -1}}
	lb := NewLabeller(labelFont(t))
	lb.SetLabels(labels)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	lb.Draw(img, v, markers, clusters, DefaultClusterStyle)
	placed := lb.Placed()
	boxes := func(p PlacedMapLabel) []Box {
		if p.Parts != nil {
			return p.Parts
		}
		return []Box{p.Box}
	}
	turnedN := 0
	for i, a := range placed {
		if a.Parts != nil && a.Angle != 0 {
			turnedN++
		}
		for _, b := range placed[i+1:] {
			for _, x := range boxes(a) {
				for _, y := range boxes(b) {
					if x.overlaps(y) {
						t.Fatalf("%q %v overlaps %q %v", labels[a.Index].Text, x, labels[b.Index].Text, y)
					}
				}
			}
		}
		for _, x := range boxes(a) {
			for _, m := range Obstacles(nil, markers, clusters, DefaultClusterStyle, v) {
				if x.overlaps(m) && !cornerOnly(x, m) {
					t.Errorf("%q %v covers a marker or bubble %v", labels[a.Index].Text, x, m)
				}
			}
		}
	}
	if turnedN < 15 {
		t.Fatalf("only %d names placed at an angle", turnedN)
	}
	// The turned sprites' pixels stay inside their parts.
	for _, p := range placed {
		if p.deg == 0 {
			continue
		}
		l := labels[p.Index]
		s := lb.turnedSprite(l.Text, l.Kind, 1, p.deg)
		for y := range s.img.Rect.Dy() {
			for x := range s.img.Rect.Dx() {
				if s.img.Pix[y*s.img.Stride+4*x+3] == 0 {
					continue
				}
				cx, cy := p.Box.MinX+float64(x)+0.5, p.Box.MinY+float64(y)+0.5
				in := false
				for _, b := range p.Parts {
					if cx >= b.MinX-0.5 && cx <= b.MaxX+0.5 && cy >= b.MinY-0.5 && cy <= b.MaxY+0.5 {
						in = true
						break
					}
				}
				if !in {
					t.Fatalf("%q at %d°: pixel %d,%d of its sprite outside its parts", l.Text, p.deg, x, y)
				}
			}
		}
	}
}

// randomStreets appends n road names (of names distinct texts) along
// straight streets of a random direction and length between l0 and l1
// pixels, starting anywhere in a w×h area around a view the same size less
// about 10 %.
func randomStreets(dst []MapLabel, rng *rand.Rand, n, names int, w, h, l0, l1 float64, path func(...float64) []orb.Point) []MapLabel {
	for i := range n {
		x, y := rng.Float64()*w-0.05*w, rng.Float64()*h-0.05*h
		a := rng.Float64() * 2 * math.Pi
		l := l0 + rng.Float64()*(l1-l0)
		dst = append(dst, MapLabel{Text: fmt.Sprintf("Street %d", i%names), Kind: KindRoad,
			Path: path(x, y, x+l*math.Cos(a)/2, y+l*math.Sin(a)/2, x+l*math.Cos(a), y+l*math.Sin(a))})
	}
	return dst
}

// cornerOnly reports whether box b meets the disc bounded by m only in
// m's corners (the labeller keeps clear of discs, not of their boxes).
func cornerOnly(b, m Box) bool {
	cx, cy, r := (m.MinX+m.MaxX)/2, (m.MinY+m.MaxY)/2, (m.MaxX-m.MinX)/2
	dx := max(b.MinX-cx, 0, cx-b.MaxX)
	dy := max(b.MinY-cy, 0, cy-b.MaxY)
	return dx*dx+dy*dy >= r*r
}

// TestPathLabelOnce checks that a street cut into pieces (as tiles cut
// it) is named once near itself, and that a name far away repeats.
func TestPathLabelOnce(t *testing.T) {
	v, path := pathView(1200, 300)
	labels := []MapLabel{
		{Text: "Main Street", Kind: KindRoad, Path: path(20, 150, 250, 150)},
		{Text: "Main Street", Kind: KindRoad, Path: path(250, 150, 480, 150)},
		{Text: "Main Street", Kind: KindRoad, Path: path(900, 150, 1180, 150)},
	}
	lb := NewLabeller(boxFont{})
	lb.SetStyles(plainStyles())
	lb.SetLabels(labels)
	placed := lb.Place(v, nil, nil, DefaultClusterStyle)
	if len(placed) != 2 || placed[0].Index != 0 || placed[1].Index != 2 {
		t.Fatalf("placed %+v, want the first and the third piece", placed)
	}
}

// TestTileLabelsYield checks that the names of a tile basemap give way to
// the map's own: a district's name is placed first, then a town's, and a
// road's name finds a stretch of its road clear of both.
func TestTileLabelsYield(t *testing.T) {
	v, path := pathView(400, 300)
	labels := []MapLabel{
		{Text: "Main Street", Kind: KindRoad, Path: path(20, 150, 380, 150)},
		{Text: "Town", Kind: KindTown, Point: v.Unproject(300, 150)},
		{Text: "Haishu", Kind: KindDistrict, Point: v.Unproject(200, 150)},
	}
	lb := NewLabeller(boxFont{})
	lb.SetStyles(plainStyles())
	lb.SetLabels(labels)
	placed := lb.Place(v, nil, nil, DefaultClusterStyle)
	if len(placed) != 3 {
		t.Fatalf("placed %+v, want 3 labels", placed)
	}
	for k, want := range []int{2, 1, 0} {
		if placed[k].Index != want {
			t.Errorf("label %d placed is %q, want %q", k, labels[placed[k].Index].Text, labels[want].Text)
		}
	}
	if r := placed[2].Box; r.MaxX > 176 || r.MinY != 144 {
		t.Errorf("road name at %v, want it on its road left of the district's name", r)
	}
}

func TestTurnMask(t *testing.T) {
	m := image.NewAlpha(image.Rect(0, 0, 40, 10)) // 20×5 at half size
	for i := range m.Pix {
		m.Pix[i] = 255
	}
	for _, tt := range []struct {
		deg  float64
		w, h int
	}{{0, 22, 7}, {90, 7, 22}, {45, 20, 20}} {
		out := turnMask(m, tt.deg*math.Pi/180, 2)
		if out.Rect.Dx() != tt.w || out.Rect.Dy() != tt.h {
			t.Errorf("%v°: %v, want %dx%d", tt.deg, out.Rect.Size(), tt.w, tt.h)
		}
		sum := 0
		for _, a := range out.Pix {
			sum += int(a)
		}
		if got := float64(sum) / 255; math.Abs(got-100) > 3 { // the ink of 20×5 pixels
			t.Errorf("%v°: ink %.1f pixels, want 100", tt.deg, got)
		}
	}
}

// BenchmarkPlacePathLabels places and draws the names of 2,000 random
// streets (400 names) over a 1920×1080 frame: far more than a city view
// has, so most of them are tried and refused.
func BenchmarkPlacePathLabels(b *testing.B) {
	v, path := pathView(1920, 1080)
	rng := rand.New(rand.NewPCG(1, 2))
	labels := randomStreets(nil, rng, 2000, 400, 2200, 1300, 60, 460, path)
	lb := NewLabeller(labelFont(b))
	lb.SetLabels(labels)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	lb.Draw(img, v, nil, nil, DefaultClusterStyle)
	b.ReportAllocs()
	cpu := cputime.Start()
	for b.Loop() {
		lb.Draw(img, v, nil, nil, DefaultClusterStyle)
	}
	cpu.Report(b)
	b.ReportMetric(float64(len(lb.Placed())), "labels")
}
