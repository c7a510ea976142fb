package card

import (
	"image"
	"image/color"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"ningbomap/data"
	"ningbomap/photo"
)

// Photos is where a card's photos come from: one Loader per app, which decodes off the
// UI goroutine, and Post, which hands a decoded photo back to the UI goroutine (fyne.Do).
// A nil Post makes Show wait for the decoding (a picture drawn without a window, which
// must show the photo). Without a Loader the card shows no photos.
type Photos struct {
	Loader *photo.Loader
	Post   func(func())
}

// Card-side sizes of the photos, in units: the first photo fits heroW×heroH, the
// strip's thumbnails thumbW×thumbH.
const (
	heroW, heroH   = 420, 320
	thumbW, thumbH = 96, 72
)

// photoArea is the card's first photo (above the story) and the strip of the others
// (under it); a tap on either opens the viewer.
type photoArea struct {
	src    Photos
	hero   *tapImage
	strip  *fyne.Container // thumbnails
	scroll *container.Scroll
	thumbs []*tapImage
	site   *data.Site
	gen    int // bumped by each show, so a late decode for another card is dropped
	open   func(s *data.Site, i int)
}

func newPhotoArea(open func(s *data.Site, i int)) *photoArea {
	a := &photoArea{open: open}
	a.hero = newTapImage(func() { a.tap(0) })
	a.strip = container.NewHBox()
	a.scroll = container.NewHScroll(a.strip)
	a.hero.Hide()
	a.scroll.Hide()
	return a
}

func (a *photoArea) tap(i int) {
	if a.site != nil && a.open != nil && i < len(a.site.Photos) {
		a.open(a.site, i)
	}
}

// shown lists the photos on the card now (for the credits line).
func (a *photoArea) shown() []data.Photo {
	if a.src.Loader == nil || a.site == nil {
		return nil
	}
	return a.site.Photos
}

// show fills the area with s's photos.
func (a *photoArea) show(s *data.Site, scale float32) {
	a.gen++
	a.site = s
	if a.src.Loader == nil || len(s.Photos) == 0 {
		a.hero.Hide()
		a.scroll.Hide()
		return
	}
	a.hero.set(nil, fyne.NewSize(heroW, heroH*0.6))
	a.hero.Show()
	a.load(s.PhotoPath(s.Photos[0]), func(img *image.RGBA) {
		b := img.Bounds()
		w, h := photo.DisplaySize(b.Dx(), b.Dy(), heroW, heroH, scale)
		a.hero.set(img, fyne.NewSize(w, h))
	})
	strip := photo.Strip(len(s.Photos))
	for len(a.thumbs) < len(strip) {
		i := len(a.thumbs) + 1
		a.thumbs = append(a.thumbs, newTapImage(func() { a.tap(i) }))
	}
	a.strip.Objects = a.strip.Objects[:0]
	for k, i := range strip {
		t := a.thumbs[k]
		t.set(nil, fyne.NewSize(thumbW, thumbH))
		a.strip.Objects = append(a.strip.Objects, t)
		a.load(s.PhotoPath(s.Photos[i]), func(img *image.RGBA) { t.set(img, fyne.NewSize(thumbW, thumbH)) })
	}
	a.strip.Refresh()
	if len(strip) > 0 {
		a.scroll.Show()
	} else {
		a.scroll.Hide()
	}
}

// load gets the card-sized copy of the photo at path and calls apply with it on the UI
// goroutine, unless another card was shown meanwhile.
func (a *photoArea) load(path string, apply func(*image.RGBA)) {
	l := a.src.Loader
	if img, ok := l.Cached(path, photo.CardSide); ok {
		apply(img)
		return
	}
	if a.src.Post == nil {
		done := make(chan photo.Result, 1)
		l.Load(path, photo.CardSide, func(r photo.Result) { done <- r })
		if r := <-done; r.Err == nil {
			apply(r.Image)
		} else {
			log.Printf("photo %s: %v", path, r.Err)
		}
		return
	}
	gen := a.gen
	l.Load(path, photo.CardSide, func(r photo.Result) {
		a.src.Post(func() {
			if r.Err != nil {
				log.Printf("photo %s: %v", path, r.Err)
				return
			}
			if a.gen == gen {
				apply(r.Image)
			}
		})
	})
}

// photoBackground fills a photo's frame while it loads.
var photoBackground = color.NRGBA{R: 0xEE, G: 0xEE, B: 0xEE, A: 0xFF}

// tapImage is a photo that does something when tapped, shown at a size of the caller's
// choosing with its aspect kept.
type tapImage struct {
	widget.BaseWidget
	img   *canvas.Image
	bg    *canvas.Rectangle
	onTap func()
}

func newTapImage(onTap func()) *tapImage {
	t := &tapImage{img: &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScaleSmooth}, onTap: onTap}
	t.bg = canvas.NewRectangle(photoBackground)
	t.ExtendBaseWidget(t)
	return t
}

// set shows img (nil: an empty frame while it loads) at size.
func (t *tapImage) set(img image.Image, size fyne.Size) {
	t.img.Image = img
	t.img.SetMinSize(size)
	t.img.Refresh()
	t.Refresh()
}

// Tapped opens the viewer.
func (t *tapImage) Tapped(*fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

// Cursor is a hand: the photo opens larger.
func (t *tapImage) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (t *tapImage) CreateRenderer() fyne.WidgetRenderer {
	return &tapImageRenderer{t: t}
}

type tapImageRenderer struct{ t *tapImage }

func (r *tapImageRenderer) Layout(size fyne.Size) {
	min := r.t.img.MinSize()
	w, h := min.Width, min.Height
	pos := fyne.NewPos((size.Width-w)/2, 0)
	r.t.img.Move(pos)
	r.t.img.Resize(fyne.NewSize(w, h))
	r.t.bg.Move(pos)
	r.t.bg.Resize(fyne.NewSize(w, h))
	if r.t.img.Image != nil {
		r.t.bg.Hide()
	} else {
		r.t.bg.Show()
	}
}
func (r *tapImageRenderer) MinSize() fyne.Size { return r.t.img.MinSize() }
func (r *tapImageRenderer) Refresh() {
	r.Layout(r.t.Size())
	canvas.Refresh(r.t.img)
	canvas.Refresh(r.t.bg)
}
func (r *tapImageRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.t.bg, r.t.img}
}
func (r *tapImageRenderer) Destroy() {}

// PhotoSizes returns the size the first photo is shown at (zero when none) and the
// strip's thumbnails' sizes, for tests.
func (c *View) PhotoSizes() (fyne.Size, []fyne.Size) {
	var hero fyne.Size
	if c.photos.hero.Visible() {
		hero = c.photos.hero.img.MinSize()
	}
	var strip []fyne.Size
	if c.photos.scroll.Visible() {
		for _, o := range c.photos.strip.Objects {
			strip = append(strip, o.MinSize())
		}
	}
	return hero, strip
}

// SourceText returns the card's source line, for tests.
func (c *View) SourceText() string { return c.source.String() }
