package tiles

import (
	"container/list"
	"sync"
)

// DefaultVectorCacheBytes caps the decoded vector tiles a VectorSource
// keeps when VectorSourceOptions.CacheBytes is 0: 96 MB by VectorTile.Bytes
// (as the raster cache) — a dozen tiles as dense as downtown San Francisco
// at z14 (7.4 MB each), hundreds of rural ones. Drawn tiles are cached by the
// drawing side; this cache serves the re-draws past the file's highest zoom
// (one z14 tile feeds four z15 and sixteen z16 tiles) and a zoom change.
const DefaultVectorCacheBytes = 96 << 20

// VectorSourceOptions tune a VectorSource.
type VectorSourceOptions struct {
	CacheBytes int64 // cap on decoded tiles held; 0 means DefaultVectorCacheBytes
	// OnError is called once for each tile that cannot be read or is
	// refused (a *TileError: ErrTileTooLarge, ErrCorruptTile, ErrBadDirectory)
	// and once for each tile decoded with parts skipped (ErrPartialTile),
	// on the goroutine that asked for the tile. Put it in the banner.
	OnError func(error)
}

// VectorSource serves a VectorFile's tiles decoded, from a bounded LRU
// cache: one decode per tile however many goroutines ask at once, a
// refused tile remembered (not read again) and reported once. Safe for
// concurrent use; Tile blocks while it decodes, so call it off the UI
// goroutine.
type VectorSource struct {
	f   *VectorFile
	opt VectorSourceOptions

	mu       sync.Mutex
	cache    map[key]*vEntry
	lru      *list.List // front: most recently used
	bytes    int64
	inflight map[key]*vCall
	err      error
}

type vEntry struct {
	t    *VectorTile // nil: no such tile, or refused
	err  error
	size int64
	elem *list.Element
}

type vCall struct {
	done chan struct{}
	e    *vEntry
}

// NewVectorSource returns a source of f's tiles. Close closes f too.
func NewVectorSource(f *VectorFile, opt VectorSourceOptions) *VectorSource {
	if opt.CacheBytes <= 0 {
		opt.CacheBytes = DefaultVectorCacheBytes
	}
	return &VectorSource{f: f, opt: opt, cache: map[key]*vEntry{}, lru: list.New(), inflight: map[key]*vCall{}}
}

// File returns the vector file.
func (s *VectorSource) File() *VectorFile { return s.f }

// Tile returns tile z/x/y decoded: from the cache, or read and decoded now
// (waiting for another goroutine already at it). It returns nil, nil when
// the file has no such tile, and the tile's *TileError when it was refused.
func (s *VectorSource) Tile(z, x, y int) (*VectorTile, error) {
	if z < 0 || z > 28 || x < 0 || y < 0 || x >= 1<<z || y >= 1<<z {
		return nil, nil
	}
	k := mkKey(z, x, y)
	s.mu.Lock()
	if e, ok := s.cache[k]; ok {
		s.lru.MoveToFront(e.elem)
		s.mu.Unlock()
		return e.t, e.err
	}
	if c, ok := s.inflight[k]; ok {
		s.mu.Unlock()
		<-c.done
		return c.e.t, c.e.err
	}
	c := &vCall{done: make(chan struct{})}
	s.inflight[k] = c
	s.mu.Unlock()

	t, err := s.f.Tile(z, x, y)
	e := &vEntry{t: t, err: err, size: 64}
	if t != nil {
		e.size = t.Bytes()
	}
	report := err
	if err == nil {
		report = s.f.SkippedError(z, x, y, t)
	}
	s.mu.Lock()
	c.e = e
	delete(s.inflight, k)
	e.elem = s.lru.PushFront(k)
	s.cache[k] = e
	s.bytes += e.size
	for s.bytes > s.opt.CacheBytes && s.lru.Len() > 1 {
		old := s.lru.Remove(s.lru.Back()).(key)
		s.bytes -= s.cache[old].size
		delete(s.cache, old)
	}
	if err != nil && s.err == nil {
		s.err = err
	}
	s.mu.Unlock()
	close(c.done)
	if report != nil && s.opt.OnError != nil {
		s.opt.OnError(report)
	}
	return t, err
}

// Covering returns the tile holding the area of tile z/x/y: the tile itself
// within the file's zooms, past its highest zoom the ancestor at that zoom
// (to be drawn again at z, its geometry scaled by 2^(z−pz) and shifted by
// (x − px·2^(z−pz), y − py·2^(z−pz)) tiles). pz/px/py name the tile
// returned; below the file's lowest zoom there is none.
func (s *VectorSource) Covering(z, x, y int) (t *VectorTile, pz, px, py int, err error) {
	if _, hi := s.f.ZoomRange(); z > hi {
		d := z - hi
		z, x, y = hi, x>>d, y>>d
	}
	t, err = s.Tile(z, x, y)
	return t, z, x, y, err
}

// Peek returns tile z/x/y when it is decoded and cached, without reading.
func (s *VectorSource) Peek(z, x, y int) (*VectorTile, bool) {
	if z < 0 || z > 28 || x < 0 || y < 0 || x >= 1<<z || y >= 1<<z {
		return nil, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.cache[mkKey(z, x, y)]
	if !ok || e.t == nil {
		return nil, false
	}
	s.lru.MoveToFront(e.elem)
	return e.t, true
}

// Err returns the first tile error met, or nil.
func (s *VectorSource) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// CachedBytes returns the estimated memory of the decoded tiles held.
func (s *VectorSource) CachedBytes() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bytes
}

// Close empties the cache and closes the file. Tile must not be called
// after it.
func (s *VectorSource) Close() error {
	s.mu.Lock()
	clear(s.cache)
	s.lru.Init()
	s.bytes = 0
	s.mu.Unlock()
	return s.f.Close()
}
