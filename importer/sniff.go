package importer

import (
	"bytes"
	"path/filepath"
	"strings"
)

// extensions maps file name extensions to formats.
var extensions = map[string]string{
	".geojson": FormatGeoJSON,
	".json":    FormatGeoJSON,
	".kml":     FormatKML,
	".kmz":     FormatKMZ,
	".gpx":     FormatGPX,
	".csv":     FormatCSV,
	".tsv":     FormatCSV,
}

// Supported reports whether name has the extension of an importable
// format. Files with other names may still import when their content is
// recognised (see Load).
func Supported(name string) bool {
	_, ok := extensions[strings.ToLower(filepath.Ext(name))]
	return ok
}

// formatOf decides the format of a file named name: content that plainly
// belongs to one format (a zip archive, a <kml> or <gpx> root, a JSON
// object) wins over the extension, which wins over weaker guesses.
func formatOf(name string, data []byte) string {
	byExt := extensions[strings.ToLower(filepath.Ext(name))]
	byContent := sniff(data)
	switch {
	case byContent != "" && byContent != FormatCSV:
		return byContent
	case byExt != "":
		return byExt
	}
	return byContent
}

// sniff recognises a format by content.
func sniff(data []byte) string {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return FormatKMZ
	}
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return FormatCSV // Excel's "Unicode text": UTF-16, tab-separated
	}
	if enc := utf16ByZeros(head); enc != "" {
		// UTF-16 without a byte-order mark: judge its text.
		text, _ := decodeAs(head, enc)
		return sniff(text)
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 {
		return ""
	}
	switch head[0] {
	case '{':
		return FormatGeoJSON
	case '<':
		lower := bytes.ToLower(head)
		switch {
		case bytes.Contains(lower, []byte("<kml")):
			return FormatKML
		case bytes.Contains(lower, []byte("<gpx")):
			return FormatGPX
		}
		return ""
	}
	line, _, _ := bytes.Cut(head, []byte("\n"))
	if bytes.ContainsAny(line, ",;\t") && !bytes.ContainsRune(line, 0) {
		return FormatCSV
	}
	return ""
}
