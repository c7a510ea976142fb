package contrastcheck

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/style"
	"ningbomap/contrast"
)

// TestCatchesBadColour: a window with good texts and one deliberately bad one (light
// grey on white), one over a dark panel, and one scrolled out of view: the bad ones are
// found, the good ones pass, and the hidden one is not measured.
func TestCatchesBadColour(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(style.NewTheme())
	good := canvas.NewText("清楚 clear", color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xFF})
	bad := canvas.NewText("看不清 faint", color.NRGBA{R: 0xBB, G: 0xBB, B: 0xBB, A: 0xFF})
	large := canvas.NewText("大字 large", color.NRGBA{R: 0x88, G: 0x88, B: 0x88, A: 0xFF}) // 3.5:1, large: passes
	large.TextSize = 26
	panelText := canvas.NewText("深色 on dark", color.NRGBA{R: 0x33, G: 0x33, B: 0x33, A: 0xFF})
	panel := container.NewStack(canvas.NewRectangle(color.NRGBA{R: 0x20, G: 0x20, B: 0x40, A: 0xFF}), panelText)
	button := widget.NewButton("按钮 button", nil)
	far := canvas.NewText("far below", color.NRGBA{R: 0xEE, G: 0xEE, B: 0xEE, A: 0xFF})
	spacer := canvas.NewRectangle(color.Transparent)
	spacer.SetMinSize(fyne.NewSize(10, 2000))
	scroll := container.NewVScroll(container.NewVBox(spacer, far))
	scroll.SetMinSize(fyne.NewSize(200, 100))
	bg := canvas.NewRectangle(color.White)
	w := test.NewTempWindow(t, container.NewStack(bg, container.NewVBox(good, bad, large, panel, button, scroll)))
	w.Resize(fyne.NewSize(400, 400))

	rs := Measure(w.Canvas())
	got := map[string]contrast.Result{}
	for _, r := range rs {
		got[r.Text.Text] = r
	}
	for text, ok := range map[string]bool{"清楚 clear": true, "看不清 faint": false, "大字 large": true,
		"深色 on dark": false, "按钮 button": true} {
		r, found := got[text]
		if !found {
			t.Errorf("%q not measured", text)
			continue
		}
		if r.OK() != ok {
			t.Errorf("%v: OK %v, want %v", r, r.OK(), ok)
		}
	}
	if _, found := got["far below"]; found {
		t.Error("a text scrolled out of view was measured")
	}
	if r := got["看不清 faint"]; r.Ratio < 1.8 || r.Ratio > 2.0 {
		t.Errorf("#BBBBBB on white measured %.2f:1, want 1.9:1", r.Ratio)
	}
	// The texts are drawn again afterwards.
	if bad.Color != (color.NRGBA{R: 0xBB, G: 0xBB, B: 0xBB, A: 0xFF}) {
		t.Errorf("the text's colour was not put back: %v", bad.Color)
	}
}

// TestCoveredTextSkipped: a faint text under an opaque panel is not seen and not
// measured, even where the panel's own text lies over it; the panel's text is.
func TestCoveredTextSkipped(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(style.NewTheme())
	under := canvas.NewText("hidden", color.NRGBA{R: 0xEE, G: 0xEE, B: 0xEE, A: 0xFF})
	over := canvas.NewText("on the panel", color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xFF})
	panel := container.NewStack(canvas.NewRectangle(color.White), over)
	w := test.NewTempWindow(t, container.NewStack(canvas.NewRectangle(color.NRGBA{R: 0x80, A: 0xFF}), under, panel))
	w.Resize(fyne.NewSize(300, 100))
	rs := Measure(w.Canvas())
	if len(rs) != 1 || rs[0].Text.Text != "on the panel" {
		t.Errorf("measured %v, want only the panel's text", rs)
	}
	// Without the panel the faint text is seen, and fails.
	w.SetContent(container.NewStack(canvas.NewRectangle(color.White), under))
	if rs := contrast.Failures(Measure(w.Canvas())); len(rs) != 1 {
		t.Errorf("the uncovered faint text: failures %v", rs)
	}
}
