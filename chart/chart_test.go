package chart

import (
	"errors"
	"flag"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"ningbomap/internal/cputime"
	"ningbomap/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden images")

// TestGolden draws each chart in both languages at the kiosk's scale and
// compares it with its golden image (testdata/NAME_LANG.png).
func TestGolden(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		charts := sampleCharts(lang)
		names := make([]string, 0, len(charts))
		for n := range charts {
			names = append(names, n)
		}
		sort.Strings(names)
		st := NewStyle(lang, 1.25)
		for _, name := range names {
			t.Run(name+"_"+lang, func(t *testing.T) {
				c := charts[name]
				w, h := 900, 420
				if b, ok := c.(Bars); ok {
					h = b.Height(w, st)
				}
				img, err := Render(c, w, h, st)
				if err != nil {
					t.Fatal(err)
				}
				golden.Assert(t, filepath.Join("testdata", name+"_"+lang+".png"), img, *update, "go test ./chart -update")
			})
		}
		t.Run("empty_"+lang, func(t *testing.T) {
			title := "Cards opened per place"
			if lang == "zh" {
				title = "各地点卡片打开次数"
			}
			img, err := Render(Bars{Title: title, Items: []Bar{{Label: "滕头村", Value: 0}}}, 600, 260, st)
			if err != nil {
				t.Fatal(err)
			}
			golden.Assert(t, filepath.Join("testdata", "empty_"+lang+".png"), img, *update, "go test ./chart -update")
		})
	}
}

// TestEmpty: every chart without data shows the message on its pale panel
// and draws nothing in the accent colour (no axes, no bars).
func TestEmpty(t *testing.T) {
	st := NewStyle("en", 1)
	msg, err := Render(Bars{Title: "T"}, 500, 240, st)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]Chart{
		"bars":  Bars{Title: "T", Items: []Bar{{Label: "a"}, {Label: "b"}}},
		"line":  Line{Title: "T", Points: []Point{{}, {}}},
		"none":  Line{Title: "T"},
		"hours": Hours{Title: "T"},
		"heat":  Heat{Title: "T"},
	} {
		t.Run(name, func(t *testing.T) {
			img, err := Render(c, 500, 240, st)
			if err != nil {
				t.Fatal(err)
			}
			if d := differing(img, msg); d != 0 {
				t.Errorf("%d pixels differ from the empty bar chart's", d)
			}
			if n := count(img, st.Empty); n < 500*100 {
				t.Errorf("%d pixels of the pale panel, want most of the chart", n)
			}
			if n := count(img, st.Accent); n != 0 {
				t.Errorf("%d pixels in the accent colour", n)
			}
		})
	}
}

// differing counts the pixels where a and b differ.
func differing(a, b *image.RGBA) int {
	n := 0
	for i := 0; i+3 < len(a.Pix) && i+3 < len(b.Pix); i += 4 {
		if a.Pix[i] != b.Pix[i] || a.Pix[i+1] != b.Pix[i+1] || a.Pix[i+2] != b.Pix[i+2] {
			n++
		}
	}
	return n
}

// count counts the pixels of colour c.
func count(img *image.RGBA, c color.NRGBA) int {
	n := 0
	for i := 0; i+3 < len(img.Pix); i += 4 {
		if img.Pix[i] == c.R && img.Pix[i+1] == c.G && img.Pix[i+2] == c.B {
			n++
		}
	}
	return n
}

// TestScaleIsCrisp: drawn at twice the scale, a chart is the same picture
// at twice the resolution, not an enlarged one: its text is as sharp (as
// many fully inked pixels in proportion).
func TestScaleIsCrisp(t *testing.T) {
	c := sampleCharts("zh")["heat"]
	one, _ := Render(c, 600, 300, NewStyle("zh", 1))
	two, _ := Render(c, 1200, 600, NewStyle("zh", 2))
	a, b := count(one, ink), count(two, ink)
	if a == 0 || float64(b) < 3.5*float64(a) {
		t.Errorf("solid text pixels: %d at scale 1, %d at scale 2; want about 4 times as many", a, b)
	}
}

