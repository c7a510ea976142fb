package geo

import "testing"

func TestScale8Exact(t *testing.T) {
	for k := uint32(0); k < 256; k++ {
		for v := uint32(0); v < 256; v++ {
			want := (v*k + 127) / 255
			p := v | v<<8 | v<<16 | v<<24
			got := scale8(p, k)
			for c := range 4 {
				if b := got >> (8 * c) & 0xFF; b != want && b != (v*k+128)/255 {
					t.Fatalf("scale8(%d, %d) channel %d = %d, want %d", v, k, c, b, want)
				}
			}
		}
	}
}
