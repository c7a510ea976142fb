package kiosk

import (
	"strings"
	"testing"
	"time"

	"ningbomap/crs"
	"ningbomap/tour"
)

func TestValidate(t *testing.T) {
	hash := cheapHash(t, "1234")
	cases := []struct {
		name string
		src  string
		errs []string // parts of the joined error, in order; none for a valid file
	}{
		{"kiosk with a PIN", "kiosk = true\npin_hash = \"" + hash + "\"\n", nil},
		{"no kiosk, no PIN", "idle_seconds = 30\n", nil},
		{"kiosk without a PIN says why and how", "kiosk = true\n", []string{
			"k.toml: kiosk mode needs a staff PIN to exit, and no pin_hash is set",
			`run "ningbomap kiosk-pin"`, "paste the pin_hash line it prints into k.toml"}},
		{"a malformed PIN hash", "pin_hash = \"1234\"\n", []string{
			"k.toml:1: pin_hash: not an Argon2id hash", `make a new one with "ningbomap kiosk-pin"`}},
		{"every bad value, each with its line", strings.Join([]string{
			"idle_seconds = 5",
			"countdown_seconds = 5",
			"dwell_base_seconds = -1",
			"dwell_zh_chars_per_second = 0",
			"dwell_en_words_per_second = 1000",
			"dwell_max_seconds = 7200",
			`lang = "fr"`,
			"scale = 9",
			`exit_corner = "middle"`,
			`basemap_crs = "mercator"`,
			"text_scale = 3",
		}, "\n"), []string{
			"k.toml:1: idle_seconds: 5 is out of range",
			"k.toml:2: countdown_seconds: 5 is out of range",
			"k.toml:3: dwell_base_seconds: -1 is out of range",
			"k.toml:4: dwell_zh_chars_per_second: 0 is out of range",
			"k.toml:5: dwell_en_words_per_second: 1000 is out of range",
			"k.toml:6: dwell_max_seconds: 7200 is out of range",
			`k.toml:7: lang: "fr" is not a language`,
			"k.toml:8: scale: 9 is out of range",
			"k.toml:11: text_scale: 3 is out of range: want 0.8 to 2",
			`k.toml:9: exit_corner: "middle" is not a corner`,
			`k.toml:10: basemap_crs: unknown coordinate frame "mercator": want wgs84 or gcj02`,
		}},
		{"a basemap cut in GCJ-02", "basemap = \"amap.mbtiles\"\nbasemap_crs = \"gcj02\"\n", nil},
		{"Baidu tiles are refused", "basemap_crs = \"bd09\"\n", []string{
			`k.toml:1: basemap_crs: "bd09": Baidu's tiles (BD-09) are not cut on the web map grid`}},
		{"text scale at its bounds", "text_scale = 0.8\n", nil},
		{"text scale at its top", "text_scale = 2\n", nil},
		{"text scale too small", "text_scale = 0.5\n", []string{"k.toml:1: text_scale: 0.5 is out of range"}},
		{"text scale of 0 is no default", "text_scale = 0\n", []string{"k.toml:1: text_scale: 0 is out of range"}},
		{"a cap below the base", "dwell_base_seconds = 20\ndwell_max_seconds = 10\n", []string{
			"k.toml:2: dwell_max_seconds: 10 is out of range"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("k.toml", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			err = c.Validate()
			if len(tc.errs) == 0 {
				if err != nil {
					t.Errorf("Validate: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate took it; want %q", tc.errs)
			}
			msg, from := err.Error(), 0
			for _, want := range tc.errs {
				i := strings.Index(msg[from:], want)
				if i < 0 {
					t.Errorf("Validate error lacks %q (in order):\n%s", want, msg)
					continue
				}
				from += i + len(want)
			}
		})
	}
}

func TestValidateWithoutAFile(t *testing.T) {
	c := Default()
	c.Kiosk = true
	err := c.Validate()
	if err == nil || !strings.Contains(err.Error(), "paste the pin_hash line it prints into the configuration file") {
		t.Errorf("Validate of an unnamed config: %v", err)
	}
}

func TestPacing(t *testing.T) {
	c := Default()
	c.DwellBaseSeconds, c.DwellMaxSeconds = 7.5, 0
	want := tour.Pacing{Base: 7500 * time.Millisecond, ZhCharsPerSecond: 6, EnWordsPerSecond: 3.5}
	if got := c.Pacing(); got != want {
		t.Errorf("Pacing() = %+v, want %+v", got, want)
	}
	if got, want := Default().Pacing(), tour.DefaultPacing(); got != want {
		t.Errorf("default Pacing() = %+v, want the tour's default %+v", got, want)
	}
}

func TestBasemapFrame(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want crs.Frame
		err  string
	}{
		{"", crs.WGS84, ""},
		{"wgs84", crs.WGS84, ""},
		{"GCJ-02", crs.GCJ02, ""},
		{"gcj02", crs.GCJ02, ""},
		{"bd09", crs.WGS84, "want wgs84 or gcj02"},
		{"utm51n", crs.WGS84, `unknown coordinate frame "utm51n": want wgs84 or gcj02`},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := BasemapFrame(tc.in)
			if got != tc.want || (err == nil) != (tc.err == "") || (err != nil && !strings.Contains(err.Error(), tc.err)) {
				t.Errorf("BasemapFrame(%q) = %v, %v; want %v, %q", tc.in, got, err, tc.want, tc.err)
			}
		})
	}
}
