package card_test

import (
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ningbomap/app/card"
	"ningbomap/data"
	"ningbomap/photo"
)

// BenchmarkCardPhotoCached fills and paints 滕头村's card with a 24-megapixel JPEG whose
// card-sized copy is already cached (the budget: ≤ 100 ms a card), against the same card
// without the photo. Painting is Fyne's software capture of the whole 460×900 card.
func BenchmarkCardPhotoCached(b *testing.B) {
	ds := newTestApp(b, data.En)
	dir := b.TempDir()
	img := image.NewRGBA(image.Rect(0, 0, 6000, 4000))
	for y := range 4000 {
		for x := range 6000 {
			img.SetRGBA(x, y, color.RGBA{uint8(x / 24), uint8(y / 16), uint8((x + y) / 40), 0xFF})
		}
	}
	f, err := os.Create(filepath.Join(dir, "big.jpg"))
	if err != nil {
		b.Fatal(err)
	}
	if err := jpeg.Encode(f, img, &jpeg.Options{Quality: 85}); err != nil {
		b.Fatal(err)
	}
	f.Close()
	s := *ds.Site("tengtou")
	s.File = filepath.Join(dir, "places.geojson")
	s.Photos = []data.Photo{{File: "big.jpg", Caption: data.Text{Zh: "大图", En: "Large"}, Credit: "Test"}}
	loader := photo.NewLoader(photo.LoaderOptions{})
	defer loader.Close()
	v := card.NewView(card.Actions{})
	v.SetPhotos(card.Photos{Loader: loader})
	w := test.NewTempWindow(b, v.Root)
	w.Resize(fyne.NewSize(460, 900))
	v.Show(ds, &s, data.En, 2, len(ds.Sites)) // decodes once
	if _, ok := loader.Cached(s.PhotoPath(s.Photos[0]), photo.CardSide); !ok {
		b.Fatal("the photo was not cached")
	}
	other := ds.Site("gaoni")
	// The card's own work, refilled and laid out without painting (in the window, OpenGL
	// paints it; the test driver's software capture below costs ~100 ms for any card).
	for _, c := range []struct {
		name string
		site *data.Site
	}{{"refill-photo", &s}, {"refill-no-photo", ds.Site("tengtou")}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				v.Show(ds, other, data.En, 3, len(ds.Sites))
				v.Show(ds, c.site, data.En, 2, len(ds.Sites))
				v.Root.Resize(fyne.NewSize(460, 900))
				v.Root.Refresh()
			}
		})
	}
	for _, c := range []struct {
		name string
		site *data.Site
	}{{"photo", &s}, {"no-photo", ds.Site("tengtou")}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				v.Show(ds, other, data.En, 3, len(ds.Sites)) // another card first, so each Show refills
				v.Show(ds, c.site, data.En, 2, len(ds.Sites))
				_ = w.Canvas().Capture()
			}
		})
	}
}
