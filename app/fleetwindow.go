package app

import (
	"context"
	"image/color"
	"log"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/card"
	"ningbomap/app/kioskview"
	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/app/visitors"
	"ningbomap/fleet"
	"ningbomap/kiosk"
	"ningbomap/usage"
)

// fleetWindow is the window's side of a fleet of kiosks and of its visitors: a kiosk's
// part in the fleet (fleetkiosk.go), the visitors dashboard (观众统计) over the map, and
// the office's Publish button in edit mode (publish.go).
type fleetWindow struct {
	cfg      kiosk.Config   // the configuration: fleet folder, keys, and where it is kept
	kiosk    *fleetKiosk    // nil unless the window is a kiosk in a fleet
	usageDir string         // where this window's usage goes ("" for nowhere)
	visitors *visitors.View // the dashboard, while open
	lang     string         // the language the dashboard was built in
	open     bool           // the dashboard is on the screen
	// ask asks for the fleet folder and private key the first time Publish is pressed
	// (nil: askFleet's dialog; tests answer it).
	ask func(dir, key string, done func(dir, key string))
}

// kioskFleet is what the kiosk mode tells the window's fleet part and dashboard.
type kioskFleet interface {
	staffScreens(s *kioskview.Screens)       // the screens were built: offer staff the dashboard, the fleet's note
	fleetTouched()                           // a visitor's touch, for the fleet's status
	closeVisitors()                          // the kiosk went idle
	fleetTick(now time.Time, st kiosk.State) // a tick of the attract cycle: a switch may be due
}

// visitorsButton is the top bar's Visitors / 观众统计 button (not in a kiosk, whose staff
// open the dashboard through the PIN pad).
func (ui *mainUI) visitorsButton() *widget.Button {
	return widget.NewButtonWithIcon(locale.T("visitors.open"), theme.InfoIcon(), ui.userAction(ui.openVisitors))
}

// staffScreens offers a kiosk's staff, behind the PIN, the dashboard and the fleet's
// last refusal (called whenever the kiosk's screens are built).
func (ui *mainUI) staffScreens(s *kioskview.Screens) {
	s.SetVisitors(ui.openVisitors)
	if fk := ui.fleet.kiosk; fk != nil {
		s.SetNote(fk.refused)
	}
}

// openVisitors shows the visitors dashboard over the map, reading this window's usage (a
// kiosk's own, in its fleet folder when it has one).
func (ui *mainUI) openVisitors() {
	f := &ui.fleet
	if f.visitors == nil || f.lang != string(ui.lang) {
		f.lang = string(ui.lang)
		f.visitors = visitors.New(visitors.Host{
			Window: ui.win,
			Lang:   func() string { return string(ui.lang) },
			Zoom:   themeZoom,
			Place:  ui.placeForChart,
			Close:  ui.closeVisitors,
			Kiosk:  ui.kiosk != nil,
			Usage:  f.usageDir,
			Fleet:  f.cfg.FleetDir(),
			Input:  ui.noteInput, // staff reading it are no idle kiosk
			Post:   ui.async.post,
		})
		src := visitors.Source{Dir: f.usageDir}
		if ui.kiosk == nil && f.cfg.FleetDir() != "" {
			src = visitors.Source{Fleet: f.cfg.FleetDir()} // the office: every kiosk's
		}
		f.visitors.Open(src)
	} else {
		f.visitors.Open(f.visitors.Source()) // read again: the usage has grown
	}
	f.open = true
	ui.layVisitors()
	trace("visitors open")
}

// closeVisitors takes the dashboard off the screen (its Back button; a kiosk's idle).
func (ui *mainUI) closeVisitors() {
	if !ui.fleet.open {
		return
	}
	ui.fleet.open = false
	ui.fleet.visitors.Object().Hide()
	ui.root.Refresh()
	trace("visitors closed")
}

// layVisitors puts the dashboard, when open, over everything else in the window (build
// calls it after making the window's content anew). After a switch of language it is made
// anew in the new one, from the usage already read.
func (ui *mainUI) layVisitors() {
	v := ui.fleet.visitors
	if v == nil || !ui.fleet.open {
		return
	}
	if ui.fleet.lang != string(ui.lang) {
		ui.fleet.lang = string(ui.lang)
		v.Relabel()
	}
	o := v.Object()
	objs := ui.root.Objects[:0:0]
	for _, x := range ui.root.Objects {
		if x != o {
			objs = append(objs, x)
		}
	}
	ui.root.Objects = append(objs, o)
	o.Show()
	ui.root.Refresh()
}

// placeForChart is a place's name in the UI language and its theme colour, for the
// dashboard's charts.
func (ui *mainUI) placeForChart(id string) (string, color.NRGBA, bool) {
	s := ui.ds.Site(id)
	if s == nil {
		return "", color.NRGBA{}, false
	}
	col := style.PartyRed
	if th := ui.ds.Theme(s.Theme); th != nil {
		col = card.ThemeColour(th)
	}
	return s.Name.In(ui.lang), col, true
}

// themeZoom is the app theme's zoom (a kiosk's scale).
func themeZoom() float32 {
	if th, ok := fyne.CurrentApp().Settings().Theme().(*style.Theme); ok {
		return th.Zoom
	}
	return 1
}

// newFleetWindow keeps the configuration for the dashboard and the Publish button and,
// in a kiosk with a fleet folder, makes the kiosk's part in the fleet (runFleet starts it,
// once the window is made), whose usage then goes into FLEET/kiosks/ID/usage (unless
// --usage-dir said otherwise).
func newFleetWindow(opts *Options) fleetWindow {
	f := fleetWindow{cfg: opts.Config}
	if opts.Kiosk && f.cfg.FleetDir() != "" {
		fk, err := newFleetKiosk(f.cfg, opts.Version)
		if err != nil {
			log.Printf("fleet: this kiosk does not take part: %v", err)
		} else {
			f.kiosk = fk
			if opts.UsageDir == "" {
				opts.UsageDir = fk.k.UsageDir()
			}
		}
	}
	switch f.usageDir = opts.UsageDir; f.usageDir {
	case "-":
		f.usageDir = ""
	case "":
		f.usageDir = usage.DefaultDir()
	}
	return f
}

// runFleet starts the kiosk's part in the fleet, if any, and returns what stops it and
// waits for it (it may be called more than once).
func (ui *mainUI) runFleet() (stop func()) {
	fk := ui.fleet.kiosk
	if fk == nil {
		return func() {}
	}
	fk.note = func(p fleet.Problem) { ui.async.post(func() { ui.fleetNote(p) }) }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		fk.k.Run(ctx, func(err error) { log.Printf("fleet: %v", err) })
	}()
	var once sync.Once
	return func() { once.Do(func() { cancel(); <-done }) }
}

// fleetOwns reports whether the fleet installs into dir: the window then reads it again
// only at its idle moments, not whenever it changes.
func (ui *mainUI) fleetOwns(dir string) bool {
	fk := ui.fleet.kiosk
	return fk != nil && filepath.Clean(dir) == filepath.Clean(fk.dir)
}
