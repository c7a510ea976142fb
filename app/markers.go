package app

import (
	"image/color"
	"slices"

	"github.com/paulmach/orb"

	"ningbomap/app/basemap"
	"ningbomap/app/card"
	"ningbomap/data"
	"ningbomap/geo"
)

// placeMarkerRadius is the disc radius of the story places' markers: with the ring a
// 29-pixel target (42 when selected), for fingers on a kiosk. Points of layers users bring
// keep the engine's smaller default: there may be thousands.
const placeMarkerRadius = 11

// clusterColour is the colour of bubbles that stand for several places of any theme.
var clusterColour = color.NRGBA{R: 0x8E, G: 0x1B, B: 0x1B, A: 0xFF}

// markerLayer turns the visible places into markers and cluster bubbles for the current
// view, and answers which place or bubble is under a position.
type markerLayer struct {
	ds *data.Dataset
	markerSettings
	onIndex func() // told of every index built

	sites     []*data.Site // visible places, indexed like points
	points    []orb.Point
	clusterer *geo.Clusterer

	clusters   []geo.Cluster // of the last view (scratch)
	markers    []geo.Marker
	bubbles    []geo.Cluster
	markerRefs []markerRef  // what each marker stands for
	bubbleRefs []*userLayer // whose bubble each is: nil for the places
}

// markerSettings are what the markers keep when the content changes (a reload, an edit).
type markerSettings struct {
	hidden   map[string]bool // layer ids switched off
	selected string          // id of the selected place, "" for none
	basemap  bool            // the district layer is shown
	users    []*userLayer    // layers users brought, drawn above the places' layers
}

// markerRef is what a marker stands for: a place, or a feature of a user layer.
type markerRef struct {
	site *data.Site
	feat featureRef
}

// newMarkerLayer indexes ds's places with settings (once); onIndex, when set, is told of
// every index built.
func newMarkerLayer(ds *data.Dataset, settings markerSettings, onIndex func()) *markerLayer {
	if settings.hidden == nil {
		settings.hidden = map[string]bool{}
	}
	ml := &markerLayer{ds: ds, markerSettings: settings, onIndex: onIndex}
	ml.reindex()
	return ml
}

// reindex rebuilds the cluster index after layers were switched on or off.
func (ml *markerLayer) reindex() {
	if ml.onIndex != nil {
		ml.onIndex()
	}
	ml.sites = ml.sites[:0]
	ml.points = ml.points[:0]
	for _, s := range ml.ds.Sites {
		// The selected place stands alone above the bubbles, so it is not clustered.
		if ml.hidden[s.Layer] || s.ID == ml.selected {
			continue
		}
		ml.sites = append(ml.sites, s)
		ml.points = append(ml.points, s.Point)
	}
	opt := geo.DefaultClusterOptions
	opt.MaxZoom = 14
	opt.Radius = 32 // merge markers whose touch targets would overlap
	ml.clusterer = geo.NewClusterer(ml.points, opt)
}

// edited takes ds, the content after edits that changed the places ids (see edit.Diff),
// in place of the content shown: the markers of those places are updated where they
// are, and the places are clustered again only when one of them moved, came, went or
// changed its layer, theme or place in the tour.
func (ml *markerLayer) edited(ds *data.Dataset, ids []string) {
	was := ml.ds
	ml.ds = ds
	for _, id := range ids {
		old, now := was.Site(id), ds.Site(id)
		if old == nil || now == nil || old.Point != now.Point || old.Layer != now.Layer ||
			old.Theme != now.Theme || old.Tour != now.Tour {
			ml.reindex()
			return
		}
		if i := slices.Index(ml.sites, old); i >= 0 {
			ml.sites[i] = now
		}
	}
}

// setSelected marks the place with id as selected ("" for none).
func (ml *markerLayer) setSelected(id string) {
	if ml.selected == id {
		return
	}
	ml.selected = id
	ml.reindex()
}

// setHidden switches the layer id's places off (or on).
func (ml *markerLayer) setHidden(id string, hidden bool) {
	ml.hidden[id] = hidden
	ml.reindex()
}

// visibleSite reports whether s is on a layer that is switched on.
func (ml *markerLayer) visibleSite(s *data.Site) bool {
	return s != nil && !ml.hidden[s.Layer]
}

// bubbleStyle is how the bubbles of several places look.
var bubbleStyle = func() geo.ClusterStyle {
	s := geo.DefaultClusterStyle
	s.Color = clusterColour
	s.MinRadius, s.MaxRadius = 20, 30
	return s
}()

