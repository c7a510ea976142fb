package budget

import (
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	_ "image/jpeg" // the formats read, for image.DecodeConfig
	_ "image/png"
	"io"

	_ "golang.org/x/image/webp"
)

// ErrImage is a header that cannot be read as a JPEG, PNG or WebP image.
var ErrImage = errors.New("not a readable JPEG, PNG or WebP image")

// Image is what an image's header says, and what decoding it whole with
// Go's decoders takes: the pixels themselves at their bit depth, plus what
// interlaced PNG (a second full image, in passes) and progressive JPEG
// (every coefficient, 4 bytes a sample, kept to the end) add.
type Image struct {
	Format        string // "png", "jpeg" or "webp"
	Width, Height int
	Depth         int  // bits per sample: 8 or 16 (PNG), 8 otherwise
	Interlaced    bool // PNG Adam7 or progressive JPEG
	DecodeBytes   int64
}

// Pixels is Width×Height.
func (im Image) Pixels() int64 { return int64(im.Width) * int64(im.Height) }

// describe is "20000×20000 pixels, png, 16-bit, interlaced".
func (im Image) describe() string {
	s := fmt.Sprintf("%d×%d pixels, %s", im.Width, im.Height, im.Format)
	if im.Depth > 8 {
		s += fmt.Sprintf(", %d-bit", im.Depth)
	}
	if im.Interlaced {
		if im.Format == "jpeg" {
			s += ", progressive"
		} else {
			s += ", interlaced"
		}
	}
	return s
}

// Check refuses an image over pixels (a Pixels budget, or TileSide for each
// side) or whose decoding, with extra bytes for what the caller makes of
// it (a converted or scaled copy), is over mem.
func (im Image) Check(file string, pixels, mem Budget, extra int64) error {
	switch {
	case pixels == TileSide && (im.Width > pixels.Int() || im.Height > pixels.Int()):
		return &Error{File: file, Budget: pixels, Got: int64(max(im.Width, im.Height)), Detail: im.describe()}
	case pixels != TileSide && im.Pixels() > pixels.Limit:
		return &Error{File: file, Budget: pixels, Got: im.Pixels(), Detail: im.describe()}
	}
	if cost := im.DecodeBytes + extra; cost > mem.Limit {
		return &Error{File: file, Budget: mem, Got: cost, Detail: im.describe()}
	}
	return nil
}

// PhotoSide is the longest side a photo is shown at (the full-window
// viewer, photo.ViewerSide): CheckPhoto counts the copies made of a photo
// at that size.
const PhotoSide = 1920

// CheckPhoto checks a photo against PhotoPixels and PhotoDecode, counting
// besides the decoding what showing it makes at up to PhotoSide (PhotoCopies):
// a photo it passes can be shown.
func (im Image) CheckPhoto(file string) error {
	return im.Check(file, PhotoPixels, PhotoDecode, PhotoCopies(im.Width, im.Height, PhotoSide))
}

// PhotoCopies is what showing a w×h photo fitted in side×side pixels makes
// besides decoding it: the scaled copy, one of twice its size on the way
// for large reductions, and the turned copy (4 bytes a pixel each). A side
// of 0 or less keeps the size.
func PhotoCopies(w, h, side int) int64 {
	if long := max(w, h); side > 0 && long > side {
		f := float64(side) / float64(long)
		w, h = max(1, int(float64(w)*f+0.5)), max(1, int(float64(h)*f+0.5))
	}
	return 4 * int64(w) * int64(h) * 6
}

