package main

import (
	"database/sql"
	"fmt"

	_ "github.com/mattn/go-sqlite3"

	"ningbomap/atomicfile"
)

// extract writes tile z/x/y (XYZ) of an MBTiles as stored.
func extract(mbtiles string, z, x, y int, out string) error {
	db, err := sql.Open("sqlite3", "file:"+mbtiles+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	var data []byte
	row := (1 << z) - 1 - y // MBTiles rows count from the south (TMS)
	err = db.QueryRow(`SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?`, z, x, row).Scan(&data)
	if err != nil {
		return fmt.Errorf("%s: tile %d/%d/%d: %w", mbtiles, z, x, y, err)
	}
	return atomicfile.WriteFile(out, data, 0o644)
}
