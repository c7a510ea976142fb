package card_test

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ningbomap/app"
	"ningbomap/app/card"
	"ningbomap/app/contrastcheck"
	"ningbomap/app/style"
	"ningbomap/contrast"
	"ningbomap/data"
)

// TestCardGolden renders 滕头村's card alone in both languages and compares it with the
// golden images in testdata/ (a failing run writes the new picture to testdata/failed/).
func TestCardGolden(t *testing.T) {
	for _, l := range []data.Lang{data.Zh, data.En} {
		t.Run(string(l), func(t *testing.T) {
			ds := newTestApp(t, l)
			card := card.New(ds, ds.Site("tengtou"), l, 2, len(ds.Sites), card.Actions{})
			w := test.NewTempWindow(t, card)
			w.Resize(fyne.NewSize(460, 900))
			test.AssertImageMatches(t, "card_tengtou_"+string(l)+".png", w.Canvas().Capture())
		})
	}
}

// TestOverviewCardGolden: the Ningbo overview card, the first a visitor sees, in both
// languages: bold headings, and lines broken as a printed page breaks them.
func TestOverviewCardGolden(t *testing.T) {
	for _, l := range []data.Lang{data.Zh, data.En} {
		t.Run(string(l), func(t *testing.T) {
			ds := newTestApp(t, l)
			c := card.New(ds, ds.Overview, l, 0, len(ds.Sites), card.Actions{})
			w := test.NewTempWindow(t, c)
			w.Resize(fyne.NewSize(460, 1400))
			w.Canvas().Capture() // the paragraphs break for their width, then the card lays out again
			test.AssertImageMatches(t, "card_overview_"+string(l)+".png", w.Canvas().Capture())
		})
	}
}

// closing and opening are the punctuation no line may begin, or end, with.
const (
	closing = "，。、；：？！）」』》”’…,.;:?!)"
	opening = "（「『《“‘("
)

// TestNoForbiddenLineStarts opens every card in both languages at widths from a phone's
// to a side panel's and checks every line of every paragraph.
func TestNoForbiddenLineStarts(t *testing.T) {
	for _, l := range []data.Lang{data.Zh, data.En} {
		ds := newTestApp(t, l)
		sites := append([]*data.Site{ds.Overview}, ds.Sites...)
		for _, width := range []float32{320, 460, 640, 900} {
			for _, s := range sites {
				c := card.New(ds, s, l, 1, len(ds.Sites), card.Actions{})
				w := test.NewWindow(c)
				w.Resize(fyne.NewSize(width, 1600)) // lays out: each paragraph breaks for its width
				n := 0
				walkParagraphs(c, func(p *style.Paragraph) {
					for _, line := range p.Lines() {
						n++
						r := []rune(line)
						if len(r) == 0 {
							continue
						}
						if strings.ContainsRune(closing, r[0]) {
							t.Errorf("%s %s at %.0f: a line begins with %q: %q", l, s.ID, width, r[0], line)
						}
						if strings.ContainsRune(opening, r[len(r)-1]) {
							t.Errorf("%s %s at %.0f: a line ends with %q: %q", l, s.ID, width, r[len(r)-1], line)
						}
					}
				})
				if n == 0 {
					t.Fatalf("%s %s: no paragraphs found", l, s.ID)
				}
				w.Close()
			}
		}
	}
}

func walkParagraphs(o fyne.CanvasObject, f func(*style.Paragraph)) {
	switch v := o.(type) {
	case *style.Paragraph:
		f(v)
		return
	case *fyne.Container:
		for _, c := range v.Objects {
			walkParagraphs(c, f)
		}
		return
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, c := range test.WidgetRenderer(w).Objects() {
			walkParagraphs(c, f)
		}
	}
}

// newTestApp starts Fyne's test app with the map's theme in language l and loads the
// embedded data.
func newTestApp(t testing.TB, l data.Lang) *data.Dataset {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(style.NewTheme())
	t.Setenv("LANGUAGE", "")
	if err := app.SetLanguage(l); err != nil {
		t.Fatal(err)
	}
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	return ds
}

// TestCardsContrast renders every card in both languages, the overview's too, at the
// kiosk's zoom and at a laptop's, scrolled to the top and to the end, and measures every
// text against what is behind it: at least 4.5:1, 3:1 for large text (WCAG 2.2 AA).
func TestCardsContrast(t *testing.T) {
	if testing.Short() {
		t.Skip("renders every card four times")
	}
	for _, l := range []data.Lang{data.Zh, data.En} {
		for _, zoom := range []float32{1, 1.25} {
			t.Run(fmt.Sprintf("%s zoom %g", l, zoom), func(t *testing.T) {
				ds := newTestApp(t, l)
				th := style.NewTheme()
				th.Zoom = zoom
				fyne.CurrentApp().Settings().SetTheme(th)
				view := card.NewView(card.Actions{})
				w := test.NewTempWindow(t, view.Root)
				w.Resize(fyne.NewSize(460*zoom, 1000))
				var worst contrast.Result
				n := 0
				for _, s := range append([]*data.Site{ds.Overview}, ds.Sites...) {
					view.Show(ds, s, l, 1, len(ds.Sites))
					for _, end := range []bool{false, true} {
						if end {
							view.ScrollToEnd()
						}
						rs := contrastcheck.Measure(w.Canvas())
						n += len(rs)
						for _, r := range contrast.Failures(rs) {
							t.Errorf("%s (end %v): %v", s.ID, end, r)
						}
						if wr, ok := contrast.Worst(rs); ok && (worst.Floor == 0 || wr.Ratio/wr.Floor < worst.Ratio/worst.Floor) {
							worst = wr
						}
					}
				}
				t.Logf("%d texts measured; the worst: %v", n, worst)
			})
		}
	}
}
