package vtile

import (
	"image"
	"sync"

	"ningbomap/crs"
	"ningbomap/geo"
	"ningbomap/internal/tilecache"
	"ningbomap/tiles"
	"ningbomap/vector"
)

// The caches' caps when Options leaves them 0. Together 112 MB at most, on
// top of the pinned stand-ins (BaseZoom: at most 16 drawn tiles, 4 MB).
const (
	// DefaultPreparedBytes caps the prepared tiles kept (vector.Tile.Size):
	// about 100 tiles as dense as downtown San Francisco at zoom 14
	// (0.5 MB each), thousands of rural ones. A prepared tile is drawn
	// again for every tile inside it past the file's highest zoom, and its
	// names are the view's labels.
	DefaultPreparedBytes = 48 << 20
	// DefaultDrawnBytes caps the drawn tiles kept: 256 tiles of 256×256
	// (a 1080p view needs about 40, a 4K one about 150).
	DefaultDrawnBytes = 64 << 20
)

// maxPending bounds the drawing queue; the oldest requests go first when a
// fast pan asks for more.
const maxPending = 256

// maxOverzoom is how many levels past the file's highest zoom its tiles
// are drawn again (vector.Drawer draws up to 12), and maxLevel the highest
// level drawn at all (the map's zoom 18 at Scale 2 is level 19).
const (
	maxOverzoom = 12
	maxLevel    = 22
)

// Options tune a Source.
type Options struct {
	PreparedBytes int64   // cap on prepared tiles; 0 means DefaultPreparedBytes
	DrawnBytes    int64   // cap on drawn tiles; 0 means DefaultDrawnBytes
	Workers       int     // drawing goroutines; 0 means 2
	Scale         float64 // device pixels per layout pixel (SetScale changes it); 0 means 1
	// Frame is the frame the tiles were cut in: crs.WGS84 (OpenStreetMap:
	// the default), or crs.GCJ02 for tiles made from a Chinese web map.
	// TileSource then redraws the tiles for WGS 84 and Labels converts the
	// names' positions.
	Frame crs.Frame
	// OnTile is called on a worker goroutine after a tile was drawn: render
	// the map again (the tile is ready, and so are its names).
	OnTile func()
	// OnError is called on a worker goroutine once for each tile that
	// cannot be read or is refused, and once for each tile decoded with
	// parts skipped: a *tiles.TileError naming the file, the tile and the
	// problem. The other tiles draw; the refused one is stood in for by a
	// lower zoom's.
	OnError func(error)
}

// Source draws the tiles of a vector tile file in the map's style for
// geo's tile layer (it is a geo.TileSource). Tile and Peek answer from the
// cache of drawn tiles and never block: a tile not drawn yet is queued for
// the workers, which decode its data tile (within the file's budgets,
// leaving out the layers the style never reads), prepare it
// (vector.Prepare, kept in a cache of prepared tiles), draw it 256 pixels
// square and call OnTile. Past the file's highest zoom tiles are drawn
// again from their ancestor there, crisp. The tiles of BaseZoom are drawn
// first and stay cached, so a lower zoom's tile is always at hand to stand
// in. Labels gives the names of the prepared tiles under a view. Safe for
// concurrent use.
type Source struct {
	vf     *tiles.VectorFile
	schema vector.Schema
	opt    Options
	lo, hi int // the file's zooms
	top    int // highest level drawn
	ts     geo.TileSource

	mu       sync.Mutex
	cond     *sync.Cond
	drawn    *tilecache.LRU[image.Image] // nil value: no tile there (none in the file, or refused)
	prepared *tilecache.LRU[*vector.Tile]
	making   map[key]chan struct{} // prepared tiles being made
	first    []key                 // the tiles of BaseZoom still to draw: before any other
	pending  []key                 // a stack: the newest request is drawn first
	queued   map[key]bool          // pending or being drawn
	busy     int
	closed   bool
	scale    float64
	gen      uint64 // changes with the scale: a tile drawn for another is not kept
	names    uint64 // changes when prepared tiles come or go (LabelsKey)
	base     int    // zoom of the pinned stand-ins; -1 for none
	reported map[key]bool
	err      error
	wg       sync.WaitGroup
}

