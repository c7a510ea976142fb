package contrast

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"testing"
)

func rgb(v uint32) color.NRGBA {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xFF}
}

// TestRatio checks WCAG 2.2's formula against pairs whose ratios are known: the ends of
// the scale, the grey that just passes 4.5:1 (#767676) and the one that just fails
// (#777777), pure primaries, and colours of the map.
func TestRatio(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b uint32
		want float64
	}{
		{"black on white", 0x000000, 0xFFFFFF, 21},
		{"white on white", 0xFFFFFF, 0xFFFFFF, 1},
		{"#767676 passes AA", 0x767676, 0xFFFFFF, 4.542},
		{"#777777 just fails AA", 0x777777, 0xFFFFFF, 4.478},
		{"#595959 is 7:1 (AAA)", 0x595959, 0xFFFFFF, 7.005},
		{"blue", 0x0000FF, 0xFFFFFF, 8.592},
		{"red", 0xFF0000, 0xFFFFFF, 3.998},
		{"Fyne's placeholder grey", 0x888888, 0xFFFFFF, 3.540},
		{"the muted grey", 0x666666, 0xFFFFFF, 5.742},
		{"service orange", 0xE65100, 0xFFFFFF, 3.790},
		{"white on Party red", 0xFFFFFF, 0xB71C1C, 6.570},
		{"order does not matter", 0xFFFFFF, 0x767676, 4.542},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Ratio(rgb(tc.a), rgb(tc.b)); math.Abs(got-tc.want) > 0.005 {
				t.Errorf("Ratio(#%06X, #%06X) = %.3f, want %.3f", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestLuminance(t *testing.T) {
	for _, tc := range []struct {
		c    uint32
		want float64
	}{{0x000000, 0}, {0xFFFFFF, 1}, {0xFF0000, 0.2126}, {0x00FF00, 0.7152}, {0x0000FF, 0.0722}, {0x0A0A0A, 0.003035}} {
		if got := Luminance(rgb(tc.c)); math.Abs(got-tc.want) > 1e-5 {
			t.Errorf("Luminance(#%06X) = %.6f, want %.6f", tc.c, got, tc.want)
		}
	}
}

func TestFloor(t *testing.T) {
	for _, tc := range []struct {
		size float64
		bold bool
		want float64
	}{
		{16, false, Normal}, {16, true, Normal}, {18.67, true, Large}, {18.67, false, Normal},
		{23.9, false, Normal}, {24, false, Large}, {30, true, Large},
	} {
		if got := Floor(tc.size, tc.bold); got != tc.want {
			t.Errorf("Floor(%g, bold %v) = %g, want %g", tc.size, tc.bold, got, tc.want)
		}
	}
}

func TestOver(t *testing.T) {
	half := color.NRGBA{A: 0x80}
	if got := Over(half, rgb(0xFFFFFF)); got != (color.NRGBA{R: 0x7F, G: 0x7F, B: 0x7F, A: 0xFF}) {
		t.Errorf("half black over white = %v", got)
	}
	if got := Over(rgb(0x123456), rgb(0xFFFFFF)); got != rgb(0x123456) {
		t.Errorf("an opaque colour over white = %v", got)
	}
}

// picture is 200×100: white, with a block of dark grey at the right.
func picture() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 200, 100))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(150, 0, 200, 100), image.NewUniform(rgb(0x333333)), image.Point{}, draw.Src)
	return img
}

