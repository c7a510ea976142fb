package tiles

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"

	"ningbomap/budget"
)

// Budgets of a vector file's metadata: the JSON that lists the layers
// (MBTiles' json row, PMTiles' metadata section) and what it may list.
// Protomaps and OpenMapTiles builds write 5–30 KB; tippecanoe's tilestats
// can reach a few hundred KB.
const (
	MaxVectorMetaBytes  = 4 << 20
	MaxVectorMetaLayers = 256
	MaxVectorMetaFields = 16_384 // fields of all layers together
)

// VectorLayer is one entry of the metadata's vector_layers (TileJSON 3.0.0).
type VectorLayer struct {
	ID               string
	Description      string
	Fields           map[string]string // field name → type or description, as the file says
	MinZoom, MaxZoom int               // -1 when the file does not say
}

// vectorMeta is what the metadata JSON says about the tileset beyond Meta.
type vectorMeta struct {
	Name, Version, Description string
	Layers                     []VectorLayer
}

// parseVectorMeta reads the metadata JSON of a vector tileset: its name,
// version, description and vector_layers. A malformed vector_layers entry
// is an error naming it; the others are still read.
func parseVectorMeta(b []byte) (vectorMeta, error) {
	var m vectorMeta
	if len(b) > MaxVectorMetaBytes {
		return m, fmt.Errorf("metadata json: %d bytes, over the cap of %d", len(b), MaxVectorMetaBytes)
	}
	var js struct {
		Name         any               `json:"name"`
		Version      any               `json:"version"`
		Description  any               `json:"description"`
		VectorLayers []json.RawMessage `json:"vector_layers"`
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if err := d.Decode(&js); err != nil {
		return m, fmt.Errorf("metadata json: %w", err)
	}
	m.Name, m.Version, m.Description = jsonText(js.Name), jsonText(js.Version), jsonText(js.Description)
	if len(js.VectorLayers) > MaxVectorMetaLayers {
		return m, fmt.Errorf("metadata json: vector_layers: %d layers, over the cap of %d", len(js.VectorLayers), MaxVectorMetaLayers)
	}
	var errs []error
	seen := map[string]bool{}
	fields := 0
	for i, raw := range js.VectorLayers {
		l, err := parseVectorLayer(raw)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("metadata json: vector_layers[%d]: %w", i, err))
			continue
		case seen[l.ID]:
			errs = append(errs, fmt.Errorf("metadata json: vector_layers[%d]: layer %q listed twice", i, l.ID))
			continue
		}
		if fields += len(l.Fields); fields > MaxVectorMetaFields {
			errs = append(errs, fmt.Errorf("metadata json: vector_layers: more than %d fields, the rest not read", MaxVectorMetaFields))
			break
		}
		seen[l.ID] = true
		m.Layers = append(m.Layers, l)
	}
	return m, errors.Join(errs...)
}

func parseVectorLayer(raw json.RawMessage) (VectorLayer, error) {
	var js struct {
		ID          any                        `json:"id"`
		Description any                        `json:"description"`
		Fields      map[string]json.RawMessage `json:"fields"`
		MinZoom     *json.Number               `json:"minzoom"`
		MaxZoom     *json.Number               `json:"maxzoom"`
	}
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&js); err != nil {
		return VectorLayer{}, err
	}
	id, ok := js.ID.(string)
	if !ok || id == "" {
		return VectorLayer{}, fmt.Errorf("id %v is not a layer name", js.ID)
	}
	l := VectorLayer{ID: id, Description: jsonText(js.Description), Fields: make(map[string]string, len(js.Fields)), MinZoom: -1, MaxZoom: -1}
	for k, v := range js.Fields {
		var s string
		if json.Unmarshal(v, &s) != nil {
			s = "" // some writers describe a field with an object
		}
		l.Fields[k] = s
	}
	var err error
	if l.MinZoom, err = jsonZoom(js.MinZoom); err != nil {
		return VectorLayer{}, fmt.Errorf("layer %q: minzoom: %w", id, err)
	}
	if l.MaxZoom, err = jsonZoom(js.MaxZoom); err != nil {
		return VectorLayer{}, fmt.Errorf("layer %q: maxzoom: %w", id, err)
	}
	return l, nil
}

