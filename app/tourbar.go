package app

import (
	"image/color"
	"slices"
	"strconv"
	"sync"
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

// tourControl plays the guided tour: it flies to each place in tour order, opens its card,
// waits long enough to read it and goes on. The bar over the map shows where the tour is
// ("3 / 15" and a dot per place) with previous, pause/resume, next and stop.
type tourControl struct {
	ui       *mainUI
	t        *tour.Tour
	sites    []*data.Site // the tour's places, in order
	bar      *fyne.Container
	progress *canvas.Text
	dots     *fyne.Container
	play     *widget.Button
	onStep   func(s *data.Site) // called when the tour opens a place (usage counts)
	onLap    func()             // called when a full pass is done
}

func newTourControl(ui *mainUI) *tourControl {
	tc := &tourControl{ui: ui, onLap: func() { ui.logLap("guided") }}
	tc.reset()
	return tc
}

// reset rebuilds the tour over the places on visible layers, stopped.
func (tc *tourControl) reset() {
	tc.sites = tc.ui.tourSites()
	p := tour.DefaultPacing()
	if tc.t != nil {
		tc.t.Stop()
	}
	tc.t = tour.New(tour.Stops(tc.sites), p)
	tc.t.SetLang(tc.ui.lang)
}

// active reports whether the tour is playing or paused.
func (tc *tourControl) active() bool {
	s := tc.t.State()
	return s == tour.Playing || s == tour.Paused
}

// start plays the tour from the open card's place (or the first place).
func (tc *tourControl) start(loop bool) {
	tc.reset()
	tc.t.SetLoop(loop)
	i := max(slices.Index(tc.sites, tc.ui.open.site), 0) // the open card's place, else the first
	tc.t.StartAt(i, tc.ui.now())
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
		tc.t.Pause(tc.ui.now())
		tc.refresh()
	}
}

func (tc *tourControl) togglePause() {
	switch tc.t.State() {
	case tour.Playing:
		tc.t.Pause(tc.ui.now())
	case tour.Paused:
		tc.t.Resume(tc.ui.now())
	}
	tc.refresh()
}

func (tc *tourControl) next() {
	before := tc.t.Completed()
	if tc.t.Next(tc.ui.now()) {
		tc.show()
	}
	if tc.t.Completed() != before {
		tc.lapped()
	}
	tc.refresh()
}

func (tc *tourControl) prev() {
	if tc.t.Prev(tc.ui.now()) {
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

func (tc *tourControl) lapped() {
	if tc.onLap != nil {
		tc.onLap()
	}
}

// show opens the current stop's place.
func (tc *tourControl) show() {
	i, _ := tc.t.Position()
	if i < len(tc.sites) {
		s := tc.sites[i]
		tc.ui.selectSite(s, true)
		// Someone is following the tour: in a kiosk that is not idleness.
		tc.ui.noteInput()
		if tc.onStep != nil {
			tc.onStep(s)
		}
	}
	tc.refresh()
}

// build makes the bar (in the current language).
func (tc *tourControl) build() fyne.CanvasObject {
	ui := tc.ui
	prev := widget.NewButtonWithIcon("", theme.MediaSkipPreviousIcon(), ui.userAction(tc.prev))
	tc.play = widget.NewButtonWithIcon("", theme.MediaPauseIcon(), ui.userAction(tc.togglePause))
	next := widget.NewButtonWithIcon("", theme.MediaSkipNextIcon(), ui.userAction(tc.next))
	stop := widget.NewButtonWithIcon("", theme.MediaStopIcon(), ui.userAction(tc.stop))
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

// tickInterval is how often the tour (and the kiosk's idle watch) looks at the clock.
const tickInterval = 200 * time.Millisecond

// startTicks calls ui.tick on the UI goroutine every tickInterval until the returned
// function is called; that function waits for the ticking goroutine to end and may be
// called more than once.
func (ui *mainUI) startTicks() (stop func()) {
	done := make(chan struct{})
	ended := make(chan struct{})
	var once sync.Once
	go func() {
		defer close(ended)
		t := time.NewTicker(tickInterval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				ui.async.post(func() { ui.tick(ui.now()) })
			}
		}
	}()
	return func() {
		once.Do(func() { close(done) })
		<-ended
	}
}

// tick advances what runs by the clock.
func (ui *mainUI) tick(now time.Time) {
	defer ui.recoverPanic()
	ui.traceCounts(now, false)
	quiet.observe(now, ui.mapView.Frames())
	ui.keepRecovery(now)
	ui.tour.tick(now)
	if ui.kiosk != nil {
		if ui.tour.t.State() == tour.Playing {
			ui.kiosk.input() // a guided tour under way means someone is watching it
		}
		ui.kiosk.tick(now)
	}
}
