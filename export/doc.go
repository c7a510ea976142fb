// Package export writes the map's content for other programs: the places
// and their guided tour as KML for Google Earth, and any layer as GeoJSON.
//
// KML is built with github.com/twpayne/go-kml (element constructors, the
// gx: extensions for tours) and go-geom's KML geometry encoding
// (github.com/twpayne/go-geom/encoding/kml), which turns go-geom
// geometries into go-kml elements. go-kml has no id attribute on
// Placemark and no targetId on Change's children, which tours need to open
// a place's balloon; the two small elements in kmlref.go add them.
//
// GeoJSON is written by orb's geojson encoding, one feature per line, so
// that a 100,000-feature layer streams out without building one large
// buffer and the file still diffs well.
//
// Positions are WGS 84, as KML and GeoJSON mean them. For Chinese web maps
// KMLIn and InFrame write them in GCJ-02 (AMap, Tencent) or BD-09 (Baidu)
// instead (package crs).
package export
