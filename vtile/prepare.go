package vtile

import (
	"github.com/paulmach/orb/maptile"

	"ningbomap/vector"
)

// maxReported bounds the tiles remembered as reported: past it the memory
// starts again (a file of thousands of broken tiles reports some twice).
const maxReported = 4096

// prepare returns data tile z/x/y prepared: from the cache, or decoded and
// prepared now (waiting for another worker already at it). It returns nil
// when the file has no such tile or it was refused (reported through
// OnError once).
func (s *Source) prepare(z, x, y int) *vector.Tile {
	k := mkKey(z, x, y)
	s.mu.Lock()
	for {
		if t, ok := s.prepared.Get(k); ok {
			s.mu.Unlock()
			return t
		}
		c, ok := s.making[k]
		if !ok {
			break
		}
		s.mu.Unlock()
		<-c // another worker makes it: look again when it is done
		s.mu.Lock()
	}
	c := make(chan struct{})
	s.making[k] = c
	s.mu.Unlock()

	vt, err := s.vf.Tile(z, x, y)
	if err == nil {
		err = s.vf.SkippedError(z, x, y, vt) // served without the parts skipped
	}
	var t *vector.Tile
	size := int64(64)
	if vt != nil {
		t = vector.Prepare(vt.Layers, s.schema, maptile.New(uint32(x), uint32(y), maptile.Zoom(z)))
		size = int64(t.Size())
	}

	s.mu.Lock()
	delete(s.making, k)
	close(c)
	if !s.closed {
		s.prepared.Put(k, t, size, false)
		s.names++
	}
	report := err != nil && !s.reported[k]
	if report {
		if len(s.reported) >= maxReported {
			clear(s.reported)
		}
		s.reported[k] = true
		if s.err == nil && t == nil {
			s.err = err
		}
	}
	s.mu.Unlock()
	if report && s.opt.OnError != nil {
		s.opt.OnError(err)
	}
	return t
}