// ReadImage reads an image's header from r (image.DecodeConfig, then the
// PNG or JPEG header again for bit depth, interlacing and sampling) and
// returns what decoding it would take; it never decodes pixels. r is read
// from its start; only the header is read.
func ReadImage(r io.ReadSeeker) (Image, error) {
	cfg, format, err := image.DecodeConfig(r)
	if err != nil {
		return Image{}, fmt.Errorf("%w: %v", ErrImage, err)
	}
	im := Image{Format: format, Width: cfg.Width, Height: cfg.Height, Depth: 8}
	if im.Width <= 0 || im.Height <= 0 {
		return im, fmt.Errorf("%w: %s image of %d×%d pixels", ErrImage, format, im.Width, im.Height)
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return im, err
	}
	px := float64(im.Pixels())
	switch format {
	case "png":
		var h [29]byte
		if _, err := io.ReadFull(r, h[:]); err != nil {
			return im, fmt.Errorf("%w: %v", ErrImage, err)
		}
		im.Depth, im.Interlaced = int(h[24]), h[28] != 0
		// Go decodes paletted images at 1 byte a pixel; anything else at 4
		// (8 at 16 bits), grey with a transparent colour included. Adam7
		// passes add a full image before they are merged.
		per := 4.0
		switch {
		case h[25] == 3:
			per = 1
		case im.Depth == 16:
			per = 8
		}
		if im.Interlaced {
			per = 2*per + 0.25 // and each pass's rows
		}
		im.DecodeBytes = int64(px * per)
	case "jpeg":
		f, err := readJPEGFrame(r)
		if err != nil {
			return im, fmt.Errorf("%w: %v", ErrImage, err)
		}
		im.Interlaced = f.progressive
		// The planes at their sampling, a black plane and the CMYK image for
		// four components, and 4 bytes a sample of coefficients when progressive.
		samples := f.samples(im.Width, im.Height)
		cost := samples
		if f.components == 4 {
			cost += 4 * px
		}
		if f.progressive {
			cost += 4 * samples
		}
		im.DecodeBytes = int64(cost)
	case "webp":
		// Lossy: YCbCr 4:2:0; its alpha plane is compressed losslessly and
		// decoded as 32-bit words; lossless: the pixels as 32-bit words, then
		// the NRGBA image.
		per := 2.5
		switch cfg.ColorModel {
		case color.NYCbCrAModel, color.NRGBAModel:
			per = 8
		}
		im.DecodeBytes = int64(px * per)
	default:
		return im, fmt.Errorf("%w: %s", ErrImage, format)
	}
	im.DecodeBytes += decoderOverhead + 16*int64(im.Width) // tables, buffers, rows
	return im, nil
}

// decoderOverhead is what a decoder allocates besides its rows and planes:
// Huffman and zlib tables, buffers.
const decoderOverhead = 64 << 10

// jpegFrame is a JPEG's frame header.
type jpegFrame struct {
	progressive bool
	components  int
	h, v        [4]int // sampling factors
}

// samples is the number of samples the decoder keeps: each component's
// plane, rounded up to whole MCUs.
func (f jpegFrame) samples(w, h int) float64 {
	hmax, vmax := 1, 1
	for i := range f.components {
		hmax, vmax = max(hmax, f.h[i]), max(vmax, f.v[i])
	}
	mxx := (w + 8*hmax - 1) / (8 * hmax)
	myy := (h + 8*vmax - 1) / (8 * vmax)
	var n float64
	for i := range f.components {
		n += float64(mxx*8*f.h[i]) * float64(myy*8*f.v[i])
	}
	return n
}

// readJPEGFrame walks a JPEG's markers to its frame header (SOFn).
func readJPEGFrame(r io.Reader) (jpegFrame, error) {
	var f jpegFrame
	var b [2]byte
	if _, err := io.ReadFull(r, b[:]); err != nil || b != [2]byte{0xff, 0xd8} {
		return f, errors.New("no SOI marker")
	}
	for range 1 << 16 {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return f, err
		}
		for b[0] == 0xff && b[1] == 0xff { // fill bytes
			b[0] = b[1]
			if _, err := io.ReadFull(r, b[1:]); err != nil {
				return f, err
			}
		}
		if b[0] != 0xff {
			return f, fmt.Errorf("marker expected, got %#x", b[0])
		}
		marker := b[1]
		if marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7) {
			continue // no length
		}
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return f, err
		}
		n := int(binary.BigEndian.Uint16(b[:])) - 2
		if n < 0 {
			return f, errors.New("bad segment length")
		}
		switch marker {
		case 0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf:
			seg := make([]byte, n)
			if _, err := io.ReadFull(r, seg); err != nil {
				return f, err
			}
			if len(seg) < 6 {
				return f, errors.New("short frame header")
			}
			f.progressive = marker == 0xc2 || marker == 0xc6 || marker == 0xca || marker == 0xce
			f.components = int(seg[5])
			if f.components < 1 || f.components > 4 || len(seg) < 6+3*f.components {
				return f, fmt.Errorf("%d components", f.components)
			}
			for i := range f.components {
				hv := seg[6+3*i+1]
				f.h[i], f.v[i] = max(int(hv>>4), 1), max(int(hv&15), 1)
			}
			return f, nil
		case 0xd9, 0xda:
			return f, errors.New("no frame header before the scan")
		}
		if _, err := io.CopyN(io.Discard, r, int64(n)); err != nil {
			return f, err
		}
	}
	return f, errors.New("too many markers")
}
