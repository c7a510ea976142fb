package edit

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// openWithRecovery starts an Editor on a new data folder with a recovery file of its own.
func openWithRecovery(t *testing.T, dir, rec string) *Editor {
	t.Helper()
	e, err := Open(dir, Options{Recovery: rec})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return e
}

// keepFigure sets 滕头村's second figure to v and keeps the recovery file.
func keepFigure(t *testing.T, e *Editor, v float64) {
	t.Helper()
	ind := figure(t, e, "tengtou", 1)
	ind.Value = v
	if err := setFigure(e, "tengtou", 1, ind); err != nil {
		t.Fatal(err)
	}
	if err := e.KeepRecovery(); err != nil {
		t.Fatalf("KeepRecovery: %v", err)
	}
}

// TestRecoveryRoundTrip: unsaved edits kept in the recovery file come back, as one
// undoable edit, in the next session on the same folder; Save removes the file.
func TestRecoveryRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "exhibition")
	rec := filepath.Join(t.TempDir(), "recovery", "x.json")
	e := openWithRecovery(t, dir, rec)
	keepFigure(t, e, 86500)
	if _, err := os.Stat(dir); err == nil {
		t.Error("keeping a recovery file created the data folder")
	}

	// The next session: a crash lost the first Editor.
	e2 := openWithRecovery(t, dir, rec)
	r, err := e2.PendingRecovery()
	if err != nil || r == nil {
		t.Fatalf("PendingRecovery: %v, %v; want the kept edits", r != nil, err)
	}
	if len(r.Files) != 1 || !strings.HasSuffix(r.Files[0].Name, ".geojson") {
		t.Errorf("recovery holds %d files, want the one changed layer", len(r.Files))
	}
	if err := e2.Recover(r); err != nil {
		t.Fatalf("Recover: %v", err)
	}
	if v := figure(t, e2, "tengtou", 1).Value; v != 86500 {
		t.Errorf("recovered figure %v, want 86500", v)
	}
	if !e2.Dirty() {
		t.Error("recovered edits count as saved")
	}
	if !e2.Undo() || figure(t, e2, "tengtou", 1).Value == 86500 {
		t.Error("Undo does not take the recovery back")
	}
	e2.Redo()
	if _, err := e2.Save(); err != nil {
		t.Fatalf("Save: %v", err)
	}
	if _, err := os.Stat(rec); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the recovery file is still there after Save (%v)", err)
	}
	if r, _ := openWithRecovery(t, dir, rec).PendingRecovery(); r != nil {
		t.Error("a saved folder still offers a recovery")
	}
}

// TestRecoveryNothingUnsaved: with no unsaved edit KeepRecovery leaves no file, and a
// recovery that matches what is saved is not offered.
func TestRecoveryNothingUnsaved(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "exhibition")
	rec := filepath.Join(t.TempDir(), "r.json")
	e := openWithRecovery(t, dir, rec)
	if err := e.KeepRecovery(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(rec); !errors.Is(err, os.ErrNotExist) {
		t.Error("a recovery file with nothing to recover")
	}
	keepFigure(t, e, 86500)
	b, _ := os.ReadFile(rec)
	if _, err := e.Save(); err != nil {
		t.Fatal(err)
	}
	// A recovery file left by a save whose removal did not happen.
	if err := os.WriteFile(rec, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if r, err := openWithRecovery(t, dir, rec).PendingRecovery(); r != nil || err != nil {
		t.Errorf("a recovery equal to the saved folder is offered (%v, %v)", r != nil, err)
	}
}

// TestRecoveryRefused: a recovery of another folder, of a layer the content lacks, or
// with a bad layer changes nothing and says why.
func TestRecoveryRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "exhibition")
	e := openWithRecovery(t, dir, filepath.Join(t.TempDir(), "r.json"))
	keepFigure(t, e, 86500)
	good, err := e.PendingRecovery()
	if err != nil || good == nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(r *Recovery)
		want string
	}{
		{"another folder", func(r *Recovery) { r.Dir = "/elsewhere" }, "not " + dir},
		{"no such layer", func(r *Recovery) { r.Files[0].Name = "nothere.geojson" }, "no such layer"},
		{"a broken layer", func(r *Recovery) {
			r.Files[0].Data = []byte(`{"type":"FeatureCollection","features":[{"type":"Feature"}]}`)
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e2 := openWithRecovery(t, dir, filepath.Join(t.TempDir(), "r.json"))
			before := figure(t, e2, "tengtou", 1).Value
			r := *good
			r.Files = append(r.Files[:0:0], good.Files...)
			tt.edit(&r)
			err := e2.Recover(&r)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Recover: %v, want an error with %q", err, tt.want)
			}
			if figure(t, e2, "tengtou", 1).Value != before || e2.CanUndo() {
				t.Error("a refused recovery changed the content")
			}
		})
	}
}

