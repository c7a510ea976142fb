package crs

import (
	"math/rand"
	"ningbomap/internal/cputime"
	"testing"

	"github.com/paulmach/orb"
)

// benchPoints returns n seeded random positions around Ningbo, where the
// map's data lies.
func benchPoints(n int) []orb.Point {
	r := rand.New(rand.NewSource(1))
	ps := make([]orb.Point, n)
	for i := range ps {
		ps[i] = orb.Point{120.8 + r.Float64()*1.6, 28.8 + r.Float64()*1.8}
	}
	return ps
}

// sink keeps the compiler from dropping the work.
var sink orb.Point

func benchConv(b *testing.B, fn func(orb.Point) orb.Point) {
	ps := benchPoints(1024)
	b.ReportAllocs()
	cpu := cputime.Start()
	for i := 0; b.Loop(); i++ {
		sink = fn(ps[i&1023])
	}
	cpu.Report(b)
}

func BenchmarkWGS84ToGCJ02(b *testing.B) { benchConv(b, GCJ02.FromWGS84) }
func BenchmarkGCJ02ToWGS84(b *testing.B) { benchConv(b, GCJ02.ToWGS84) }
func BenchmarkWGS84ToBD09(b *testing.B)  { benchConv(b, BD09.FromWGS84) }
func BenchmarkBD09ToWGS84(b *testing.B)  { benchConv(b, BD09.ToWGS84) }

// BenchmarkGCJ02DeltaDirect is the published formula's offset, one sine
// per term, beside gcjDelta (BenchmarkGCJ02Delta), which shares them.
func BenchmarkGCJ02DeltaDirect(b *testing.B) {
	benchConv(b, func(p orb.Point) orb.Point {
		dx, dy := gcjDeltaDirect(p[0], p[1])
		return orb.Point{p[0] + dx, p[1] + dy}
	})
}

func BenchmarkGCJ02Delta(b *testing.B) {
	benchConv(b, func(p orb.Point) orb.Point {
		dx, dy := gcjDelta(p[0], p[1])
		return orb.Point{p[0] + dx, p[1] + dy}
	})
}
