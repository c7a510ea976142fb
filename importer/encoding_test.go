package importer

import (
	"errors"
	"strings"
	"testing"
)

func TestEncodings(t *testing.T) {
	tests := []struct {
		file     string
		want     string // encoding reported
		option   string // Options.Encoding
		names    []string
		props    map[string]string // properties of the first feature
		warnings []string          // words each expected warning holds, in order
	}{
		{file: "latin1.csv", want: EncodingWindows1252,
			names: []string{"Crème Zürich", "Große Brücke", "São João"}, props: map[string]string{"note": "Café à côté"}},
		{file: "latin1-short.csv", want: EncodingWindows1252, names: []string{"Café", "Moon Lake"}},
		{file: "windows1252.csv", want: EncodingWindows1252,
			names: []string{"“Moon Lake” walk", "Café Noël"}, props: map[string]string{"note": "5 € – guided"}},
		{file: "big5.csv", want: EncodingBig5, names: []string{"天一閣", "寧波博物館", "鼓樓"},
			props: map[string]string{"說明": "中國現存最古老的私家藏書樓"}},
		{file: "gbk.csv", want: EncodingGB18030, names: []string{"天一阁", "鄞州公园", "鼓楼"},
			props: map[string]string{"说明": "中国现存最古老的私家藏书楼"}},
		{file: "utf16le-bom.csv", want: EncodingUTF16LE, names: []string{"宁波站", "Moon Lake"}},
		{file: "utf16be-bom.csv", want: EncodingUTF16BE, names: []string{"宁波站", "Moon Lake"}},
		{file: "utf16le.csv", want: EncodingUTF16LE, names: []string{"宁波站", "Moon Lake"}},
		{file: "utf16be.csv", want: EncodingUTF16BE, names: []string{"宁波站", "Moon Lake"}},
		{file: "utf8-bom.csv", want: EncodingUTF8, names: []string{"宁波站", "Moon Lake"}},
		{file: "../gbk-undeclared.kml", want: EncodingGB18030, names: []string{"天一阁"}},
		{file: "../gbk-declared.kml", want: EncodingGB18030, names: []string{"天一阁"}},
		{file: "big5.kml", want: EncodingBig5, names: []string{"天一閣"}},
		{file: "big5-declared.kml", want: EncodingBig5, names: []string{"鼓樓"}},
		{file: "latin1.gpx", want: EncodingWindows1252, names: []string{"Crème Zürich"}},
		{file: "ambiguous.csv", want: EncodingGB18030, names: []string{"啊"},
			warnings: []string{"ambiguous", "GB18030", "Big5"}},
		{file: "ambiguous.csv", want: EncodingBig5, option: "big5", names: []string{"陛"}},
		{file: "latin1.csv", want: EncodingGB18030, option: "gbk",
			names: []string{"Cr鑝e Z黵ich", "Gro遝 Br點ke", "S鉶 Jo鉶"}, props: map[string]string{"note": "Caf� � c魌�"},
			warnings: []string{"3 characters are not GB18030"}},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.option, func(t *testing.T) {
			l, err := Load("testdata/enc/"+tt.file, Options{Encoding: tt.option})
			if l == nil {
				t.Fatalf("no layer: %v", err)
			}
			warnings, others := Warnings(err)
			if len(others) > 0 {
				t.Fatalf("problems: %v", errors.Join(others...))
			}
			if l.Encoding != tt.want {
				t.Errorf("Encoding = %q, want %q", l.Encoding, tt.want)
			}
			var names []string
			for _, f := range l.Features {
				names = append(names, f.Name)
			}
			if strings.Join(names, "|") != strings.Join(tt.names, "|") {
				t.Errorf("names = %q, want %q", names, tt.names)
			}
			for k, v := range tt.props {
				if got := l.Features[0].Properties[k]; got != v {
					t.Errorf("property %q = %q, want %q", k, got, v)
				}
			}
			if len(tt.warnings) == 0 && len(warnings) > 0 {
				t.Errorf("unexpected warnings: %v", warnings)
			}
			if len(tt.warnings) > 0 {
				if len(warnings) != 1 {
					t.Fatalf("warnings = %v, want one", warnings)
				}
				for _, word := range tt.warnings {
					if !strings.Contains(warnings[0].Error(), word) {
						t.Errorf("warning %q does not say %q", warnings[0], word)
					}
				}
			}
		})
	}
}

