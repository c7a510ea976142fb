package importer

import (
	"bytes"
	"fmt"
	"math/rand"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// largeText builds a 100,000-point file of another format from a seeded
// generator: a GPX track, a KML folder of placemarks or a CSV table.
func largeText(format string) []byte {
	r := rand.New(rand.NewSource(1))
	lonlat := func() (float64, float64) {
		return ningboWest + r.Float64()*(ningboEast-ningboWest), ningboSouth + r.Float64()*(ningboNorth-ningboSouth)
	}
	var b bytes.Buffer
	switch format {
	case FormatGPX:
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
			`<gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>t</name><trkseg>` + "\n")
		for i := 0; i < 100_000; i++ {
			lon, lat := lonlat()
			fmt.Fprintf(&b, "<trkpt lat=\"%.6f\" lon=\"%.6f\"><ele>12.5</ele><time>2024-07-01T08:00:00Z</time></trkpt>\n", lat, lon)
		}
		b.WriteString("</trkseg></trk></gpx>\n")
	case FormatKML:
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
			`<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>points</name>` + "\n")
		for i := 0; i < 100_000; i++ {
			lon, lat := lonlat()
			fmt.Fprintf(&b, "<Placemark><name>站点 %d</name><ExtendedData><Data name=\"visitors\"><value>%d</value></Data></ExtendedData>"+
				"<Point><coordinates>%.6f,%.6f</coordinates></Point></Placemark>\n", i+1, r.Intn(100000), lon, lat)
		}
		b.WriteString("</Folder></Document></kml>\n")
	case FormatCSV:
		b.WriteString("名称,经度,纬度,访客\n")
		for i := 0; i < 100_000; i++ {
			lon, lat := lonlat()
			fmt.Fprintf(&b, "站点 %d,%.6f,%.6f,%d\n", i+1, lon, lat, r.Intn(100000))
		}
	}
	return b.Bytes()
}

// benchFormat imports the large file of format.
func benchFormat(b *testing.B, format string) {
	data := largeText(format)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		l, err := Decode("large."+format, bytes.NewReader(data), Options{})
		if err != nil || len(l.Features) == 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeGPX imports one 100,000-point track.
func BenchmarkDecodeGPX(b *testing.B) { benchFormat(b, FormatGPX) }

// BenchmarkDecodeKML imports 100,000 placemarks.
func BenchmarkDecodeKML(b *testing.B) { benchFormat(b, FormatKML) }

// BenchmarkDecodeCSV imports a 100,000-row table.
func BenchmarkDecodeCSV(b *testing.B) { benchFormat(b, FormatCSV) }

// BenchmarkDecodeCSVGBK imports the 100,000-row table saved as GBK, so
// that its encoding is detected by scoring the candidates.
func BenchmarkDecodeCSVGBK(b *testing.B) {
	data, err := simplifiedchinese.GBK.NewEncoder().Bytes(largeText(FormatCSV))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		l, err := Decode("large.csv", bytes.NewReader(data), Options{})
		if err != nil || len(l.Features) == 0 || l.Encoding != EncodingGB18030 {
			b.Fatal(err)
		}
	}
}

// BenchmarkDetect scores a 256 KiB sample of GBK text, the most the
// detector reads, in the three candidates.
func BenchmarkDetect(b *testing.B) {
	data, err := simplifiedchinese.GBK.NewEncoder().Bytes(largeText(FormatCSV))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if best, _, ok := guess(data); !ok || best != EncodingGB18030 {
			b.Fatal(best)
		}
	}
}
