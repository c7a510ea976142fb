package tiles

import (
	"image"
)

// work decodes queued tiles until the source is closed.
func (s *Source) work() {
	defer s.wg.Done()
	s.mu.Lock()
	for {
		for len(s.pending) == 0 && !s.closed {
			s.cond.Wait()
		}
		if s.closed {
			s.mu.Unlock()
			return
		}
		k := s.pending[len(s.pending)-1]
		s.pending = s.pending[:len(s.pending)-1]
		if s.cache.Has(k) {
			delete(s.queued, k)
			continue
		}
		s.busy++
		s.mu.Unlock()

		img, err := s.load(k)
		opaque := img != nil && img.Opaque()

		s.mu.Lock()
		s.store(k, img, opaque)
		delete(s.queued, k) // queued until stored, so a tile being decoded is not queued again
		first := err != nil && s.err == nil
		if first {
			s.err = err
		}
		s.mu.Unlock()
		if first && s.opt.OnError != nil {
			s.opt.OnError(err)
		}
		if img != nil && s.opt.OnTile != nil {
			s.opt.OnTile()
		}
		s.mu.Lock()
		s.busy--
		s.cond.Broadcast() // wakes Wait
	}
}

func (s *Source) load(k key) (*image.RGBA, error) {
	z, x, y := k.ZXY()
	raw, err := s.f.Raw(z, x, y)
	if err != nil || raw == nil {
		return nil, err
	}
	img, err := Decode(s.f.m.Format, raw)
	if err != nil {
		return nil, &TileError{Path: s.f.path, Z: z, X: x, Y: y, Err: err}
	}
	return img, nil
}

// store caches a decoded tile (or its absence) and evicts the least
// recently used tiles past the cap. Called with s.mu held.
func (s *Source) store(k key, img *image.RGBA, opaque bool) {
	z, _, _ := k.ZXY()
	e, size := entry{img: img}, int64(64)
	if img != nil {
		size += int64(len(img.Pix))
		e.opaque = opaque
	}
	s.cache.Put(k, e, size, z == s.base)
}

// Err returns the first tile that could not be read or decoded, or nil;
// the other tiles keep drawing.
func (s *Source) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// CachedBytes returns the memory the decoded tiles take.
func (s *Source) CachedBytes() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cache.Bytes() + s.cache.Pinned()
}

// Wait blocks until no tile is queued or being decoded (for tests,
// pictures and prefetching).
func (s *Source) Wait() {
	s.mu.Lock()
	for (len(s.pending) > 0 || s.busy > 0) && !s.closed {
		s.cond.Wait()
	}
	s.mu.Unlock()
}

// Close stops the workers and closes the file: a tile being read is
// interrupted, so Close returns at once even from a slow file.
func (s *Source) Close() error {
	s.mu.Lock()
	s.closed = true
	s.cond.Broadcast()
	s.mu.Unlock()
	s.f.stop()
	s.wg.Wait()
	return s.f.Close()
}
