package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// decodeKMZ reads a KMZ archive: the KML document is doc.kml at the top of
// the archive, or else the first .kml file in it. The unpacked document is
// held to the same size limit max as files (0: none), which also guards
// against zip bombs.
func decodeKMZ(data []byte, want string, max int64, l *Layer, p *problems, pr *progress) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if errors.Is(err, zip.ErrFormat) && bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		p.add(0, 0, "", fmt.Errorf("%w: the zip archive has no table of contents at its end", ErrTruncated))
		return
	}
	if err != nil {
		p.addf(0, 0, "", ErrSyntax, "not a KMZ (zip) archive: %s", strings.TrimPrefix(err.Error(), "zip: "))
		return
	}
	doc := kmzDocument(zr.File)
	if doc == nil {
		p.addf(0, 0, "", ErrEmpty, "the KMZ archive holds no .kml document")
		return
	}
	if max > 0 && doc.UncompressedSize64 > uint64(max) {
		p.add(0, 0, doc.Name, tooLarge(int64(min(doc.UncompressedSize64, 1<<62)), max))
		return
	}
	rc, err := doc.Open()
	if err != nil {
		p.addf(0, 0, doc.Name, ErrSyntax, "cannot unpack: %v", err)
		return
	}
	defer rc.Close()
	kml, err := readAll(rc, max)
	if err != nil {
		p.add(0, 0, doc.Name, kmzReadError(err))
		return
	}
	pr.at(int64(len(data)) / 2)
	inner := &problems{file: p.file + ": " + doc.Name, maxFeatures: p.maxFeatures, maxVertices: p.maxVertices}
	decodeKML(kml, want, l, inner, nil)
	p.errs = append(p.errs, inner.errs...)
	p.dropped += inner.dropped
	p.vertices, p.full = inner.vertices, inner.full
}

// kmzDocument picks the KML document of an archive.
func kmzDocument(files []*zip.File) *zip.File {
	var first *zip.File
	for _, f := range files {
		if strings.EqualFold(f.Name, "doc.kml") {
			return f
		}
		if first == nil && strings.EqualFold(path.Ext(f.Name), ".kml") {
			first = f
		}
	}
	return first
}

// kmzReadError words an error met while unpacking.
func kmzReadError(err error) error {
	switch {
	case errors.Is(err, ErrTooLarge):
		return err
	case errors.Is(err, io.ErrUnexpectedEOF):
		return ErrTruncated
	}
	return fmt.Errorf("%w: cannot unpack: %v", ErrSyntax, err)
}
