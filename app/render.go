package app

import (
	"errors"
	"fmt"
	"image"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/test"

	"ningbomap/app/basemap"
	"ningbomap/app/card"
	"ningbomap/app/style"
	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/geo"
	"ningbomap/importer"
	"ningbomap/photo"
)

// PictureOptions describe a picture of the map drawn without a window.
type PictureOptions struct {
	Site          string    // id of the place whose card is open; "" for the overview
	Lang          data.Lang // language of the picture
	Width, Height int       // size in pixels
	Scale         float32   // pixels per unit (2 for a sharp, print-sized picture); 0 means 1
	Layers        []string  // extra layer files to draw (GeoJSON, KML/KMZ, GPX, CSV)
	Basemap       string    // a tile package (MBTiles or PMTiles) to draw under the map
	Encoding      string    // the text encoding of the Layers files; "" detects it
	BasemapCRS    crs.Frame // the frame Basemap's tiles were cut in (crs.GCJ02: a Chinese web map's)
	LayerCRS      crs.Frame // the frame of the Layers files (converted to WGS 84)
	// Problems, when set, is told the problems of the Layers files too (they show in the
	// picture's banner), so a command can print them.
	Problems func(error)
}

// RenderPicture draws the map with a place's card open using Fyne's software renderer,
// so no X server or OpenGL is needed (handouts, posters, golden tests).
//
// It runs the drawing on a goroutine of its own: Fyne's test driver, which hosts the
// software canvas, runs UI callbacks directly on the calling goroutine and complains when
// that is the main one.
func RenderPicture(ds *data.Dataset, opts PictureOptions) (image.Image, error) {
	type result struct {
		img image.Image
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			// Fyne's software painter panics on a layout of negative size (a picture too
			// narrow for the window's widgets): a failed picture, not a crash.
			if r := recover(); r != nil {
				done <- result{nil, fmt.Errorf("the picture could not be drawn at %dx%d (scale %g): %v", opts.Width, opts.Height, opts.Scale, r)}
			}
		}()
		img, err := renderPicture(ds, opts)
		done <- result{img, err}
	}()
	r := <-done
	return r.img, r.err
}

// The smallest picture, in units: the window's smallest layout (a smaller one would lay
// out to negative sizes).
const minPictureWidth, minPictureHeight = 320, 300

func renderPicture(ds *data.Dataset, opts PictureOptions) (image.Image, error) {
	if opts.Width <= 0 || opts.Height <= 0 {
		return nil, fmt.Errorf("picture size %dx%d: want positive", opts.Width, opts.Height)
	}
	if s := max(opts.Scale, 1); float32(opts.Width)/s < minPictureWidth || float32(opts.Height)/s < minPictureHeight {
		return nil, fmt.Errorf("picture size %dx%d at scale %g: want at least %dx%d units (the window's smallest layout)",
			opts.Width, opts.Height, s, minPictureWidth, minPictureHeight)
	}
	var site *data.Site
	if opts.Site != "" {
		if site = ds.Site(opts.Site); site == nil {
			return nil, fmt.Errorf("no place with id %q", opts.Site)
		}
	}
	if fyne.CurrentApp() == nil {
		test.NewApp()
	}
	th := style.NewTheme()
	fyne.CurrentApp().Settings().SetTheme(th)
	if err := SetLanguage(opts.Lang); err != nil {
		return nil, err
	}
	scale := opts.Scale
	if scale <= 0 {
		scale = 1
	}
	size := fyne.NewSize(float32(opts.Width)/scale, float32(opts.Height)/scale)
	var cfg windowConfig
	var mu sync.Mutex // the tile workers tell of bad tiles
	var tileProblems error
	if opts.Basemap != "" {
		post := func(f func()) {
			mu.Lock()
			defer mu.Unlock()
			f()
		}
		tb, err := openBasemap(opts.Basemap, opts.BasemapCRS, float64(scale), basemap.Borders(ds), post, func() {},
			func(err error) { tileProblems = err })
		if err != nil {
			return nil, err
		}
		defer tb.Close()
		cfg.tiles = tb
	}
	img := offscreen(ds, opts.Lang, size, scale, cfg, func(ui *mainUI) {
		var problems []error
		for i, p := range opts.Layers {
			opt, err := ui.users.spent(nil).Left(importer.Options{Encoding: opts.Encoding, CRS: opts.LayerCRS}) // the budgets hold for all the layers
			if err != nil {
				problems = append(problems, &importer.Error{File: filepath.Base(p), Err: err})
				continue
			}
			l, err := importer.Load(p, opt)
			if err != nil {
				problems = append(problems, err)
			}
			if l != nil {
				ui.addUserLayer(newUserLayer(l, i), false)
			}
		}
		switch {
		case site != nil && !site.IsOverview():
			ui.openPlace(site, true)
		case len(ui.users.list) > 0 && site == nil:
			ui.close()
			b := ui.users.list[0].layer.Bound()
			for _, u := range ui.users.list[1:] {
				b = b.Union(u.layer.Bound())
			}
			ui.mapView.SetViewport(ui.viewOf(b))
		default:
			ui.home()
		}
		if len(problems) > 0 {
			ui.notices.problems.Show(errors.Join(problems...))
			if opts.Problems != nil {
				opts.Problems(errors.Join(problems...))
			}
		}
	})
	mu.Lock()
	defer mu.Unlock()
	if tileProblems != nil && opts.Problems != nil {
		opts.Problems(tileProblems) // the tiles that could not be drawn (the rest are)
	}
	return img, nil
}

