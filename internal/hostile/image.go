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
	"encoding/binary"
	"hash/crc32"
	"io"
	"os"
)

// PNG writes a PNG of width×height pixels, all zero, with the given bit
// depth, colour type (0 grey, 2 RGB, 4 grey+alpha, 6 RGBA) and interlacing
// (Adam7 when interlaced). Its image data is written as a deflate stream
// made by hand (see zeroZlib), so that a picture of gigabytes costs
// milliseconds to make.
func PNG(w io.Writer, width, height int, depth, colorType uint8, interlaced bool) error {
	bw := bufio.NewWriter(w)
	writeHead(bw, width, height, depth, colorType, interlaced)
	channels := map[uint8]int{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colorType]
	bitsPerPixel := int64(channels) * int64(depth)
	rows := func(pw, ph int64) int64 { // a filter byte and the row, a row each
		if pw <= 0 || ph <= 0 {
			return 0
		}
		return ph * (1 + (pw*bitsPerPixel+7)/8)
	}
	var n int64
	if interlaced {
		for _, p := range adam7 {
			n += rows(int64((width-p.x+p.dx-1)/p.dx), int64((height-p.y+p.dy-1)/p.dy))
		}
	} else {
		n = rows(int64(width), int64(height))
	}
	data := zeroZlib(n)
	for len(data) > 0 {
		k := min(len(data), 1<<20)
		writeChunk(bw, "IDAT", data[:k])
		data = data[k:]
	}
	writeChunk(bw, "IEND", nil)
	return bw.Flush()
}

// zeroZlib returns a zlib stream of n zero bytes (n ≥ 1): one block of
// fixed Huffman codes, a literal zero, then copies of 258 bytes at
// distance 1 (13 bits each, as zlib itself would write them), then the
// remaining zeros as literals.
func zeroZlib(n int64) []byte {
	var bw bitWriter
	bw.out = []byte{0x78, 0x01}
	bw.bits(1, 1) // BFINAL
	bw.bits(1, 2) // fixed Huffman codes
	literal0 := func() { bw.code(0x30, 8) }
	literal0()
	left := n - 1
	for ; left >= 258; left -= 258 {
		bw.code(0xc5, 8) // length 258: symbol 285
		bw.code(0, 5)    // distance 1: code 0
	}
	for ; left > 0; left-- {
		literal0()
	}
	bw.code(0, 7) // end of block: symbol 256
	bw.flush()
	adler := uint32(n%65521)<<16 | 1 // a = 1, b = n·1, for zeros
	return binary.BigEndian.AppendUint32(bw.out, adler)
}

// bitWriter writes deflate's bit stream: values least significant bit
// first, Huffman codes most significant bit first.
type bitWriter struct {
	out  []byte
	acc  uint64
	nacc uint
}

func (b *bitWriter) bits(v uint64, n uint) {
	b.acc |= v << b.nacc
	b.nacc += n
	for b.nacc >= 8 {
		b.out = append(b.out, byte(b.acc))
		b.acc >>= 8
		b.nacc -= 8
	}
}

func (b *bitWriter) code(c uint64, n uint) {
	var r uint64
	for i := range n {
		r |= (c >> i & 1) << (n - 1 - i)
	}
	b.bits(r, n)
}

func (b *bitWriter) flush() {
	if b.nacc > 0 {
		b.out = append(b.out, byte(b.acc))
		b.acc, b.nacc = 0, 0
	}
}

// PNGHeader returns the start of a PNG whose header says width×height
// pixels (see PNG) and that holds no pixels: enough for header checks.
func PNGHeader(width, height int, depth, colorType uint8, interlaced bool) []byte {
	var b bytes.Buffer
	writeHead(&b, width, height, depth, colorType, interlaced)
	writeChunk(&b, "IEND", nil)
	return b.Bytes()
}

// writeHead writes a PNG's signature and its IHDR chunk: width×height
// pixels of the bit depth and colour type, Adam7 interlaced or not.
func writeHead(w io.Writer, width, height int, depth, colorType uint8, interlaced bool) {
	io.WriteString(w, "\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = depth, colorType
	if interlaced {
		ihdr[12] = 1
	}
	writeChunk(w, "IHDR", ihdr)
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
