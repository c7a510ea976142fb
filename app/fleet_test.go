package app

import (
	"image"
	"image/draw"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/edit"
	"ningbomap/fleet"
	"ningbomap/kiosk"
)

// fleetKioskUI is a kiosk (clock moved by the test) in a fleet whose exhibition folder
// holds gaoni's first figure changed to value, installed but not yet shown.
func fleetKioskUI(t *testing.T, value float64) (*kioskUI, *fleetKiosk) {
	t.Helper()
	ku := newKioskUI(t, "246810")
	ku.ui.async = inline()
	dir := filepath.Join(t.TempDir(), "exhibition")
	e, err := edit.Open(dir, edit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Edit("gaoni", edit.Figure(0), func(s *data.Site) { s.Indicators[0].Value = value }); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Save(); err != nil {
		t.Fatal(err)
	}
	pub, err := fleet.Keygen(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	k, err := fleet.NewKiosk(fleet.KioskOptions{Fleet: t.TempDir(), Key: pub, ID: "hall-a-1", Dest: dir,
		Now: func() time.Time { return ku.now }})
	if err != nil {
		t.Fatal(err)
	}
	fk := &fleetKiosk{k: k, dir: dir, note: func(fleet.Problem) {}}
	ku.ui.fleet.kiosk = fk
	return ku, fk
}

// TestFleetSwitchAtIdle: an installed exhibition is shown only in the attract loop: not
// while a visitor is active, not during the countdown, not when a visitor touches between
// the folder being read and the switch, not while staff edit; then at the next idle tick,
// and the loop starts afresh over it. The status says which bundle is shown.
func TestFleetSwitchAtIdle(t *testing.T) {
	ku, fk := fleetKioskUI(t, 4242)
	ui := ku.ui
	figure := func() float64 { return ui.ds.Site("gaoni").Indicators[0].Value }
	old := figure()
	b := fleet.Bundle{File: "exhibition-20260701T085900Z-0123456789ab.zip", Hash: strings.Repeat("ab", 32),
		Published: ku.now.Add(-time.Minute)}
	fk.sw.Ready(b)

	ku.at(30 * time.Second) // a visitor may still be there
	ku.at(21 * time.Second) // 51 s: the countdown, the last moment a visitor can touch
	if ui.kiosk.attract.State() != kiosk.Countdown || figure() != old {
		t.Fatalf("countdown: state %v, figure %v; want the old %v", ui.kiosk.attract.State(), figure(), old)
	}
	ku.at(9 * time.Second) // 60 s: the attract loop; the folder is read
	if fk.ready == nil || figure() != old {
		t.Fatalf("attract loop began: read %v, figure %v; want read, not shown yet", fk.ready != nil, figure())
	}
	ui.noteInput() // a visitor touches before the next tick
	ku.at(200 * time.Millisecond)
	if figure() != old {
		t.Fatal("switched under a visitor's hands")
	}
	ku.at(60 * time.Second) // idle again: the attract loop
	ku.at(200 * time.Millisecond)
	if figure() != 4242 {
		t.Fatalf("in the attract loop: figure %v, want 4242", figure())
	}
	if _, waiting := fk.sw.Pending(); waiting || fk.ready != nil {
		t.Error("the switch still waits after it was made")
	}
	ku.at(200 * time.Millisecond)
	if ui.state.target.site != ui.ds.Overview || ui.kiosk.attract.State() != kiosk.Attract {
		t.Errorf("after the switch: open %v, state %v; want the loop afresh from the overview", ui.state.target.site, ui.kiosk.attract.State())
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		s := fk.k.Status()
		if s.Shown != nil && s.Shown.File == b.File {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the status shows %+v, want %s", s.Shown, b.File)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestFleetNoSwitchWhileEditing: staff editing in the kiosk hold the switch off, however
// long they take.
func TestFleetNoSwitchWhileEditing(t *testing.T) {
	ku, fk := fleetKioskUI(t, 5151)
	ui := ku.ui
	ui.editing.dir = t.TempDir()
	ui.enterEdit()
	fk.sw.Ready(fleet.Bundle{File: "b.zip", Published: ku.now})
	for range 5 {
		ku.at(time.Minute)
	}
	if ui.ds.Site("gaoni").Indicators[0].Value == 5151 || fk.ready != nil {
		t.Fatal("switched while staff edit")
	}
	ui.leaveEdit()
	ku.at(61 * time.Second)
	ku.at(200 * time.Millisecond)
	ku.at(200 * time.Millisecond)
	if got := ui.ds.Site("gaoni").Indicators[0].Value; got != 5151 {
		t.Fatalf("after editing, idle: figure %v, want 5151", got)
	}
	if ui.editing.dir != fk.dir || ui.editing.ed != nil {
		t.Error("the editor still edits the content shown before the switch")
	}
}

// TestFleetRefusalForStaff: a refused bundle is told to staff under the PIN pad's
// choices, also after the screens are rebuilt in another language; visitors see nothing.
func TestFleetRefusalForStaff(t *testing.T) {
	ku, fk := fleetKioskUI(t, 1)
	ui := ku.ui
	before := ui.ds.Site("gaoni").Indicators[0].Value
	ui.fleetNote(fleet.Problem{File: "exhibition-x.zip", Reason: fleet.ReasonUnknownKey})
	if n := ui.kiosk.screens.Note(); !strings.Contains(n, "exhibition-x.zip") || !strings.Contains(n, fleet.ReasonUnknownKey) {
		t.Errorf("note %q", n)
	}
	if ui.kiosk.screens.Pin.Visible() {
		t.Error("the pad opened by itself: visitors would see the note")
	}
	ui.useLanguage(data.En)
	if n := ui.kiosk.screens.Note(); n != fk.refused || n == "" {
		t.Errorf("after a language switch: note %q, want %q", n, fk.refused)
	}
	if got := ui.ds.Site("gaoni").Indicators[0].Value; got != before {
		t.Errorf("figure %v after a refusal, want %v", got, before)
	}
}

// TestVisitorsDashboardWindow: the top bar's button shows the dashboard over the window,
// it stays on top when the window is rebuilt, Back closes it; in a kiosk the staff open
// it behind the PIN and the kiosk's idle closes it.
func TestVisitorsDashboardWindow(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	ui := tu.ui
	ui.async.post = func(f func()) { tu.frames <- f } // the dashboard's results come back through pump
	ui.fleet.usageDir = t.TempDir()
	onTop := func() bool {
		v := ui.fleet.visitors
		return v != nil && v.Object().Visible() && ui.root.Objects[len(ui.root.Objects)-1] == v.Object()
	}
	tu.tapButton(t, locale.T("visitors.open")) // the top bar's 观众统计
	tu.pump()
	if !onTop() {
		t.Fatal("the dashboard is not on top")
	}
	ui.useLanguage(data.En)
	if !onTop() {
		t.Fatal("a language switch took the dashboard away")
	}
	ui.closeVisitors()
	if ui.fleet.visitors.Object().Visible() {
		t.Fatal("Back left the dashboard on the screen")
	}
	ui.build()
	if ui.fleet.visitors.Object().Visible() {
		t.Fatal("a rebuild brought the closed dashboard back")
	}

	ku := newKioskUI(t, "246810")
	ku.ui.async.post = func(f func()) { ku.frames <- f }
	ku.ui.fleet.usageDir = t.TempDir()
	ku.ui.kiosk.screens.Pin.Open()
	ku.ui.kiosk.screens.Pin.Result(true, 0)
	ku.ui.kiosk.screens.Pin.Visitors()
	ku.pump()
	if !ku.ui.fleet.open || ku.ui.kiosk.screens.Pin.Visible() {
		t.Fatalf("staff's Visitors: open %v, pad %v", ku.ui.fleet.open, ku.ui.kiosk.screens.Pin.Visible())
	}
	ku.at(50 * time.Second)
	test.Scroll(ku.w.Canvas(), fyne.NewPos(900, 700), 0, -40) // staff still reading
	ku.at(20 * time.Second)
	if !ku.ui.fleet.open {
		t.Fatal("the dashboard closed under the staff's hands")
	}
	ku.at(61 * time.Second)
	if ku.ui.fleet.open || ku.ui.fleet.visitors.Object().Visible() {
		t.Fatal("the kiosk's idle left the dashboard open")
	}
}

// TestPublishButton: the first Publish asks for the fleet folder and key, remembers them
// in the configuration (with the fleet_key that goes with the key), saves the edits and
// writes a bundle the kiosks accept; the second asks nothing. A key inside the fleet
// folder is refused and nothing is published.
func TestPublishButton(t *testing.T) {
	tu := newEditUI(t)
	ui := tu.ui
	ui.async = inline()
	home := t.TempDir()
	ui.fleet.cfg = kiosk.Default()
	ui.fleet.cfg.Path = filepath.Join(home, "kiosk.toml")
	os.WriteFile(ui.fleet.cfg.Path, []byte("# the office laptop\nlang = \"zh\"\n"), 0o600)
	fleetDir := filepath.Join(home, "fleet")
	pub, err := fleet.Keygen(filepath.Join(home, "keys"))
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(home, "keys", fleet.PrivateKeyFile)
	asked := 0
	ui.fleet.ask = func(_, _ string, done func(dir, key string)) { asked++; done(fleetDir, keyFile) }

	p := ui.editing.panel
	p.SetFigureValue(0, "777", "")
	ui.publishEdits()
	bundles, _ := filepath.Glob(filepath.Join(fleetDir, fleet.PublishDir, "*.zip"))
	if len(bundles) != 1 || asked != 1 {
		t.Fatalf("published %v after %d questions, want one bundle after one", bundles, asked)
	}
	b, err := fleet.Verify(bundles[0], pub)
	if err != nil {
		t.Fatalf("the kiosks would refuse it: %v", err)
	}
	if ui.editing.ed.Dirty() {
		t.Error("the edits were not saved first")
	}
	cfg, err := kiosk.Load(ui.fleet.cfg.Path)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.FleetDir() != fleetDir || cfg.PublishKeyFile() != keyFile || cfg.FleetKey != pub.String() || cfg.Lang != "zh" {
		t.Errorf("configuration: fleet %q publish_key %q fleet_key %q lang %q", cfg.Fleet, cfg.PublishKey, cfg.FleetKey, cfg.Lang)
	}
	if !strings.Contains(ui.editing.panel.Status(), b.File) {
		t.Errorf("status %q does not name %s", ui.editing.panel.Status(), b.File)
	}

	time.Sleep(1100 * time.Millisecond) // bundles are named by the second
	p.SetFigureValue(0, "778", "")
	ui.publishEdits()
	bundles, _ = filepath.Glob(filepath.Join(fleetDir, fleet.PublishDir, "*.zip"))
	if len(bundles) != 2 || asked != 1 {
		t.Fatalf("second publish: %d bundles after %d questions, want 2 after 1", len(bundles), asked)
	}

	t.Run("key inside the fleet folder", func(t *testing.T) {
		inside := filepath.Join(fleetDir, "keys")
		if _, err := fleet.Keygen(inside); err != nil {
			t.Fatal(err)
		}
		ui.fleet.cfg = kiosk.Default()
		ui.fleet.cfg.Path = filepath.Join(t.TempDir(), "kiosk.toml")
		ui.fleet.ask = func(_, _ string, done func(dir, key string)) {
			done(fleetDir, filepath.Join(inside, fleet.PrivateKeyFile))
		}
		ui.publishEdits()
		after, _ := filepath.Glob(filepath.Join(fleetDir, fleet.PublishDir, "*.zip"))
		if len(after) != 2 || !strings.Contains(ui.editing.panel.Status(), "inside") && !strings.Contains(ui.editing.panel.Status(), "内") {
			t.Errorf("%d bundles, status %q; want nothing published and the reason", len(after), ui.editing.panel.Status())
		}
		if _, err := os.Stat(ui.fleet.cfg.Path); err == nil {
			t.Error("the refused key was remembered")
		}
	})
}

// TestKioskStaffChoicesGolden: after the right PIN, the pad offers Edit, Visitors and
// Exit, and under them the bundle the fleet refused.
func TestKioskStaffChoicesGolden(t *testing.T) {
	ku, _ := fleetKioskUI(t, 1)
	ku.ui.fleetNote(fleet.Problem{File: "exhibition-20260701T085900Z-0123456789ab.zip", Reason: fleet.ReasonUnknownKey})
	pad := ku.ui.kiosk.screens.Pin
	pad.Open()
	pad.Result(true, 0)
	ku.pump()
	img := ku.w.Canvas().Capture()
	c := image.Pt(img.Bounds().Dx()/2, img.Bounds().Dy()/2)
	// The white of the pad, inside its rounded corners: the map under the shade moves.
	crop := image.NewRGBA(image.Rect(0, 0, 320, 450))
	draw.Draw(crop, crop.Bounds(), img, c.Sub(image.Pt(160, 225)), draw.Src)
	assertNearImage(t, "kiosk_staff_choices_zh.png", crop)
}
