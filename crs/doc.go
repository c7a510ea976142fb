// Package crs converts longitudes and latitudes between WGS 84 and the two
// frames Chinese web maps publish in: GCJ-02 (AMap/Gaode, Tencent, Google's
// and Apple's maps of China, DataV and most map data published in China)
// and BD-09 (Baidu).
//
// GCJ-02 is WGS 84 moved by a smooth, deliberately irregular offset of a
// few hundred metres (around Ningbo about 400 m east and 290 m south);
// BD-09 adds Baidu's own offset on top. Both are the published
// formulas of the "eviltransform"/"coordtransform" family. Outside the
// algorithm's rough box around China (lon 72.004–137.8347, lat
// 0.8293–55.8271, InChina) GCJ-02 equals WGS 84, as that algorithm has it;
// BD-09's own step applies everywhere, as in every published
// implementation.
//
// The forward conversions are closed formulas. Their inverses are not:
// GCJ02ToWGS84 and BD09ToGCJ02 iterate (each step is a forward
// conversion; the offset changes by less than 1 % of a step's length, so
// two steps are nearly always enough) and are accurate to 5 cm over the
// whole box and to 1 cm around Ningbo, inside the 0.1 m the map needs. Expected values in testdata/ come from
// an independent implementation, the npm package gcoord.
//
// The program keeps one frame inside, WGS 84: convert at the edges — when
// a file is read (importer), written (export), or a tile basemap drawn
// from a GCJ-02 web map — never in the model. Frame names a frame, and
// Parse reads one from a flag or a configuration file.
package crs
