// Package budget holds every budget the program puts on what it reads from
// outside — bytes, pixels, counts, string lengths and time — in one table,
// and the checks that apply them before the work: regular files only, read
// through a limit; image headers read and their decoding cost counted before
// any decode; strings cut with an ellipsis. A budget that is exceeded gives
// an *Error naming the file and the budget. The README's table is this
// table (a test keeps them the same).
//
//	b, err := budget.ReadFile(path, budget.LayerFile)
//	im, err := budget.ReadImage(f)          // header only
//	err = im.Check(path, budget.PhotoPixels, budget.PhotoDecode)
//	name, cut := budget.Cut(name, budget.Name)
package budget

import (
	"fmt"
	"time"
)

// Unit is what a budget counts.
type Unit int

// Units of budgets.
const (
	Bytes  Unit = iota // bytes of a file or a section of one
	Pixels             // pixels of an image
	Count              // things: entries, features, rows
	Runes              // characters of a string
	Time               // a duration, in nanoseconds
)

// Budget is one limit: its name (used in messages: "over the photo file
// budget"), what it bounds, its limit and its unit.
type Budget struct {
	Name  string
	What  string // what it bounds, for the table
	Limit int64
	Unit  Unit
}

// Duration returns a Time budget's limit as a time.Duration.
func (b Budget) Duration() time.Duration { return time.Duration(b.Limit) }

// Int returns the limit as an int.
func (b Budget) Int() int { return int(b.Limit) }

// Amount writes n in the budget's unit, for people: "50 MB", "100
// megapixels", "1,048,576 entries", "200 characters", "5 s".
func (b Budget) Amount(n int64) string {
	switch b.Unit {
	case Bytes:
		return Size(n)
	case Pixels:
		if n >= 1_000_000 && n%1_000_000 == 0 {
			return fmt.Sprintf("%d megapixels", n/1_000_000)
		}
		return thousands(n) + " pixels"
	case Runes:
		return thousands(n) + " characters"
	case Time:
		return time.Duration(n).String()
	}
	return thousands(n)
}

// String is the budget's name and limit: "photo file: 50 MB".
func (b Budget) String() string { return b.Name + ": " + b.Amount(b.Limit) }

// The budgets. Each is checked before the work it bounds; see All for the
// table and the README for why each has its value.
var (
	// Bytes.
	LayerFile     = Budget{"layer file", "an imported file (--layer, export --from, check): GeoJSON, KML, KMZ (and the KML inside), GPX, CSV", 64 << 20, Bytes}
	DataLayerFile = Budget{"data layer file", "a layer file of the map's own format (a *.geojson of --data)", 16 << 20, Bytes}
	PhotoFile     = Budget{"photo file", "a photo of a card", 50 << 20, Bytes}
	ConfigFile    = Budget{"configuration file", "the kiosk configuration (kiosk.toml)", 1 << 20, Bytes}
	StateFile     = Budget{"state file", "the kiosk's count of wrong PINs (pin-lockout.json)", 64 << 10, Bytes}
	UsageFile     = Budget{"usage file", "one day's usage counts (usage-DATE.csv)", 64 << 20, Bytes}
	BundleEntry   = Budget{"bundle entry", "a layer file or photo in a bundle, unpacked", 64 << 20, Bytes}
	BundleBasemap = Budget{"bundle basemap", "the tile file in a bundle, unpacked", 2 << 30, Bytes}
	BundleTotal   = Budget{"bundle size", "everything in a bundle, unpacked", 4 << 30, Bytes}
	TileData      = Budget{"tile size", "one stored tile of a tile file", 16 << 20, Bytes}
	TileDirectory = Budget{"tile directory size", "a PMTiles directory, decompressed", 32 << 20, Bytes}
	TileMetadata  = Budget{"tile metadata size", "a tile file's metadata: PMTiles JSON, MBTiles metadata values together", 16 << 20, Bytes}

	// Pixels.
	TileSide    = Budget{"tile side", "width and height of one tile", 4096, Pixels}
	TileDecode  = Budget{"tile decoding memory", "what decoding one tile takes (bit depth, interlacing and conversion counted)", 96 << 20, Bytes}
	PhotoPixels = Budget{"photo pixels", "pixels of one photo", 100_000_000, Pixels}
	PhotoDecode = Budget{"photo decoding memory", "what decoding one photo takes (bit depth, interlacing, progressive JPEG counted)", 256 << 20, Bytes}
	Picture     = Budget{"picture pixels", "a picture drawn by render (--size; each side at most 16,384)", 16 << 20, Pixels}

	// Counts.
	TileEntries      = Budget{"tile directory entries", "entries of one PMTiles directory", 1 << 20, Count}
	TileCacheEntries = Budget{"cached tile directory entries", "PMTiles leaf directory entries kept in memory", 2 << 20, Count}
	MetadataRows     = Budget{"metadata rows", "rows of an MBTiles metadata table", 1000, Count}
	Features         = Budget{"features", "points, lines and shapes of the imported layers, all together", 500_000, Count}
	Vertices         = Budget{"vertices", "positions of the imported layers' lines and shapes, all together", 1_000_000, Count}
	Properties       = Budget{"properties", "attributes of one imported feature (CSV columns)", 200, Count}
	CardItems        = Budget{"card items", "figures, distinctions, photos or administrative steps of one place", 50, Count}
	UsagePlaces      = Budget{"usage places", "different place ids counted by ningbomap stats", 10_000, Count}
	UsageFiles       = Budget{"usage files", "daily usage files read by ningbomap stats", 4000, Count}
	ProblemsListed   = Budget{"problems listed", "bad lines of a usage file listed one by one (the rest are counted)", 10, Count}

	// String lengths.
	Name        = Budget{"name length", "a name: of a place, a layer, a feature, a folder, a tile file; an imported property's name", 200, Runes}
	Caption     = Budget{"caption length", "a caption, credit, distinction, figure label, source title", 500, Runes}
	Attribution = Budget{"attribution length", "a tile file's attribution (credits line)", 500, Runes}
	Text        = Budget{"text length", "a story or a description on a card; an imported property's value", 10_000, Runes}
	Problem     = Budget{"problem length", "one problem's message (a value it quotes is cut)", 1000, Runes}

	// Time.
	Query = Budget{"query time", "one SQLite query of an MBTiles file (metadata, zoom range, one tile)", int64(5 * time.Second), Time}
)

// All is the table of budgets, in the order the README lists them.
var All = []Budget{
	LayerFile, DataLayerFile, PhotoFile, ConfigFile, StateFile, UsageFile,
	BundleEntry, BundleBasemap, BundleTotal, TileData, TileDirectory, TileMetadata,
	TileSide, TileDecode, PhotoPixels, PhotoDecode, Picture,
	TileEntries, TileCacheEntries, MetadataRows, Features, Vertices, Properties, CardItems,
	UsagePlaces, UsageFiles, ProblemsListed,
	Name, Caption, Attribution, Text, Problem,
	Query,
}

// Size writes a byte count for people: "812 bytes", "64 KB", "1.5 MB",
// "4 GB" (binary multiples, as the file size caps are).
func Size(n int64) string {
	if n < 1024 {
		return fmt.Sprintf("%d bytes", n)
	}
	v, suffix := float64(n)/1024, "KB"
	for _, s := range []string{"MB", "GB", "TB"} {
		if v < 1023.95 { // would not print as 1024.0
			break
		}
		v, suffix = v/1024, s
	}
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d %s", int64(v), suffix)
	}
	return fmt.Sprintf("%.1f %s", v, suffix)
}

// thousands writes n with commas: 1,048,576.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}