// TestMeasure: texts on the picture, good and deliberately bad, each judged by its own
// floor and its own background.
func TestMeasure(t *testing.T) {
	bg := picture()
	texts := []Text{
		{Text: "body", Bounds: image.Rect(10, 10, 100, 30), Colour: rgb(0x565656), Size: 16},
		{Text: "too light", Bounds: image.Rect(10, 40, 100, 60), Colour: rgb(0x999999), Size: 16},
		{Text: "large grey", Bounds: image.Rect(10, 60, 100, 90), Colour: rgb(0x888888), Size: 26},
		{Text: "small grey", Bounds: image.Rect(10, 60, 100, 90), Colour: rgb(0x888888), Size: 17},
		{Text: "over the edge", Bounds: image.Rect(100, 10, 170, 30), Colour: rgb(0x222222), Size: 16},
		{Text: "white on dark", Bounds: image.Rect(155, 50, 195, 70), Colour: color.White, Size: 13},
		{Text: "faded", Bounds: image.Rect(10, 10, 100, 30), Colour: color.NRGBA{A: 0x40}, Size: 16},
		{Text: "off the picture", Bounds: image.Rect(300, 0, 400, 20), Colour: color.Black, Size: 16},
	}
	want := map[string]bool{"body": true, "too light": false, "large grey": true, "small grey": false,
		"over the edge": false, "white on dark": true, "faded": false}
	rs := Measure(nil, bg, texts)
	if len(rs) != len(want) {
		t.Fatalf("%d results, want %d (the text off the picture skipped)", len(rs), len(want))
	}
	for _, r := range rs {
		if r.OK() != want[r.Text.Text] {
			t.Errorf("%v: OK %v, want %v", r, r.OK(), want[r.Text.Text])
		}
	}
	fails := Failures(rs)
	if len(fails) != 4 {
		t.Errorf("failures %v", fails)
	}
	// The worst is the text half over the dark block: dark on dark.
	if w, _ := Worst(rs); w.Text.Text != "over the edge" || w.Ratio > 1.5 {
		t.Errorf("worst %v, want the text over the dark block", w)
	}
	if fails[0].Text.Text != "over the edge" {
		t.Errorf("failures not worst first: %v", fails)
	}
}

// TestMeasureIgnoresSpecks: a few pixels of a neighbour in a text's box do not fail it;
// a real part of the background does.
func TestMeasureIgnoresSpecks(t *testing.T) {
	bg := image.NewRGBA(image.Rect(0, 0, 100, 20))
	draw.Draw(bg, bg.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	text := Text{Text: "x", Bounds: bg.Bounds(), Colour: rgb(0x333333), Size: 16}
	for i := 0; i < 20; i++ { // 1 % of the box
		bg.Set(i*5, 0, rgb(0x333333))
	}
	if r := Measure(nil, bg, []Text{text})[0]; !r.OK() {
		t.Errorf("specks failed the text: %v", r)
	}
	draw.Draw(bg, image.Rect(0, 0, 10, 20), image.NewUniform(rgb(0x333333)), image.Point{}, draw.Src) // 10 %
	if r := Measure(nil, bg, []Text{text})[0]; r.OK() {
		t.Errorf("a tenth of the box dark behind dark text passed: %v", r)
	}
}

// TestMeasureInk: with the picture of the texts given, only the background behind the
// glyphs' ink counts: a box whose corners stray off a disc passes, a glyph over a poor
// background fails, and a text that shows no ink is skipped.
func TestMeasureInk(t *testing.T) {
	bg := image.NewRGBA(image.Rect(0, 0, 100, 40))
	draw.Draw(bg, bg.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	green := rgb(0x2E7D32)
	draw.Draw(bg, image.Rect(10, 10, 30, 30), image.NewUniform(green), image.Point{}, draw.Src) // the "disc"
	shown := image.NewRGBA(bg.Bounds())
	draw.Draw(shown, shown.Bounds(), bg, image.Point{}, draw.Src)
	draw.Draw(shown, image.Rect(15, 15, 25, 25), image.NewUniform(color.White), image.Point{}, draw.Src) // the glyph
	sign := Text{Text: "sign", Bounds: image.Rect(5, 5, 35, 35), Colour: color.White, Size: 19, Bold: true}
	if r := Measure(nil, bg, []Text{sign})[0]; r.OK() {
		t.Errorf("without the ink, the white corners should fail the box: %v", r)
	}
	if r := Measure(shown, bg, []Text{sign})[0]; !r.OK() || math.Abs(r.Ratio-5.127) > 0.01 {
		t.Errorf("behind the ink the sign is white on green, 5.13:1: %v", r)
	}
	// A light grey glyph reaching off the disc onto white: grey on white behind a third
	// of its ink.
	draw.Draw(shown, image.Rect(15, 15, 40, 25), image.NewUniform(rgb(0xDDDDDD)), image.Point{}, draw.Src)
	off := Text{Text: "off", Bounds: image.Rect(5, 5, 40, 35), Colour: rgb(0xDDDDDD), Size: 19, Bold: true}
	if r := Measure(shown, bg, []Text{off}); len(r) != 1 || r[0].OK() {
		t.Errorf("a light glyph half off its disc passed: %v", r)
	}
	hidden := Text{Text: "hidden", Bounds: image.Rect(50, 0, 100, 40), Colour: color.Black, Size: 16}
	if r := Measure(shown, bg, []Text{hidden}); len(r) != 0 {
		t.Errorf("a text with no ink was measured: %v", r)
	}
}