// TestParseRecovery: the parser refuses what it did not write.
func TestParseRecovery(t *testing.T) {
	w := time.Date(2026, 11, 30, 3, 0, 0, 0, time.UTC).Format(time.RFC3339)
	tests := []struct {
		name, in, want string
	}{
		{"good", `{"version":1,"dir":"/d","written":"` + w + `","files":[{"name":"a.geojson","data":"{\"type\":\"FeatureCollection\"}"}]}`, ""},
		{"not json", `{`, "unexpected end"},
		{"other version", `{"version":2,"files":[]}`, "version 2"},
		{"a path", `{"version":1,"files":[{"name":"../a.geojson","data":"{}"}]}`, "not a layer file"},
		{"a backslash", `{"version":1,"files":[{"name":"..\\a.geojson","data":"{}"}]}`, "not a layer file"},
		{"not geojson", `{"version":1,"files":[{"name":"a.txt","data":"{}"}]}`, "not a layer file"},
		{"twice", `{"version":1,"files":[{"name":"a.geojson","data":"{}"},{"name":"a.geojson","data":"{}"}]}`, "not a layer file"},
		{"no data", `{"version":1,"files":[{"name":"a.geojson"}]}`, "no data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseRecovery([]byte(tt.in))
			if tt.want == "" {
				if err != nil || r == nil || len(r.Files) != 1 || r.Dir != "/d" {
					t.Fatalf("ParseRecovery: %v, %v", r != nil, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseRecovery: %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// FuzzParseRecovery: no recovery file content makes the parser panic, and what it accepts
// has plain .geojson names only.
func FuzzParseRecovery(f *testing.F) {
	f.Add([]byte(`{"version":1,"dir":"/d","files":[{"name":"a.geojson","data":"{\"type\":\"FeatureCollection\"}"}]}`))
	f.Add([]byte(`{"version":1,"files":[{"name":"../x.geojson","data":"1"}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := ParseRecovery(b)
		if err != nil {
			return
		}
		for _, file := range r.Files {
			if file.Name != filepath.Base(file.Name) || !strings.HasSuffix(file.Name, ".geojson") {
				t.Fatalf("accepted name %q", file.Name)
			}
		}
	})
}

// TestRecoveryWaits: a recovery offered and not yet answered is neither replaced nor
// removed by KeepRecovery; once answered, KeepRecovery keeps this session's edits again.
func TestRecoveryWaits(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "exhibition")
	rec := filepath.Join(t.TempDir(), "r.json")
	e := openWithRecovery(t, dir, rec)
	keepFigure(t, e, 86500)
	kept, _ := os.ReadFile(rec)

	e2 := openWithRecovery(t, dir, rec)
	r, err := e2.PendingRecovery()
	if err != nil || r == nil {
		t.Fatalf("PendingRecovery: %v", err)
	}
	if err := e2.KeepRecovery(); err != nil { // nothing unsaved in e2 yet
		t.Fatal(err)
	}
	if b, err := os.ReadFile(rec); err != nil || string(b) != string(kept) {
		t.Fatalf("the offered recovery was removed or replaced before an answer (%v)", err)
	}
	if err := e2.Recover(r); err != nil {
		t.Fatal(err)
	}
	keepFigure(t, e2, 90000)
	r3, err := openWithRecovery(t, dir, rec).PendingRecovery()
	if err != nil || r3 == nil || !strings.Contains(string(r3.Files[0].Data), "90000") {
		t.Error("after Recover, KeepRecovery does not keep the session's edits")
	}
}
