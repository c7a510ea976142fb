package card_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ningbomap/app"
	"ningbomap/app/card"
	"ningbomap/app/style"
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
