package tiles

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/paulmach/orb"

	"ningbomap/budget"
)

// PMTiles v3 (github.com/protomaps/PMTiles, spec/v3/spec.md): a 127-byte
// header, a root directory, JSON metadata, leaf directories and tile data.
const pmHeaderLen = 127

// Compression codes of the PMTiles header.
const (
	pmNone = 1
	pmGzip = 2
)

var pmTypes = map[byte]string{1: "mvt", 2: "png", 3: "jpg", 4: "webp", 5: "avif", 6: "mlt"}

type pmHeader struct {
	rootOff, rootLen, metaOff, metaLen, leafOff, leafLen, dataOff, dataLen uint64
	internal, tileComp, tileType                                           byte
	minZoom, maxZoom                                                       byte
	bounds                                                                 orb.Bound
}

func parsePMHeader(b []byte) (pmHeader, error) {
	var h pmHeader
	if len(b) >= 8 && string(b[:7]) == "PMTiles" && b[7] != 3 {
		return h, fmt.Errorf("PMTiles version %d: only version 3 is read: %w", b[7], ErrNotTileFile)
	}
	if len(b) < pmHeaderLen || string(b[:7]) != "PMTiles" {
		return h, fmt.Errorf("%w: PMTiles header too short", ErrNotTileFile)
	}
	u := func(i int) uint64 { return binary.LittleEndian.Uint64(b[i:]) }
	deg := func(i int) float64 { return float64(int32(binary.LittleEndian.Uint32(b[i:]))) / 1e7 }
	h = pmHeader{
		rootOff: u(8), rootLen: u(16), metaOff: u(24), metaLen: u(32),
		leafOff: u(40), leafLen: u(48), dataOff: u(56), dataLen: u(64),
		internal: b[97], tileComp: b[98], tileType: b[99], minZoom: b[100], maxZoom: b[101],
		bounds: orb.Bound{Min: orb.Point{deg(102), deg(106)}, Max: orb.Point{deg(110), deg(114)}},
	}
	return h, nil
}

type pmEntry struct {
	id, offset uint64
	length     uint32
	run        uint32
}

// pmtiles reads a PMTiles v3 file through ReadAt.
type pmtiles struct {
	f    *os.File
	size int64
	h    pmHeader
	root []pmEntry
	info Meta

	mu      sync.Mutex
	leaves  map[uint64][]pmEntry // by offset in the leaf section; bounded
	entries int                  // in leaves, at most budget.TileCacheEntries
}

func openPMTiles(f *os.File) (reader, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	b := make([]byte, pmHeaderLen)
	n, err := f.ReadAt(b, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	h, err := parsePMHeader(b[:n])
	if err != nil {
		return nil, err
	}
	p := &pmtiles{f: f, size: st.Size(), h: h, leaves: map[uint64][]pmEntry{}}
	if h.internal != pmNone && h.internal != pmGzip {
		return nil, fmt.Errorf("directory compression %d: only none and gzip are read", h.internal)
	}
	if h.tileComp != pmNone && h.tileComp != pmGzip && h.tileComp != 0 {
		return nil, fmt.Errorf("tile compression %d: only none and gzip are read", h.tileComp)
	}
	if p.root, err = p.directory(h.rootOff, h.rootLen); err != nil {
		return nil, fmt.Errorf("root directory: %w", err)
	}
	p.info = Meta{Format: pmTypes[h.tileType], MinZoom: int(h.minZoom), MaxZoom: int(h.maxZoom), Bounds: h.bounds}
	if h.tileType == 0 {
		p.info.Format = ""
	} else if p.info.Format == "" {
		p.info.Format = fmt.Sprintf("type %d", h.tileType)
	}
	if h.metaLen > 0 {
		raw, err := p.section(h.metaOff, h.metaLen, h.internal, budget.TileMetadata)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrNoMetadata, err)
		}
		var js struct {
			Name        string `json:"name"`
			Attribution string `json:"attribution"`
		}
		if err := json.Unmarshal(raw, &js); err != nil {
			return nil, fmt.Errorf("metadata is not JSON: %w", err)
		}
		p.info.Name, p.info.Attribution = js.Name, js.Attribution
	}
	return p, nil
}

// section reads length bytes at off and decompresses them, each within the
// budget b.
func (p *pmtiles) section(off, length uint64, comp byte, bud budget.Budget) ([]byte, error) {
	return p.sectionChecked(off, length, comp, bud, nil)
}

