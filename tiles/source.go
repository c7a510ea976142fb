package tiles

import (
	"image"
	"sync"

	"ningbomap/internal/tilecache"
)

// DefaultCacheBytes is the decoded-tile cache's memory cap when
// SourceOptions.CacheBytes is 0: 96 MB, 384 tiles of 256×256 (a 4K screen
// needs about 150).
const DefaultCacheBytes = 96 << 20

// maxPending bounds the decode queue; the oldest requests go first when a
// fast pan asks for more.
const maxPending = 256

// SourceOptions tune a Source.
type SourceOptions struct {
	CacheBytes int64       // cap on decoded pixels held; 0 means DefaultCacheBytes
	Workers    int         // decoding goroutines; 0 means 2
	OnTile     func()      // called on a worker goroutine after each tile is decoded: redraw
	OnError    func(error) // called once, for the first unreadable or corrupt tile
}

// key is a tile's zoom, column and row in one number.
type key = tilecache.Key

func mkKey(z, x, y int) key { return tilecache.KeyOf(z, x, y) }

// entry is a cached tile.
type entry struct {
	img    *image.RGBA // nil: the file has no such tile, or it is corrupt
	opaque bool        // no pixel of img is translucent
}

// Source serves a File's tiles decoded, for geo.Renderer.SetTiles. Tile
// never blocks: a tile not in the cache is queued for the workers and
// reported missing, so the renderer draws a lower zoom's tile in its place
// until OnTile says it has arrived. Safe for concurrent use.
type Source struct {
	f   *File
	opt SourceOptions

	mu      sync.Mutex
	cond    *sync.Cond
	cache   *tilecache.LRU[entry] // the pinned base counts against the cap
	pending []key                 // a stack: the newest request is decoded first
	queued  map[key]bool          // pending or being decoded
	busy    int
	closed  bool
	err     error
	base    int // zoom of the pinned stand-ins; -1 for none
	wg      sync.WaitGroup
}

// NewSource starts the decoding workers for f and queues the tiles of the
// lowest zoom that covers the file's bounds in at most 16 tiles; those stay
// cached (pinned) so a stand-in is always at hand.
func NewSource(f *File, opt SourceOptions) *Source {
	if opt.CacheBytes <= 0 {
		opt.CacheBytes = DefaultCacheBytes
	}
	if opt.Workers <= 0 {
		opt.Workers = 2
	}
	s := &Source{f: f, opt: opt, cache: tilecache.New[entry](opt.CacheBytes, true), queued: map[key]bool{}, base: -1}
	s.cond = sync.NewCond(&s.mu)
	s.mu.Lock()
	s.queueBase()
	s.mu.Unlock()
	for range opt.Workers {
		s.wg.Add(1)
		go s.work()
	}
	return s
}

// BaseZoom returns the zoom whose tiles stay cached as stand-ins (see
// Meta.BaseZoom).
func (s *Source) BaseZoom() int { return s.f.m.BaseZoom() }

func (s *Source) queueBase() {
	z := s.BaseZoom()
	x0, y0, x1, y1 := s.f.m.TileRange(z)
	if (x1-x0+1)*(y1-y0+1) > 64 {
		return
	}
	s.base = z
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			s.push(mkKey(z, x, y))
		}
	}
}

// File returns the tile file.
func (s *Source) File() *File { return s.f }

// ZoomRange returns the file's zoom range.
func (s *Source) ZoomRange() (lo, hi int) { return s.f.ZoomRange() }

// Tile returns tile z/x/y when it is decoded and cached; otherwise it
// queues it for decoding and returns false at once.
func (s *Source) Tile(z, x, y int) (image.Image, bool) { return s.get(z, x, y, true) }

// Peek returns tile z/x/y when it is cached, without queueing it.
func (s *Source) Peek(z, x, y int) (image.Image, bool) { return s.get(z, x, y, false) }

func (s *Source) get(z, x, y int, fetch bool) (image.Image, bool) {
	if z < 0 || z > 28 || x < 0 || y < 0 || x >= 1<<z || y >= 1<<z {
		return nil, false
	}
	k := mkKey(z, x, y)
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.cache.Get(k); ok {
		if e.img == nil {
			return nil, false
		}
		if e.opaque {
			return opaqueTile{e.img}, true
		}
		return e.img, true
	}
	if fetch && !s.closed && !s.queued[k] {
		s.push(k)
		s.cond.Broadcast()
	}
	return nil, false
}

// opaqueTile marks a tile without transparency for the renderer's fastest
// copy (geo.OpaqueTile).
type opaqueTile struct{ *image.RGBA }

// OpaqueRGBA returns the pixels.
func (t opaqueTile) OpaqueRGBA() *image.RGBA { return t.RGBA }

func (s *Source) push(k key) {
	if len(s.pending) >= maxPending {
		delete(s.queued, s.pending[0])
		s.pending = s.pending[1:]
	}
	s.pending = append(s.pending, k)
	s.queued[k] = true
}
