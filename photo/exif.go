package photo

import "encoding/binary"

// Orientation is the EXIF orientation of a photo: how the stored pixels must
// be turned to show the picture upright (TIFF tag 0x0112, values 1–8).
type Orientation int

// Orientations, by the transform that shows the picture upright.
const (
	Upright        Orientation = 1 // as stored
	MirrorH        Orientation = 2 // mirror left–right
	Rotate180      Orientation = 3
	MirrorV        Orientation = 4 // mirror top–bottom
	Transpose      Orientation = 5 // mirror along the top-left diagonal
	Rotate90CW     Orientation = 6 // a phone held upright: turn 90° clockwise
	Transverse     Orientation = 7 // mirror along the top-right diagonal
	Rotate90CCW    Orientation = 8
	orientationTag             = 0x0112
)

// Swaps reports whether o exchanges width and height.
func (o Orientation) Swaps() bool { return o >= Transpose && o <= Rotate90CCW }

// JPEGOrientation finds the EXIF orientation in the APP1 segment of a JPEG
// file's head (the bytes before the image data; 128 KB is always enough).
// It returns Upright when there is none or it cannot be read: a photo is
// then shown as stored. It never panics on malformed input.
func JPEGOrientation(head []byte) Orientation {
	if len(head) < 4 || head[0] != 0xFF || head[1] != 0xD8 {
		return Upright
	}
	for i := 2; i+4 <= len(head); {
		if head[i] != 0xFF {
			return Upright
		}
		marker := head[i+1]
		if marker == 0xFF { // fill byte
			i++
			continue
		}
		if marker == 0xDA || marker == 0xD9 { // start of scan, end of image
			return Upright
		}
		size := int(binary.BigEndian.Uint16(head[i+2:]))
		if size < 2 || i+2+size > len(head) {
			return Upright
		}
		seg := head[i+4 : i+2+size]
		if marker == 0xE1 && len(seg) >= 6 && string(seg[:6]) == "Exif\x00\x00" {
			if o := tiffOrientation(seg[6:]); o != 0 {
				return o
			}
		}
		i += 2 + size
	}
	return Upright
}

// tiffOrientation reads the orientation tag from IFD0 of a TIFF header, or
// returns 0.
func tiffOrientation(t []byte) Orientation {
	if len(t) < 8 {
		return 0
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 0
	}
	if bo.Uint16(t[2:]) != 42 {
		return 0
	}
	ifd := int(bo.Uint32(t[4:]))
	if ifd < 8 || ifd+2 > len(t) {
		return 0
	}
	n := int(bo.Uint16(t[ifd:]))
	for k := 0; k < n; k++ {
		e := ifd + 2 + 12*k
		if e+12 > len(t) {
			return 0
		}
		if bo.Uint16(t[e:]) != orientationTag {
			continue
		}
		if typ := bo.Uint16(t[e+2:]); typ != 3 { // SHORT
			return 0
		}
		if v := Orientation(bo.Uint16(t[e+8:])); v >= Upright && v <= Rotate90CCW {
			return v
		}
		return 0
	}
	return 0
}
