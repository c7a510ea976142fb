package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/contrastcheck"
	"ningbomap/app/keyboard"
	"ningbomap/app/searchbar"
	"ningbomap/app/style"
	"ningbomap/contrast"
	"ningbomap/data"
	"ningbomap/kiosk"
)

// TestKioskScreens lays the kiosk window out at a landscape 1920×1080, a portrait
// 1080×1920 and a 3840×2160 panel at scale 2 (1920×1080 units, as the canvas is scaled),
// with a long card open and then with the keyboard and its results, and checks the
// widgets' bounds: everything a visitor touches inside the window, at least 9 mm, no two
// of them overlapping, no button or text outside a scroll cut short of what it needs;
// the card beside the map on a landscape screen and under it on a portrait one.
func TestKioskScreens(t *testing.T) {
	for _, tc := range []struct {
		name  string
		units fyne.Size // the window in units: pixels over the scale
		scale float32
	}{
		{"1920x1080", fyne.NewSize(1920, 1080), 1},
		{"1080x1920", fyne.NewSize(1080, 1920), 1},
		{"3840x2160 at scale 2", fyne.NewSize(3840/2, 2160/2), 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The visitor tools as a touch kiosk's at the canvas scale of the screen.
			ku := newKioskUIWith(t, "", windowConfig{visitors: visitorSetup{touch: true, scale: tc.scale}})
			t.Setenv("FYNE_SCALE", "") // windowTheme sets it; restored after the test
			th, scale := windowTheme(Options{Kiosk: true, Config: kiosk.Config{Scale: float64(tc.scale), TextScale: 1}})
			if scale != tc.scale || th.Zoom != 1.25 {
				t.Errorf("canvas scale %v, zoom %v: want %v and 1.25 (the layout in units as at scale 1)", scale, th.Zoom, tc.scale)
			}
			fyne.CurrentApp().Settings().SetTheme(th)
			ku.rebuild() // in the window's theme
			ku.w.Resize(tc.units)
			ku.openCard("tengtou")
			ku.w.Canvas().Refresh(ku.w.Content())

			mapMin, mapMax := bounds(ku.mapView())
			cardMin, cardMax := bounds(ku.card())
			portrait := tc.units.Height > tc.units.Width
			switch {
			case portrait && (cardMin.Y < mapMax.Y-0.5 || cardMax.X-cardMin.X < mapMax.X-mapMin.X-1):
				t.Errorf("portrait: card %v–%v, map %v–%v: want a sheet across the window under the map", cardMin, cardMax, mapMin, mapMax)
			case !portrait && cardMin.X < mapMax.X-0.5:
				t.Errorf("landscape: card %v–%v overlaps the map %v–%v", cardMin, cardMax, mapMin, mapMax)
			}
			checkScreen(t, ku, tc.units, "card open")

			tapEntry(ku.searchField())
			for _, r := range "teng" {
				test.Tap(ku.keyboard().Key(string(r)))
			}
			ku.w.Canvas().Refresh(ku.w.Content())
			kbMin, kbMax := bounds(ku.keyboard())
			if kbMin.X < mapMin.X-0.5 || kbMax.X > mapMax.X+0.5 || kbMax.Y > mapMax.Y+0.5 {
				t.Errorf("the keyboard %v–%v is not within the map %v–%v", kbMin, kbMax, mapMin, mapMax)
			}
			checkScreen(t, ku, tc.units, "keyboard open")
		})
	}
}

// reachable is a thing a visitor touches, with its rectangle in the window.
type reachable struct {
	what     string
	min, max fyne.Position
}

