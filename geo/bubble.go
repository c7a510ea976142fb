package geo

import (
	"image"
	"image/color"
	"math"
	"strconv"

	"github.com/paulmach/orb"
)

// Cluster is one entry of a clustered view: a bubble standing for Count
// points, or a single point (Count 1) whose input index is Index.
type Cluster struct {
	ID    int       // cluster id for ExpansionZoom and Leaves; -1 for a single point
	Point orb.Point // lon, lat (the weighted centre for a cluster)
	Count int       // number of points; 1 for a single point
	Index int       // for a single point, its index in the indexed slice; -1 for a cluster
}

// ClusterStyle is how cluster bubbles and single clustered points look.
type ClusterStyle struct {
	Color     color.NRGBA // bubble and point colour
	MinRadius float64     // bubble radius for 2 points, pixels at Scale 1
	MaxRadius float64     // bubble radius for the largest counts
}

// DefaultClusterStyle is a red bubble of 14 to 28 pixels.
var DefaultClusterStyle = ClusterStyle{
	Color:     color.NRGBA{0xc8, 0x1e, 0x1e, 255},
	MinRadius: 14,
	MaxRadius: 28,
}

// SetClusters sets the clustered points drawn above the layers and under
// the markers; the slice is copied.
func (r *Renderer) SetClusters(clusters []Cluster, style ClusterStyle) {
	r.clusters = append(r.clusters[:0], clusters...)
	if style != r.clusterSt {
		clear(r.sprites)
	}
	r.clusterSt = style
}

// BubbleRadius returns the drawn radius in pixels of a bubble for count
// points (a single point is drawn as a plain marker).
func (s ClusterStyle) BubbleRadius(count int, scale float64) float64 {
	if scale <= 0 {
		scale = 1
	}
	if count <= 1 {
		return MarkerRadius(false, scale)
	}
	t := math.Log10(float64(count)) / 4 // 10 → .25, 10k → 1
	return (s.MinRadius + (s.MaxRadius-s.MinRadius)*min(t, 1)) * scale
}

// CountLabel returns the text shown on a bubble: 1234 → "1.2k", 25000 → "25k".
func CountLabel(count int) string {
	switch {
	case count >= 10000:
		return strconv.Itoa(count/1000) + "k"
	case count >= 1000:
		return strconv.FormatFloat(math.Floor(float64(count)/100)/10, 'f', -1, 64) + "k"
	}
	return strconv.Itoa(count)
}

// labelKey buckets a count so that equal labels share a sprite.
func labelKey(count int) int {
	switch {
	case count >= 10000:
		return count / 1000 * 1000
	case count >= 1000:
		return count / 100 * 100
	}
	return count
}

func (r *Renderer) drawClusters(dst *image.RGBA, v Viewport) {
	sc := v.ScaleFactor()
	for i := range r.clusters {
		c := &r.clusters[i]
		x, y := v.Project(c.Point)
		rad := r.clusterSt.BubbleRadius(c.Count, sc) + 2
		if x < -rad || y < -rad || x > float64(v.Width)+rad || y > float64(v.Height)+rad {
			continue
		}
		blit(dst, r.bubbleSprite(c.Count, sc), x, y)
	}
}

func (r *Renderer) bubbleSprite(count int, scale float64) *sprite {
	st := r.clusterSt
	if count <= 1 {
		m := Marker{Color: st.Color}
		return r.markerSprite(&m, scale)
	}
	k := spriteKey{color: st.Color, scale: scale, count: labelKey(count), radius: st.MinRadius*1000 + st.MaxRadius}
	if s, ok := r.sprites[k]; ok {
		return s
	}
	rad := st.BubbleRadius(count, scale)
	halo := color.NRGBA{st.Color.R, st.Color.G, st.Color.B, st.Color.A / 3}
	img, c := r.newCanvas(rad)
	r.disc(img, c, float32(rad), halo)
	r.disc(img, c, float32(rad-4*scale), white)
	r.disc(img, c, float32(rad-5.5*scale), st.Color)
	label := CountLabel(count)
	size := min(12*scale, (rad-6*scale)*1.1)
	if r.glyphs != nil {
		r.glyphs.DrawText(img, label, float64(c), float64(c), size*1.25)
	} else {
		r.drawDigits(img, label, float64(c), float64(c), size)
	}
	s := newSprite(img, int(c), int(c), rad)
	r.sprites[k] = s
	return s
}
