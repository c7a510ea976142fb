package geo

// LabelSource gives labels that change with the view: the names of a
// vector tile basemap, from the tiles under it. A Labeller asks it at every
// Place, on the render goroutine, and places its labels with those set by
// SetLabels, by kind and Order as always (a basemap's kinds, KindTown and
// after, come after all of the map's own).
type LabelSource interface {
	// LabelsKey identifies the labels for view v, cheaply (every frame):
	// the same key, the same labels; a key that changes (a hash of what
	// they come from will do) makes the labeller ask for them again.
	LabelsKey(v Viewport) uint64
	// AppendLabels appends the labels for view v to dst.
	AppendLabels(dst []MapLabel, v Viewport) []MapLabel
}

// SetSource sets the source of labels that change with the view (nil for
// none); its labels are asked for at the next Place.
func (lb *Labeller) SetSource(src LabelSource) {
	lb.src, lb.asked = src, false
	if src == nil && len(lb.extra) > 0 {
		lb.extra = lb.extra[:0]
		lb.combine()
	}
}

// fromSource takes the source's labels for v when their key changed.
func (lb *Labeller) fromSource(v Viewport) {
	if lb.src == nil {
		return
	}
	k := lb.src.LabelsKey(v)
	if k == lb.srcKey && lb.asked {
		return
	}
	lb.srcKey, lb.asked = k, true
	lb.extra = lb.src.AppendLabels(lb.extra[:0], v)
	lb.combine()
}
