package app

import (
	"image/color"
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/data"
	"ningbomap/tour"
)

// tourHost is what the guided tour needs of the window.
type tourHost interface {
	openPlace(s *data.Site, fly bool) // flies to a place and opens its card
	tourSites() []*data.Site          // the places on visible layers, in tour order
	noteInput()                       // someone is following the tour
	userAction(func()) func()         // wraps what a button does
	logLap(kind string)               // a pass finished
	clock() time.Time
}

// tourControl plays the guided tour: it flies to each place in tour order, opens its card,
// waits long enough to read it and goes on. The bar over the map shows where the tour is
// ("3 / 15" and a dot per place) with previous, pause/resume, next and stop.
type tourControl struct {
	host     tourHost
	t        *tour.Tour
	sites    []*data.Site // the tour's places, in order
	bar      *fyne.Container
	progress *canvas.Text
	dots     *fyne.Container
	play     *widget.Button
}

// newTourControl makes the tour, stopped, paced for reading in l.
func newTourControl(h tourHost, l data.Lang) *tourControl {
	tc := &tourControl{host: h}
	tc.reset(l)
	return tc
}

// reset rebuilds the tour over the places on visible layers, stopped, paced for reading
// in l (the window's language).
func (tc *tourControl) reset(l data.Lang) {
	tc.sites = tc.host.tourSites()
	p := tour.DefaultPacing()
	if tc.t != nil {
		tc.t.Stop()
	}
	tc.t = tour.New(tour.Stops(tc.sites), p)
	tc.t.SetLang(l)
	tc.refresh()
}

// setLang paces the tour for reading in l.
func (tc *tourControl) setLang(l data.Lang) {
	tc.t.SetLang(l)
}

// active reports whether the tour is playing or paused.
func (tc *tourControl) active() bool {
	s := tc.t.State()
	return s == tour.Playing || s == tour.Paused
}

// playing reports whether the tour plays (not paused).
func (tc *tourControl) playing() bool { return tc.t.State() == tour.Playing }

// start plays the tour from the place at (the open card's), or the first place, paced for
// reading in l.
func (tc *tourControl) start(at *data.Site, loop bool, l data.Lang) {
	tc.reset(l)
	tc.t.SetLoop(loop)
	i := max(slices.Index(tc.sites, at), 0)
	tc.t.StartAt(i, tc.host.clock())
	tc.show()
}

// stop ends the tour where it is; the open card stays.
func (tc *tourControl) stop() {
	tc.t.Stop()
	tc.refresh()
}

// pause holds the tour on the current place (a visitor took over the map).
func (tc *tourControl) pause() {
	if tc.t.State() == tour.Playing {
		tc.t.Pause(tc.host.clock())
		tc.refresh()
	}
}

func (tc *tourControl) togglePause() {
	switch tc.t.State() {
	case tour.Playing:
		tc.t.Pause(tc.host.clock())
	case tour.Paused:
		tc.t.Resume(tc.host.clock())
	}
	tc.refresh()
}

func (tc *tourControl) next() {
	before := tc.t.Completed()
	if tc.t.Next(tc.host.clock()) {
		tc.show()
	}
	if tc.t.Completed() != before {
		tc.lapped()
	}
	tc.refresh()
}

func (tc *tourControl) prev() {
	if tc.t.Prev(tc.host.clock()) {
		tc.show()
	}
}

// tick moves the tour on when the dwell is over; it runs on the UI goroutine.
func (tc *tourControl) tick(now time.Time) {
	before := tc.t.Completed()
	if tc.t.Tick(now) {
		tc.show()
	}
	if tc.t.Completed() != before {
		tc.lapped() // once per finished pass, not on every tick after it
		tc.refresh()
	}
}

func (tc *tourControl) lapped() { tc.host.logLap("guided") }

// show opens the current stop's place.
func (tc *tourControl) show() {
	i, _ := tc.t.Position()
	if i < len(tc.sites) {
		tc.host.openPlace(tc.sites[i], true)
		// Someone is following the tour: in a kiosk that is not idleness.
		tc.host.noteInput()
	}
	tc.refresh()
}

// build makes the bar (in the current language).
func (tc *tourControl) build() fyne.CanvasObject {
	act := tc.host.userAction
	prev := widget.NewButtonWithIcon("", theme.MediaSkipPreviousIcon(), act(tc.prev))
	tc.play = widget.NewButtonWithIcon("", theme.MediaPauseIcon(), act(tc.togglePause))
	next := widget.NewButtonWithIcon("", theme.MediaSkipNextIcon(), act(tc.next))
	stop := widget.NewButtonWithIcon("", theme.MediaStopIcon(), act(tc.stop))
	tc.play.Importance = widget.HighImportance
	tc.progress = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	tc.progress.TextSize = style.Size(style.Label) + 2
	tc.progress.TextStyle.Bold = true
	tc.dots = container.NewHBox()
	title := canvas.NewText(locale.T("tour.title"), theme.Color(theme.ColorNamePlaceHolder))
	title.TextSize = style.Size(style.Small)
	info := container.NewVBox(title, container.NewHBox(tc.progress, container.NewCenter(tc.dots)))
	row := container.NewHBox(style.TouchTarget(prev), style.TouchTarget(tc.play), style.TouchTarget(next), container.NewPadded(info), style.TouchTarget(stop))
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xF0})
	bg.CornerRadius = 12
	bg.StrokeColor = color.NRGBA{A: 0x40}
	bg.StrokeWidth = 1
	tc.bar = container.NewStack(bg, container.NewPadded(row))
	tc.refresh()
	return container.NewCenter(tc.bar)
}

// refresh shows or hides the bar and updates its progress.
func (tc *tourControl) refresh() {
	if tc.bar == nil {
		return
	}
	if !tc.active() {
		tc.bar.Hide()
		return
	}
	i, n := tc.t.Position()
	tc.progress.Text = strconv.Itoa(i+1) + " / " + strconv.Itoa(n)
	tc.progress.Refresh()
	if tc.t.State() == tour.Paused {
		tc.play.SetIcon(theme.MediaPlayIcon())
	} else {
		tc.play.SetIcon(theme.MediaPauseIcon())
	}
	tc.dots.Objects = tc.dots.Objects[:0]
	on := color.NRGBAModel.Convert(theme.Color(theme.ColorNamePrimary)).(color.NRGBA)
	off := color.NRGBA{R: 0xC8, G: 0xC8, B: 0xC8, A: 0xFF}
	for k := 0; k < n; k++ {
		c := off
		if k == i {
			c = on
		}
		d := canvas.NewCircle(c)
		tc.dots.Add(container.NewGridWrap(fyne.NewSize(8, 8), d))
	}
	tc.dots.Refresh()
	tc.bar.Show()
	tc.bar.Refresh()
}
