package tiles

import (
	"errors"
	"fmt"
)

// Problems a tile file can have; an Open error wraps one of them in a
// *FileError naming the file.
var (
	ErrNotTileFile  = errors.New("not an MBTiles (SQLite) or PMTiles v3 file")
	ErrVectorTiles  = errors.New("holds vector tiles (pbf), not raster tiles: open it as a vector basemap")
	ErrNoMetadata   = errors.New("metadata missing")
	ErrCorruptTile  = errors.New("corrupt tile")
	ErrBadDirectory = errors.New("corrupt directory")
)

// FileError is a problem with one tile file: Path names the file, Err says
// what is wrong (and wraps one of the Err values above where it fits).
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the problem.
func (e *FileError) Unwrap() error { return e.Err }

// TileError is a tile that could not be read or decoded.
type TileError struct {
	Path    string
	Z, X, Y int
	Err     error
}

func (e *TileError) Error() string {
	return fmt.Sprintf("%s: tile %d/%d/%d: %v", e.Path, e.Z, e.X, e.Y, e.Err)
}

// Unwrap returns the problem.
func (e *TileError) Unwrap() error { return e.Err }
