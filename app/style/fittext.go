package style

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// FitText is a single line of text that shrinks (down to half its size) to fit the width
// it is given, instead of pushing its container wider: large figures on a narrow card,
// long theme names.
type FitText struct {
	widget.BaseWidget
	text    *canvas.Text
	maxSize float32
}

// minFitScale is the least a FitText shrinks to.
const minFitScale = 0.5

// NewFitText makes a FitText of s in colour c at most size high.
func NewFitText(s string, c color.Color, size float32, bold bool) *FitText {
	t := canvas.NewText(s, c)
	t.TextSize = size
	t.TextStyle.Bold = bold
	f := &FitText{text: t, maxSize: size}
	f.ExtendBaseWidget(f)
	return f
}

// CreateRenderer is part of fyne.Widget.
func (f *FitText) CreateRenderer() fyne.WidgetRenderer { return &fitTextRenderer{f: f} }

type fitTextRenderer struct{ f *FitText }

func (r *fitTextRenderer) full() fyne.Size {
	return fyne.MeasureText(r.f.text.Text, r.f.maxSize, r.f.text.TextStyle)
}

func (r *fitTextRenderer) Layout(size fyne.Size) {
	t := r.f.text
	full := r.full()
	s := r.f.maxSize
	if full.Width > size.Width && full.Width > 0 {
		s = max(r.f.maxSize*size.Width/full.Width, r.f.maxSize*minFitScale)
	}
	if s != t.TextSize {
		t.TextSize = s
		t.Refresh()
	}
	ms := t.MinSize()
	t.Move(fyne.NewPos(0, size.Height-ms.Height))
	t.Resize(fyne.NewSize(size.Width, ms.Height))
}

func (r *fitTextRenderer) MinSize() fyne.Size {
	full := r.full()
	return fyne.NewSize(full.Width*minFitScale, full.Height)
}

func (r *fitTextRenderer) Refresh()                     { r.f.text.Refresh() }
func (r *fitTextRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.f.text} }
func (r *fitTextRenderer) Destroy()                     {}

// Set changes the text and colour.
func (f *FitText) Set(s string, c color.Color) {
	if f.text.Text == s && f.text.Color == c {
		return
	}
	f.text.Text, f.text.Color = s, c
	f.text.TextSize = f.maxSize
	f.Refresh()
}