// offscreen draws the whole window content of size (units) at scale on Fyne's software
// canvas: made with cfg (what a picture adds: a tile package), arrange sets up the map and
// the card, then the map frame is drawn at once.
func offscreen(ds *data.Dataset, l data.Lang, size fyne.Size, scale float32, cfg windowConfig, arrange func(ui *mainUI)) image.Image {
	return composeOffscreen(ds, l, size, scale, cfg, arrange).capture()
}

// offscreenView is the window's content laid out on Fyne's software canvas, ready to be
// drawn.
type offscreenView struct {
	c  fyne.Canvas
	ui *mainUI
}

// composeOffscreen builds and lays out the content (on the UI goroutine, in the app) with
// the window's constructor, without a window (cfg.win nil): widgets are made and arranged
// here; nothing is drawn yet.
func composeOffscreen(ds *data.Dataset, l data.Lang, size fyne.Size, scale float32, cfg windowConfig, arrange func(ui *mainUI)) *offscreenView {
	c := software.NewCanvas()
	c.SetScale(scale)
	// Photos are decoded before the card is laid out (nil Post: Show waits for them).
	cfg.photos = card.Photos{Loader: photo.NewLoader(photo.LoaderOptions{})}
	cfg.instant = true
	ui := newMainUI(ds, l, cfg)
	c.SetContent(ui.root)
	c.Resize(size)
	layoutTree(ui.root)
	arrange(ui)
	layoutTree(ui.root)
	return &offscreenView{c: c, ui: ui}
}

// capture draws the map frame and paints the content: the slow part (seconds at 2× on a
// laptop), which may run off the UI goroutine since nothing else touches these widgets.
func (o *offscreenView) capture() image.Image {
	defer o.ui.mapView.Close()
	defer o.ui.cards.photos.Loader.Close()
	o.ui.mapView.RenderNow()
	if u := o.ui.users.tiles; u != nil && u.Shown() {
		u.Wait() // the first frame asked for the tiles; draw again with them
		o.ui.mapView.RenderNow()
	}
	return o.c.Capture()
}

// layoutTree lays out a content tree at its current size (the software canvas lays out
// only when painting).
func layoutTree(o fyne.CanvasObject) {
	if c, ok := o.(*fyne.Container); ok {
		if c.Layout != nil {
			c.Layout.Layout(c.Objects, c.Size())
		}
		for _, ch := range c.Objects {
			layoutTree(ch)
		}
	}
}

// composeView lays out the window's content at 2× with the map at vp (see
// composeOffscreen); capture draws it.
func composeView(ds *data.Dataset, site string, l data.Lang, size fyne.Size, vp geo.Viewport) *offscreenView {
	return composeOffscreen(ds, l, size, 2, windowConfig{}, func(ui *mainUI) {
		if s := ds.Site(site); s != nil && !s.IsOverview() {
			ui.openPlace(s, false)
		} else if s != nil {
			ui.open(placeTarget(s))
		}
		v := ui.mapView.Viewport()
		v.Center, v.Zoom = vp.Center, vp.Zoom+1 // twice the pixels: one zoom level up
		ui.mapView.SetViewport(v)
	})
}
