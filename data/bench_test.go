package data

import (
	"os"
	"testing"
)

func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if ds, _ := LoadEmbedded(); ds == nil {
			b.Fatal("nil dataset")
		}
	}
}

func BenchmarkParseLayer(b *testing.B) {
	src, err := os.ReadFile("testdata/good/extra.geojson")
	if err != nil {
		b.Fatal(err)
	}
	districts, _ := embeddedDistricts()
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if p := parseLayer("extra.geojson", src, districts); p.layer == nil {
			b.Fatal("layer not parsed")
		}
	}
}

func BenchmarkFormat(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, tt := range formatCases {
			_ = tt.ind.Format(Zh)
			_ = tt.ind.Format(En)
		}
	}
}
