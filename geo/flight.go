package geo

import (
	"math"
	"sync/atomic"
	"time"

	"github.com/paulmach/orb"
)

// FlightOptions tune a camera animation. Zero fields take the defaults.
type FlightOptions struct {
	Curve       float64               // ρ of van Wijk & Nuij; 1.42 as MapLibre
	Speed       float64               // average speed in screenfuls per second along the path; 1.2
	MinDuration time.Duration         // 300 ms
	MaxDuration time.Duration         // 4 s
	Duration    time.Duration         // fixed duration, overriding Speed
	Easing      func(float64) float64 // default: MapLibre's cubic-bezier(0.25, 0.1, 0.25, 1)
}

func (o FlightOptions) withDefaults() FlightOptions {
	if o.Curve <= 0 {
		o.Curve = 1.42
	}
	if o.Speed <= 0 {
		o.Speed = 1.2
	}
	if o.MinDuration <= 0 {
		o.MinDuration = 300 * time.Millisecond
	}
	if o.MaxDuration <= 0 {
		o.MaxDuration = 4 * time.Second
	}
	if o.Easing == nil {
		o.Easing = DefaultEasing
	}
	return o
}

// Flight is a camera animation from one view to another centre and zoom.
// At is cheap and allocation-free; Cancel may be called from any goroutine.
type Flight struct {
	from, to   Viewport
	fx, fy     float64 // start centre in world pixels at the start zoom
	dx, dy     float64 // to − from in the same pixels
	rho, r0, s float64 // path parameters: S is the path length
	w0, u1     float64
	zoomOnly   bool // centres coincide: zoom along exp(k·ρ·s)
	plain      bool // an ease: linear centre, linear zoom
	k          float64
	duration   time.Duration
	easing     func(float64) float64
	cancelled  atomic.Bool
}

// FlyTo returns the van Wijk & Nuij (2003) optimal path from the view v to
// centre and zoom (clamped to v's limits), zooming out and in along the way
// as MapLibre's flyTo does; its duration grows with the path length.
func FlyTo(v Viewport, center orb.Point, zoom float64, opt FlightOptions) *Flight {
	o := opt.withDefaults()
	f := newFlight(v, center, zoom, o)
	rho := o.Curve
	rho2 := rho * rho
	w0 := float64(max(v.Width, v.Height, 1))
	w1 := w0 / math.Exp2(f.to.Zoom-v.Zoom)
	u1 := math.Hypot(f.dx, f.dy)
	r := func(i int) float64 {
		w, sign := w0, 1.0
		if i == 1 {
			w, sign = w1, -1
		}
		b := (w1*w1 - w0*w0 + sign*rho2*rho2*u1*u1) / (2 * w * rho2 * u1)
		return math.Log(math.Sqrt(b*b+1) - b)
	}
	f.rho, f.w0, f.u1 = rho, w0, u1
	if u1 > 1e-6 {
		f.r0 = r(0)
		f.s = (r(1) - f.r0) / rho
	}
	if u1 <= 1e-6 || math.IsNaN(f.s) || math.IsInf(f.s, 0) {
		f.zoomOnly = true
		f.k = 1
		if w1 < w0 {
			f.k = -1
		}
		f.s = math.Abs(math.Log(w1/w0)) / rho
	}
	if o.Duration > 0 {
		f.duration = o.Duration
	} else {
		d := time.Duration(f.s / o.Speed * float64(time.Second))
		f.duration = min(max(d, o.MinDuration), o.MaxDuration)
	}
	return f
}

// EaseTo returns a plain animation for short hops: the centre moves in a
// straight line and the zoom changes evenly, over duration (default 500 ms).
func EaseTo(v Viewport, center orb.Point, zoom float64, duration time.Duration, easing func(float64) float64) *Flight {
	o := FlightOptions{Easing: easing}.withDefaults()
	f := newFlight(v, center, zoom, o)
	f.plain = true
	f.duration = duration
	if f.duration <= 0 {
		f.duration = 500 * time.Millisecond
	}
	return f
}

// FlyOrEase picks EaseTo for a hop within about one screen and one zoom
// level, FlyTo otherwise.
func FlyOrEase(v Viewport, center orb.Point, zoom float64, opt FlightOptions) *Flight {
	x, y := v.Project(center)
	dist := math.Hypot(x-float64(v.Width)/2, y-float64(v.Height)/2)
	if dist <= float64(max(v.Width, v.Height)) && math.Abs(zoom-v.Zoom) <= 1 {
		return EaseTo(v, center, zoom, 0, opt.Easing)
	}
	return FlyTo(v, center, zoom, opt)
}

