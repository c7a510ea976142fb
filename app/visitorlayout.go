package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"ningbomap/app/style"
	"ningbomap/geo"
)

// textScaleChanged follows A– and A+: the reading sizes and the
// map's names at the new scale, and the window's widgets made again with them.
func (v *visitorTools) textScaleChanged(float32) {
	v.applyTextScale()
	typed := v.ui.search.Entry.Text
	v.ui.build()
	v.ui.open(v.ui.state.target) // the card again, at the new size
	// What the visitor typed stays, and its results.
	if typed != "" {
		v.setText(typed)
	}
	trace("text-scale %.2f", v.size.Scale())
}

// applyTextScale sets the text scale on the app's theme (cards, lists, labels) and on
// the map's names.
func (v *visitorTools) applyTextScale() {
	s := v.size.Scale()
	if a := fyne.CurrentApp(); a != nil {
		if th, ok := a.Settings().Theme().(*style.Theme); ok && th.Text != s {
			a.Settings().SetTheme(th.WithText(s))
		}
	}
	v.ui.mapView.UpdateLayers(func(r *geo.Renderer) {
		if lb := r.Labeller(); lb != nil {
			lb.TextScale = float64(s)
		}
	})
}

// listLayout puts the place list along the left of the map, its whole height, as wide as
// a card (less in a narrow window).
type listLayout struct{}

// listWidth is the list's width, in units.
const listWidth = 440

func (listLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, max(listWidth, size.Width*0.3))
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

func (listLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

// traceKeys prints, when tracing, where the keyboard's keys are in the window, in
// pixels: "trace: key g 512 880" (the end-to-end test taps them there).
func (v *visitorTools) traceKeys() {
	if !tracing || v.ui.win == nil {
		return
	}
	afterLayout(func() {
		for _, k := range v.kb.Keys() {
			tracePoint("key "+k.Label(), k)
		}
	})
}

// traceList prints, when tracing, where the list's headings' first rows and the
// grouping switch are.
func (v *visitorTools) traceList() {
	if !tracing || v.ui.win == nil || v.list == nil {
		return
	}
	afterLayout(func() {
		for _, r := range v.list.Rows() {
			tracePoint("row "+r.ID(), r)
		}
	})
}

// tracePoint prints the middle of o in window pixels.
func tracePoint(name string, o fyne.CanvasObject) {
	if p := pointOf(o); p != "" {
		trace("at %s %s", name, p)
	}
}

// pointOf is the middle of o in window pixels, "X Y"; "" when o is not shown.
func pointOf(o fyne.CanvasObject) string {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(o)
	if c == nil || !o.Visible() || o.Size().IsZero() {
		return ""
	}
	p := d.AbsolutePositionForObject(o).Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
	s := c.Scale()
	return fmt.Sprintf("%d %d", int(p.X*s), int(p.Y*s))
}

// traceResults prints, when tracing, where the search's results are.
func (v *visitorTools) traceResults() {
	if !tracing || v.ui.win == nil {
		return
	}
	afterLayout(func() {
		for _, b := range v.ui.search.Buttons() {
			tracePoint("result "+b.Text, b)
		}
	})
}

// traceButtons prints, when tracing, where the search bar, the Places button, A– and A+
// are, and again whenever they move (the window goes fullscreen, the text size or the
// language changes), checked twice a second.
func (v *visitorTools) traceButtons() {
	if !tracing || v.ui.win == nil {
		return
	}
	v.watchOnce.Do(func() {
		last := map[string]string{}
		t := time.NewTicker(500 * time.Millisecond)
		go func() {
			for range t.C {
				fyne.Do(func() {
					parts := map[string]fyne.CanvasObject{"places": v.places, "search": v.ui.search.Entry}
					if v.sizes != nil && len(v.sizes.Objects) == 2 {
						parts["smaller"], parts["larger"] = v.sizes.Objects[0], v.sizes.Objects[1]
					}
					for name, o := range parts {
						if p := pointOf(o); p != "" && p != last[name] {
							last[name] = p
							trace("at %s %s", name, p)
						}
					}
				})
			}
		}()
	})
}

// afterLayout runs f on the UI goroutine a moment later, once the window has laid out
// what changed (for the traces of positions).
func afterLayout(f func()) {
	time.AfterFunc(200*time.Millisecond, func() { fyne.Do(f) })
}

// topBarLayout lays the top bar out: the title on the left, the buttons on the right, the
// search and the Places button between, the search as wide as the room left. Where the
// room is too small for a search of searchMinWidth, the title goes (the window's title
// still names the map): a narrow window, a picture of 640 pixels, a portrait kiosk with
// larger text.
type topBarLayout struct{}

// searchMinWidth is the least width of the search and the Places button, in units.
const searchMinWidth = 260

func (topBarLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	title, search, actions := objs[0], objs[1], objs[2]
	tw, aw := title.MinSize().Width, actions.MinSize().Width
	if tw+aw+searchMinWidth > size.Width {
		tw = 0
		title.Hide()
	} else {
		title.Show()
	}
	title.Move(fyne.NewPos(0, 0))
	title.Resize(fyne.NewSize(tw, size.Height))
	actions.Move(fyne.NewPos(max(0, size.Width-aw), 0))
	actions.Resize(fyne.NewSize(aw, size.Height))
	search.Move(fyne.NewPos(tw, 0))
	search.Resize(fyne.NewSize(max(search.MinSize().Width, size.Width-tw-aw-theme.Padding()), size.Height))
}

func (topBarLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(objs[2].MinSize().Width+max(searchMinWidth, objs[1].MinSize().Width), h)
}
