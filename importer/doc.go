// Package importer reads map layers from files people bring: GeoJSON
// (a FeatureCollection, a Feature or a bare geometry), KML and KMZ
// (placemarks with points, lines, polygons and multi-geometries, names,
// descriptions, extended data, folders as sub-layers), GPX (waypoints,
// routes, tracks) and CSV (longitude/latitude columns found by their
// header).
//
// Text may be UTF-8, UTF-16, GB18030 (GBK), Big5 or windows-1252
// (Latin-1): detect.go recognises byte-order marks and UTF-16's zero
// bytes, and otherwise scores each legacy candidate's reading (score.go);
// Options.Encoding overrides it, Layer.Encoding tells which was used, and
// Encodings lists the choices for a menu.
//
// Geometry is made valid GeoJSON on import (repair.go): lines of one
// position, open or degenerate rings, empty KML Points beside tracks.
// Each change is a warning wrapping ErrWarning, and the feature loads;
// Warnings separates warnings from the other problems.
//
// Load and Decode return a *Layer and every problem found, joined with
// errors.Join. A problem is an *Error naming the file and, where known, the
// line, the feature and the field: "shops.csv:7: feature 6: lng, lat:
// invalid coordinate: latitude 95.2 is outside -90..90". A bad feature is
// left out and reported while the good ones load; the layer is nil only
// when nothing could be loaded. Every problem wraps one of the sentinel
// errors (ErrTooLarge, ErrSyntax, ErrCoordinate, …) for errors.Is.
//
// Coordinates are longitude/latitude, WGS 84 unless Options.CRS says the
// file is in GCJ-02 (AMap, Tencent) or BD-09 (Baidu): then every position is
// converted to WGS 84 as it is read (package crs), whatever the format, and
// Layer.CRS records the frame. Every position is checked to be finite,
// within −180..180 and −90..90, before and after a conversion.
//
// # Large files
//
// A GeoJSON FeatureCollection is first split into its features by a
// byte scanner (split.go), then each feature is decoded into orb's geojson
// types with a fast JSON codec, github.com/goccy/go-json, chosen in this
// package (geojsondecode.go) and not through orb's package-level
// geojson.CustomJSONUnmarshaler, which would change GeoJSON decoding for the
// whole program. On this project's 2-core machine a
// 100,000-point, 20 MB file imports in about 0.40 s against 1.14 s for orb
// with encoding/json alone, 2.8× faster (BenchmarkDecodeFast against
// BenchmarkDecodeOrbStdlib); the import includes the coordinate checks and
// the properties as text.
// Decoding feature by feature also gives progress reports, line numbers,
// and the features before a truncation.
// The codec falls back to encoding/json on any error, so results and error
// messages stay those of orb with the standard library; see codec.go.
//
// Load and Decode may run on any goroutine, several at once. Progress is
// called on the goroutine that imports.
package importer
