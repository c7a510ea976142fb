package app

import (
	"log"
	"time"

	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/edit"
	"ningbomap/fleet"
	"ningbomap/kiosk"
)

// fleetKiosk is a kiosk's part in a fleet (configuration keys fleet, fleet_key,
// kiosk_id): fleet.Kiosk watches FLEET/publish, verifies and installs a newer bundle into
// the exhibition folder and writes FLEET/kiosks/ID/status.json; the window switches to
// what was installed at its next idle moment (kiosk.Switch: during the attract loop,
// never under a visitor's hands, never while staff edit). A refused bundle changes
// nothing on the screen; staff read why under the PIN pad's choices.
type fleetKiosk struct {
	k       *fleet.Kiosk
	sw      kiosk.Switch
	dir     string // the exhibition folder the bundles install into
	loading bool   // a switch is reading the folder
	ready   *switchTo
	refused string              // the last refusal, for staff ("" for none)
	note    func(fleet.Problem) // tells the window of a refusal, from the goroutine that polls
}

// switchTo is an installed exhibition read from the folder, waiting for an idle moment.
type switchTo struct {
	b   fleet.Bundle
	ds  *data.Dataset
	err error // problems in the folder (the rest is loaded); fatal when ds is nil
}

// newFleetKiosk makes the kiosk's part in the fleet of cfg, installing into
// edit.DefaultDir() (where --data show.zip installs, and what the window shows once it
// holds layers); runFleet starts it.
func newFleetKiosk(cfg kiosk.Config, version string) (*fleetKiosk, error) {
	key, err := cfg.FleetPublicKey()
	if err != nil {
		return nil, err
	}
	fk := &fleetKiosk{dir: edit.DefaultDir(), note: func(fleet.Problem) {}}
	fk.k, err = fleet.NewKiosk(fleet.KioskOptions{
		Fleet: cfg.FleetDir(), Key: key, ID: cfg.KioskName(), Dest: fk.dir, Version: version,
		Ready: func(b fleet.Bundle) {
			trace("fleet-installed %s", b.File)
			fk.sw.Ready(b)
		},
		Problem: func(p fleet.Problem) {
			log.Printf("fleet: refused %s: %s (%s)", p.File, p.Reason, p.Detail)
			trace("fleet-refused %s %s", p.File, p.Reason)
			fk.note(p)
		},
	})
	if err != nil {
		return nil, err
	}
	return fk, nil
}

// fleetNote tells staff, under the PIN pad's choices, of the bundle the fleet refused.
func (ui *mainUI) fleetNote(p fleet.Problem) {
	fk := ui.fleet.kiosk
	fk.refused = locale.TData("fleet.refused", map[string]any{"File": p.File, "Reason": p.Reason})
	if ui.kiosk != nil && ui.kiosk.screens != nil {
		ui.kiosk.screens.SetNote(fk.refused)
	}
}

// fleetTouched tells the fleet's status that a visitor touched the screen.
func (ui *mainUI) fleetTouched() {
	if fk := ui.fleet.kiosk; fk != nil {
		fk.k.Touched(ui.now())
	}
}

// fleetTick switches to an installed exhibition at an idle moment: when the switch is
// due, the folder is read off the UI goroutine and shown at a tick that is still idle.
// st is the attract cycle's state after this tick.
func (ui *mainUI) fleetTick(now time.Time, st kiosk.State) {
	fk := ui.fleet.kiosk
	if fk == nil || fk.loading {
		return
	}
	editing := ui.currentMode() == editing
	if fk.ready != nil {
		if st == kiosk.Attract && !editing {
			ui.fleetSwitch(now)
		}
		return
	}
	b, ok := fk.sw.Due(now, st, editing)
	if !ok {
		return
	}
	fk.loading = true
	ui.async.spawn(func() {
		ds, _, err := data.Reload(fk.dir, nil)
		ui.async.post(func() {
			fk.loading = false
			fk.ready = &switchTo{b: b, ds: ds, err: err}
		})
	})
}

// fleetSwitch shows the exhibition read, and starts the attract loop over it afresh.
func (ui *mainUI) fleetSwitch(now time.Time) {
	fk := ui.fleet.kiosk
	r := fk.ready
	fk.ready = nil
	if r.ds == nil {
		log.Printf("fleet: %s is installed but cannot be shown: %v", r.b.File, r.err)
		fk.sw.Done(r.b, now, r.err)
		return
	}
	if r.err != nil {
		log.Printf("fleet: %s: problems in the exhibition (the rest is shown):\n%v", r.b.File, r.err)
	}
	// Staff edits, if any, were of the content shown until now: the editor opens the new
	// one next time.
	ui.editing.ed, ui.editing.panel, ui.editing.dir = nil, nil, fk.dir
	// The attract loop's card of the old content closes: nothing of it comes back.
	ui.replaceData(r.ds, target{})
	ui.kiosk.attract.Idle() // the next tick starts the loop from the overview
	fk.sw.Done(r.b, now, nil)
	trace("fleet-switch %s", r.b.File)
	b := r.b
	ui.async.spawn(func() {
		if err := fk.k.Switched(b); err != nil {
			log.Printf("fleet: %v", err)
		}
	})
}
