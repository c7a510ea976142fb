package importer

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/paulmach/orb/geojson"
)

// Ningbo's bounding box, for generated points.
const (
	ningboWest, ningboEast   = 120.9, 122.3
	ningboSouth, ningboNorth = 28.85, 30.4
)

// writePoints writes a FeatureCollection of n points spread over Ningbo,
// each with a few properties, from a seeded generator.
func writePoints(w io.Writer, n int, seed int64) error {
	r := rand.New(rand.NewSource(seed))
	bw := bufio.NewWriter(w)
	kinds := []string{"村委会", "党群服务中心", "文化礼堂", "school", "clinic"}
	fmt.Fprint(bw, `{"type":"FeatureCollection","name":"generated points","features":[`)
	for i := 0; i < n; i++ {
		if i > 0 {
			bw.WriteString(",\n")
		}
		fmt.Fprintf(bw, `{"type":"Feature","id":%d,"geometry":{"type":"Point","coordinates":[%.6f,%.6f]},`+
			`"properties":{"name":"站点 %d","kind":%q,"visitors":%d,"score":%.2f,"open":%t}}`,
			i+1, ningboWest+r.Float64()*(ningboEast-ningboWest), ningboSouth+r.Float64()*(ningboNorth-ningboSouth),
			i+1, kinds[r.Intn(len(kinds))], r.Intn(100000), r.Float64()*100, r.Intn(2) == 0)
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}

// largeFile is the 100,000-point benchmark file, generated once per run
// into a temporary file and read back.
var largeFile = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "importer-bench")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "points.geojson")
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := writePoints(f, 100_000, 1); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	return os.ReadFile(path)
})

// benchData returns the large file or stops the benchmark.
func benchData(b *testing.B) []byte {
	data, err := largeFile()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	return data
}

// BenchmarkDecodeOrbStdlib decodes the large file with orb and
// encoding/json, the baseline.
func BenchmarkDecodeOrbStdlib(b *testing.B) {
	data := benchData(b)
	for b.Loop() {
		fc, err := geojson.UnmarshalFeatureCollection(data)
		if err != nil || len(fc.Features) != 100_000 {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeFast imports the large file: splitting, each feature decoded
// with the fast codec (unmarshalFeature), property text, coordinate checks.
func BenchmarkDecodeFast(b *testing.B) {
	data := benchData(b)
	for b.Loop() {
		l, err := Decode("points.geojson", bytes.NewReader(data), Options{})
		if err != nil || len(l.Features) != 100_000 {
			b.Fatal(err)
		}
	}
}