// compute works out the markers and bubbles for vp (on the UI goroutine); scene hands a
// copy of them to the renderer.
func (ml *markerLayer) compute(vp geo.Viewport) {
	margin := 40 * vp.ScaleFactor()
	ml.markers = ml.markers[:0]
	ml.bubbles = ml.bubbles[:0]
	ml.markerRefs = ml.markerRefs[:0]
	ml.bubbleRefs = ml.bubbleRefs[:0]
	for _, u := range ml.users {
		if u.hidden || u.clusterer.Len() == 0 {
			continue
		}
		ml.clusters = u.clusterer.ViewClusters(ml.clusters[:0], vp, margin)
		for _, c := range ml.clusters {
			if c.Count > 1 {
				ml.bubbles = append(ml.bubbles, c)
				ml.bubbleRefs = append(ml.bubbleRefs, u)
				continue
			}
			id := "" // a name goes beside the marker only when the layer's names are on
			if u.names {
				id = u.markerID(c.Index)
			}
			ml.markers = append(ml.markers, geo.Marker{ID: id, Point: c.Point, Color: u.colour})
			ml.markerRefs = append(ml.markerRefs, markerRef{feat: featureRef{u, u.pointFeat[c.Index]}})
		}
	}
	ml.clusters = ml.clusterer.ViewClusters(ml.clusters[:0], vp, margin)
	for _, c := range ml.clusters {
		if c.Count > 1 {
			ml.bubbles = append(ml.bubbles, c)
			ml.bubbleRefs = append(ml.bubbleRefs, nil)
			continue
		}
		ml.markers = append(ml.markers, ml.marker(ml.sites[c.Index]))
		ml.markerRefs = append(ml.markerRefs, markerRef{site: ml.sites[c.Index]})
	}
	// The selected place is drawn last, on top of everything.
	if sel := ml.ds.Site(ml.selected); ml.visibleSite(sel) && !sel.IsOverview() {
		ml.markers = append(ml.markers, ml.marker(sel))
		ml.markerRefs = append(ml.markerRefs, markerRef{site: sel})
	}
}

// scene returns what the renderer needs of the last compute, copied so that the UI can
// go on while a frame is drawn.
func (ml *markerLayer) scene() func(r *geo.Renderer) {
	shown := ml.basemap
	markers := append([]geo.Marker(nil), ml.markers...)
	bubbles := append([]geo.Cluster(nil), ml.bubbles...)
	return func(r *geo.Renderer) {
		r.SetClusters(bubbles, bubbleStyle)
		r.SetMarkers(markers)
		for _, id := range basemap.Layers {
			r.SetVisible(id, shown)
		}
	}
}

// marker is the map marker of s: its theme's colour and icon.
func (ml *markerLayer) marker(s *data.Site) geo.Marker {
	th := ml.ds.Theme(s.Theme)
	var icon rune
	if th != nil {
		for _, r := range th.Icon {
			icon = r
			break
		}
	}
	return geo.Marker{ID: s.ID, Point: s.Point, Color: card.ThemeColour(th), Icon: icon, Selected: s.ID == ml.selected,
		Radius: placeMarkerRadius}
}

// hit is what lies under a position: a place, a feature of a user layer, or a bubble of
// several (of the places when user is nil, else of that user layer).
type hit struct {
	site    *data.Site
	feat    *featureRef
	cluster *geo.Cluster
	user    *userLayer
}

// touchTolerance widens markers for fingers, in units.
const touchTolerance = 12

// at finds the place, feature or bubble under pixel x, y of vp, from the last compute:
// the selected marker (on top) first, then the nearest marker, then the nearest bubble
// (as geo.Renderer's MarkerAt and ClusterAt measure them), then, when polygonAt is given,
// the polygons of user layers (which only the renderer knows).
func (ml *markerLayer) at(vp geo.Viewport, x, y float64, polygonAt func(id string) (int, bool)) (hit, bool) {
	// The selected marker is drawn on top: a tap on any of it is a tap on it, even where
	// a neighbour's centre is nearer.
	if n := len(ml.markers); n > 0 && ml.markers[n-1].Selected {
		if _, ok := geo.MarkerAt(ml.markers[n-1:], vp, x, y, 0); ok {
			return ml.markerRefs[n-1].hit(), true
		}
	}
	if i, ok := geo.MarkerAt(ml.markers, vp, x, y, touchTolerance); ok {
		return ml.markerRefs[i].hit(), true
	}
	if i, ok := geo.ClusterAt(ml.bubbles, bubbleStyle, vp, x, y, touchTolerance); ok {
		c := ml.bubbles[i]
		return hit{cluster: &c, user: ml.bubbleRefs[i]}, true
	}
	if polygonAt == nil {
		return hit{}, false
	}
	for k := len(ml.users) - 1; k >= 0; k-- {
		u := ml.users[k]
		if u.hidden || len(u.polys) == 0 {
			continue
		}
		if i, ok := polygonAt(u.polyID()); ok && i < len(u.polyFeat) {
			return hit{feat: &featureRef{u, u.polyFeat[i]}}, true
		}
	}
	return hit{}, false
}

// hit is what tapping the marker means.
func (r markerRef) hit() hit {
	if r.site != nil {
		return hit{site: r.site}
	}
	f := r.feat
	return hit{feat: &f}
}

// leaves returns the places inside a bubble, in tour order.
func (ml *markerLayer) leaves(c geo.Cluster) []*data.Site {
	ls, err := ml.clusterer.Leaves(nil, c.ID, 0, 0)
	if err != nil {
		return nil
	}
	out := make([]*data.Site, 0, len(ls))
	for _, l := range ls {
		out = append(out, ml.sites[l.Index])
	}
	sortByTour(out)
	return out
}

// expansionZoom is the view zoom at which a bubble splits; false when it never does.
func (ml *markerLayer) expansionZoom(h hit, vp geo.Viewport) (float64, bool) {
	cl := ml.clusterer
	if h.user != nil {
		cl = h.user.clusterer
	}
	z, err := cl.ExpansionZoom(h.cluster.ID)
	if err != nil || z > cl.Options().MaxZoom {
		return 0, false
	}
	return cl.ViewZoom(z, vp) + 0.05, true
}

func sortByTour(ss []*data.Site) {
	slices.SortStableFunc(ss, func(a, b *data.Site) int { return a.Tour - b.Tour })
}
