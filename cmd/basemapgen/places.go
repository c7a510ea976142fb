package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"

	"github.com/paulmach/orb"

	"ningbomap/atomicfile"
)

// places are the embedded places as their positions were first read off
// the map, in sourceFrame, by id. The layer files hold them converted to
// WGS 84 (placesToWGS84 writes them); a place added later, or moved since,
// is written in WGS 84 by whoever adds it and does not belong here.
var places = map[string]orb.Point{
	"anfeng":           {121.518, 29.872},
	"bailong":          {121.705, 29.956},
	"baiyu":            {121.81, 29.565},
	"fenghua-drainage": {121.406, 29.655},
	"gaoni":            {121.8, 29.556},
	"kuangyan":         {121.323, 30.147},
	"laoshan":          {121.44, 29.675},
	"lingfeng":         {121.795, 29.872},
	"longtou":          {121.32, 29.665},
	"ningbo":           {121.5497, 29.875},
	"santang":          {121.74, 29.825},
	"tengtou":          {121.353, 29.68},
	"tengtou-academy":  {121.349, 29.677},
	"yangming":         {121.17, 30.055},
	"yuelin":           {121.426, 29.662},
	"zhaobaoshan":      {121.713, 29.953},
}

// placesToWGS84 rewrites the point of every place of the table found in
// the layer files of dir (*.geojson) with its WGS 84 position, touching
// nothing else in the files. A place already at its WGS 84 position
// (within placeTolerance) is left alone, so running it again changes
// nothing; a place at neither position was moved by hand since, and is an
// error (take it out of the table). Every place of the table must be
// found.
func placesToWGS84(dir string, w io.Writer) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.geojson"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	seen := map[string]bool{}
	var errs []error
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		out, n, err := convertPlaces(b, seen)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", file, err))
			continue
		}
		if n == 0 {
			continue
		}
		if err := atomicfile.WriteFile(file, out, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: %d places converted to WGS 84\n", file, n)
	}
	for _, id := range sortedIDs() {
		if !seen[id] {
			errs = append(errs, fmt.Errorf("place %s of the table is in no layer file of %s", id, dir))
		}
	}
	return errors.Join(errs...)
}

// convertPlaces returns the layer file b with the points of the table's
// places converted, and how many it converted; seen collects the ids of
// the table's places found.
func convertPlaces(b []byte, seen map[string]bool) ([]byte, int, error) {
	spans, err := pointSpans(b)
	if err != nil {
		return nil, 0, err
	}
	out := append([]byte(nil), b...)
	n := 0
	// From the end, so that earlier spans keep their offsets.
	for i := len(spans) - 1; i >= 0; i-- {
		s := spans[i]
		src, ok := places[s.id]
		if !ok {
			continue
		}
		seen[s.id] = true
		want := toWGS84(src)
		switch {
		case near(s.at, want):
			continue
		case near(s.at, src):
		default:
			return nil, 0, fmt.Errorf("place %s is at %v, neither its %s position %v nor its WGS 84 position %v: "+
				"it was moved since; take it out of the table in places.go", s.id, s.at, sourceFrame, src, want)
		}
		text, err := replaceNumbers(out[s.start:s.end], want)
		if err != nil {
			return nil, 0, fmt.Errorf("place %s: %w", s.id, err)
		}
		out = append(out[:s.start:s.start], append(text, out[s.end:]...)...)
		n++
	}
	return out, n, nil
}

// placeTolerance is how far, in degrees (about 1 m), a place may lie from
// its WGS 84 or its source position and still count as there: a
// conversion refined in its last digits (1e-6°) then neither rewrites the
// files nor takes the place for one moved by hand.
const placeTolerance = 1e-5

// near reports whether a and b are within placeTolerance of each other.
func near(a, b orb.Point) bool {
	return math.Abs(a[0]-b[0]) <= placeTolerance && math.Abs(a[1]-b[1]) <= placeTolerance
}

// numberRE matches a JSON number.
var numberRE = regexp.MustCompile(`-?\d+(\.\d+)?([eE][+-]?\d+)?`)

