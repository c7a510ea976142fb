package importer

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// latinText is Western European text with the accents of several
// languages, for the windows-1252 samples.
const latinText = "Crème brûlée à la façon de Zürich, Größe über alles; São João da Madeira; " +
	"El niño pequeño comió jamón; Ångström Øresund smørrebrød; naïve café résumé déjà vu; " +
	"Ærø Ålesund Malmö Göteborg; coração ação informação; Düsseldorf Köln Mönchengladbach; " +
	"l'été à Genève, où l'on goûte le fromage; señor Muñoz, año nuevo en Logroño"

// TestDetectAccuracy detects the encoding of short samples: 8-character
// pieces of the map's own Chinese stories (data/layers) saved as GBK and,
// where every character has a Big5 code, as Big5; and 8-character pieces
// of Western text saved as windows-1252. Most must be read right, a few
// may be reported ambiguous, and almost none read wrong without a word.
func TestDetectAccuracy(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "data", "layers", "*.geojson"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no story files: %v", err)
	}
	var han []rune
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range string(data) {
			if unicode.Is(unicode.Han, r) {
				han = append(han, r)
			}
		}
	}
	var latin []rune
	for _, r := range latinText {
		latin = append(latin, r)
	}
	tests := []struct {
		name     string
		src      []rune
		enc      encoding.Encoding
		want     string
		minRight float64 // share read right without a warning
		maxWrong float64 // share read wrong without a warning
	}{
		{"GBK", han, simplifiedchinese.GBK, EncodingGB18030, 0.93, 0.01},
		{"Big5", han, traditionalchinese.Big5, EncodingBig5, 0.90, 0.02},
		{"windows-1252", latin, charmap.Windows1252, EncodingWindows1252, 0.90, 0},
	}
	const n = 8
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var right, wrong, total int
			for i := 0; i+n <= len(tt.src); i++ {
				b, err := tt.enc.NewEncoder().Bytes([]byte(string(tt.src[i : i+n])))
				if err != nil || utf8.Valid(b) {
					continue // a character without a code, or nothing to detect
				}
				total++
				_, d, err := detectText(b)
				switch {
				case err == nil && d.name == tt.want && d.ambiguous == "":
					right++
				case err == nil && d.ambiguous == "":
					wrong++
				}
			}
			if total < 20 {
				t.Fatalf("only %d samples", total)
			}
			r, w := float64(right)/float64(total), float64(wrong)/float64(total)
			t.Logf("%d samples of %d characters: %.1f%% right, %.1f%% wrong, the rest ambiguous", total, n, 100*r, 100*w)
			if r < tt.minRight || w > tt.maxWrong {
				t.Errorf("%.1f%% right (want ≥ %.0f%%), %.1f%% wrong (want ≤ %.0f%%)", 100*r, 100*tt.minRight, 100*w, 100*tt.maxWrong)
			}
		})
	}
}
