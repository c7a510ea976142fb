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
	// Staff's edits keep their recovery file in the test's data home; slow work runs inline.
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	ku := newKioskUIWith(t, "246810", windowConfig{dataDir: t.TempDir()})
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
	ku.joinFleet(fk)
	return ku, fk
}

// TestFleetSwitchAtIdle: an installed exhibition is shown only in the attract loop: not
// while a visitor is active, not during the countdown, not when a visitor touches between
// the folder being read and the switch, not while staff edit; then at the next idle tick,
// and the loop starts afresh over it. The status says which bundle is shown.
func TestFleetSwitchAtIdle(t *testing.T) {
	ku, fk := fleetKioskUI(t, 4242)
	figure := func() float64 { return ku.content().Site("gaoni").Indicators[0].Value }
	old := figure()
	b := fleet.Bundle{File: "exhibition-20260701T085900Z-0123456789ab.zip", Hash: strings.Repeat("ab", 32),
		Published: ku.now.Add(-time.Minute)}
	fk.sw.Ready(b)

	ku.at(30 * time.Second) // a visitor may still be there
	ku.at(21 * time.Second) // 51 s: the countdown, the last moment a visitor can touch
	if ku.kioskState() != kiosk.Countdown || figure() != old {
		t.Fatalf("countdown: state %v, figure %v; want the old %v", ku.kioskState(), figure(), old)
	}
	ku.at(9 * time.Second) // 60 s: the attract loop; the folder is read
	if fk.ready == nil || figure() != old {
		t.Fatalf("attract loop began: read %v, figure %v; want read, not shown yet", fk.ready != nil, figure())
	}
	ku.touch() // a visitor touches before the next tick
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
	if ku.openSite() != ku.content().Overview || ku.kioskState() != kiosk.Attract {
		t.Errorf("after the switch: open %v, state %v; want the loop afresh from the overview", ku.openSite(), ku.kioskState())
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
	ku.staffEdit(t, "246810")
	fk.sw.Ready(fleet.Bundle{File: "b.zip", Published: ku.now})
	for range 5 {
		ku.at(time.Minute)
	}
	if ku.content().Site("gaoni").Indicators[0].Value == 5151 || fk.ready != nil {
		t.Fatal("switched while staff edit")
	}
	ku.tapButton(t, locale.T("edit.done"))
	if ku.mode() == editing {
		t.Fatal("Done left the kiosk in edit mode")
	}
	ku.at(61 * time.Second)
	ku.at(200 * time.Millisecond)
	ku.at(200 * time.Millisecond)
	if got := ku.content().Site("gaoni").Indicators[0].Value; got != 5151 {
		t.Fatalf("after editing, idle: figure %v, want 5151", got)
	}
	if ku.editorFolder() != fk.dir || ku.edits() != nil {
		t.Error("the editor still edits the content shown before the switch")
	}
}

// TestFleetRefusalForStaff: a refused bundle is told to staff under the PIN pad's
// choices, also after the screens are rebuilt in another language; visitors see nothing.
func TestFleetRefusalForStaff(t *testing.T) {
	ku, fk := fleetKioskUI(t, 1)
	before := ku.content().Site("gaoni").Indicators[0].Value
	ku.fleetRefused(fleet.Problem{File: "exhibition-x.zip", Reason: fleet.ReasonUnknownKey})
	if n := ku.screens().Note(); !strings.Contains(n, "exhibition-x.zip") || !strings.Contains(n, fleet.ReasonUnknownKey) {
		t.Errorf("note %q", n)
	}
	if ku.pin().Visible() {
		t.Error("the pad opened by itself: visitors would see the note")
	}
	ku.switchLanguage(t)
	if n := ku.screens().Note(); n != fk.refused || n == "" {
		t.Errorf("after a language switch: note %q, want %q", n, fk.refused)
	}
	if got := ku.content().Site("gaoni").Indicators[0].Value; got != before {
		t.Errorf("figure %v after a refusal, want %v", got, before)
	}
}

// TestVisitorsDashboardWindow: the top bar's button shows the dashboard over the window,
// it stays on top when the window is rebuilt, Back closes it; in a kiosk the staff open
// it behind the PIN and the kiosk's idle closes it.
func TestVisitorsDashboardWindow(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	frames := make(chan func(), 64)
	tu := newTestUIOn(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{async: async{
		post: func(f func()) { frames <- f }, // the dashboard's results come back through pump
	}}, frames)
	tu.countUsageIn(t.TempDir())
	onTop := func() bool { _, _, top := tu.dashboard(); return top }
	shown := func(tu *testUI) bool { _, s, _ := tu.dashboard(); return s }
	tu.tapButton(t, locale.T("visitors.open")) // the top bar's 观众统计
	tu.pump()
	if !onTop() {
		t.Fatal("the dashboard is not on top")
	}
	tu.switchLanguage(t)
	tu.pump()
	if !onTop() {
		t.Fatal("a language switch took the dashboard away")
	}
	if back := locale.T("visitors.back"); !contains(texts(tu.dashboardObject()), back) {
		t.Errorf("after the switch to English the dashboard has no %q: %q", back, texts(tu.dashboardObject()))
	}
	tu.dashboardBack(t)
	if shown(tu) {
		t.Fatal("Back left the dashboard on the screen")
	}
	tu.rebuild()
	if shown(tu) {
		t.Fatal("a rebuild brought the closed dashboard back")
	}

	var ku *kioskUI
	ku = newKioskUIWith(t, "246810", windowConfig{async: async{
		spawn: func(f func()) { f() },
		post:  func(f func()) { ku.frames <- f },
	}})
	ku.countUsageIn(t.TempDir())
	ku.pin().Open()
	ku.pin().Result(true, 0)
	ku.pin().Visitors()
	ku.pump()
	if open, _, _ := ku.dashboard(); !open || ku.pin().Visible() {
		t.Fatalf("staff's Visitors: open %v, pad %v", open, ku.pin().Visible())
	}
	ku.at(50 * time.Second)
	test.Scroll(ku.w.Canvas(), fyne.NewPos(900, 700), 0, -40) // staff still reading
	ku.at(20 * time.Second)
	if open, _, _ := ku.dashboard(); !open {
		t.Fatal("the dashboard closed under the staff's hands")
	}
	ku.at(61 * time.Second)
	if open, shown, _ := ku.dashboard(); open || shown {
		t.Fatal("the kiosk's idle left the dashboard open")
	}
}

// TestPublishButton: the first Publish asks for the fleet folder and key, remembers them
// in the configuration (with the fleet_key that goes with the key), saves the edits and
// writes a bundle the kiosks accept; the second asks nothing. A key inside the fleet
// folder is refused and nothing is published.
func TestPublishButton(t *testing.T) {
	tu := newEditUIWith(t, windowConfig{async: inline()})
	home := t.TempDir()
	cfg := kiosk.Default()
	cfg.Path = filepath.Join(home, "kiosk.toml")
	tu.startedWith(cfg)
	os.WriteFile(cfg.Path, []byte("# the office laptop\nlang = \"zh\"\n"), 0o600)
	fleetDir := filepath.Join(home, "fleet")
	pub, err := fleet.Keygen(filepath.Join(home, "keys"))
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(home, "keys", fleet.PrivateKeyFile)
	asked := 0
	tu.answerFleetWith(func(_, _ string, done func(dir, key string)) { asked++; done(fleetDir, keyFile) })

	p := tu.form()
	p.SetFigureValue(0, "777", "")
	tu.tapButton(t, locale.T("edit.publish"))
	bundles, _ := filepath.Glob(filepath.Join(fleetDir, fleet.PublishDir, "*.zip"))
	if len(bundles) != 1 || asked != 1 {
		t.Fatalf("published %v after %d questions, want one bundle after one", bundles, asked)
	}
	b, err := fleet.Verify(bundles[0], pub)
	if err != nil {
		t.Fatalf("the kiosks would refuse it: %v", err)
	}
	if tu.edits().Dirty() {
		t.Error("the edits were not saved first")
	}
	saved, err := kiosk.Load(cfg.Path)
	if err != nil {
		t.Fatal(err)
	}
	if saved.FleetDir() != fleetDir || saved.PublishKeyFile() != keyFile || saved.FleetKey != pub.String() || saved.Lang != "zh" {
		t.Errorf("configuration: fleet %q publish_key %q fleet_key %q lang %q", saved.Fleet, saved.PublishKey, saved.FleetKey, saved.Lang)
	}
	if !strings.Contains(tu.form().Status(), b.File) {
		t.Errorf("status %q does not name %s", tu.form().Status(), b.File)
	}

	time.Sleep(1100 * time.Millisecond) // bundles are named by the second
	p.SetFigureValue(0, "778", "")
	tu.tapButton(t, locale.T("edit.publish"))
	bundles, _ = filepath.Glob(filepath.Join(fleetDir, fleet.PublishDir, "*.zip"))
	if len(bundles) != 2 || asked != 1 {
		t.Fatalf("second publish: %d bundles after %d questions, want 2 after 1", len(bundles), asked)
	}

	t.Run("key inside the fleet folder", func(t *testing.T) {
		inside := filepath.Join(fleetDir, "keys")
		if _, err := fleet.Keygen(inside); err != nil {
			t.Fatal(err)
		}
		cfg := kiosk.Default()
		cfg.Path = filepath.Join(t.TempDir(), "kiosk.toml")
		tu.startedWith(cfg)
		tu.answerFleetWith(func(_, _ string, done func(dir, key string)) {
			done(fleetDir, filepath.Join(inside, fleet.PrivateKeyFile))
		})
		tu.tapButton(t, locale.T("edit.publish"))
		after, _ := filepath.Glob(filepath.Join(fleetDir, fleet.PublishDir, "*.zip"))
		if len(after) != 2 || !strings.Contains(tu.form().Status(), "inside") && !strings.Contains(tu.form().Status(), "内") {
			t.Errorf("%d bundles, status %q; want nothing published and the reason", len(after), tu.form().Status())
		}
		if _, err := os.Stat(cfg.Path); err == nil {
			t.Error("the refused key was remembered")
		}
	})
}

// TestKioskStaffChoicesGolden: after the right PIN, the pad offers Edit, Visitors and
// Exit, and under them the bundle the fleet refused.
func TestKioskStaffChoicesGolden(t *testing.T) {
	ku, _ := fleetKioskUI(t, 1)
	ku.fleetRefused(fleet.Problem{File: "exhibition-20260701T085900Z-0123456789ab.zip", Reason: fleet.ReasonUnknownKey})
	pad := ku.pin()
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
