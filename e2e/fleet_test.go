//go:build unix

package e2e

import (
	"archive/zip"
	"bytes"
	"io"
	"os"

	"path/filepath"
	"strings"
	"testing"
	"time"

	"ningbomap/data"
	"ningbomap/edit"
	"ningbomap/fleet"
	"ningbomap/internal/syncthingtest"
	"ningbomap/tour"
)

// fleetWait bounds every wait for Syncthing: a first sync on loopback takes about 20 s,
// more on a busy machine.
const fleetWait = 120 * time.Second

// TestE2EFleet runs a fleet through two real Syncthing instances on 127.0.0.1, an office
// and a kiosk, with the real kiosk window: the office publishes an exhibition in which
// the attract loop's first place has a changed figure, and the kiosk window shows that
// figure on the place's card within 60 s (at its next idle moment, the attract loop);
// a visitor's search reaches the kiosk's usage; its status and usage arrive at the
// office, and `fleet status` and `stats --fleet` show them. Then a tampered bundle and
// one signed by another key are refused and reported, in the kiosk's status and to staff,
// and the window keeps showing the good figure.
func TestE2EFleet(t *testing.T) {
	requireX(t)
	syncthingtest.Require(t)
	const id = "hall-a-1"
	sf := syncthingtest.NewFleet(t, id, fleetWait)
	t.Logf("Syncthing instances up and connected after %v", sf.Connected.Round(time.Millisecond))
	bin := binary(t)

	keyDir := t.TempDir()
	pub, err := fleet.Keygen(keyDir)
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(keyDir, fleet.PrivateKeyFile)
	first, firstName := firstStop(t)
	cfg := kioskConfig(t, "idle_seconds = 10\ncountdown_seconds = 2\ndwell_base_seconds = 2\ndwell_max_seconds = 3\n"+
		"lang = \"en\"\nfleet = \""+sf.KioskDir+"\"\nfleet_key = \""+pub.String()+"\"\nkiosk_id = \""+id+"\"\n")
	a := start(t, []string{"LANG=en_US.UTF-8", "NINGBOMAP_TRACE=1"}, "--config", cfg)
	a.waitLine("trace: first-frame", 30*time.Second)

	// 1. The office publishes a changed figure; the window shows it within 60 s.
	dir, want := exhibitionWith(t, first, 4242)
	published := time.Now()
	b, err := fleet.Publish(dir, sf.OfficeDir, keyFile)
	if err != nil {
		t.Fatal(err)
	}
	a.waitLine("trace: fleet-switch "+b.File, 60*time.Second)
	switched := time.Since(published)
	line := "trace: card-figures " + first + " " + want
	shown := a.waitLine(line, 60*time.Second-switched)
	took := time.Since(published)
	a.waitTitle(firstName, 3*time.Second) // the card is on the screen, for its dwell
	save(t, "fleet-switched.png", screenshot(t))
	t.Logf("published to switched %v, to the figure on the card %v (%s)", switched.Round(time.Millisecond),
		took.Round(time.Millisecond), strings.TrimPrefix(shown.text, "trace: "))
	if took > 60*time.Second {
		t.Fatalf("the figure took %v, want ≤ 60 s", took)
	}

	// 2. A visitor searches for a place: its card opens and is counted in the kiosk's usage.
	got := a.search("gaoni", "Gaoni Village", func(try int) {
		xdo(t, "mousemove", itoa(a.rect.Min.X+a.rect.Dx()/3), itoa(a.rect.Min.Y+a.rect.Dy()*2/3), "click", "1")
		time.Sleep(500 * time.Millisecond)
		a.ctrlF(try)
	})
	if !strings.HasPrefix(got, "Gaoni Village") {
		save(t, "fleet-search.png", screenshot(t))
		t.Fatalf("window title %q after searching, want Gaoni Village", got)
	}

	// 3. Its status and usage arrive at the office; the commands show them.
	syncthingtest.Wait(t, fleetWait, "the kiosk's status and usage reach the office", func() bool {
		f, err := fleet.Statuses(sf.OfficeDir, time.Now())
		if err != nil || len(f.Kiosks) != 1 || !f.Kiosks[0].OK() {
			return false
		}
		u, err := fleet.Stats(sf.OfficeDir, time.Time{}, "")
		return err == nil && len(u.Kiosks) == 1 && rowOf(u, "gaoni") > 0
	}, sf.Office, sf.Kiosk)
	code, out, _ := runCLI(t, bin, "fleet", "status", "--fleet", sf.OfficeDir)
	if code != 0 || !strings.Contains(out, id) || !strings.Contains(out, b.File[:20]) {
		t.Errorf("fleet status: exit %d\n%s\nwant status 0, the kiosk and its bundle", code, out)
	}
	code, out, _ = runCLI(t, bin, "stats", "--fleet", sf.OfficeDir, "--csv")
	if code != 0 || !strings.Contains(out, "gaoni") || !strings.Contains(out, id) {
		t.Errorf("stats --fleet: exit %d\n%s\nwant gaoni counted for %s", code, out, id)
	}

	// 4. A bundle signed by another key and a tampered one: refused, reported, the good
	// figure stays on the screen.
	otherDir := t.TempDir()
	if _, err := fleet.Keygen(otherDir); err != nil {
		t.Fatal(err)
	}
	forgedSrc, _ := exhibitionWith(t, first, 6666)
	stage := t.TempDir()
	time.Sleep(1100 * time.Millisecond) // bundles are named by the second
	forged, err := fleet.Publish(forgedSrc, stage, filepath.Join(otherDir, fleet.PrivateKeyFile))
	if err != nil {
		t.Fatal(err)
	}
	goodSrc, _ := exhibitionWith(t, first, 7777)
	time.Sleep(1100 * time.Millisecond)
	good, err := fleet.Publish(goodSrc, stage, keyFile)
	if err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join(stage, fleet.PublishDir, forged.File), filepath.Join(sf.OfficeDir, fleet.PublishDir, forged.File))
	tamper(t, filepath.Join(stage, fleet.PublishDir, good.File), filepath.Join(sf.OfficeDir, fleet.PublishDir, good.File), "7777", "7778")
	sf.Published(t)
	refused := map[string]bool{}
	for len(refused) < 2 {
		l := a.waitLine("trace: fleet-", fleetWait)
		if strings.HasPrefix(l.text, "trace: fleet-switch") || strings.HasPrefix(l.text, "trace: fleet-installed") {
			t.Fatalf("the kiosk took a bad bundle: %s", l.text)
		}
		if f, ok := strings.CutPrefix(l.text, "trace: fleet-refused "); ok {
			refused[strings.Fields(f)[0]] = true
		}
	}
	if !refused[forged.File] || !refused[good.File] {
		t.Errorf("refused %v, want %s and %s", refused, forged.File, good.File)
	}
	// Left alone, the attract loop comes back to the first place: still the good figure.
	a.waitLine(line, 60*time.Second)
	a.waitTitle(firstName, 3*time.Second)
	save(t, "fleet-after-refusals.png", screenshot(t))
	syncthingtest.Wait(t, fleetWait, "the office sees the kiosk's refusal", func() bool {
		f, err := fleet.Statuses(sf.OfficeDir, time.Now())
		if err != nil || len(f.Kiosks) != 1 {
			return false
		}
		k := f.Kiosks[0]
		return k.Status != nil && k.Status.Problem != nil && k.Status.Shown != nil && k.Status.Shown.Hash == b.Hash
	}, sf.Office, sf.Kiosk)
	code, out, _ = runCLI(t, bin, "fleet", "status", "--fleet", sf.OfficeDir)
	if code != 1 || !strings.Contains(out, id) {
		t.Errorf("fleet status after the refusals: exit %d\n%s\nwant status 1 and the kiosk's problem", code, out)
	}
	t.Logf("fleet status at the office:\n%s", out)
}

