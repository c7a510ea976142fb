package tiles

import (
	"errors"
	"fmt"
)

// Protocol buffer wire types (protobuf.dev/programming-guides/encoding).
const (
	wireVarint = 0
	wire64     = 1
	wireBytes  = 2
	wire32     = 5
)

var errTruncated = errors.New("message cut short")

// wire reads one protocol buffer message: keys, varints and
// length-delimited fields, each bounded by the bytes that are there.
type wire struct {
	b []byte
	i int
}

func (w *wire) more() bool { return w.i < len(w.b) }

// varint reads a base-128 varint of at most ten bytes.
func (w *wire) varint() (uint64, error) {
	if w.i < len(w.b) && w.b[w.i] < 0x80 { // one byte: most tags and geometry
		w.i++
		return uint64(w.b[w.i-1]), nil
	}
	return w.varintLong()
}

func (w *wire) varintLong() (uint64, error) {
	var v uint64
	for shift := uint(0); shift < 70; shift += 7 {
		if w.i >= len(w.b) {
			return 0, errTruncated
		}
		c := w.b[w.i]
		w.i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			if shift == 63 && c > 1 {
				return 0, errors.New("varint overflows 64 bits")
			}
			return v, nil
		}
	}
	return 0, errors.New("varint longer than ten bytes")
}

// key reads a field key: the field number and the wire type.
func (w *wire) key() (field uint64, typ int, err error) {
	k, err := w.varint()
	if err != nil {
		return 0, 0, err
	}
	field, typ = k>>3, int(k&7)
	if field == 0 {
		return 0, 0, errors.New("field number 0")
	}
	return field, typ, nil
}

// bytes reads the payload of a length-delimited field.
func (w *wire) bytes() ([]byte, error) {
	n, err := w.varint()
	if err != nil {
		return nil, err
	}
	if n > uint64(len(w.b)-w.i) {
		return nil, errTruncated
	}
	p := w.b[w.i : w.i+int(n)]
	w.i += int(n)
	return p, nil
}

// skip passes over a field of wire type typ that the reader does not use.
// Groups (types 3 and 4, deprecated) and types 6 and 7 do not exist in a
// vector tile and are refused.
func (w *wire) skip(typ int) error {
	switch typ {
	case wireVarint:
		_, err := w.varint()
		return err
	case wire64, wire32:
		n := 8
		if typ == wire32 {
			n = 4
		}
		if len(w.b)-w.i < n {
			return errTruncated
		}
		w.i += n
		return nil
	case wireBytes:
		_, err := w.bytes()
		return err
	}
	return fmt.Errorf("wire type %d", typ)
}

// want checks that a known field has its declared wire type.
func want(what string, typ, wantTyp int) error {
	if typ != wantTyp {
		return fmt.Errorf("%s has wire type %d, not %d", what, typ, wantTyp)
	}
	return nil
}

// appendVarint appends v in base-128.
func appendVarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// appendField appends a length-delimited field.
func appendField(b []byte, field uint64, payload []byte) []byte {
	b = appendVarint(b, field<<3|wireBytes)
	b = appendVarint(b, uint64(len(payload)))
	return append(b, payload...)
}
