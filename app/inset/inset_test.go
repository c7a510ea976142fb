package inset

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestCorner puts what the inset must keep clear of in each of the corners it could take:
// it takes another, and has none on a map too small for one.
func TestCorner(t *testing.T) {
	area := fyne.NewSize(1000, 700)
	first, ok := Corner(area, nil)
	if !ok {
		t.Fatal("no corner for the inset on a 1000x700 map")
	}
	at := func(p fyne.Position) Box { // a selected place in the middle of the corner at p
		x, y := p.X+Width/2, p.Y+Height/2
		return Box{x - 33, y - 33, x + 33, y + 33}
	}
	second, ok := Corner(area, []Box{at(first)})
	if !ok || second == first {
		t.Fatalf("with the place under the inset's corner %v it went to %v (ok %v)", first, second, ok)
	}
	third, ok := Corner(area, []Box{at(first), at(second)})
	if !ok || third == first || third == second {
		t.Fatalf("with two corners taken it went to %v (ok %v)", third, ok)
	}
	if p, ok := Corner(area, []Box{at(first), at(second), at(third)}); ok {
		t.Errorf("with every corner taken it went to %v", p)
	}
	if _, ok := Corner(fyne.NewSize(300, 250), nil); ok {
		t.Error("a 300x250 map has a corner for the inset")
	}
	// The layer panel on the left keeps it from the bottom-left corner.
	panel := Box{0, 0, 300, 700}
	for _, keep := range [][]Box{{panel, at(first), at(second)}} {
		if p, ok := Corner(area, keep); ok {
			t.Errorf("with the panel and two corners taken it went to %v", p)
		}
	}
}
