package vtile

import (
	"image"

	"github.com/paulmach/orb/maptile"

	"ningbomap/geo"
	"ningbomap/vector"
)

// work draws queued tiles until the source is closed. Each worker has its
// own Drawer.
func (s *Source) work() {
	defer s.wg.Done()
	var d vector.Drawer
	s.mu.Lock()
	for {
		for len(s.first) == 0 && len(s.pending) == 0 && !s.closed {
			s.cond.Wait()
		}
		if s.closed {
			s.mu.Unlock()
			return
		}
		var k key
		if n := len(s.first); n > 0 { // the stand-ins first: a fast pan cannot push them out
			k, s.first = s.first[n-1], s.first[:n-1]
		} else {
			k, s.pending = s.pending[len(s.pending)-1], s.pending[:len(s.pending)-1]
		}
		if _, ok := s.drawn.Get(k); ok {
			delete(s.queued, k)
			continue
		}
		s.busy++
		scale, gen := s.scale, s.gen
		s.mu.Unlock()

		img := s.draw(&d, k, scale)

		s.mu.Lock()
		if gen == s.gen && !s.closed {
			z, _, _ := k.ZXY()
			size := int64(64)
			if img != nil {
				size += int64(len(img.(vector.Opaque).Pix))
			}
			s.drawn.Put(k, img, size, z == s.base)
		}
		delete(s.queued, k) // queued until stored, so a tile being drawn is not queued again
		s.mu.Unlock()
		if img != nil && s.opt.OnTile != nil {
			s.opt.OnTile()
		}
		s.mu.Lock()
		s.busy--
		s.cond.Broadcast() // wakes Wait
	}
}

// draw draws tile k from its data tile (itself, or past the file's highest
// zoom its ancestor there); nil when the file has no data there or the
// data tile was refused.
func (s *Source) draw(d *vector.Drawer, k key, scale float64) image.Image {
	z, x, y := k.ZXY()
	pz := s.DataZoom(z)
	t := s.prepare(pz, x>>(z-pz), y>>(z-pz))
	if t == nil {
		return nil
	}
	img := image.NewRGBA(image.Rect(0, 0, geo.TileSize, geo.TileSize))
	if err := d.Draw(img, t, maptile.New(uint32(x), uint32(y), maptile.Zoom(z)), scale); err != nil {
		return nil // not inside the data tile: cannot happen for the tiles asked
	}
	return vector.Opaque{RGBA: img}
}