// sectionChecked is section, calling first (when not nil) with the first
// bytes of the content before it is decompressed further: a count there
// can refuse a section before it costs its size.
func (p *pmtiles) sectionChecked(off, length uint64, comp byte, bud budget.Budget, first func([]byte) error) ([]byte, error) {
	if off > uint64(p.size) || length > uint64(p.size)-off {
		return nil, fmt.Errorf("section %d+%d lies outside the file (%d bytes)", off, length, p.size)
	}
	if length > uint64(bud.Limit) {
		return nil, &budget.Error{Budget: bud, Got: int64(length)}
	}
	limit := bud.Limit
	b := make([]byte, length)
	if _, err := p.f.ReadAt(b, int64(off)); err != nil {
		return nil, err
	}
	switch comp {
	case pmNone, 0:
		if first != nil {
			if err := first(b); err != nil {
				return nil, err
			}
		}
		return b, nil
	case pmGzip:
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		br := bufio.NewReader(zr)
		if first != nil {
			head, _ := br.Peek(binary.MaxVarintLen64)
			if err := first(head); err != nil {
				return nil, err
			}
		}
		out, err := io.ReadAll(io.LimitReader(br, limit+1))
		if err == nil && int64(len(out)) > limit {
			err = &budget.Error{Budget: bud, Detail: "decompressed"}
		}
		return out, err
	}
	return nil, fmt.Errorf("compression %d not supported", comp)
}

func (p *pmtiles) directory(off, length uint64) ([]pmEntry, error) {
	raw, err := p.sectionChecked(off, length, p.h.internal, budget.TileDirectory, checkEntryCount)
	if errors.Is(err, budget.ErrOver) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadDirectory, err)
	}
	return parseDirectory(raw)
}

// checkEntryCount refuses a directory whose first bytes declare more
// entries than budget.TileEntries.
func checkEntryCount(head []byte) error {
	n, k := binary.Uvarint(head)
	if k > 0 && n > uint64(budget.TileEntries.Limit) {
		return &budget.Error{Budget: budget.TileEntries, Got: int64(min(n, 1<<62))}
	}
	return nil
}

// parseDirectory decodes a directory: the entry count, then the tile id
// deltas, run lengths, lengths and offsets as varint columns. The count is
// checked against the bytes that must hold it (four varints, a byte each at
// least) and budget.TileEntries before anything is allocated.
func parseDirectory(raw []byte) ([]pmEntry, error) {
	r := bytes.NewReader(raw)
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(r.Len())/4 {
		return nil, fmt.Errorf("%w: entry count", ErrBadDirectory)
	}
	if n > uint64(budget.TileEntries.Limit) {
		return nil, &budget.Error{Budget: budget.TileEntries, Got: int64(n)}
	}
	es := make([]pmEntry, n)
	var id uint64
	for col := range 4 {
		for i := range es {
			v, err := binary.ReadUvarint(r)
			if err != nil {
				return nil, fmt.Errorf("%w: entry %d: %v", ErrBadDirectory, i, err)
			}
			switch col {
			case 0:
				id += v
				es[i].id = id
			case 1:
				es[i].run = uint32(v)
			case 2:
				es[i].length = uint32(v)
			case 3:
				if i > 0 && v == 0 {
					es[i].offset = es[i-1].offset + uint64(es[i-1].length)
				} else {
					es[i].offset = v - 1
				}
			}
		}
	}
	return es, nil
}

func (p *pmtiles) meta() Meta { return p.info }

func (p *pmtiles) tile(z, x, y int) ([]byte, error) {
	id := TileID(z, x, y)
	dir := p.root
	for depth := 0; depth < 4; depth++ {
		e, ok := findEntry(dir, id)
		if !ok {
			return nil, nil
		}
		if e.run > 0 {
			return p.section(p.h.dataOff+e.offset, uint64(e.length), p.h.tileComp, budget.TileData)
		}
		var err error
		if dir, err = p.leaf(e.offset, uint64(e.length)); err != nil {
			return nil, err
		}
	}
	return nil, fmt.Errorf("%w: leaf directories nested too deep", ErrBadDirectory)
}

func (p *pmtiles) leaf(off, length uint64) ([]pmEntry, error) {
	p.mu.Lock()
	d, ok := p.leaves[off]
	p.mu.Unlock()
	if ok {
		return d, nil
	}
	d, err := p.directory(p.h.leafOff+off, length)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	if len(p.leaves) >= 64 || p.entries+len(d) > budget.TileCacheEntries.Int() {
		clear(p.leaves)
		p.entries = 0
	}
	p.leaves[off] = d
	p.entries += len(d)
	p.mu.Unlock()
	return d, nil
}

// findEntry returns the entry holding id: the last entry whose id is at
// most id, if id falls in its run (or it points to a leaf directory).
func findEntry(es []pmEntry, id uint64) (pmEntry, bool) {
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if es[m].id <= id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return pmEntry{}, false
	}
	e := es[lo-1]
	if e.run == 0 || id-e.id < uint64(e.run) {
		return e, true
	}
	return pmEntry{}, false
}

func (p *pmtiles) close() error { return p.f.Close() }
