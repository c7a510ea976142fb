package edit

import (
	"slices"
	"sort"

	"ningbomap/data"
)

// draft is the content an edit changes. It starts as the layers of the
// current version and copies a layer (its list of places) or a place the
// first time the edit asks to change it, so that the versions kept for undo
// never change and the next version shares all the rest with them.
type draft struct {
	layers []*data.Layer
	own    map[*data.Layer]bool // layers this draft made: changed by the edit
	owned  map[*data.Site]bool  // places this draft made
}

func newDraft(layers []*data.Layer) *draft {
	return &draft{layers: slices.Clone(layers), own: map[*data.Layer]bool{}, owned: map[*data.Site]bool{}}
}

// find returns the positions of the place id (its layer's in d.layers, its
// own in that layer), or -1, -1. Nothing is copied.
func (d *draft) find(id string) (int, int) {
	for i, l := range d.layers {
		for j, s := range l.Sites {
			if s.ID == id {
				return i, j
			}
		}
	}
	return -1, -1
}

// layer returns layer i ready to change: its list of places may be changed,
// its places not (see site).
func (d *draft) layer(i int) *data.Layer {
	l := d.layers[i]
	if !d.own[l] {
		c := *l
		c.Sites = slices.Clone(l.Sites)
		l = &c
		d.layers[i] = l
		d.own[l] = true
	}
	return l
}

// site returns place j of layer i ready to change.
func (d *draft) site(i, j int) *data.Site {
	l := d.layer(i)
	s := l.Sites[j]
	if !d.owned[s] {
		s = cloneSite(s)
		l.Sites[j] = s
		d.owned[s] = true
	}
	return s
}

// insert adds s, which the edit made, to layer i.
func (d *draft) insert(i int, s *data.Site) {
	l := d.layer(i)
	d.owned[s] = true
	l.Sites = append(l.Sites, s)
}

// add appends l, with its places, which the edit made, as a layer of its own.
func (d *draft) add(l *data.Layer) {
	d.layers = append(d.layers, nil)
	d.replace(len(d.layers)-1, l)
}

// replace puts l, with its places, which the edit made, in place of layer i.
func (d *draft) replace(i int, l *data.Layer) {
	d.layers[i] = l
	d.own[l] = true
	for _, s := range l.Sites {
		d.owned[s] = true
	}
}

// changed reports whether the edit changed a layer.
func (d *draft) changed() bool { return len(d.own) > 0 }

// touched returns the layers the edit changed.
func (d *draft) touched() []*data.Layer {
	var out []*data.Layer
	for _, l := range d.layers {
		if d.own[l] {
			out = append(out, l)
		}
	}
	return out
}

// finish puts the places of each changed layer in tour order and numbers
// and names them as the layer's file will (Index, File, Layer), copying
// those that change; a place without a theme takes its layer's, as it would
// once written and read back.
func (d *draft) finish() {
	for i, l := range d.layers {
		if !d.own[l] {
			continue
		}
		sort.SliceStable(l.Sites, func(a, b int) bool { return l.Sites[a].Tour < l.Sites[b].Tour })
		for j, s := range l.Sites {
			if s.Index != j+1 || s.File != l.File || s.Layer != l.ID || s.Theme == "" {
				s = d.site(i, j)
				s.Index, s.File, s.Layer = j+1, l.File, l.ID
				if s.Theme == "" {
					s.Theme = l.Theme
				}
			}
		}
	}
}
