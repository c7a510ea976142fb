package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"ningbomap/app/locale"
	"ningbomap/data"
)

// extraFolder is a --data folder holding the extra layer of data/testdata/good, and that
// layer's file content.
func extraFolder(t *testing.T) (folder *dataFolder, path string, good []byte) {
	t.Helper()
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join("..", "data", "testdata", "good", "extra.geojson"))
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(dir, "extra.geojson")
	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	_, folder, err = loadDataFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	return folder, path, good
}

// TestReloadKeepsMapAndCard edits a --data folder's layer file under a running UI: the
// new place appears, the open card and the map position stay; a broken save shows the
// banner and keeps the last good layer; fixing it clears the banner.
func TestReloadKeepsMapAndCard(t *testing.T) {
	tu := newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{async: inline()})
	folder, path, good := extraFolder(t)
	tu.tapPlace(t, "gaoni")
	tu.mapView().ShowView(tu.content().Site("gaoni").Point, 14)
	before := tu.mapView().Viewport()
	places := len(tu.content().Sites)

	tu.reload(folder)
	if len(tu.content().Sites) <= places {
		t.Fatalf("the folder's places did not appear: %d, before %d", len(tu.content().Sites), places)
	}
	withExtra := len(tu.content().Sites)
	if got := tu.opened(); got != "gaoni" {
		t.Errorf("the open card was lost: %q", got)
	}
	if v := tu.mapView().Viewport(); v.Center != before.Center || v.Zoom != before.Zoom {
		t.Errorf("the map moved: %v z%.2f, was %v z%.2f", v.Center, v.Zoom, before.Center, before.Zoom)
	}

	if err := os.WriteFile(path, good[:len(good)/3], 0o644); err != nil {
		t.Fatal(err)
	}
	tu.reload(folder)
	if on, text := tu.banner(); !on || !strings.Contains(text, "extra.geojson") {
		t.Errorf("broken save: banner %v %q", on, text)
	}
	tu.switchLanguage(t) // the problem stays on the screen, headed in English
	if on, text := tu.banner(); !on || !strings.Contains(text, "extra.geojson") || !strings.HasPrefix(text, locale.T("problems.title")) {
		t.Errorf("after a switch of language: banner %v %q", on, text)
	}
	if len(tu.content().Sites) != withExtra {
		t.Errorf("broken save: %d places, want the last good %d", len(tu.content().Sites), withExtra)
	}

	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	tu.reload(folder)
	if on, text := tu.banner(); on {
		t.Errorf("fixed file: the banner stayed: %q", text)
	}
}

// TestReloadOpensOnce: a reload under an open card shows the card once, indexes the
// markers and hands them to the map once, and names the window once.
func TestReloadOpensOnce(t *testing.T) {
	tu := newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{async: inline()})
	folder, _, _ := extraFolder(t)
	tu.tapPlace(t, "gaoni")
	before := tu.counts()
	tu.reload(folder)
	got := tu.counts()
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"cards shown", got.cards - before.cards, 1},
		{"marker indexes built", got.indexes - before.indexes, 1},
		{"marker scenes handed to the map", got.markers - before.markers, 1},
		{"window titles", got.titles - before.titles, 1},
	} {
		if c.got != c.want {
			t.Errorf("a reload: %d %s, want %d", c.got, c.what, c.want)
		}
	}
	if tu.opened() != "gaoni" {
		t.Errorf("after the reload %q is open, want gaoni", tu.opened())
	}
}

// TestEveryWayOfOpeningIsCounted opens cards the ways a visitor and the content can: each
// place read counts once in the usage log, whether it opened by a tap, a key, a search or
// the tour, and a reload or a language switch under it does not count it again.
func TestEveryWayOfOpeningIsCounted(t *testing.T) {
	rec := &countingUsage{places: map[string]int{}}
	tu := newTestUIWith(t, data.Zh, fyne.NewSize(1280, 800), windowConfig{async: inline(), usage: rec})
	folder, _, _ := extraFolder(t)
	tu.tapPlace(t, "gaoni")
	tu.reload(folder)
	tu.switchLanguage(t)
	tu.key(fyne.KeyPageDown)
	next := tu.opened()
	tu.search("tengtou")
	tu.submitSearch()
	tu.key(fyne.KeyHome)
	overview := tu.opened()
	for id, want := range map[string]int{"gaoni": 1, next: 1, "tengtou": 1, overview: 2} {
		if got := rec.places[id]; got != want {
			t.Errorf("%s counted %d times, want %d (all: %v)", id, got, want, rec.places)
		}
	}
}
