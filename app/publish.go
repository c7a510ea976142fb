package app

import (
	"errors"
	"log"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/atomicfile"
	"ningbomap/fleet"
	"ningbomap/kiosk"
)

// publishHook is edit mode's Publish button (发布到展机): on the office laptop only, not
// in a kiosk.
func (ui *mainUI) publishHook() func() {
	if ui.kiosk != nil {
		return nil
	}
	return ui.userAction(ui.publishEdits)
}

// publishEdits saves the edits, then checks the exhibition, signs it with the fleet's
// private key and writes it into FLEET/publish, off the UI goroutine. The fleet folder
// and the key come from the configuration (fleet, publish_key); the first time, when
// they are not set, it asks for both and remembers them there.
func (ui *mainUI) publishEdits() {
	m := &ui.editing
	if m.ed == nil {
		return
	}
	if (m.ed.Dirty() || !m.ed.Created()) && !ui.saveEdits() {
		return // saveEdits said why
	}
	cfg := ui.fleet.cfg
	if dir, key := cfg.FleetDir(), cfg.PublishKeyFile(); dir != "" && key != "" {
		ui.publishTo(dir, key)
		return
	}
	ask := ui.fleet.ask
	if ask == nil {
		ask = ui.askFleet
	}
	ask(cfg.FleetDir(), cfg.PublishKeyFile(), func(dir, key string) {
		dir, key = absPath(dir), absPath(key)
		if _, err := fleet.LoadPrivateKey(key); err != nil {
			ui.editStatus(locale.TData("publish.failed", map[string]any{"Err": err.Error()}))
			return
		}
		if atomicfile.Inside(key, dir) {
			ui.editStatus(locale.TData("publish.keyInFleet", map[string]any{"Key": key, "Fleet": dir}))
			return
		}
		if err := ui.rememberOffice(dir, key); err != nil {
			log.Printf("publish: %v", err)
			ui.editStatus(locale.TData("publish.notRemembered", map[string]any{"Err": err.Error()}))
		}
		ui.publishTo(dir, key)
	})
}

// rememberOffice writes the fleet folder and key into the configuration file (with the
// fleet_key that goes with the key), atomically, and uses the configuration as written.
func (ui *mainUI) rememberOffice(dir, key string) error {
	path := ui.fleet.cfg.Path
	if err := kiosk.SaveOffice(path, dir, key); err != nil {
		// Not remembered: this time's publishing still uses them.
		ui.fleet.cfg.Fleet, ui.fleet.cfg.PublishKey = dir, key
		return err
	}
	cfg, err := kiosk.Load(path)
	if err != nil {
		return err
	}
	cfg.Kiosk = ui.fleet.cfg.Kiosk
	ui.fleet.cfg = cfg
	return nil
}

// publishTo publishes the saved exhibition into fleetDir with the key in keyFile.
func (ui *mainUI) publishTo(fleetDir, keyFile string) {
	dir := ui.editing.ed.Dir()
	ui.editStatus(locale.T("publish.working"))
	ui.async.spawn(func() {
		b, err := fleet.Publish(dir, fleetDir, keyFile)
		ui.async.post(func() {
			if err != nil {
				log.Printf("publish: %v", err)
				ui.editStatus(locale.TData("publish.failed", map[string]any{"Err": err.Error()}))
				return
			}
			trace("published %s", b.File)
			ui.editStatus(locale.TData("publish.done", map[string]any{"File": b.File, "Dir": filepath.Join(fleetDir, fleet.PublishDir)}))
		})
	})
}

// editStatus says msg in the edit form, or else in the problem banner.
func (ui *mainUI) editStatus(msg string) {
	if m := &ui.editing; ui.currentMode() == editing && m.panel != nil {
		m.panel.SetStatus(msg)
		return
	}
	ui.notices.problems.Show(errors.New(msg))
}

// askFleet asks for the fleet folder and the fleet's private key (fleet.key, made by
// ningbomap fleet keygen), then calls done with them.
func (ui *mainUI) askFleet(dir, key string, done func(dir, key string)) {
	if ui.win == nil {
		return
	}
	dirEntry, keyEntry := widget.NewEntry(), widget.NewEntry()
	dirEntry.SetText(dir)
	keyEntry.SetText(key)
	browseDir := widget.NewButton(locale.T("publish.browse"), func() {
		d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				dirEntry.SetText(u.Path())
			}
		}, ui.win)
		d.Show()
	})
	browseKey := widget.NewButton(locale.T("publish.browse"), func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err == nil && r != nil {
				keyEntry.SetText(r.URI().Path())
				r.Close()
			}
		}, ui.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".key"}))
		d.Show()
	})
	about := widget.NewLabel(locale.T("publish.about"))
	about.Wrapping = fyne.TextWrapWord
	form := container.NewVBox(about,
		widget.NewLabel(locale.T("publish.fleet")), container.NewBorder(nil, nil, nil, browseDir, dirEntry),
		widget.NewLabel(locale.T("publish.key")), container.NewBorder(nil, nil, nil, browseKey, keyEntry))
	d := dialog.NewCustomConfirm(locale.T("publish.title"), locale.T("publish.ok"), locale.T("publish.cancel"),
		container.NewGridWrap(fyne.NewSize(560, 300), form), func(ok bool) {
			if ok && dirEntry.Text != "" && keyEntry.Text != "" {
				done(dirEntry.Text, keyEntry.Text)
			}
		}, ui.win)
	d.Show()
}

// absPath is p made absolute (the configuration keeps it), or p when it cannot be.
func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
