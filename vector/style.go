package vector

import "image/color"

// The style: calm and light, warm greys and pale tints, so that the story
// markers and the names stay the strongest thing on the map. Areas are
// drawn in the order of the set constants (broad covers first, then what
// lies on them), then water, buildings from zoom 14, and roads: tunnels
// first and muted, then every casing, then every fill, then rail, then
// bridges class by class, each with its own casing.

// set is a group of shapes drawn the same way: an area paint, a line
// paint, or one class of road on one level.
type set uint8

// Area and line sets, in drawing order.
const (
	aEarth set = iota
	aFarmland
	aGrass
	aWood
	aWetland
	aSand
	aResidential
	aCommercial
	aIndustrial
	aInstitution
	aCemetery
	aPark
	aPitch
	aAerodrome
	aRunway
	aWater
	lRiver
	lStream
	aPier
	aBuilding
	lRunway
	lFerry
	roadSets // the first road set: roadSet(level, class)
)

// Road classes, from the least to the most important: fills of a later
// class are drawn over those of an earlier one.
const (
	rcPath = iota
	rcService
	rcMinor
	rcLink
	rcMedium
	rcMajor
	rcMotorway
	rcRail
	rcSiding // yards, sidings, spurs, trams: thinner and paler than the main lines
	roadClasses
)

// Road levels.
const (
	levelTunnel = iota
	levelGround
	levelBridge
	levels
)

// numSets is how many sets there are.
const numSets = int(roadSets) + levels*roadClasses

// roadSet is the set of a road class on a level.
func roadSet(level, class int) set { return roadSets + set(level*roadClasses+class) }

// rgb is an opaque colour from 0xRRGGBB.
func rgb(c uint32) color.NRGBA {
	return color.NRGBA{uint8(c >> 16), uint8(c >> 8), uint8(c), 255}
}

// Colours of the land and water.
var (
	earthColour = rgb(0xF5F2EB)
	waterColour = rgb(0xC8DCEA)
)

// areaColour is the fill of each area set (zero: not an area).
var areaColour = [roadSets]color.NRGBA{
	aEarth:       earthColour,
	aFarmland:    rgb(0xF0EEE0),
	aGrass:       rgb(0xE5ECD9),
	aWood:        rgb(0xDCE6D1),
	aWetland:     rgb(0xDFE9E3),
	aSand:        rgb(0xF2EDDD),
	aResidential: rgb(0xEFEBE4),
	aCommercial:  rgb(0xF0E9E3),
	aIndustrial:  rgb(0xEBE8E4),
	aInstitution: rgb(0xF1E9E1),
	aCemetery:    rgb(0xE2E8DA),
	aPark:        rgb(0xDEEAD4),
	aPitch:       rgb(0xD9E7D0),
	aAerodrome:   rgb(0xEDEBE7),
	aRunway:      rgb(0xDEDBD5),
	aWater:       waterColour,
	aPier:        earthColour,
	aBuilding:    rgb(0xE5E0D8),
}

// stop is a value at a zoom; between stops values go linearly.
type stop struct{ z, v float64 }

// valueAt is the value of stops at zoom z, held at the ends.
func valueAt(stops []stop, z float64) float64 {
	if z <= stops[0].z {
		return stops[0].v
	}
	for i := 1; i < len(stops); i++ {
		if z <= stops[i].z {
			a, b := stops[i-1], stops[i]
			return a.v + (b.v-a.v)*(z-a.z)/(b.z-a.z)
		}
	}
	return stops[len(stops)-1].v
}

// lineStyle is how a line set is drawn: a width by zoom from a least zoom.
type lineStyle struct {
	from   float64
	width  []stop
	colour color.NRGBA
}

var (
	riverStyle  = lineStyle{from: 8, width: []stop{{8, 0.5}, {11, 1}, {13, 1.8}, {15, 3.5}, {18, 12}}, colour: waterColour}
	streamStyle = lineStyle{from: 13, width: []stop{{13, 0.5}, {15, 1}, {18, 2.5}}, colour: waterColour}
	runwayStyle = lineStyle{from: 10, width: []stop{{10, 0.8}, {12, 2}, {14, 6}, {16, 18}}, colour: rgb(0xDEDBD5)}
	ferryStyle  = lineStyle{from: 9, width: []stop{{9, 0.6}, {14, 1}, {18, 1.5}}, colour: rgb(0x9DB8CF)}
)