func TestBarsHeight(t *testing.T) {
	st := NewStyle("en", 1.25)
	b := sampleBars("en")
	h := b.Height(900, st)
	full, _ := Render(b, 900, h, st)
	short, _ := Render(b, 900, h/2, st)
	// "+ N more" is muted text at the left of the plot: the short chart has
	// it, the full one does not.
	if n := count(full, st.Muted); n == 0 {
		t.Fatal("no muted text at all")
	}
	if got := moreRow(t, b, short, st); got == 0 {
		t.Error("the short chart does not say how many bars it leaves out")
	}
	if b.Height(900, NewStyle("en", 2.5)) <= h {
		t.Error("a larger scale should need more height")
	}
	if got := (Bars{}).Height(900, st); got <= 0 {
		t.Errorf("an empty chart's height %d", got)
	}
}

// moreRow returns the number of rows left out, as layout computes it for
// img's height.
func moreRow(t *testing.T, b Bars, img *image.RGBA, st Style) int {
	t.Helper()
	regular, bold, unlock, err := lockFaces()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	f := &frame{st: st, w: float64(img.Rect.Dx()), h: float64(img.Rect.Dy())}
	f.setFaces(regular, bold)
	l := b.layout(f, f.h)
	if l.rows >= len(b.Items) {
		return 0
	}
	return len(b.Items) - l.rows + 1
}

func TestRenderBounds(t *testing.T) {
	for _, size := range [][2]int{{0, 10}, {10, -1}, {maxSide + 1, 10}} {
		if _, err := Render(Hours{}, size[0], size[1], NewStyle("en", 1)); err == nil {
			t.Errorf("%v: no error", size)
		}
	}
}

func TestSavePNG(t *testing.T) {
	src := t.TempDir()
	input := filepath.Join(src, "usage-2025-01-01.csv")
	os.WriteFile(input, []byte("date,time,place_id,event,value\n"), 0o644)
	img, _ := Render(Hours{}, 100, 60, NewStyle("en", 1))
	same := func(int) string { return "usage-2025-01-01.csv" }
	for _, dir := range []string{src, filepath.Join(src, "sub")} {
		if _, err := SavePNG(dir, same, img, src); !errors.Is(err, ErrInsideSource) {
			t.Errorf("%s: %v, want ErrInsideSource", dir, err)
		}
	}
	if b, _ := os.ReadFile(input); string(b) != "date,time,place_id,event,value\n" {
		t.Error("the input changed")
	}
	out := t.TempDir()
	name := func(n int) string { return "chart-" + strconv.Itoa(n) + ".png" }
	for _, want := range []string{"chart-1.png", "chart-2.png"} {
		path, err := SavePNG(out, name, img, src)
		if err != nil || filepath.Base(path) != want {
			t.Fatalf("saved %s, %v; want %s", path, err, want)
		}
		if b, _ := os.ReadFile(path); len(b) < 8 || string(b[1:4]) != "PNG" {
			t.Errorf("not a PNG: % x", b[:min(len(b), 8)])
		}
	}
}

// BenchmarkCharts draws the dashboard's four charts 1920 pixels wide at
// scale 2 (half a 4K screen each), reporting processor time too
// (cpu-ns/op), which a busy shared machine does not inflate.
func BenchmarkCharts(b *testing.B) {
	st := NewStyle("zh", 2)
	charts := sampleCharts("zh")
	imgs := map[string]*image.RGBA{}
	for name, c := range charts {
		h := 800
		if bars, ok := c.(Bars); ok {
			h = bars.Height(1920, st)
		}
		imgs[name] = image.NewRGBA(image.Rect(0, 0, 1920, h))
	}
	b.ReportAllocs()
	timer := cputime.Start()
	for b.Loop() {
		for name, c := range charts {
			if err := c.Draw(imgs[name], st); err != nil {
				b.Fatal(err)
			}
		}
	}
	timer.Report(b)
}

// TestSheet: the sheet holds its heading and every chart, in a grid.
func TestSheet(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			c := sampleCharts(lang)
			s := Sheet{Title: "Visitors", Lines: []string{"All kiosks · 1 Mar – 31 May 2025", "5,230 visits"},
				Rows: [][]Chart{{c["line"]}, {c["hours"], c["heat"]}, {c["bars"]}}}
			img, err := s.Render(1600, NewStyle(lang, 1))
			if err != nil {
				t.Fatal(err)
			}
			golden.Assert(t, filepath.Join("testdata", "sheet_"+lang+".png"), img, *update, "go test ./chart -update")
		})
	}
}
