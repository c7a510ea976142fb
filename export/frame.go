package export

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"ningbomap/crs"
)

// InFrame returns fc with every geometry converted from WGS 84, the
// program's frame, to f: crs.GCJ02 for AMap or Tencent, crs.BD09 for
// Baidu. fc is left as it is (the result has its own features and
// geometries, sharing the properties); for crs.WGS84 fc itself is
// returned. GeoJSON (RFC 7946) means WGS 84: a file in another frame is
// for the web map that reads it, not for other GIS programs, and reads
// back into this program with that frame named (importer.Options.CRS).
func InFrame(fc *geojson.FeatureCollection, f crs.Frame) *geojson.FeatureCollection {
	if fc == nil || f == crs.WGS84 {
		return fc
	}
	out := *fc
	out.Features = make([]*geojson.Feature, len(fc.Features))
	var all orb.Bound
	some := false
	for i, feat := range fc.Features {
		c := *feat
		if c.Geometry != nil {
			c.Geometry = f.GeometryFromWGS84(orb.Clone(c.Geometry))
			b := c.Geometry.Bound()
			if len(c.BBox) > 0 {
				c.BBox = geojson.NewBBox(b)
			}
			if some {
				all = all.Union(b)
			} else {
				all, some = b, true
			}
		}
		out.Features[i] = &c
	}
	if len(fc.BBox) > 0 && some {
		out.BBox = geojson.NewBBox(all)
	}
	return &out
}
