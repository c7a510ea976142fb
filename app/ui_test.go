package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ningbomap/data"
)

func TestTapMarkerOpensCard(t *testing.T) {
	for _, tt := range []struct {
		lang   data.Lang
		figure string
		name   string
	}{
		{data.Zh, "130.60亿元", "滕头村"},
		{data.En, "13.06 billion yuan", "Tengtou Village"},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			tu := newTestUI(t, tt.lang, fyne.NewSize(1280, 800))
			tu.tapPlace(t, "tengtou")
			if got := tu.opened(); got != "tengtou" {
				t.Fatalf("opened %q, want tengtou", got)
			}
			got := tu.cardTexts()
			for _, want := range []string{tt.name, tt.figure} {
				if !contains(got, want) {
					t.Errorf("card does not show %q; it shows %q", want, got)
				}
			}
			if !strings.HasPrefix(tu.title(), tt.name) {
				t.Errorf("window title %q does not name the place", tu.title())
			}
		})
	}
}

func TestTapFingerJitterIsStillATap(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	s := tu.content().Site("gaoni")
	m := tu.mapView()
	m.ShowView(s.Point, 13)
	tu.pump()
	x, y := m.Viewport().Project(s.Point)
	pos := m.PositionOf(x, y)
	m.MouseDown(mouseEvent(pos))
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pos}, Dragged: fyne.Delta{DX: 3, DY: -2}})
	m.DragEnd()
	m.MouseUp(mouseEvent(pos))
	tu.pump()
	if got := tu.opened(); got != "gaoni" {
		t.Fatalf("a press that moved 3.6 units did not open the card: opened %q", got)
	}
}

func TestSearchInitials(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	got := tu.search("tt")
	if len(got) == 0 || !strings.HasPrefix(got[0], "滕头村") {
		t.Fatalf("search tt lists %q; want 滕头村 first", got)
	}
	tu.submitSearch() // Enter opens the first result
	if got := tu.opened(); got != "tengtou" {
		t.Errorf("Enter opened %q, want tengtou", got)
	}
}

func TestPageDownWalksTheTour(t *testing.T) {
	tu := newTestUI(t, data.En, fyne.NewSize(1280, 800))
	sites := tu.content().Sites
	for i, want := range sites {
		tu.key(fyne.KeyPageDown)
		if got := tu.opened(); got != want.ID {
			t.Fatalf("PgDn #%d opened %q, want %s", i+1, got, want.ID)
		}
		if want.Tour != i+1 {
			t.Errorf("%s has tour %d at position %d", want.ID, want.Tour, i+1)
		}
	}
	tu.key(fyne.KeyPageDown)
	if got := tu.openSite(); got != tu.content().Overview {
		t.Errorf("after the last place PgDn opened %v, want the overview", got)
	}
	tu.key(fyne.KeyPageUp)
	if last := sites[len(sites)-1]; tu.openSite() != last {
		t.Errorf("PgUp from the overview opened %v, want %s", tu.openSite(), last.ID)
	}
	tu.key(fyne.KeyEscape)
	if got := tu.opened(); got != "" {
		t.Errorf("Esc left %q open", got)
	}
}

func TestLayerToggleHidesTheme(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	check := tu.legendCheck("减负提能助善治")
	if check == nil {
		t.Fatal("no legend switch for the governance theme")
	}
	if !check.Checked {
		t.Fatal("governance starts hidden")
	}
	governance := func() (onMap, inTour int) {
		for _, s := range tu.placesOnMap() {
			if s.Theme == data.ThemeGovernance {
				onMap++
			}
		}
		// The tour is PgDn's walk: count its governance places until it wraps.
		tu.key(fyne.KeyHome)
		for i := 0; i < len(tu.content().Sites)+1; i++ {
			tu.key(fyne.KeyPageDown)
			s := tu.openSite()
			if s == nil || s.IsOverview() {
				break
			}
			if s.Theme == data.ThemeGovernance {
				inTour++
			}
		}
		tu.key(fyne.KeyHome)
		return onMap, inTour
	}
	test.Tap(check)
	tu.pump()
	if onMap, inTour := governance(); onMap+inTour > 0 {
		t.Errorf("switched off, governance still has %d places on the map and %d in the tour", onMap, inTour)
	}
	test.Tap(check)
	tu.pump()
	if onMap, inTour := governance(); onMap == 0 || inTour == 0 {
		t.Error("switching the layer back on did not bring its places back")
	}
}

func TestLanguageSwitchRebuilds(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(1280, 800))
	tu.tapPlace(t, "tengtou")
	tu.switchLanguage(t)
	if got := tu.cardTexts(); !contains(got, "13.06 billion yuan") {
		t.Errorf("after switching to English the card shows %q", got)
	}
	if !strings.HasPrefix(tu.title(), "Tengtou Village") {
		t.Errorf("after switching to English the title is %q", tu.title())
	}
	if got := tu.opened(); got != "tengtou" {
		t.Errorf("the open card was lost: %q", got)
	}
}

func TestNarrowWindowUsesBottomSheet(t *testing.T) {
	tu := newTestUI(t, data.Zh, fyne.NewSize(700, 900))
	tu.tapPlace(t, "tengtou")
	card := tu.card()
	if card.Position().X != 0 || card.Position().Y <= 0 || card.Size().Width < 690 {
		t.Errorf("card at %v size %v: want a bottom sheet across the window", card.Position(), card.Size())
	}
	tu2 := newTestUI(t, data.Zh, fyne.NewSize(1400, 900))
	tu2.tapPlace(t, "tengtou")
	if c := tu2.card(); c.Position().X <= 0 || c.Size().Height < 700 {
		t.Errorf("wide window: card at %v size %v, want a side panel", c.Position(), c.Size())
	}
}