func TestAmbiguousIsWarning(t *testing.T) {
	_, err := Load("testdata/enc/ambiguous.csv", Options{})
	if !errors.Is(err, ErrAmbiguousEncoding) || !errors.Is(err, ErrWarning) || errors.Is(err, ErrEncoding) {
		t.Errorf("err = %v, want a warning wrapping ErrAmbiguousEncoding", err)
	}
}

func TestParseEncoding(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""}, {"auto", ""}, {"GBK", EncodingGB18030}, {"gb2312", EncodingGB18030}, {"Big5", EncodingBig5},
		{"latin1", EncodingWindows1252}, {"ISO-8859-1", EncodingWindows1252}, {"utf-16", EncodingUTF16LE},
		{"UTF-16BE", EncodingUTF16BE}, {" utf8 ", EncodingUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got, err := ParseEncoding(tt.in); err != nil || got != tt.want {
				t.Errorf("ParseEncoding(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
	if _, err := ParseEncoding("klingon"); !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), "Big5") {
		t.Errorf("ParseEncoding(klingon) = %v, want ErrEncoding listing the names", err)
	}
	if _, err := Load("testdata/enc/gbk.csv", Options{Encoding: "klingon"}); !errors.Is(err, ErrEncoding) {
		t.Errorf("Load with an unknown encoding: %v", err)
	}
	for _, c := range Encodings()[1:] {
		if got, err := ParseEncoding(c.Name); err != nil || got != c.Name || c.Label == "" || c.LabelZh == "" {
			t.Errorf("choice %+v does not parse back: %q, %v", c, got, err)
		}
	}
	if Encodings()[0].Name != "" {
		t.Error("the first choice is not automatic detection")
	}
}

// TestDetectShort checks the detector on short strings, where the
// evidence is thinnest.
func TestDetectShort(t *testing.T) {
	tests := []struct {
		in, want, text, ambiguous string
	}{
		{"Cr\xe8me Z\xfcrich", EncodingWindows1252, "Crème Zürich", ""},
		{"\xc4\xfe\xb2\xa8\xca\xd0", EncodingGB18030, "宁波市", ""},
		{"\xb9\xe7\xaa\x69\xa5\xab", EncodingBig5, "寧波市", ""},
		{"\xdb\xb4\xd6\xdd\xc7\xf8", EncodingGB18030, "鄞州区", ""},
		{"caf\xe9", EncodingWindows1252, "café", ""},
		{"25\xb0C", EncodingBig5, "25蚓", EncodingWindows1252},
		{"Moon Lake, 25\xb0C, caf\xe9", EncodingWindows1252, "Moon Lake, 25°C, café", ""},
		{"\xb0\xa1", EncodingGB18030, "啊", EncodingBig5},
		{"plain ASCII", EncodingUTF8, "plain ASCII", ""},
	}
	for _, tt := range tests {
		t.Run(tt.want+" "+tt.text, func(t *testing.T) {
			out, enc, err := detectText([]byte(tt.in))
			if err != nil || enc.name != tt.want || string(out) != tt.text || enc.ambiguous != tt.ambiguous {
				t.Errorf("detectText(%q) = %q, %+v, %v; want %q in %s", tt.in, out, enc, err, tt.text, tt.want)
			}
		})
	}
}

// TestBrokenText checks that text with bytes its encoding does not
// define still loads, with a warning counting them.
func TestBrokenText(t *testing.T) {
	utf16 := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			b.WriteByte(byte(r))
			b.WriteByte(byte(r >> 8))
		}
		return b.String()
	}
	tests := []struct {
		name, data, enc, words string
	}{
		{"surrogate.csv", "\xff\xfe" + utf16("name,lon,lat\nA") + "\x00\xd8" + utf16(",121.5,29.8\n"),
			EncodingUTF16LE, "1 characters are not UTF-16LE text"},
		{"bom.csv", "\xef\xbb\xbfname,lon,lat\nA\xff,121.5,29.8\n", EncodingUTF8, "1 characters are not UTF-8 text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Decode(tt.name, strings.NewReader(tt.data), Options{})
			if l == nil || l.Encoding != tt.enc || len(l.Features) != 1 {
				t.Fatalf("layer %+v, %v", l, err)
			}
			if w, others := Warnings(err); len(w) != 1 || len(others) != 0 || !strings.Contains(w[0].Error(), tt.words) {
				t.Errorf("problems %v, want one warning saying %q", err, tt.words)
			}
		})
	}
}
