package geo

import (
	"container/list"
	"image"
	"sync"

	"github.com/paulmach/orb"
)

// DefaultFrameTilesBytes caps the tiles a FrameTiles keeps redrawn when
// NewFrameTiles is given 0: 64 MB, 256 tiles of 256×256 (a 1080p view
// needs about 40, a 4K one about 150).
const DefaultFrameTilesBytes = 64 << 20

// frameGrid is how many cells, each way, a tile's mapping is interpolated
// over: the exact conversion runs at the (frameGrid+1)² corners, 1,089 of
// them (about 60 µs a tile), against 65,536 pixels.
const frameGrid = 32

// FrameTiles draws a tile pyramid cut in another coordinate frame than the
// map's WGS 84 — the tiles of a Chinese web map, drawn in GCJ-02 — so that
// it lines up with WGS 84 data. Each of its tiles is redrawn from the
// source's: every pixel takes the source pixel showing the same place,
// found by converting its position with toSource (WGS 84 → the tiles'
// frame; crs.GCJ02.FromWGS84 for a GCJ-02 web map). The conversion is
// exact at the corners of a 32×32 grid of cells over each tile (8 pixels
// apart) and interpolated bilinearly inside: the GCJ-02 offset varies
// smoothly, so around Ningbo this leaves under 2 m at zoom 8 and under a
// millimetre from zoom 14, under a hundredth of a pixel at any zoom
// (TestFrameTilesMapping). The pixel is then picked by nearest neighbour,
// as the renderer does.
//
// A tile is redrawn from the source tiles it overlaps (up to four) once
// some are at hand; a source tile not decoded yet is stood in for by a
// lower zoom's (StandIn), and the tile is redrawn again once the source
// has it. Redrawn tiles are kept in an LRU capped in bytes. Tile and Peek
// never block on the source; a redraw costs about half a millisecond of
// processor time per 256×256 tile. Safe for concurrent use.
type FrameTiles struct {
	src      TileSource
	toSource func(orb.Point) orb.Point
	max      int64

	mu    sync.Mutex
	cache map[frameKey]*frameEntry
	lru   *list.List // of frameKey, front: most recently used
	bytes int64
}

type frameKey struct{ z, x, y int }

type frameEntry struct {
	img     image.Image // *image.RGBA, or frameOpaque when every pixel is opaque
	waiting []frameKey  // source tiles stood in for or missing: redraw when one arrives
	elem    *list.Element
	size    int64
}

// frameOpaque marks a redrawn tile without transparency (OpaqueTile).
type frameOpaque struct{ *image.RGBA }

// OpaqueRGBA returns the pixels.
func (t frameOpaque) OpaqueRGBA() *image.RGBA { return t.RGBA }

// NewFrameTiles returns src redrawn for WGS 84; toSource maps a WGS 84
// position to the tiles' frame. cacheBytes caps the redrawn tiles kept;
// 0 means DefaultFrameTilesBytes.
func NewFrameTiles(src TileSource, toSource func(orb.Point) orb.Point, cacheBytes int64) *FrameTiles {
	if cacheBytes <= 0 {
		cacheBytes = DefaultFrameTilesBytes
	}
	return &FrameTiles{src: src, toSource: toSource, max: cacheBytes, cache: map[frameKey]*frameEntry{}, lru: list.New()}
}

// Source returns the tile source being redrawn.
func (t *FrameTiles) Source() TileSource { return t.src }

// ZoomRange returns the source's zoom range.
func (t *FrameTiles) ZoomRange() (lo, hi int) { return t.src.ZoomRange() }

// Tile returns tile z/x/y redrawn from the source, asking the source for
// the tiles it needs; false when the source has nothing for it yet.
func (t *FrameTiles) Tile(z, x, y int) (image.Image, bool) { return t.get(z, x, y, true) }

// Peek returns tile z/x/y redrawn from what the source already holds,
// without asking it for more.
func (t *FrameTiles) Peek(z, x, y int) (image.Image, bool) { return t.get(z, x, y, false) }

func (t *FrameTiles) get(z, x, y int, fetch bool) (image.Image, bool) {
	if z < 0 || z > 28 || x < 0 || y < 0 || x >= 1<<z || y >= 1<<z {
		return nil, false
	}
	k := frameKey{z, x, y}
	t.mu.Lock()
	defer t.mu.Unlock()
	if e, ok := t.cache[k]; ok {
		t.lru.MoveToFront(e.elem)
		if !t.arrived(e.waiting, fetch) {
			return e.img, true
		}
	}
	img, waiting, ok := t.redraw(z, x, y, fetch)
	if !ok {
		return nil, false
	}
	t.store(k, &frameEntry{img: img, waiting: waiting})
	return img, true
}

// arrived reports whether the source now holds one of the tiles a redraw
// was waiting for. With fetch it asks the source for them (Tile), as the
// renderer asks for the tiles of a view every frame.
func (t *FrameTiles) arrived(waiting []frameKey, fetch bool) bool {
	got := false
	for _, k := range waiting {
		var ok bool
		if fetch {
			_, ok = t.src.Tile(k.z, k.x, k.y)
		} else {
			_, ok = t.src.Peek(k.z, k.x, k.y)
		}
		got = got || ok
	}
	return got
}

// store caches e under k, dropping the least recently used tiles past the cap.
func (t *FrameTiles) store(k frameKey, e *frameEntry) {
	if old, ok := t.cache[k]; ok {
		t.lru.Remove(old.elem)
		t.bytes -= old.size
	}
	b := e.img.Bounds()
	e.size = int64(b.Dx() * b.Dy() * 4)
	e.elem = t.lru.PushFront(k)
	t.cache[k] = e
	t.bytes += e.size
	for t.bytes > t.max && t.lru.Len() > 1 {
		last := t.lru.Back()
		lk := last.Value.(frameKey)
		t.bytes -= t.cache[lk].size
		delete(t.cache, lk)
		t.lru.Remove(last)
	}
}
