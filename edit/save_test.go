package edit

import (
	"bytes"
	"errors"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/atomicfile"
	"ningbomap/data"
)

func TestSaveRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "exhibition")
	recorded := map[string][]byte{}
	e, err := Open(dir, Options{Record: func(name string, b []byte) { recorded[name] = b }})
	if err != nil {
		t.Fatal(err)
	}
	ind := figure(t, e, "tengtou", 1)
	ind.Value = 90000
	if err := setFigure(e, "tengtou", 1, ind); err != nil {
		t.Fatal(err)
	}
	if err := setName(e, "gaoni", data.Text{Zh: "高泥村（新）", En: "Gaoni Village (new)"}); err != nil {
		t.Fatal(err)
	}
	if !e.Dirty() {
		t.Error("not dirty after edits")
	}
	written, err := e.Save()
	if err != nil {
		t.Fatal(err)
	}
	if len(written) != 2 {
		t.Errorf("wrote %v, want the two changed layers", written)
	}
	for _, f := range data.EmbeddedLayers() {
		if _, err := os.Stat(filepath.Join(dir, filepath.Base(f.Name))); err != nil {
			t.Errorf("the new folder was not seeded: %v", err)
		}
	}
	for _, w := range written {
		if b, _ := os.ReadFile(w); !bytes.Equal(recorded[w], b) {
			t.Errorf("%s not recorded as the editor's own save", w)
		}
	}
	if e.Dirty() {
		t.Error("dirty right after Save")
	}
	if w, err := e.Save(); err != nil || len(w) != 0 {
		t.Errorf("a second Save wrote %v, %v", w, err)
	}

	ds, err := data.LoadDir(dir)
	if err != nil {
		t.Fatalf("reload: %v", err)
	}
	if !bytes.Equal(encodeAll(t, ds), encodeAll(t, e.Dataset())) {
		t.Error("reloaded content differs from the edited content")
	}
	if err := data.Check(dir); err != nil {
		t.Errorf("check of the saved folder: %v", err)
	}
	again, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if figure(t, again, "tengtou", 1).Value != 90000 || again.Dirty() {
		t.Error("reopened folder lost the edit or is dirty")
	}
}

// TestSaveInterrupted: a save that stops between writing the temporary file
// and renaming it (a crash at that moment) leaves the old file whole and no
// temporary file behind.
func TestSaveInterrupted(t *testing.T) {
	e := open(t)
	if err := setName(e, "tengtou", data.Text{Zh: "滕头", En: "Tengtou"}); err != nil {
		t.Fatal(err)
	}
	written, err := e.Save()
	if err != nil || len(written) != 1 {
		t.Fatalf("Save: %v, %v", written, err)
	}
	old, _ := os.ReadFile(written[0])
	if err := setName(e, "tengtou", data.Text{Zh: "滕头村", En: "Tengtou Village"}); err != nil {
		t.Fatal(err)
	}
	crash := errors.New("power cut")
	var tmpSeen string
	restore := atomicfile.SetTestHook(func(tmp string) error {
		tmpSeen = tmp
		if b, err := os.ReadFile(tmp); err != nil || !bytes.Contains(b, []byte("Tengtou Village")) {
			t.Errorf("temporary file before the rename: %v", err)
		}
		return crash
	})
	_, err = e.Save()
	restore()
	if !errors.Is(err, crash) {
		t.Fatalf("Save: %v, want the injected crash", err)
	}
	if now, _ := os.ReadFile(written[0]); !bytes.Equal(now, old) {
		t.Error("the interrupted save changed the old file")
	}
	if _, err := os.Stat(tmpSeen); !os.IsNotExist(err) {
		t.Errorf("temporary file %s left behind", tmpSeen)
	}
	if !e.Dirty() {
		t.Error("an interrupted save counted as saved")
	}
	if w, err := e.Save(); err != nil || len(w) != 1 {
		t.Errorf("retry: %v, %v", w, err)
	}
}

