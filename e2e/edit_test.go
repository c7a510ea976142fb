package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestE2EEditFigure: in the real window, enter edit mode, change 滕头村's second figure
// (net income per villager) and save; quit; start again on the same data folder, and
// the card shows the new figure.
func TestE2EEditFigure(t *testing.T) {
	requireX(t)
	dir := filepath.Join(t.TempDir(), "exhibition")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	env := []string{"LANG=en_US.UTF-8", "NINGBOMAP_TRACE=1"}
	a := start(t, env, "--size", "1280x800", "--data", dir, "--usage-dir", "-")
	at := func(x, y int) (string, string) { return itoa(a.rect.Min.X + x), itoa(a.rect.Min.Y + y) }
	click := func(x, y int) {
		cx, cy := at(x, y)
		xdo(t, "mousemove", cx, cy, "click", "1")
		time.Sleep(700 * time.Millisecond)
	}
	a.waitLine("trace: first-frame", 30*time.Second)
	click(1237, 28) // Edit, at the right end of the top bar
	// The search field: its left part (the top bar's buttons take more room as they come).
	got := a.search("Tengtou", "Tengtou Village", func(int) { click(480, 28) })
	if !strings.HasPrefix(got, "Tengtou Village") {
		save(t, "edit-search.png", screenshot(t))
		t.Fatalf("window title %q, want Tengtou Village", got)
	}
	// Scroll the form (over its scroll bar, so no text field takes the wheel) down to the
	// second figure, whose value field is then at (1155, 718).
	cx, cy := at(1274, 500)
	xdo(t, "mousemove", cx, cy)
	for range 30 {
		xdo(t, "click", "5")
	}
	time.Sleep(500 * time.Millisecond)
	click(1155, 718)
	xdo(t, "key", "--window", a.win, "ctrl+a")
	xdo(t, "type", "--delay", "60", "86500")
	time.Sleep(500 * time.Millisecond)
	save(t, "edit-figure.png", screenshot(t))
	click(934, 76) // Save
	layer := filepath.Join(dir, "revitalisation.geojson")
	deadline := time.Now().Add(10 * time.Second)
	for {
		b, _ := os.ReadFile(layer)
		if strings.Contains(string(b), "86500") {
			break
		}
		if time.Now().After(deadline) {
			save(t, "edit-save.png", screenshot(t))
			t.Fatalf("%s does not hold the new value after saving", layer)
		}
		time.Sleep(200 * time.Millisecond)
	}
	_ = a.cmd.Process.Kill()
	_, _ = a.cmd.Process.Wait()

	b := start(t, env, "--size", "1280x800", "--data", dir, "--usage-dir", "-")
	b.waitLine("trace: first-frame", 30*time.Second)
	b.search("Tengtou", "Tengtou Village", b.ctrlF) // the card's figures, below, tell
	line := b.waitLine("trace: card-figures tengtou", 10*time.Second)
	save(t, "edit-restart.png", screenshot(t))
	if !strings.Contains(line.text, "86,500 yuan") {
		t.Errorf("after a restart the card shows %q, want 86,500 yuan", line.text)
	}
}
