package photo

import (
	"container/list"
	"fmt"
	"image"
	"os"
	"sync"
)

// DefaultCacheBytes is the cache size used when LoaderOptions.CacheBytes is
// zero: 48 MB of downscaled copies (fifteen 1280×853 photos fit in 66 MB,
// fifteen card-sized 800-pixel ones in 26 MB).
const DefaultCacheBytes = 48 << 20

// LoaderOptions tunes a Loader. The zero value is ready to use.
type LoaderOptions struct {
	Workers    int   // decoding goroutines; ≤ 0 means 1 (decoding is memory-hungry)
	CacheBytes int64 // bound on the pixels kept; ≤ 0 means DefaultCacheBytes
}

// Result is a decoded photo, or why it could not be decoded.
type Result struct {
	Path    string
	MaxSide int
	Image   *image.RGBA // upright and downscaled; shared: never modify it
	Err     error
}

// Loader decodes photos on worker goroutines and keeps the downscaled copies
// in a cache bounded by bytes, least recently used first out. The key is the
// file (path, size and modification time, so an edited file is read again)
// and the requested size. Its methods are safe for concurrent use.
type Loader struct {
	mu       sync.Mutex
	cache    map[key]*list.Element // of *entry
	lru      *list.List            // front: most recently used
	bytes    int64
	limit    int64
	waiting  map[key][]func(Result) // callbacks of photos queued or being decoded
	queue    []key                  // photos waiting for a worker, oldest first
	wake     *sync.Cond             // on mu: the queue grew or the Loader closed
	wg       sync.WaitGroup
	closed   bool
	closeMux sync.Once
}

type key struct {
	path    string
	maxSide int
	size    int64
	mtime   int64
}

type entry struct {
	key key
	img *image.RGBA
}

// NewLoader starts a Loader's workers; Close stops them.
func NewLoader(opt LoaderOptions) *Loader {
	if opt.Workers <= 0 {
		opt.Workers = 1
	}
	if opt.CacheBytes <= 0 {
		opt.CacheBytes = DefaultCacheBytes
	}
	l := &Loader{
		cache:   map[key]*list.Element{},
		lru:     list.New(),
		limit:   opt.CacheBytes,
		waiting: map[key][]func(Result){},
	}
	l.wake = sync.NewCond(&l.mu)
	for range opt.Workers {
		l.wg.Add(1)
		go l.work()
	}
	return l
}

// Cached returns the photo at path downscaled to maxSide when it is in the
// cache, without waiting; the UI calls it while painting a card.
func (l *Loader) Cached(path string, maxSide int) (*image.RGBA, bool) {
	k, err := fileKey(path, maxSide)
	if err != nil {
		return nil, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.cache[k]; ok {
		l.lru.MoveToFront(e)
		return e.Value.(*entry).img, true
	}
	return nil, false
}

// Load asks for the photo at path fitted in maxSide×maxSide pixels and calls
// done with the result: at once, on the caller's goroutine, when it is
// cached (or the file cannot be read), else later on a worker goroutine (a
// UI hands it to its main goroutine, in Fyne with fyne.Do). Requests for a
// photo already being decoded share the decoding. After Close, done gets an
// error.
func (l *Loader) Load(path string, maxSide int, done func(Result)) {
	k, err := fileKey(path, maxSide)
	if err != nil {
		done(Result{Path: path, MaxSide: maxSide, Err: fmt.Errorf("photo: %w", err)})
		return
	}
	l.mu.Lock()
	if e, ok := l.cache[k]; ok {
		l.lru.MoveToFront(e)
		img := e.Value.(*entry).img
		l.mu.Unlock()
		done(Result{Path: path, MaxSide: maxSide, Image: img})
		return
	}
	if l.closed {
		l.mu.Unlock()
		done(Result{Path: path, MaxSide: maxSide, Err: errClosed})
		return
	}
	if _, busy := l.waiting[k]; !busy {
		l.queue = append(l.queue, k)
		l.wake.Signal()
	}
	l.waiting[k] = append(l.waiting[k], done)
	l.mu.Unlock()
}

var errClosed = fmt.Errorf("photo: loader closed")

// work decodes queued photos until Close has been called and the queue is
// empty.
func (l *Loader) work() {
	defer l.wg.Done()
	l.mu.Lock()
	for {
		for len(l.queue) == 0 && !l.closed {
			l.wake.Wait()
		}
		if len(l.queue) == 0 {
			l.mu.Unlock()
			return
		}
		k := l.queue[0]
		l.queue = l.queue[1:]
		l.mu.Unlock()

		img, err := Decode(k.path, k.maxSide)

		l.mu.Lock()
		if err == nil {
			l.add(k, img)
		}
		calls := l.waiting[k]
		delete(l.waiting, k)
		l.mu.Unlock()
		for _, done := range calls {
			done(Result{Path: k.path, MaxSide: k.maxSide, Image: img, Err: err})
		}
		l.mu.Lock()
	}
}

// add puts img in the cache and evicts the least recently used copies over
// the limit; an image larger than the whole limit is not kept. l.mu is held.
func (l *Loader) add(k key, img *image.RGBA) {
	n := int64(len(img.Pix))
	if n > l.limit {
		return
	}
	l.cache[k] = l.lru.PushFront(&entry{key: k, img: img})
	l.bytes += n
	for l.bytes > l.limit {
		last := l.lru.Back()
		e := last.Value.(*entry)
		l.lru.Remove(last)
		delete(l.cache, e.key)
		l.bytes -= int64(len(e.img.Pix))
	}
}

// CacheBytes returns the bytes of pixels held in the cache.
func (l *Loader) CacheBytes() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.bytes
}

// Close stops the workers once the photos already asked for are decoded and
// their callbacks called; requests made after Close fail at once.
func (l *Loader) Close() {
	l.closeMux.Do(func() {
		l.mu.Lock()
		l.closed = true
		l.wake.Broadcast()
		l.mu.Unlock()
		l.wg.Wait()
	})
}

// fileKey identifies the current contents of path at a size.
func fileKey(path string, maxSide int) (key, error) {
	info, err := os.Stat(path)
	if err != nil {
		return key{}, err
	}
	return key{path: path, maxSide: maxSide, size: info.Size(), mtime: info.ModTime().UnixNano()}, nil
}

// Sizes the UI asks for: the card's photo and the full-window viewer's. The
// card shows a photo at most about 480 units wide (600 pixels at a kiosk's
// scale 1.25) and never enlarges it past 2×, so 800 pixels are enough; the
// viewer fills a 1920×1080 screen.
const (
	CardSide   = 800
	ViewerSide = 1920
)
