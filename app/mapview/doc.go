// Package mapview is a Fyne widget that shows a slippy map drawn by the geo package: it
// pans with a drag (gliding on after a flick), zooms about the pointer with the wheel or a
// touchpad, double-click zooms in, and flies between views along van Wijk & Nuij's path.
// Frames are drawn off the UI goroutine and handed back with fyne.Do; between frames the
// last one is moved and stretched, so input answers at once.
//
// The widget knows the map and nothing else: markers, bubbles and layers are whatever the
// program puts into the geo.Renderer (Stage for per-view changes such as markers, Update
// for rare ones such as a new layer), and a tap is a callback with a position, which the
// program hit-tests itself (PixelAt turns it into a pixel of the viewport).
//
// Embedding it in another Fyne program:
//
//	r := geo.NewRenderer()
//	r.SetPolygons("land", shapes, geo.Style{Fill: land, Stroke: border, StrokeWidth: 1})
//	m := mapview.New(r, orb.Bound{Min: orb.Point{120.9, 28.85}, Max: orb.Point{122.3, 30.4}})
//	m.OnTap = func(pos fyne.Position) { x, y := m.PixelAt(pos); /* hit-test x, y */ }
//	w.SetContent(container.NewStack(m, container.NewBorder(nil, m.ScaleBar(), nil, nil)))
//	defer m.Close()
package mapview
