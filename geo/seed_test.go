package geo

import "github.com/paulmach/orb"

// mulberry32 is a tiny seeded generator that bench/supercluster.mjs
// implements identically, so Go and Node index the very same points.
type mulberry32 uint32

func (m *mulberry32) float() float64 {
	*m += 0x6D2B79F5
	a := uint32(*m)
	t := (a ^ a>>15) * (1 | a)
	t = (t + (t^t>>7)*(61|t)) ^ t
	return float64(t^t>>14) / 4294967296
}

// seededPoints returns n points spread uniformly over Ningbo's box.
func seededPoints(n int, seed uint32) []orb.Point {
	g := mulberry32(seed)
	pts := make([]orb.Point, n)
	for i := range pts {
		lon := ningbo.Min[0] + g.float()*(ningbo.Max[0]-ningbo.Min[0])
		lat := ningbo.Min[1] + g.float()*(ningbo.Max[1]-ningbo.Min[1])
		pts[i] = orb.Point{lon, lat}
	}
	return pts
}
