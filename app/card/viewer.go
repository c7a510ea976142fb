package card

import (
	"image"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/photo"
)

// swipeDistance is how far a drag must go sideways to turn to the next photo, in units.
const swipeDistance = 60

// Viewer is the full-window photo viewer: one photo of a place as large as the window
// allows, its caption and credit, arrows (and the arrow keys, and a swipe) to the
// others; Esc or the close button closes it. It lives in the window's overlays.
type Viewer struct {
	widget.BaseWidget
	src     Photos
	site    *data.Site
	lang    data.Lang
	at      int
	gen     int
	dragX   float32
	img     *canvas.Image
	caption *canvas.Text
	credit  *canvas.Text
	count   *canvas.Text
	content fyne.CanvasObject
	onClose func()
}

// NewViewer makes a viewer of s's photos in language l, starting at photo i; onClose
// removes it from where it was put.
func NewViewer(src Photos, s *data.Site, l data.Lang, i int, onClose func()) *Viewer {
	v := &Viewer{src: src, site: s, lang: l, at: i, onClose: onClose}
	v.img = &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScaleSmooth}
	white := color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
	v.caption = canvas.NewText("", white)
	v.caption.TextSize = style.Size(style.CardBody)
	v.caption.Alignment = fyne.TextAlignCenter
	v.credit = canvas.NewText("", color.NRGBA{R: 0xCC, G: 0xCC, B: 0xCC, A: 0xFF})
	v.credit.TextSize = style.Size(style.Small)
	v.credit.Alignment = fyne.TextAlignCenter
	v.count = canvas.NewText("", white)
	v.count.TextSize = style.Size(style.Small)
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.Step(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.Step(+1) })
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), v.Close)
	bottom := container.NewVBox(container.NewCenter(v.caption), container.NewCenter(v.credit))
	top := container.NewBorder(nil, nil, container.NewPadded(v.count), style.TouchTarget(closeBtn))
	v.content = container.NewStack(canvas.NewRectangle(color.NRGBA{A: 0xF0}),
		container.NewBorder(top, container.NewPadded(bottom),
			container.NewCenter(style.TouchTarget(prev)), container.NewCenter(style.TouchTarget(next)),
			container.NewPadded(v.img)))
	v.ExtendBaseWidget(v)
	v.fill()
	return v
}

// At returns the position of the photo shown (from 0).
func (v *Viewer) At() int { return v.at }

// Step shows the next (+1) or previous (−1) photo, going round.
func (v *Viewer) Step(d int) {
	n := len(v.site.Photos)
	if n == 0 {
		return
	}
	v.at = ((v.at+d)%n + n) % n
	v.fill()
}

// Close closes the viewer.
func (v *Viewer) Close() {
	v.gen++
	if v.onClose != nil {
		v.onClose()
	}
}

// fill shows photo v.at: the card's copy at once when cached, the viewer's when decoded.
func (v *Viewer) fill() {
	v.gen++
	if v.at >= len(v.site.Photos) {
		return
	}
	p := v.site.Photos[v.at]
	v.caption.Text = p.Caption.In(v.lang)
	v.credit.Text = ""
	if c := strings.TrimSpace(p.Credit); c != "" {
		v.credit.Text = locale.TData("photo.credit", map[string]any{"Credit": c})
	}
	v.count.Text = strconv.Itoa(v.at+1) + " / " + strconv.Itoa(len(v.site.Photos))
	path := v.site.PhotoPath(p)
	v.img.Image = nil
	if v.src.Loader != nil {
		if img, ok := v.src.Loader.Cached(path, photo.CardSide); ok {
			v.img.Image = img
		}
		gen := v.gen
		if v.src.Post == nil { // no UI loop to come back to: wait here
			done := make(chan photo.Result, 1)
			v.src.Loader.Load(path, photo.ViewerSide, func(r photo.Result) { done <- r })
			if r := <-done; r.Err == nil {
				v.img.Image = r.Image
			}
		} else {
			v.src.Loader.Load(path, photo.ViewerSide, func(r photo.Result) {
				v.src.Post(func() {
					if r.Err == nil && v.gen == gen {
						v.setImage(r.Image)
					}
				})
			})
		}
	}
	v.caption.Refresh()
	v.credit.Refresh()
	v.count.Refresh()
	v.img.Refresh()
}

func (v *Viewer) setImage(img image.Image) {
	v.img.Image = img
	v.img.Refresh()
}

// TypedKey: arrows turn, Esc closes.
func (v *Viewer) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyLeft, fyne.KeyPageUp:
		v.Step(-1)
	case fyne.KeyRight, fyne.KeyPageDown, fyne.KeySpace:
		v.Step(+1)
	case fyne.KeyEscape:
		v.Close()
	}
}

// TypedRune does nothing; the viewer takes the keyboard so the map does not pan.
func (v *Viewer) TypedRune(rune) {}

// FocusGained and FocusLost make the viewer take the keyboard while open.
func (v *Viewer) FocusGained() {}
func (v *Viewer) FocusLost()   {}

// Dragged follows a swipe.
func (v *Viewer) Dragged(e *fyne.DragEvent) { v.dragX += e.Dragged.DX }

// DragEnd turns to the next photo after a swipe to the left, the previous after one to
// the right.
func (v *Viewer) DragEnd() {
	switch {
	case v.dragX <= -swipeDistance:
		v.Step(+1)
	case v.dragX >= swipeDistance:
		v.Step(-1)
	}
	v.dragX = 0
}

// Tapped keeps taps from reaching the map underneath.
func (v *Viewer) Tapped(*fyne.PointEvent) {}

func (v *Viewer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.content)
}

// OpenViewer shows s's photo i full-window over the canvas of o, with the keyboard.
func OpenViewer(o fyne.CanvasObject, src Photos, s *data.Site, l data.Lang, i int) *Viewer {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return nil
	}
	var v *Viewer
	v = NewViewer(src, s, l, i, func() { c.Overlays().Remove(v) })
	c.Overlays().Add(v)
	v.Resize(c.Size())
	v.Move(fyne.NewPos(0, 0))
	c.Focus(v)
	return v
}

// CaptionText returns the caption and credit shown, for tests.
func (v *Viewer) CaptionText() string { return v.caption.Text + "\n" + v.credit.Text }