func jsonZoom(n *json.Number) (int, error) {
	if n == nil {
		return -1, nil
	}
	f, err := n.Float64()
	if err != nil || f < 0 || f > 30 || f != math.Trunc(f) {
		return -1, fmt.Errorf("%s is not a zoom 0–30", n)
	}
	return int(f), nil
}

// jsonText returns a string or number as text, anything else as "".
func jsonText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	}
	return ""
}

// readVectorMeta reads the metadata JSON of an MBTiles (the json row, with
// name, version and description from their own rows) or a PMTiles file (the
// metadata section). A file without it gives an empty vectorMeta.
func readVectorMeta(r reader) (vectorMeta, error) {
	switch r := r.(type) {
	case *mbtiles:
		return mbVectorMeta(r)
	case *pmtiles:
		if r.h.metaLen == 0 {
			return vectorMeta{}, nil
		}
		if r.h.metaLen > MaxVectorMetaBytes {
			return vectorMeta{}, fmt.Errorf("metadata json: %d bytes, over the cap of %d", r.h.metaLen, MaxVectorMetaBytes)
		}
		b, err := r.section(r.h.metaOff, r.h.metaLen, r.h.internal,
			budget.Budget{Name: "vector metadata size", Limit: MaxVectorMetaBytes, Unit: budget.Bytes})
		if err != nil {
			return vectorMeta{}, fmt.Errorf("metadata json: %w", err)
		}
		return parseVectorMeta(b)
	}
	return vectorMeta{}, nil
}

// mbVectorMeta reads an MBTiles' vector metadata, under budget.Query (the
// metadata table may be a view).
func mbVectorMeta(m *mbtiles) (vm vectorMeta, err error) {
	err = m.query("reading the vector metadata", func(ctx context.Context) error {
		vm, err = mbVectorMetaRows(ctx, m.db)
		return err
	})
	return vm, err
}

func mbVectorMetaRows(ctx context.Context, db *sql.DB) (vectorMeta, error) {
	rows, err := db.QueryContext(ctx, `SELECT name, octet_length(value), CASE WHEN octet_length(value) <= ? THEN value END
		FROM metadata WHERE name IN ('json', 'name', 'version', 'description') LIMIT ?`, MaxVectorMetaBytes, budget.MetadataRows.Limit)
	if err != nil {
		return vectorMeta{}, fmt.Errorf("metadata: %w", err)
	}
	defer rows.Close()
	kv := map[string]string{}
	var errs []error
	for rows.Next() {
		var k string
		var n sql.NullInt64
		var v sql.NullString
		if err := rows.Scan(&k, &n, &v); err != nil {
			return vectorMeta{}, fmt.Errorf("metadata: %w", err)
		}
		if n.Int64 > MaxVectorMetaBytes {
			errs = append(errs, fmt.Errorf("metadata %s: %d bytes, over the cap of %d", k, n.Int64, MaxVectorMetaBytes))
			continue
		}
		kv[k] = v.String
	}
	if err := rows.Err(); err != nil {
		return vectorMeta{}, fmt.Errorf("metadata: %w", err)
	}
	var m vectorMeta
	if js, ok := kv["json"]; ok {
		var err error
		m, err = parseVectorMeta([]byte(js))
		errs = append(errs, err)
	}
	m.Name, m.Version, m.Description = kv["name"], kv["version"], kv["description"]
	return m, errors.Join(errs...)
}

// layerIDs returns the layers' names, sorted.
func layerIDs(ls []VectorLayer) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.ID
	}
	sort.Strings(out)
	return out
}
