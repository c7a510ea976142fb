// Package data is the content of the Ningbo story map: the district
// basemap, the themes, the layers of places with their stories and figures,
// and the rules that check them.
//
// Content is GeoJSON. The binary embeds basemap/districts.geojson and every
// layers/*.geojson; LoadDir lays the layers of a folder over the embedded
// ones. Loading never stops at the first problem: every problem is reported
// as a *FeatureError ("file: feature N (id): field: problem", N counted from
// 1), all of them joined with errors.Join, and every usable place still
// loads. CheckLayer and Dataset.WithLayers apply the same rules to layers
// held in memory (an editor's), and WriteLayer writes a layer file.
//
// Indicator.Format turns a figure into display text in Chinese or English
// (130.60亿元 / 13.06 billion yuan).
//
// The package draws nothing and does not depend on any UI toolkit.
package data