// replaceNumbers returns the coordinates' text with its two numbers
// replaced by p's, keeping the spacing around them.
func replaceNumbers(text []byte, p orb.Point) ([]byte, error) {
	locs := numberRE.FindAllIndex(text, -1)
	if len(locs) != 2 {
		return nil, fmt.Errorf("coordinates %s: want two numbers", text)
	}
	var b bytes.Buffer
	b.Write(text[:locs[0][0]])
	b.WriteString(strconv.FormatFloat(p[0], 'f', -1, 64))
	b.Write(text[locs[0][1]:locs[1][0]])
	b.WriteString(strconv.FormatFloat(p[1], 'f', -1, 64))
	b.Write(text[locs[1][1]:])
	return b.Bytes(), nil
}

// sortedIDs returns the table's ids in order.
func sortedIDs() []string {
	ids := make([]string, 0, len(places))
	for id := range places {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// pointSpan is where a feature's point coordinates lie in a layer file.
type pointSpan struct {
	id         string
	at         orb.Point
	start, end int // byte offsets of the coordinates array
}

// pointSpans finds the coordinates of every Point feature of a
// FeatureCollection, with the feature's id, in file order.
func pointSpans(b []byte) ([]pointSpan, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	var spans []pointSpan
	for dec.More() {
		key, err := keyToken(dec)
		if err != nil {
			return nil, err
		}
		if key != "features" {
			if err := skipValue(dec); err != nil {
				return nil, err
			}
			continue
		}
		if err := expectDelim(dec, '['); err != nil {
			return nil, err
		}
		for i := 1; dec.More(); i++ {
			s, err := featureSpan(dec)
			if err != nil {
				return nil, fmt.Errorf("feature %d: %w", i, err)
			}
			if s.id != "" && s.end > s.start {
				spans = append(spans, s)
			}
		}
		if err := expectDelim(dec, ']'); err != nil {
			return nil, err
		}
	}
	return spans, nil
}

// featureSpan reads one feature object and returns its id and where its
// Point's coordinates are (start == end when it has none).
func featureSpan(dec *json.Decoder) (pointSpan, error) {
	var s pointSpan
	if err := expectDelim(dec, '{'); err != nil {
		return s, err
	}
	for dec.More() {
		key, err := keyToken(dec)
		if err != nil {
			return s, err
		}
		switch key {
		case "id":
			if err := dec.Decode(&s.id); err != nil {
				return s, fmt.Errorf("id: %w", err)
			}
		case "geometry":
			if err := expectDelim(dec, '{'); err != nil {
				return s, fmt.Errorf("geometry: %w", err)
			}
			for dec.More() {
				gkey, err := keyToken(dec)
				if err != nil {
					return s, err
				}
				if gkey != "coordinates" {
					if err := skipValue(dec); err != nil {
						return s, err
					}
					continue
				}
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					return s, fmt.Errorf("coordinates: %w", err)
				}
				s.end = int(dec.InputOffset())
				s.start = s.end - len(raw)
				if json.Unmarshal(raw, &s.at) != nil {
					s.start, s.end = 0, 0 // not a Point: not one of the table's places
				}
			}
			if err := expectDelim(dec, '}'); err != nil {
				return s, err
			}
		default:
			if err := skipValue(dec); err != nil {
				return s, err
			}
		}
	}
	return s, expectDelim(dec, '}')
}

// expectDelim reads the next token and checks that it is d.
func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != d {
		return fmt.Errorf("want %v, got %v", d, tok)
	}
	return nil
}

// keyToken reads an object key.
func keyToken(dec *json.Decoder) (string, error) {
	tok, err := dec.Token()
	if err != nil {
		return "", err
	}
	key, ok := tok.(string)
	if !ok {
		return "", fmt.Errorf("want a key, got %v", tok)
	}
	return key, nil
}

// skipValue reads and drops the next value.
func skipValue(dec *json.Decoder) error {
	var raw json.RawMessage
	return dec.Decode(&raw)
}
