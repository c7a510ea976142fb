package search

import (
	"math/rand/v2"
	"testing"
)

// typical are queries as users type them.
var typical = []string{"tt", "tengtou", "匡堰", "奉化", "Tengtou Village", "xiangshan", "ｔｔ", "Téng tóu", "zzz"}

func BenchmarkQuery(b *testing.B) {
	_, ix := embedded(b)
	for _, q := range typical {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = ix.Query(q, 10)
			}
		})
	}
}

// BenchmarkQueryTyping replays typing: every prefix of a typical query,
// drawn in a seeded random order.
func BenchmarkQueryTyping(b *testing.B) {
	_, ix := embedded(b)
	var prefixes []string
	for _, q := range typical {
		r := []rune(q)
		for i := 1; i <= len(r); i++ {
			prefixes = append(prefixes, string(r[:i]))
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	b.ReportAllocs()
	for b.Loop() {
		_ = ix.Query(prefixes[rng.IntN(len(prefixes))], 10)
	}
}

func BenchmarkNewIndex(b *testing.B) {
	ds, _ := embedded(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = NewDatasetIndex(ds)
	}
}
