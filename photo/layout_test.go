package photo

import "testing"

func TestDisplaySize(t *testing.T) {
	tests := []struct {
		name           string
		w, h           int
		boxW, boxH, sc float32
		wantW, wantH   float32
	}{
		{"wide photo fills the width", 1600, 1067, 400, 0, 1, 400, 266.75},
		{"tall photo held by the height", 600, 800, 400, 300, 1, 225, 300},
		{"small photo enlarged at most 2×", 100, 50, 400, 0, 1, 200, 100},
		{"2× in pixels at scale 1.25", 100, 50, 400, 0, 1.25, 160, 80},
		{"no photo", 0, 0, 400, 300, 1, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, h := DisplaySize(tc.w, tc.h, tc.boxW, tc.boxH, tc.sc)
			if w != tc.wantW || h != tc.wantH {
				t.Errorf("got %gx%g, want %gx%g", w, h, tc.wantW, tc.wantH)
			}
		})
	}
	if got := Strip(3); len(got) != 2 || got[0] != 1 {
		t.Errorf("Strip(3) = %v", got)
	}
	if got := Strip(0); len(got) != 0 {
		t.Errorf("Strip(0) = %v", got)
	}
}