// roadStyle is how one class of road is drawn.
type roadStyle struct {
	from       float64 // least zoom drawn
	width      []stop  // width of the fill by zoom, pixels at Scale 1
	casingFrom float64 // least zoom with a casing; below it one line in low
	fill, edge color.NRGBA
	low        color.NRGBA // the road's colour while it has no casing
}

// roadStyles, by class. Widths grow about 1.5 times a level at street
// zooms; the casing is 0.5 px a side, 0.75 from zoom 15.
var roadStyles = [roadClasses]roadStyle{
	rcPath: {from: 15, width: []stop{{15, 0.6}, {16, 0.9}, {18, 1.6}}, casingFrom: 99,
		low: rgb(0xD6CDBF)},
	rcService: {from: 13.5, width: []stop{{13.5, 0.5}, {15, 1.6}, {16, 2.6}, {18, 7}}, casingFrom: 15,
		fill: rgb(0xFFFFFF), edge: rgb(0xE0D9CE), low: rgb(0xE2DCD2)},
	rcMinor: {from: 12, width: []stop{{12, 0.5}, {13, 0.8}, {14, 1.8}, {15, 3}, {16, 5}, {18, 13}}, casingFrom: 14,
		fill: rgb(0xFFFFFF), edge: rgb(0xDAD2C5), low: rgb(0xE0D9CD)},
	rcLink: {from: 12, width: []stop{{12, 0.6}, {14, 1.6}, {15, 2.6}, {16, 4}, {18, 10}}, casingFrom: 13,
		fill: rgb(0xFFFFFF), edge: rgb(0xD8CFC1), low: rgb(0xDCD3C5)},
	rcMedium: {from: 9, width: []stop{{9, 0.4}, {11, 0.8}, {12, 1.2}, {13, 1.9}, {14, 3}, {15, 4.6}, {16, 7}, {18, 16}}, casingFrom: 12,
		fill: rgb(0xFFFFFF), edge: rgb(0xD4CBBD), low: rgb(0xDBD2C4)},
	rcMajor: {from: 7, width: []stop{{7, 0.4}, {9, 0.7}, {11, 1.1}, {12, 1.7}, {13, 2.5}, {14, 3.7}, {15, 5.5}, {16, 8.5}, {18, 19}}, casingFrom: 11,
		fill: rgb(0xFFFFFF), edge: rgb(0xCEC2AF), low: rgb(0xD6CAB7)},
	rcMotorway: {from: 5, width: []stop{{5, 0.5}, {8, 0.9}, {10, 1.3}, {12, 2.2}, {13, 3}, {14, 4.4}, {15, 6.5}, {16, 9.5}, {18, 21}}, casingFrom: 10,
		fill: rgb(0xFBF3E1), edge: rgb(0xD6C4A2), low: rgb(0xD9C7A5)},
	rcRail: {from: 10, width: []stop{{10, 0.5}, {12, 0.8}, {14, 1.2}, {16, 1.8}, {18, 2.5}}, casingFrom: 99,
		low: rgb(0xC4BDB3)},
	rcSiding: {from: 14, width: []stop{{14, 0.6}, {16, 1}, {18, 1.5}}, casingFrom: 99,
		low: rgb(0xD3CDC4)},
}

// Tunnels: lighter, with a dashed casing; bridges: a darker casing.
var (
	tunnelFill = rgb(0xF6F3EE)
	tunnelEdge = rgb(0xDDD7CD)
	bridgeEdge = rgb(0xC9BEAD)
)

// casing is the width of a road's casing on each side at zoom z.
func casing(z float64) float64 { return valueAt([]stop{{12, 0.5}, {15, 0.75}, {18, 1}}, z) }

// railTies: from this zoom main lines are a grey line with white dashes
// in it.
const railTies = 16

// buildingsFrom is the least zoom at which buildings are drawn, a shade
// darker than the land, without outlines: blocks of houses read as
// blocks.
const buildingsFrom = 14
