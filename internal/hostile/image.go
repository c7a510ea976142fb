// Package hostile writes well-formed, hostile files for tests: images whose
// headers claim billions of pixels, tile files whose directories or
// metadata are huge, MBTiles whose tables are endless views, usage files of
// garbage, layers of millions of points or with enormous names. Each is
// small on disk and written by streaming, so making one costs little memory;
// what it would cost to read is the point of the tests that use them.
package hostile

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"io"
	"os"
)

// PNG writes a PNG of width×height pixels, all zero, with the given bit
// depth, colour type (0 grey, 2 RGB, 4 grey+alpha, 6 RGBA) and interlacing
// (Adam7 when interlaced), streaming the compressed rows.
func PNG(w io.Writer, width, height int, depth, colorType uint8, interlaced bool) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = depth, colorType
	if interlaced {
		ihdr[12] = 1
	}
	writeChunk(bw, "IHDR", ihdr)
	channels := map[uint8]int{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colorType]
	bitsPerPixel := channels * int(depth)
	var idat bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&idat, zlib.BestCompression)
	flush := func() {
		if idat.Len() >= 1<<16 {
			writeChunk(bw, "IDAT", idat.Bytes())
			idat.Reset()
		}
	}
	rows := func(pw, ph int) error {
		if pw == 0 || ph == 0 {
			return nil
		}
		row := make([]byte, 1+(pw*bitsPerPixel+7)/8)
		for range ph {
			if _, err := zw.Write(row); err != nil {
				return err
			}
			flush()
		}
		return nil
	}
	if interlaced {
		for _, p := range adam7 {
			pw := (width - p.x + p.dx - 1) / p.dx
			ph := (height - p.y + p.dy - 1) / p.dy
			if err := rows(max(pw, 0), max(ph, 0)); err != nil {
				return err
			}
		}
	} else if err := rows(width, height); err != nil {
		return err
	}
	zw.Close()
	writeChunk(bw, "IDAT", idat.Bytes())
	writeChunk(bw, "IEND", nil)
	return bw.Flush()
}

// PNGHeader returns the start of a PNG whose header says width×height
// pixels (see PNG) and that holds no pixels: enough for header checks.
func PNGHeader(width, height int, depth, colorType uint8, interlaced bool) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = depth, colorType
	if interlaced {
		ihdr[12] = 1
	}
	writeChunk(&b, "IHDR", ihdr)
	writeChunk(&b, "IEND", nil)
	return b.Bytes()
}

var adam7 = []struct{ x, y, dx, dy int }{
	{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2},
}

func writeChunk(w io.Writer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	w.Write([]byte(kind))
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	w.Write(n[:])
}

// ProgressiveJPEG writes a progressive JPEG (SOF2) of width×height pixels
// with three components at full resolution (4:4:4): a single DC scan of
// zero coefficients, one bit a block. Go's decoder keeps every coefficient
// of a progressive image until the end: 12 bytes a pixel besides the image.
func ProgressiveJPEG(w io.Writer, width, height int) error {
	bw := bufio.NewWriter(w)
	seg := func(marker byte, body []byte) {
		bw.Write([]byte{0xff, marker})
		binary.Write(bw, binary.BigEndian, uint16(len(body)+2))
		bw.Write(body)
	}
	bw.Write([]byte{0xff, 0xd8}) // SOI
	q := make([]byte, 65)        // table 0, 8-bit, all ones
	for i := 1; i < 65; i++ {
		q[i] = 1
	}
	seg(0xdb, q)
	sof := []byte{8, byte(height >> 8), byte(height), byte(width >> 8), byte(width), 3}
	for c := byte(1); c <= 3; c++ {
		sof = append(sof, c, 0x11, 0)
	}
	seg(0xc2, sof)
	// DC table 0: one code of length 1 for category 0.
	dht := []byte{0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	seg(0xc4, dht)
	// DC first scan over the three components, successive approximation 0.
	seg(0xda, []byte{3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 0, 0})
	blocks := ((width + 7) / 8) * ((height + 7) / 8) * 3
	zero := make([]byte, 1<<16)
	for left := (blocks + 7) / 8; left > 0; left -= len(zero) {
		bw.Write(zero[:min(left, len(zero))])
	}
	bw.Write([]byte{0xff, 0xd9}) // EOI
	return bw.Flush()
}

// writeFile writes a file through fill.
func writeFile(path string, fill func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fill(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// PNGFile writes PNG to path.
func PNGFile(path string, width, height int, depth, colorType uint8, interlaced bool) error {
	return writeFile(path, func(w io.Writer) error { return PNG(w, width, height, depth, colorType, interlaced) })
}

// ProgressiveJPEGFile writes ProgressiveJPEG to path.
func ProgressiveJPEGFile(path string, width, height int) error {
	return writeFile(path, func(w io.Writer) error { return ProgressiveJPEG(w, width, height) })
}