func newFlight(v Viewport, center orb.Point, zoom float64, o FlightOptions) *Flight {
	to := v
	to.Zoom = to.clampZoom(zoom)
	to.SetCenter(center)
	ws := v.WorldSize()
	fx, fy := Mercator(v.Center)
	tx, ty := Mercator(to.Center)
	return &Flight{from: v, to: to, fx: fx * ws, fy: fy * ws, dx: (tx - fx) * ws, dy: (ty - fy) * ws, easing: o.Easing}
}

// Duration returns how long the animation lasts.
func (f *Flight) Duration() time.Duration { return f.duration }

// Target returns the view at the end.
func (f *Flight) Target() Viewport { return f.to }

// Cancel stops the animation: Done reports true from now on and the app
// keeps whatever view it showed last.
func (f *Flight) Cancel() { f.cancelled.Store(true) }

// Cancelled reports whether Cancel was called.
func (f *Flight) Cancelled() bool { return f.cancelled.Load() }

// Done reports whether the animation is over at elapsed time t.
func (f *Flight) Done(t time.Duration) bool { return f.Cancelled() || t >= f.duration }

// At returns the view at elapsed time t (clamped to 0..Duration).
func (f *Flight) At(t time.Duration) Viewport {
	if t >= f.duration || f.duration <= 0 {
		return f.to
	}
	if t <= 0 {
		return f.from
	}
	return f.AtFraction(float64(t) / float64(f.duration))
}

// AtFraction returns the view at fraction k (0..1) of the time.
func (f *Flight) AtFraction(k float64) Viewport {
	if k >= 1 {
		return f.to
	}
	if k <= 0 {
		return f.from
	}
	e := f.easing(k)
	v := f.from
	var u float64 // share of the way from the start centre to the end
	switch {
	case f.plain:
		u = e
		v.Zoom = f.from.Zoom + (f.to.Zoom-f.from.Zoom)*e
	case f.zoomOnly:
		// w(s) = exp(k·ρ·s) is the visible width; zoom = log2(1/w).
		v.Zoom = f.from.Zoom - f.k*f.rho*e*f.s/math.Ln2
	default:
		s := e * f.s
		rho2 := f.rho * f.rho
		w := math.Cosh(f.r0) / math.Cosh(f.r0+f.rho*s)
		u = f.w0 * ((math.Cosh(f.r0)*math.Tanh(f.r0+f.rho*s) - math.Sinh(f.r0)) / rho2) / f.u1
		v.Zoom = f.from.Zoom - math.Log2(w)
	}
	ws := f.from.WorldSize()
	v.Center = InverseMercator((f.fx+f.dx*u)/ws, (f.fy+f.dy*u)/ws)
	return v
}

// DefaultEasing is MapLibre's default: cubic-bezier(0.25, 0.1, 0.25, 1).
func DefaultEasing(t float64) float64 { return CubicBezier(0.25, 0.1, 0.25, 1, t) }

// CubicBezier evaluates the CSS timing curve (p1x,p1y,p2x,p2y) at time t.
func CubicBezier(p1x, p1y, p2x, p2y, t float64) float64 {
	if t <= 0 {
		return 0
	}
	if t >= 1 {
		return 1
	}
	cx := 3 * p1x
	bx := 3*(p2x-p1x) - cx
	ax := 1 - cx - bx
	cy := 3 * p1y
	by := 3*(p2y-p1y) - cy
	ay := 1 - cy - by
	// Solve x(s) = t with Newton's method, then bisection if it stalls.
	s := t
	for range 8 {
		x := ((ax*s+bx)*s+cx)*s - t
		if math.Abs(x) < 1e-7 {
			return ((ay*s+by)*s + cy) * s
		}
		d := (3*ax*s+2*bx)*s + cx
		if math.Abs(d) < 1e-6 {
			break
		}
		s -= x / d
	}
	lo, hi := 0.0, 1.0
	s = t
	for range 40 {
		x := ((ax*s+bx)*s + cx) * s
		if math.Abs(x-t) < 1e-7 {
			break
		}
		if x < t {
			lo = s
		} else {
			hi = s
		}
		s = (lo + hi) / 2
	}
	return ((ay*s+by)*s + cy) * s
}
