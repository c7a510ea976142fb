package importer

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/paulmach/orb"

	"ningbomap/budget"
	"ningbomap/crs"
)

// Feature is one thing on an imported layer: a GeoJSON feature, a KML
// placemark, a GPX waypoint, route or track, or a CSV row.
type Feature struct {
	Geometry    orb.Geometry      // lon/lat, every coordinate checked
	Name        string            // title of the feature's card; may be ""
	Description string            // plain text; KML's HTML is reduced to text
	Folder      string            // KML folder path ("A / B"), GPX kind; "" at the top
	Properties  map[string]string // every attribute as text, for the card
}

// Layer is the content of one imported file.
type Layer struct {
	ID        string    // from the file name: lower-case letters, digits, '-'
	Name      string    // the document's own name, else the file name
	File      string    // the file's base name
	Format    string    // one of the Format constants
	Encoding  string    // text encoding the file was read in (Encodings), or the one a KML or GPX file declares; "" for KMZ archives without a document
	CRS       crs.Frame // frame the file's coordinates were read in (Options.CRS); Features hold them converted to WGS 84
	Features  []Feature // in file order, bad features left out
	SubLayers []string  // folders in order of first appearance (KML folders, GPX kinds)
}

// Formats of imported files.
const (
	FormatGeoJSON = "geojson"
	FormatKML     = "kml"
	FormatKMZ     = "kmz"
	FormatGPX     = "gpx"
	FormatCSV     = "csv"
)

// Options tune an import.
type Options struct {
	// MaxBytes refuses files larger than this with ErrTooLarge; 0 means
	// budget.LayerFile and a negative value means no limit. For KMZ it also
	// bounds the unpacked KML.
	MaxBytes int64
	// Progress, when set, is called from the importing goroutine with the
	// bytes of the file processed so far and the file's size. It is called
	// a few hundred times at most, the last time with done == total.
	Progress func(done, total int64)
	// Encoding, when not "", is the text encoding to read the file in:
	// a name of Encodings or another name ParseEncoding knows ("gbk",
	// "latin1"); "" detects it. The layer's Encoding says which was used.
	Encoding string
	// CRS is the frame the file's longitudes and latitudes are in: WGS 84
	// (the zero value; GPS, OpenStreetMap, Google Earth), GCJ-02 (AMap,
	// Tencent) or BD-09 (Baidu). Positions are converted to WGS 84 as they
	// are read, in every format; crs.Parse reads a frame's name.
	CRS crs.Frame
	// Features and Vertices, when positive, are what is left of
	// budget.Features and budget.Vertices for this file (the budgets hold
	// for all the layers shown together); 0 means the whole budget. Past
	// them the rest of the file is left out, with a problem saying so.
	Features, Vertices int
}

// limit returns the effective size limit (0: none).
func (o Options) limit() int64 {
	switch {
	case o.MaxBytes == 0:
		return budget.LayerFile.Limit
	case o.MaxBytes < 0:
		return 0
	}
	return o.MaxBytes
}

// Load imports the file at path. The format comes from the extension
// (.geojson .json .kml .kmz .gpx .csv .tsv) or, for other names, from the
// content; content that plainly belongs to another format (a zip archive,
// a <kml> or <gpx> root, a JSON object) wins over a wrong extension. A
// file over the size limit is refused before it is read.
//
// Load returns the layer and every problem found, joined: bad features are
// reported and left out while the good ones load. The layer is nil only
// when nothing could be loaded.
//
// Only a regular file is opened, links resolved: a named pipe or a device
// (a link to /dev/zero) is refused unread.
func Load(path string, opt Options) (*Layer, error) {
	name := filepath.Base(path)
	limit := budget.Budget{Name: budget.LayerFile.Name, Limit: math.MaxInt64, Unit: budget.Bytes}
	if max := opt.limit(); max > 0 {
		limit.Limit = max
	}
	f, err := budget.Open(path, limit)
	if err != nil {
		return nil, &Error{File: name, Err: openError(path, err)}
	}
	defer f.Close()
	return Decode(name, f, opt)
}

// openError words what budget.Open refused in the importer's terms: a
// folder is not a file, another file that is not regular is in no format,
// a file over the limit is too large (ErrTooLarge), and a file that cannot
// be opened says why.
func openError(path string, err error) error {
	var over *budget.Error
	var pe *fs.PathError
	switch {
	case errors.Is(err, budget.ErrNotRegular):
		if st, e := os.Stat(path); e == nil && st.IsDir() {
			return fmt.Errorf("%w: a folder, not a file", ErrFormat)
		}
		return fmt.Errorf("%w: %w", ErrFormat, err)
	case errors.As(err, &over):
		return tooLarge(over.Got, over.Budget.Limit)
	case errors.As(err, &pe):
		return fmt.Errorf("cannot open: %w", pe.Err)
	}
	return err
}

// Decode imports a file read from r; name (a file name or path) gives the
// format by its extension and names the file in errors. See Load.
func Decode(name string, r io.Reader, opt Options) (*Layer, error) {
	base := filepath.Base(name)
	want, err := ParseEncoding(opt.Encoding)
	if err != nil {
		return nil, &Error{File: base, Err: err}
	}
	data, err := readAll(r, opt.limit())
	if err != nil {
		return nil, &Error{File: base, Err: err}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{File: base, Err: fmt.Errorf("%w: the file is empty", ErrEmpty)}
	}
	format := formatOf(name, data)
	if format == "" {
		return nil, &Error{File: base, Err: fmt.Errorf("%w: want GeoJSON, KML, KMZ, GPX or CSV", ErrFormat)}
	}
	p := &problems{file: base, maxFeatures: opt.features(), maxVertices: opt.vertices()}
	l := &Layer{ID: layerID(base), Name: strings.TrimSuffix(base, filepath.Ext(base)), File: base, Format: format, CRS: opt.CRS}
	pr := newProgress(opt.Progress, int64(len(data)))
	switch format {
	case FormatGeoJSON:
		decodeGeoJSON(data, want, l, p, pr)
	case FormatKML:
		decodeKML(data, want, l, p, pr)
	case FormatKMZ:
		decodeKMZ(data, want, opt.limit(), l, p, pr)
	case FormatGPX:
		decodeGPX(data, want, l, p, pr)
	case FormatCSV:
		decodeCSV(data, want, l, p, pr)
	}
	pr.done()
	cutLayer(l, p)
	if len(l.Features) == 0 {
		switch {
		case p.count() == 0:
			p.addf(0, 0, "", ErrEmpty, "no %s in the file", nothingIn(format))
		case !p.fileLevel():
			p.addf(0, 0, "", ErrEmpty, "none of the %s could be loaded", nothingIn(format))
		}
		return nil, p.err()
	}
	return l, p.err()
}

// nothingIn names the things a format holds, for ErrEmpty messages.
func nothingIn(format string) string {
	switch format {
	case FormatKML, FormatKMZ:
		return "placemarks"
	case FormatGPX:
		return "waypoints, routes or tracks"
	case FormatCSV:
		return "data rows"
	}
	return "features"
}

// layerID makes a layer id from a file name: lower-case ASCII letters and
// digits, other runs of characters turned into one '-'. A name without any
// ASCII letter or digit gets "layer-" and a hash of the name.
func layerID(base string) string {
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(stem) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		// A name in Chinese only: keep ids of different files apart.
		h := fnv.New32a()
		h.Write([]byte(stem))
		return fmt.Sprintf("layer-%08x", h.Sum32())
	}
	return b.String()
}
