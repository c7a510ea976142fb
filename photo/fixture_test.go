package photo

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

// withOrientation inserts an EXIF APP1 segment with orientation o (in byte
// order bo) right after the SOI marker of a JPEG.
func withOrientation(jpg []byte, o Orientation, bo binary.ByteOrder) []byte {
	var tiff bytes.Buffer
	if bo == binary.LittleEndian {
		tiff.WriteString("II")
	} else {
		tiff.WriteString("MM")
	}
	w := func(v any) { _ = binary.Write(&tiff, bo, v) }
	w(uint16(42))
	w(uint32(8))
	w(uint16(2)) // two entries: an unrelated tag first
	w(uint16(0x010F))
	w(uint16(2))
	w(uint32(4))
	tiff.WriteString("ACME")
	w(uint16(orientationTag))
	w(uint16(3))
	w(uint32(1))
	w(uint16(o))
	w(uint16(0))
	w(uint32(0))
	seg := append([]byte("Exif\x00\x00"), tiff.Bytes()...)
	out := []byte{0xFF, 0xD8, 0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(out[4:], uint16(len(seg)+2))
	out = append(out, seg...)
	return append(out, jpg[2:]...)
}

// halfRed is a w×h picture whose left half is red and right half blue.
func halfRed(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.RGBA{0, 0, 255, 255}
			if x < w/2 {
				c = color.RGBA{255, 0, 0, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

func encodeJPEG(t testing.TB, img image.Image, q int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: q}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// bigJPEG encodes a 6000×4000 (24 MP) photo-like picture: gradients with
// mild noise, as a camera at ISO 400 gives (a JPEG of about 6 MB).
func bigJPEG(t testing.TB) []byte {
	t.Helper()
	const w, h = 6000, 4000
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	r := rand.New(rand.NewSource(1))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Y[y*img.YStride+x] = uint8(x*200/w + y*40/h + r.Intn(8))
		}
	}
	for y := 0; y < h/2; y++ {
		for x := 0; x < w/2; x++ {
			img.Cb[y*img.CStride+x] = uint8(100 + x*50/(w/2) + r.Intn(4))
			img.Cr[y*img.CStride+x] = uint8(140 - y*40/(h/2) + r.Intn(4))
		}
	}
	return encodeJPEG(t, img, 90)
}

func writeFile(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
