package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ningbomap/data"
)

// TestCardGolden renders 滕头村's card alone in both languages and compares it with the
// golden images in testdata/ (a failing run writes the new picture to testdata/failed/).
func TestCardGolden(t *testing.T) {
	for _, l := range []data.Lang{data.Zh, data.En} {
		t.Run(string(l), func(t *testing.T) {
			ds := newTestApp(t, l)
			card := newCard(ds, ds.Site("tengtou"), l, 2, len(ds.Sites), cardActions{})
			w := test.NewTempWindow(t, card)
			w.Resize(fyne.NewSize(460, 900))
			test.AssertImageMatches(t, "card_tengtou_"+string(l)+".png", w.Canvas().Capture())
		})
	}
}

func BenchmarkOpenCard(b *testing.B) {
	ds := newTestApp(b, data.Zh)
	w := test.NewTempWindow(b, nil)
	ui := newMainUI(ds, data.Zh, w, func(func()) {})
	ui.build()
	ui.instant = true
	defer ui.mapView.Close()
	w.SetContent(ui.root)
	w.Resize(fyne.NewSize(1920, 1080))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := ds.Sites[i%len(ds.Sites)]
		ui.selectSite(s, true)
		w.Canvas().Content().Refresh()
	}
}
