// Package contrastcheck measures the contrast of every text in a Fyne window, for tests:
// it collects each visible text (canvas.Text, and so every label, button, entry hint and
// rich text, whose renderers draw canvas.Text) with where its glyphs are and its colour,
// draws the window once as it is and once with the texts made transparent, and hands
// both to package contrast, which finds the background behind each text's glyphs.
//
// It walks widgets through their renderers with Fyne's test package, so it is meant for
// tests run on Fyne's test driver (test.NewTempWindow and the like).
package contrastcheck

import (
	"image"
	"image/color"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"ningbomap/contrast"
)

// found is a text on the canvas with its glyph box in units, or (t nil) an opaque
// rectangle, which hides what was painted before it.
type found struct {
	t        *canvas.Text
	min, max fyne.Position
}

// covered reports whether a rectangle painted after the text f (later in paint order,
// in rest) hides its whole glyph box: a text under a panel is not seen, and the ink of
// the panel's own texts must not be taken for its.
func (f found) covered(rest []found) bool {
	for _, r := range rest {
		if r.t == nil && r.min.X <= f.min.X && r.min.Y <= f.min.Y && r.max.X >= f.max.X && r.max.Y >= f.max.Y {
			return true
		}
	}
	return false
}

// Measure measures every visible text on c (a canvas of Fyne's test driver).
func Measure(c fyne.Canvas) []contrast.Result {
	collect(c)
	shown := c.Capture() // after a first paint has laid out what waited for it
	texts := collect(c)
	// The background: the same picture with every text transparent.
	saved := make([]color.Color, len(texts))
	for i, f := range texts {
		saved[i] = f.t.Color
		f.t.Color = color.Transparent
	}
	bg := c.Capture()
	for i, f := range texts {
		f.t.Color = saved[i]
	}
	scale := c.Scale()
	var out []contrast.Text
	for _, f := range texts {
		r := image.Rect(int(math.Ceil(float64(f.min.X*scale))), int(math.Ceil(float64(f.min.Y*scale))),
			int(math.Floor(float64(f.max.X*scale))), int(math.Floor(float64(f.max.Y*scale))))
		if r.Empty() {
			continue
		}
		out = append(out, contrast.Text{Text: f.t.Text, Bounds: r, Colour: f.t.Color,
			Size: float64(f.t.TextSize), Bold: f.t.TextStyle.Bold})
	}
	return contrast.Measure(shown, bg, out)
}

// collect finds the visible texts on c, each clipped to the scroll containers it is in.
func collect(c fyne.Canvas) []found {
	var out []found
	roots := []fyne.CanvasObject{c.Content()}
	if ov := c.Overlays(); ov != nil {
		roots = append(roots, ov.List()...)
	}
	size := c.Size()
	var all []found
	for _, r := range roots {
		walk(r, fyne.NewPos(0, 0), fyne.NewPos(0, 0), fyne.NewPos(size.Width, size.Height), &all)
	}
	for i, f := range all {
		if f.t != nil && !f.covered(all[i+1:]) {
			out = append(out, f)
		}
	}
	return out
}

// scroller is what Fyne's scroll containers (and the app's TouchScroll) have: what is
// inside is clipped to their bounds.
type scroller interface{ ScrollToOffset(fyne.Position) }

func walk(o fyne.CanvasObject, parent, clipMin, clipMax fyne.Position, out *[]found) {
	if o == nil || !o.Visible() {
		return
	}
	pos := parent.Add(o.Position())
	size := o.Size()
	if _, ok := o.(scroller); ok {
		clipMin = fyne.NewPos(max(clipMin.X, pos.X), max(clipMin.Y, pos.Y))
		clipMax = fyne.NewPos(min(clipMax.X, pos.X+size.Width), min(clipMax.Y, pos.Y+size.Height))
	}
	switch v := o.(type) {
	case *canvas.Text:
		if f, ok := glyphs(v, pos, clipMin, clipMax); ok {
			*out = append(*out, f)
		}
	case *canvas.Rectangle:
		if v.FillColor == nil || v.CornerRadius != 0 {
			break
		}
		if _, _, _, a := v.FillColor.RGBA(); a == 0xFFFF {
			lo := fyne.NewPos(max(pos.X, clipMin.X), max(pos.Y, clipMin.Y))
			hi := fyne.NewPos(min(pos.X+size.Width, clipMax.X), min(pos.Y+size.Height, clipMax.Y))
			*out = append(*out, found{min: lo, max: hi})
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			walk(c, pos, clipMin, clipMax, out)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walk(c, pos, clipMin, clipMax, out)
		}
	}
}

// glyphs is where t's glyphs are, as Fyne's painter puts them: as large as the text
// measures, placed in its box as it is aligned, centred in a taller box. False for an
// empty or transparent text, and for one not wholly inside its scroll containers: a
// reader scrolls a text into view to read it, and Fyne's software painter misplaces a
// clipped circle or rounded rectangle (it offsets the shape only for the window's edge,
// not a scroll container's), so the picture behind a cut text is not what a screen shows.
func glyphs(t *canvas.Text, pos, clipMin, clipMax fyne.Position) (found, bool) {
	if strings.TrimSpace(t.Text) == "" || t.Color == nil {
		return found{}, false
	}
	if _, _, _, a := t.Color.RGBA(); a == 0 {
		return found{}, false
	}
	m := t.MinSize()
	size := t.Size()
	w, h := m.Width, m.Height
	x, y := pos.X, pos.Y
	switch t.Alignment {
	case fyne.TextAlignCenter:
		x += (size.Width - w) / 2
	case fyne.TextAlignTrailing:
		x += size.Width - w
	}
	if size.Height > h {
		y += (size.Height - h) / 2
	}
	lo, hi := fyne.NewPos(x, y), fyne.NewPos(x+w, y+h)
	if lo.X < clipMin.X || lo.Y < clipMin.Y || hi.X > clipMax.X || hi.Y > clipMax.Y {
		return found{}, false
	}
	return found{t: t, min: lo, max: hi}, true
}
