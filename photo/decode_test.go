package photo

import (
	"encoding/binary"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"ningbomap/budget"
	"ningbomap/data"
)

func TestOrient(t *testing.T) {
	// A 2×1 picture, A then B, stored so that orientation o shows it upright.
	a, b := color.RGBA{1, 0, 0, 255}, color.RGBA{2, 0, 0, 255}
	tests := []struct {
		o    Orientation
		w, h int
		want []color.RGBA // upright pixels row by row
	}{
		{Upright, 2, 1, []color.RGBA{a, b}},
		{MirrorH, 2, 1, []color.RGBA{b, a}},
		{Rotate180, 2, 1, []color.RGBA{b, a}},
		{MirrorV, 2, 1, []color.RGBA{a, b}},
		{Transpose, 1, 2, []color.RGBA{a, b}},
		{Rotate90CW, 1, 2, []color.RGBA{a, b}},
		{Transverse, 1, 2, []color.RGBA{b, a}},
		{Rotate90CCW, 1, 2, []color.RGBA{b, a}},
	}
	for _, tc := range tests {
		t.Run(string(rune('0'+tc.o)), func(t *testing.T) {
			src := image.NewRGBA(image.Rect(0, 0, 2, 1))
			src.SetRGBA(0, 0, a)
			src.SetRGBA(1, 0, b)
			got := Orient(src, tc.o)
			if got.Bounds().Dx() != tc.w || got.Bounds().Dy() != tc.h {
				t.Fatalf("size %v, want %dx%d", got.Bounds(), tc.w, tc.h)
			}
			i := 0
			for y := 0; y < tc.h; y++ {
				for x := 0; x < tc.w; x++ {
					if c := got.RGBAAt(x, y); c != tc.want[i] {
						t.Errorf("pixel (%d,%d) = %v, want %v", x, y, c, tc.want[i])
					}
					i++
				}
			}
		})
	}
}

func TestJPEGOrientation(t *testing.T) {
	plain := encodeJPEG(t, halfRed(8, 4), 90)
	tests := []struct {
		name string
		b    []byte
		want Orientation
	}{
		{"no exif", plain, Upright},
		{"big-endian 6", withOrientation(plain, Rotate90CW, binary.BigEndian), Rotate90CW},
		{"little-endian 8", withOrientation(plain, Rotate90CCW, binary.LittleEndian), Rotate90CCW},
		{"little-endian 3", withOrientation(plain, Rotate180, binary.LittleEndian), Rotate180},
		{"out of range", withOrientation(plain, 9, binary.BigEndian), Upright},
		{"not a jpeg", []byte("GIF89a"), Upright},
		{"truncated", withOrientation(plain, Rotate90CW, binary.BigEndian)[:20], Upright},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := JPEGOrientation(tc.b); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}

func TestDecodeUpright(t *testing.T) {
	// A phone held upright stores the picture on its side with orientation 6:
	// the stored left half (red) is the top of the picture.
	b := withOrientation(encodeJPEG(t, halfRed(80, 40), 95), Rotate90CW, binary.BigEndian)
	dir := t.TempDir()
	img, err := Decode(writeFile(t, dir, "side.jpg", b), 0)
	if err != nil {
		t.Fatal(err)
	}
	if s := img.Bounds().Size(); s != image.Pt(40, 80) {
		t.Fatalf("size %v, want 40x80 (upright)", s)
	}
	if c := img.RGBAAt(20, 10); c.R < 200 || c.B > 60 {
		t.Errorf("top is %v, want red", c)
	}
	if c := img.RGBAAt(20, 70); c.B < 200 || c.R > 60 {
		t.Errorf("bottom is %v, want blue", c)
	}
}

func TestDecodeDownscales(t *testing.T) {
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "wide.png"))
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, halfRed(1000, 500)); err != nil {
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		maxSide int
		want    image.Point
	}{{100, image.Pt(100, 50)}, {400, image.Pt(400, 200)}, {2000, image.Pt(1000, 500)}, {0, image.Pt(1000, 500)}}
	for _, tc := range tests {
		img, err := Decode(f.Name(), tc.maxSide)
		if err != nil {
			t.Fatal(err)
		}
		if got := img.Bounds().Size(); got != tc.want {
			t.Errorf("maxSide %d: size %v, want %v", tc.maxSide, got, tc.want)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.jpg")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, budget.PhotoFile.Limit+1); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		is         error
	}{
		{"missing", filepath.Join(dir, "none.jpg"), os.ErrNotExist},
		{"junk", writeFile(t, dir, "junk.jpg", []byte("hello")), nil},
		{"over 50 MB", huge, ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.path, 100)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v is not %v", err, tc.is)
			}
		})
	}
}

func TestCredits(t *testing.T) {
	p := func(c string) data.Photo { return data.Photo{Credit: c} }
	got := Credits(p("A"), p(" "), p("B"), p("A "))
	if len(got) != 2 || got[0] != "A" || got[1] != "B" {
		t.Errorf("Credits = %q, want [A B]", got)
	}
	s := &data.Site{Photos: []data.Photo{p("A"), p("B")}}
	if got := SiteCredits(s, false); len(got) != 1 {
		t.Errorf("SiteCredits(first only) = %q", got)
	}
	if got := SiteCredits(&data.Site{}, true); got != nil {
		t.Errorf("no photos: %q, want none", got)
	}
}

func FuzzJPEGOrientation(f *testing.F) {
	plain := encodeJPEG(f, halfRed(8, 4), 90)
	f.Add(plain)
	f.Add(withOrientation(plain, Rotate90CW, binary.BigEndian))
	f.Add(withOrientation(plain, Transverse, binary.LittleEndian)[:60])
	f.Fuzz(func(t *testing.T, b []byte) {
		if o := JPEGOrientation(b); o < Upright || o > Rotate90CCW {
			t.Fatalf("orientation %d out of range", o)
		}
	})
}