// firstStop is the id and English name of the first place of the attract loop (after
// the overview).
func firstStop(t *testing.T) (string, string) {
	t.Helper()
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range tour.Stops(ds.Sites) {
		if site := ds.Site(s.ID); site != nil && !site.IsOverview() && len(site.Indicators) > 0 {
			return s.ID, site.Name.In(data.En)
		}
	}
	t.Fatal("no place with figures in the tour")
	return "", ""
}

// exhibitionWith saves the embedded exhibition into a new folder with the first figure of
// place id set to value, as the editor does, and returns the folder and the figures the
// card then shows in English (as the trace prints them).
func exhibitionWith(t *testing.T, id string, value float64) (string, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "exhibition")
	e, err := edit.Open(dir, edit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Edit(id, edit.Figure(0), func(s *data.Site) { s.Indicators[0].Value = value }); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Save(); err != nil {
		t.Fatal(err)
	}
	ds, err := data.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := ds.Site(id)
	figs := make([]string, len(s.Indicators))
	for i, ind := range s.Indicators {
		figs[i] = ind.Format(data.En).Text
	}
	return dir, strings.Join(figs, " | ")
}

// rowOf is how often place was opened across the fleet.
func rowOf(u fleet.Usage, place string) int {
	for _, r := range u.Places {
		if r.Place == place {
			return r.Opens
		}
	}
	return 0
}

// copyFile copies src to dst.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// tamper copies the bundle src to dst with old replaced by new in its files, keeping
// its signature (the zip comment): the manifest's checksums no longer match.
func tamper(t *testing.T, src, dst, old, new string) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	changed := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if !changed && bytes.Contains(body, []byte(old)) && !strings.Contains(f.Name, "manifest") {
			body, changed = bytes.Replace(body, []byte(old), []byte(new), 1), true
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	if !changed {
		t.Fatalf("%s holds no %q to change", src, old)
	}
	zw.SetComment(zr.Comment)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