// New starts drawing the tiles of vf (it reads vf's schema, and leaves out
// of decoding the layers the style never reads) and queues the tiles of
// BaseZoom. Close stops it and closes vf.
func New(vf *tiles.VectorFile, opt Options) *Source {
	if opt.PreparedBytes <= 0 {
		opt.PreparedBytes = DefaultPreparedBytes
	}
	if opt.DrawnBytes <= 0 {
		opt.DrawnBytes = DefaultDrawnBytes
	}
	if opt.Workers <= 0 {
		opt.Workers = 2
	}
	if opt.Scale <= 0 {
		opt.Scale = 1
	}
	vf.DropLayers(vector.Skips)
	s := &Source{vf: vf, schema: Schema(vf.Schema()), opt: opt, scale: opt.Scale, base: -1,
		drawn: tilecache.New[image.Image](opt.DrawnBytes, false), prepared: tilecache.New[*vector.Tile](opt.PreparedBytes, false),
		making: map[key]chan struct{}{}, queued: map[key]bool{}, reported: map[key]bool{}}
	s.lo, s.hi = vf.ZoomRange()
	s.top = min(s.hi+maxOverzoom, maxLevel)
	s.ts = s
	if opt.Frame != crs.WGS84 {
		s.ts = geo.NewFrameTiles(s, opt.Frame.FromWGS84, 0)
	}
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

// Schema is the style's reading of a file's schema: SchemaUnknown reads
// each layer in whichever schema has it.
func Schema(s tiles.Schema) vector.Schema {
	switch s.Kind {
	case tiles.SchemaOpenMapTiles:
		return vector.OpenMapTiles
	case tiles.SchemaProtomapsV4:
		return vector.Protomaps
	}
	return vector.SchemaUnknown
}

// File returns the vector file.
func (s *Source) File() *tiles.VectorFile { return s.vf }

// TileSource is what the renderer draws (geo.Renderer.SetTiles): the
// source itself, or for tiles cut in GCJ-02 (Options.Frame) the source
// redrawn for WGS 84 (geo.FrameTiles, its own cache of 64 MB).
func (s *Source) TileSource() geo.TileSource { return s.ts }

// ZoomRange returns the levels drawn: from the file's lowest zoom to 12
// past its highest (at most 22), the levels past it drawn again from the
// highest.
func (s *Source) ZoomRange() (lo, hi int) { return s.lo, s.top }

// DataZoom returns the zoom of the file's tiles that level z is drawn from.
func (s *Source) DataZoom(z int) int { return min(max(z, s.lo), s.hi) }

// Tile returns tile z/x/y when it is drawn; otherwise it queues it for
// drawing and returns false at once.
func (s *Source) Tile(z, x, y int) (image.Image, bool) { return s.get(z, x, y, true) }

// Peek returns tile z/x/y when it is drawn, without queueing it: the
// stand-ins (geo.StandIn) are looked for with it.
func (s *Source) Peek(z, x, y int) (image.Image, bool) { return s.get(z, x, y, false) }

func (s *Source) get(z, x, y int, fetch bool) (image.Image, bool) {
	if z < s.lo || z > s.top || x < 0 || y < 0 || x >= 1<<z || y >= 1<<z {
		return nil, false
	}
	k := mkKey(z, x, y)
	s.mu.Lock()
	defer s.mu.Unlock()
	if img, ok := s.drawn.Get(k); ok {
		return img, img != nil
	}
	if fetch && !s.closed && !s.queued[k] {
		s.push(k)
		s.cond.Broadcast()
	}
	return nil, false
}

// push queues k, dropping the oldest request when the queue is full.
// Called with s.mu held.
func (s *Source) push(k key) {
	if len(s.pending) >= maxPending {
		delete(s.queued, s.pending[0])
		s.pending = s.pending[1:]
	}
	s.pending = append(s.pending, k)
	s.queued[k] = true
}

// BaseZoom returns the zoom whose drawn tiles stay cached as stand-ins: the
// highest whose tiles cover the file's bounds in at most 16 tiles (see
// tiles.Meta.BaseZoom).
func (s *Source) BaseZoom() int { return s.vf.Meta().BaseZoom() }

// queueBase queues the tiles of BaseZoom (with s.mu held).
func (s *Source) queueBase() {
	z := s.BaseZoom()
	x0, y0, x1, y1 := s.vf.Meta().TileRange(z)
	if (x1-x0+1)*(y1-y0+1) > 16 {
		return
	}
	s.base = z
	s.first = s.first[:0]
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			k := mkKey(z, x, y)
			s.first = append(s.first, k)
			s.queued[k] = true
		}
	}
	s.cond.Broadcast()
}

// SetScale sets the device pixels per layout pixel the tiles are drawn for
// (widths are multiplied by it, and a 256-pixel tile at Scale 2 is styled
// for one zoom less). The tiles drawn for the old scale are dropped.
func (s *Source) SetScale(scale float64) {
	if scale <= 0 {
		scale = 1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if scale == s.scale {
		return
	}
	s.scale = scale
	s.gen++
	s.drawn.Clear()
	if s.base >= 0 {
		s.queueBase()
	}
}

// Err returns the first tile that could not be read, or nil.
func (s *Source) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// CachedBytes returns the memory of the drawn tiles held (the pinned
// stand-ins apart) and of the prepared tiles: each at most its cap.
func (s *Source) CachedBytes() (drawn, pinned, prepared int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.drawn.Bytes(), s.drawn.Pinned(), s.prepared.Bytes()
}

// Wait blocks until no tile is queued or being drawn (for pictures and
// tests).
func (s *Source) Wait() {
	s.mu.Lock()
	for (len(s.first) > 0 || len(s.pending) > 0 || s.busy > 0) && !s.closed {
		s.cond.Wait()
	}
	s.mu.Unlock()
}

// Close stops the workers, drops the caches and closes the file.
func (s *Source) Close() error {
	s.mu.Lock()
	s.closed = true
	s.cond.Broadcast()
	s.mu.Unlock()
	s.wg.Wait()
	s.mu.Lock()
	s.drawn.Clear()
	s.prepared.Clear()
	s.mu.Unlock()
	return s.vf.Close()
}