func TestPhotos(t *testing.T) {
	e := open(t)
	dir := e.Dir()
	src := filepath.Join(t.TempDir(), "IMG_0001.JPEG")
	f, err := os.Create(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(f, image.NewRGBA(image.Rect(0, 0, 40, 30)), nil); err != nil {
		t.Fatal(err)
	}
	f.Close()
	junk := filepath.Join(t.TempDir(), "junk.jpg")
	os.WriteFile(junk, []byte("junk"), 0o644)
	caption := data.Text{Zh: "村口", En: "The village gate"}

	if err := e.AddPhoto("tengtou", junk, caption, "Staff"); err == nil {
		t.Error("a file that is no image was added")
	}
	var r *Refused
	if err := e.AddPhoto("tengtou", src, caption, ""); !errors.As(err, &r) || r.ByField()["photos[1].credit"] == "" {
		t.Errorf("a photo without credit: %v, want refused on photos[1].credit", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, PhotosDir, "*")); len(left) != 0 {
		t.Errorf("a refused photo left %v", left)
	}
	for range 2 {
		if err := e.AddPhoto("tengtou", src, caption, "Staff photographer"); err != nil {
			t.Fatal(err)
		}
	}
	s := e.Dataset().Site("tengtou")
	if len(s.Photos) != 2 || s.Photos[0].File != "photos/tengtou-1.jpg" || s.Photos[1].File != "photos/tengtou-2.jpg" {
		t.Fatalf("photos %+v", s.Photos)
	}
	if _, err := os.Stat(s.PhotoPath(s.Photos[1])); err != nil {
		t.Errorf("copied photo: %v", err)
	}
	if err := e.Edit("tengtou", Photo(1), func(s *data.Site) {
		s.Photos[1].Caption, s.Photos[1].Credit = data.Text{Zh: "田野", En: "Fields"}, "Another"
	}); err != nil {
		t.Fatal(err)
	}
	if err := e.MovePhoto("tengtou", 1, 0); err != nil {
		t.Fatal(err)
	}
	if got := e.Dataset().Site("tengtou").Photos[0]; got.Credit != "Another" || !strings.HasSuffix(got.File, "-2.jpg") {
		t.Errorf("first photo after the move: %+v", got)
	}
	if err := e.RemovePhoto("tengtou", 0); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Save(); err != nil {
		t.Fatal(err)
	}
	if err := data.Check(dir); err != nil {
		t.Errorf("check: %v", err)
	}
	ds, _ := data.LoadDir(dir)
	if got := ds.Site("tengtou").Photos; len(got) != 1 || got[0].Caption != caption {
		t.Errorf("reloaded photos %+v", got)
	}
}

// TestSaveConflict: a layer file edited by hand while the Editor is open,
// or a broken file the map could not load, is not overwritten.
func TestSaveConflict(t *testing.T) {
	e := open(t)
	dir := e.Dir()
	if err := setName(e, "tengtou", data.Text{Zh: "滕头", En: "Tengtou"}); err != nil {
		t.Fatal(err)
	}
	written, err := e.Save()
	if err != nil {
		t.Fatal(err)
	}
	hand := []byte(`{"broken": `)
	if err := os.WriteFile(written[0], hand, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := setName(e, "tengtou", data.Text{Zh: "滕头村", En: "Tengtou Village"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Save(); !errors.Is(err, ErrConflict) {
		t.Errorf("Save over a hand edit: %v, want ErrConflict", err)
	}
	if now, _ := os.ReadFile(written[0]); !bytes.Equal(now, hand) {
		t.Error("the hand edit was overwritten")
	}
	// Opened again, the broken file is not the Editor's to replace either.
	again, _ := Open(dir, Options{})
	if err := setName(again, "tengtou", data.Text{Zh: "滕", En: "Teng"}); err != nil {
		t.Fatal(err)
	}
	if _, err := again.Save(); !errors.Is(err, ErrConflict) {
		t.Errorf("Save over a broken file: %v, want ErrConflict", err)
	}
}

// TestSaveChangedLayersOnly: Save writes the layers edits changed and no other; a layer
// edited and edited back is not changed, and a folder the Editor saved opens again with
// nothing to save: the layer files are written the same every time.
func TestSaveChangedLayersOnly(t *testing.T) {
	e := open(t)
	dir := e.Dir()
	if err := setName(e, "tengtou", data.Text{Zh: "滕头", En: "Tengtou"}); err != nil {
		t.Fatal(err)
	}
	if written, err := e.Save(); err != nil || len(written) != 1 || filepath.Base(written[0]) != "revitalisation.geojson" {
		t.Fatalf("Save wrote %v (%v), want revitalisation.geojson", written, err)
	}
	snapshot := func() map[string]string {
		m := map[string]string{}
		names, _ := filepath.Glob(filepath.Join(dir, "*.geojson"))
		for _, n := range names {
			b, _ := os.ReadFile(n)
			m[filepath.Base(n)] = string(b)
		}
		return m
	}
	saved := snapshot()

	again, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Dirty() {
		t.Error("a folder just saved opens dirty")
	}
	name := again.Dataset().Site("gaoni").Name
	if err := setName(again, "gaoni", data.Text{Zh: "高泥", En: name.En}); err != nil {
		t.Fatal(err)
	}
	if err := setName(again, "gaoni", name); err != nil {
		t.Fatal(err)
	}
	if again.Dirty() {
		t.Error("a name typed and typed back counts as unsaved")
	}
	if w, err := again.Save(); err != nil || len(w) != 0 {
		t.Errorf("Save with nothing changed wrote %v, %v", w, err)
	}
	if err := setName(again, "gaoni", data.Text{Zh: "高泥村（新）", En: name.En}); err != nil {
		t.Fatal(err)
	}
	written, err := again.Save()
	if err != nil || len(written) != 1 || filepath.Base(written[0]) != "service.geojson" {
		t.Fatalf("Save wrote %v (%v), want service.geojson", written, err)
	}
	now := snapshot()
	for name, b := range saved {
		if name != "service.geojson" && now[name] != b {
			t.Errorf("%s changed, though none of its places did", name)
		}
	}
	if now["service.geojson"] == saved["service.geojson"] {
		t.Error("service.geojson was not saved")
	}
}
