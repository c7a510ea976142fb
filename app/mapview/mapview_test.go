package mapview

import (
	"image/color"
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"ningbomap/geo"
)

// Colours of the test map.
var (
	seaColour      = color.NRGBA{R: 0xD6, G: 0xE6, B: 0xF2, A: 0xFF}
	landColour     = color.NRGBA{R: 0xF7, G: 0xF3, B: 0xE8, A: 0xFF}
	districtBorder = color.NRGBA{R: 0xA8, G: 0x96, B: 0x7A, A: 0xFF}
)

// ningboBound is roughly Ningbo's extent.
var ningboBound = orb.Bound{Min: orb.Point{120.9, 28.85}, Max: orb.Point{122.3, 30.4}}

// testMap puts a MapView with one square "district" in a test window; frames are handed
// over through a channel that pump drains on the test goroutine.
type testMap struct {
	m      *MapView
	w      fyne.Window
	frames chan func()
}

func newTestMap(t *testing.T) *testMap {
	t.Helper()
	test.NewTempApp(t)
	tm := &testMap{frames: make(chan func(), 8)}
	r := geo.NewRenderer()
	r.SetBackground(seaColour)
	square := orb.MultiPolygon{{{{121.2, 29.5}, {121.8, 29.5}, {121.8, 30.0}, {121.2, 30.0}, {121.2, 29.5}}}}
	r.SetPolygons("districts", []orb.MultiPolygon{square}, geo.Style{Fill: landColour, Stroke: districtBorder, StrokeWidth: 1})
	tm.m = NewWithPost(r, ningboBound, func(f func()) { tm.frames <- f })
	tm.w = test.NewTempWindow(t, tm.m)
	tm.w.Resize(fyne.NewSize(400, 300))
	t.Cleanup(tm.m.Close)
	tm.pump(t)
	return tm
}

// pump waits for the newest frame and shows it.
func (tm *testMap) pump(t *testing.T) {
	t.Helper()
	select {
	case f := <-tm.frames:
		f()
	case <-time.After(5 * time.Second):
		t.Fatal("no frame rendered within 5 s")
	}
	for {
		select {
		case f := <-tm.frames:
			f()
		default:
			return
		}
	}
}

func TestMapViewFitsHomeAtStart(t *testing.T) {
	tm := newTestMap(t)
	vp := tm.m.Viewport()
	for _, p := range []orb.Point{ningboBound.Min, ningboBound.Max} {
		x, y := vp.Project(p)
		if x < -1 || y < -1 || x > float64(vp.Width)+1 || y > float64(vp.Height)+1 {
			t.Errorf("home corner %v at (%.0f,%.0f) is outside the %dx%d view", p, x, y, vp.Width, vp.Height)
		}
	}
	img := tm.w.Canvas().Capture()
	c := color.NRGBAModel.Convert(img.At(200, 150)).(color.NRGBA)
	if c != landColour {
		t.Errorf("centre pixel = %v, want the land colour %v", c, landColour)
	}
}

func TestMapViewDragPans(t *testing.T) {
	tm := newTestMap(t)
	before := tm.m.Viewport()
	probe := before.Unproject(100, 100)
	test.Drag(tm.w.Canvas(), fyne.NewPos(100, 100), 50, 30)
	tm.pump(t)
	after := tm.m.Viewport()
	x, y := after.Project(probe)
	if math.Abs(x-150) > 0.5 || math.Abs(y-130) > 0.5 {
		t.Errorf("the point under the pointer moved to (%.1f,%.1f), want (150,130)", x, y)
	}
	if after.Zoom != before.Zoom {
		t.Errorf("zoom changed by a drag: %v → %v", before.Zoom, after.Zoom)
	}
}

func TestMapViewWheelZoomsAboutCursor(t *testing.T) {
	tm := newTestMap(t)
	before := tm.m.Viewport()
	at := fyne.NewPos(120, 80)
	probe := before.Unproject(120, 80)
	tm.m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.Delta{DY: 25}})
	tm.pump(t)
	after := tm.m.Viewport()
	if d := after.Zoom - before.Zoom; math.Abs(d-0.5) > 1e-9 {
		t.Errorf("one wheel notch zoomed by %v, want 0.5", d)
	}
	x, y := after.Project(probe)
	if math.Abs(x-120) > 0.5 || math.Abs(y-80) > 0.5 {
		t.Errorf("the point under the cursor moved to (%.1f,%.1f), want (120,80)", x, y)
	}
	tm.m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.Delta{DY: -50}})
	tm.pump(t)
	if d := tm.m.Viewport().Zoom - before.Zoom; math.Abs(d+0.5) > 1e-9 {
		t.Errorf("two notches back: zoom change %v, want -0.5", d)
	}
}

func TestMapViewOverviewReturnsHome(t *testing.T) {
	tm := newTestMap(t)
	home := tm.m.Viewport()
	tm.m.ZoomBy(2)
	tm.m.vp.Pan(300, -200)
	tm.m.Overview()
	tm.pump(t)
	got := tm.m.Viewport()
	if math.Abs(got.Zoom-home.Zoom) > 1e-9 || got.Center.Lon() != home.Center.Lon() {
		t.Errorf("overview = %+v, want %+v", got, home)
	}
}

// TestSetViewportKeepsWidgetSize: a flight planned before a resize (the window going
// fullscreen at start) must not shrink the view back to the old size.
func TestSetViewportKeepsWidgetSize(t *testing.T) {
	tm := newTestMap(t)
	old := tm.m.Viewport()
	tm.w.Resize(fyne.NewSize(640, 480))
	tm.pump(t)
	grown := tm.m.Viewport()
	if grown.Width <= old.Width {
		t.Fatalf("resize did not grow the view: %d → %d", old.Width, grown.Width)
	}
	stale := old
	stale.Zoom += 1
	tm.m.SetViewport(stale)
	if got := tm.m.Viewport(); got.Width != grown.Width || got.Height != grown.Height || got.Zoom != stale.Zoom {
		t.Errorf("after a stale viewport: %dx%d z%.1f, want %dx%d z%.1f", got.Width, got.Height, got.Zoom, grown.Width, grown.Height, stale.Zoom)
	}
}

// TestZeroSizeKeepsView: a map squeezed to nothing (minimised) keeps its view.
func TestZeroSizeKeepsView(t *testing.T) {
	tm := newTestMap(t)
	m := tm.m
	m.ShowView(orb.Point{121.95, 29.4}, 14)
	before := m.Viewport()
	m.resized(fyne.NewSize(0, 0))
	m.resized(fyne.NewSize(800, 600))
	after := m.Viewport()
	if after.Zoom != before.Zoom || after.Center != before.Center {
		t.Errorf("after 0×0 the view is %v z%.1f, was %v z%.1f", after.Center, after.Zoom, before.Center, before.Zoom)
	}
}
