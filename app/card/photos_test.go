package card_test

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ningbomap/app/card"
	"ningbomap/data"
	"ningbomap/photo"
)

// sidewaysJPEG is a JPEG stored w×h (left half red, right half blue) with an EXIF
// orientation of 6, as a phone held upright writes it: shown upright it is h×w with the
// red half on top.
func sidewaysJPEG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.RGBA{0x20, 0x40, 0xC0, 0xFF}
			if x < w/2 {
				c = color.RGBA{0xC0, 0x20, 0x20, 0xFF}
			}
			img.SetRGBA(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 95}); err != nil {
		t.Fatal(err)
	}
	var tiff bytes.Buffer
	bo := binary.BigEndian
	tiff.WriteString("MM")
	put := func(v any) { _ = binary.Write(&tiff, bo, v) }
	put(uint16(42))
	put(uint32(8))
	put(uint16(1))
	put(uint16(0x0112)) // orientation
	put(uint16(3))
	put(uint32(1))
	put(uint16(photo.Rotate90CW))
	put(uint16(0))
	put(uint32(0))
	seg := append([]byte("Exif\x00\x00"), tiff.Bytes()...)
	out := []byte{0xFF, 0xD8, 0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(out[4:], uint16(len(seg)+2))
	out = append(out, seg...)
	return append(out, b.Bytes()[2:]...)
}

// withPhotos is a copy of 滕头村 with three photos written into a folder of the test's
// own: a sideways phone photo first, then two for the strip.
func withPhotos(t *testing.T, ds *data.Dataset) *data.Site {
	t.Helper()
	dir := t.TempDir()
	s := *ds.Site("tengtou")
	s.File = filepath.Join(dir, "places.geojson")
	if err := os.MkdirAll(filepath.Join(dir, "photos"), 0o755); err != nil {
		t.Fatal(err)
	}
	names := []string{"gate.jpg", "fields.jpg", "hall.jpg"}
	for i, n := range names {
		if err := os.WriteFile(filepath.Join(dir, "photos", n), sidewaysJPEG(t, 120+40*i, 80), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s.Photos = []data.Photo{
		{File: "photos/gate.jpg", Caption: data.Text{Zh: "村口", En: "The village gate"}, Credit: "Ningbo Daily"},
		{File: "photos/fields.jpg", Caption: data.Text{Zh: "田野", En: "Fields"}, Credit: "Staff"},
		{File: "photos/hall.jpg", Caption: data.Text{Zh: "礼堂", En: "The hall"}, Credit: "Ningbo Daily"},
	}
	return &s
}

// TestCardPhotos shows 滕头村 with photos: the sideways photo stands upright above the
// story at no more than twice its size, the others form a strip, and the source line
// names the photos' credits once each. The picture is compared with a golden image.
func TestCardPhotos(t *testing.T) {
	ds := newTestApp(t, data.En)
	s := withPhotos(t, ds)
	loader := photo.NewLoader(photo.LoaderOptions{})
	defer loader.Close()
	v := card.NewView(card.Actions{})
	v.SetPhotos(card.Photos{Loader: loader}) // no Post: Show waits for the decoding
	w := test.NewTempWindow(t, v.Root)
	w.Resize(fyne.NewSize(460, 900))
	v.Show(ds, s, data.En, 2, len(ds.Sites))

	img, ok := loader.Cached(s.PhotoPath(s.Photos[0]), photo.CardSide)
	if !ok {
		t.Fatal("the first photo was not decoded by Show")
	}
	if b := img.Bounds(); b.Dx() != 80 || b.Dy() != 120 {
		t.Errorf("first photo is %dx%d, want 80x120 (upright)", b.Dx(), b.Dy())
	}
	if r, _, bl, _ := img.At(40, 10).RGBA(); r < bl {
		t.Errorf("the top of the upright photo is not red: %v", img.At(40, 10))
	}
	hero, strip := v.PhotoSizes()
	if hero.Width != 160 || hero.Height != 240 {
		t.Errorf("first photo shown at %v, want 160x240 (2× its pixels, no more)", hero)
	}
	if len(strip) != 2 {
		t.Errorf("strip has %d photos, want 2", len(strip))
	}
	src := v.SourceText()
	if !strings.Contains(src, "Photos: Ningbo Daily, Staff") || strings.Count(src, "Ningbo Daily") != 1 {
		t.Errorf("source line %q does not credit the photos once each", src)
	}
	test.AssertImageMatches(t, "card_tengtou_photos_en.png", w.Canvas().Capture())

	v.Show(ds, ds.Site("tengtou"), data.En, 2, len(ds.Sites))
	if strings.Contains(v.SourceText(), "Photos") {
		t.Errorf("a card without photos credits photos: %q", v.SourceText())
	}
}

// TestViewer turns through the photos with the keys and a swipe, and Esc closes it.
func TestViewer(t *testing.T) {
	ds := newTestApp(t, data.En)
	s := withPhotos(t, ds)
	loader := photo.NewLoader(photo.LoaderOptions{})
	defer loader.Close()
	closed := false
	v := card.NewViewer(card.Photos{Loader: loader}, s, data.En, 0, func() { closed = true })
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(800, 600))
	steps := []struct {
		name string
		do   func()
		want int
	}{
		{"right arrow", func() { v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) }, 1},
		{"swipe left", func() { v.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: -100}}); v.DragEnd() }, 2},
		{"round to the first", func() { v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) }, 0},
		{"left arrow goes round", func() { v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) }, 2},
		{"short drag does nothing", func() { v.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 20}}); v.DragEnd() }, 2},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.do()
			if v.At() != st.want {
				t.Errorf("at photo %d, want %d", v.At(), st.want)
			}
		})
	}
	if !strings.Contains(v.CaptionText(), "The hall") || !strings.Contains(v.CaptionText(), "Ningbo Daily") {
		t.Errorf("caption and credit %q", v.CaptionText())
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !closed {
		t.Error("Esc did not close the viewer")
	}
}