// checkScreen checks the visible window of ku at size (see TestKioskScreens).
func checkScreen(t *testing.T, ku *kioskUI, size fyne.Size, when string) {
	t.Helper()
	var targets []reachable
	least := style.Millimetres(style.TargetMM, 1) - 0.5
	var walk func(o fyne.CanvasObject, clipped bool)
	walk = func(o fyne.CanvasObject, clipped bool) {
		if o == nil || !o.Visible() {
			return
		}
		min, max := bounds(o)
		name := describe(o)
		switch v := o.(type) {
		case *container.Scroll, *style.TouchScroll:
			clipped = true
		case *widget.Button, *widget.Entry, *searchbar.Entry, *keyboard.Key:
			if !clipped {
				if min.X < -0.5 || min.Y < -0.5 || max.X > size.Width+0.5 || max.Y > size.Height+0.5 {
					t.Errorf("%s: %s at %v–%v is outside the %v window", when, name, min, max, size)
				}
				if m := o.MinSize(); o.Size().Width < m.Width-0.5 || o.Size().Height < m.Height-0.5 {
					t.Errorf("%s: %s is %v, less than the %v it needs: cut", when, name, o.Size(), m)
				}
				if o.Size().Width < least || o.Size().Height < least {
					t.Errorf("%s: %s is %v, under 9 mm (%.0f units)", when, name, o.Size(), least)
				}
				targets = append(targets, reachable{name, min, max})
			}
			return
		case *canvas.Text:
			// A text is drawn from its position, whatever its size: it must fit in the window.
			if m := v.MinSize(); !clipped && v.Text != "" && v.Alignment == fyne.TextAlignLeading &&
				(min.X < -0.5 || min.X+m.Width > size.Width+0.5 || min.Y+m.Height > size.Height+0.5) {
				t.Errorf("%s: text %q at %v needs %v: cut by the window's edge", when, v.Text, min, m)
			}
			return
		}
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c, clipped)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c, clipped)
			}
		}
	}
	walk(ku.w.Content(), false)
	for i, a := range targets {
		for _, b := range targets[i+1:] {
			if a.min.X < b.max.X-0.5 && b.min.X < a.max.X-0.5 && a.min.Y < b.max.Y-0.5 && b.min.Y < a.max.Y-0.5 {
				t.Errorf("%s: %s at %v–%v overlaps %s at %v–%v", when, a.what, a.min, a.max, b.what, b.min, b.max)
			}
		}
	}
	if len(targets) < 10 {
		t.Errorf("%s: only %d targets found", when, len(targets))
	}
}

// describe names o for a message.
func describe(o fyne.CanvasObject) string {
	switch v := o.(type) {
	case *widget.Button:
		return fmt.Sprintf("button %q", v.Text)
	case *keyboard.Key:
		return fmt.Sprintf("key %q", v.Label())
	case *searchbar.Entry:
		return "the search field"
	}
	return fmt.Sprintf("%T", o)
}

// TestKioskWindowContrast measures every text of the kiosk window — top bar, legend,
// overview card, credits — at the overview in both languages, then with the place list
// open and with the keyboard and its results open: at least 4.5:1 against what is behind
// its glyphs, 3:1 for large text (WCAG 2.2 AA).
func TestKioskWindowContrast(t *testing.T) {
	if testing.Short() {
		t.Skip("renders the window six times")
	}
	for _, l := range []data.Lang{data.Zh, data.En} {
		t.Run(string(l), func(t *testing.T) {
			ku := newTouchKiosk(t, fyne.NewSize(1920, 1080))
			if l != data.Zh { // the kiosk starts in Chinese
				ku.switchLanguage(t)
			}
			ku.key(fyne.KeyHome)
			ku.pump()
			measure := func(when string) {
				rs := contrastcheck.Measure(ku.w.Canvas())
				for _, r := range contrast.Failures(rs) {
					t.Errorf("%s: %v", when, r)
				}
				if len(rs) < 20 {
					t.Errorf("%s: only %d texts measured", when, len(rs))
				}
			}
			measure("overview")
			test.Tap(ku.placesButton())
			measure("place list")
			tapEntry(ku.searchField())
			for _, r := range "teng" {
				test.Tap(ku.keyboard().Key(string(r)))
			}
			measure("keyboard")
		})
	}
}
