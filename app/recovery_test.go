package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"ningbomap/app/locale"
	"ningbomap/data"
	"ningbomap/edit"
)

// TestEditRecovery: unsaved edits are written to the recovery file a moment after they
// are made; a session that starts after a crash offers them back (Restore brings them,
// Discard drops them); Save, and "Don't save" on closing, remove the file.
func TestEditRecovery(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	dir := filepath.Join(t.TempDir(), "exhibition")
	session := func(restore bool, offered *int) *testUI {
		tu := newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{dataDir: dir})
		tu.answerRecoveryWith(func(_ *edit.Recovery, choose func(bool)) { // the question's answer
			*offered++
			choose(restore)
		})
		tu.enterEdit(t)
		tu.tapPlace(t, "tengtou")
		return tu
	}
	value := func(tu *testUI) float64 { return tu.content().Site("tengtou").Indicators[1].Value }
	later := func(tu *testUI, d time.Duration) { tu.tick(time.Now().Add(d)) } // the clock's tick, d later
	edit86500 := func(tu *testUI) string {
		tu.form().SetFigureValue(1, "86500", "")
		later(tu, keepAfter)
		return tu.recoveryFile()
	}
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }

	offered := 0
	first := session(true, &offered)
	rec := edit86500(first)
	if rec == "" || !exists(rec) {
		t.Fatalf("no recovery file at %q after an edit", rec)
	}
	if offered != 0 {
		t.Error("a recovery was offered with none to offer")
	}

	// The app ended without saving; the next session restores.
	second := session(true, &offered)
	if offered != 1 || value(second) != 86500 {
		t.Fatalf("offered %d times, figure %v; want one offer and the edit back", offered, value(second))
	}
	if !second.edits().Dirty() {
		t.Error("the restored edit counts as saved")
	}
	second.tapButton(t, locale.T("edit.save"))
	if exists(rec) {
		t.Error("the recovery file outlived the save")
	}

	t.Run("discard", func(t *testing.T) {
		edit86500(second) // the same value again: nothing unsaved, so no file
		if exists(rec) {
			t.Fatal("a recovery file with nothing unsaved")
		}
		second.form().SetFigureValue(1, "90000", "")
		later(second, keepAfter)
		n := offered
		third := session(false, &offered)
		if offered != n+1 || value(third) != 86500 {
			t.Errorf("offered %d more, figure %v; want one offer and the saved 86500", offered-n, value(third))
		}
		if exists(rec) {
			t.Error("Discard left the recovery file")
		}
	})

	t.Run("close, don't save", func(t *testing.T) {
		tu := session(true, &offered)
		tu.form().SetFigureValue(1, "91000", "")
		later(tu, keepAfter)
		if !exists(rec) {
			t.Fatal("no recovery file")
		}
		tu.answerUnsavedWith(func(_, _ string, choose func(unsavedChoice)) { choose(unsavedSkip) }) // "Don't save"
		closed := false
		tu.closeWindow(func() { closed = true })
		if !closed || exists(rec) {
			t.Errorf("closed %v, recovery file left %v; want closed and no file", closed, exists(rec))
		}
	})

	t.Run("not written before the moment passes", func(t *testing.T) {
		tu := session(true, &offered)
		tu.form().SetFigureValue(1, "92000", "")
		later(tu, 0)
		if exists(rec) {
			t.Error("written at once, before keepAfter")
		}
		later(tu, keepAfter+100*time.Millisecond)
		if !exists(rec) {
			t.Error("not written after keepAfter")
		}
	})

	t.Run("unanswered", func(t *testing.T) {
		b, _ := os.ReadFile(rec)
		tu := newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{dataDir: dir})
		asked := false
		tu.answerRecoveryWith(func(*edit.Recovery, func(bool)) { asked = true }) // the dialog stays open
		tu.enterEdit(t)
		later(tu, time.Minute)
		if now, err := os.ReadFile(rec); !asked || err != nil || string(now) != string(b) {
			t.Errorf("offered %v; the recovery file was removed or replaced while the question was open (%v)", asked, err)
		}
	})

	t.Run("unreadable", func(t *testing.T) {
		if err := os.WriteFile(rec, []byte("{not json"), 0o644); err != nil {
			t.Fatal(err)
		}
		n := offered
		tu := session(true, &offered)
		if offered != n {
			t.Error("an unreadable recovery file was offered")
		}
		if b, err := os.ReadFile(rec); err != nil || string(b) != "{not json" {
			t.Errorf("the unreadable recovery file was changed or removed (%v)", err)
		}
		if _, msg := tu.banner(); !strings.Contains(msg, rec) {
			t.Errorf("the problem banner says %q, want the recovery file named", msg)
		}
	})
}
