package kiosk

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sample is a complete configuration file, as in deploy/README.md.
const sample = `# Ningbo story map: kiosk settings
kiosk = true
idle_seconds = 90
countdown_seconds = 15

dwell_base_seconds = 10
dwell_zh_chars_per_second = 5
dwell_en_words_per_second = 3
dwell_max_seconds = 75

pin_hash = "$argon2id$v=19$m=65536,t=3,p=2$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
lang = "zh"
scale = 1.5
text_scale = 1.25
exit_corner = "bottom-left"
touch_keyboard = true
`

func TestParse(t *testing.T) {
	full := Default()
	full.Kiosk, full.IdleSeconds, full.CountdownSeconds = true, 90, 15
	full.DwellBaseSeconds, full.DwellZhCharsPerSecond, full.DwellEnWordsPerSecond, full.DwellMaxSeconds = 10, 5, 3, 75
	full.PINHash = "$argon2id$v=19$m=65536,t=3,p=2$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	full.Lang, full.Scale, full.ExitCorner = "zh", 1.5, "bottom-left"
	full.TextScale, full.TouchKeyboard = 1.25, true
	partial := Default()
	partial.Kiosk, partial.Scale = true, 2

	cases := []struct {
		name string
		src  string
		want Config
		err  string // part of the error; "" for none
	}{
		{"empty file keeps the defaults", "", Default(), ""},
		{"complete file", sample, full, ""},
		{"keys left out keep their defaults; an integer scale is fine", "kiosk = true\nscale = 2\n", partial, ""},
		{"unknown key names the file, line and key", "kiosk = true\n\nidle_secs = 30\n",
			Default(), `kiosk.toml:3: idle_secs: unknown key`},
		{"unknown table is one error", "[tour]\nbase = 3\n", Default(), `kiosk.toml:1: tour: unknown key`},
		{"unknown dotted key", "tour.base = 3\n", Default(), `kiosk.toml:1: tour.base: unknown key`},
		{"syntax error names the line", "kiosk = true\nidle_seconds = = 5\n", Default(), `kiosk.toml:2: `},
		{"wrong type names the line and key", "kiosk = true\nidle_seconds = \"60\"\n", Default(), `kiosk.toml:2: idle_seconds: incompatible types`},
		{"touch_keyboard is a switch", "touch_keyboard = \"yes\"\n", Default(), `kiosk.toml:1: touch_keyboard: incompatible types`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse("kiosk.toml", []byte(tc.src))
			if tc.err == "" && err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("Parse error %v, want one with %q", err, tc.err)
				}
				var e *Error
				if !errors.As(err, &e) || e.Path != "kiosk.toml" {
					t.Errorf("error %#v is not an *Error for kiosk.toml", err)
				}
				return
			}
			if !sameConfig(got, tc.want) || got.Path != "kiosk.toml" {
				t.Errorf("Parse:\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// sameConfig compares the values of two configurations, not where they came from.
func sameConfig(a, b Config) bool {
	a.Path, a.lines, b.Path, b.lines = "", nil, "", nil
	return a.Kiosk == b.Kiosk && a.IdleSeconds == b.IdleSeconds && a.CountdownSeconds == b.CountdownSeconds &&
		a.DwellBaseSeconds == b.DwellBaseSeconds && a.DwellZhCharsPerSecond == b.DwellZhCharsPerSecond &&
		a.DwellEnWordsPerSecond == b.DwellEnWordsPerSecond && a.DwellMaxSeconds == b.DwellMaxSeconds &&
		a.PINHash == b.PINHash && a.Lang == b.Lang && a.Scale == b.Scale && a.ExitCorner == b.ExitCorner &&
		a.TextScale == b.TextScale && a.TouchKeyboard == b.TouchKeyboard
}

func TestDefaultPath(t *testing.T) {
	cases := []struct {
		name, xdg, home, want string
	}{
		{"XDG_CONFIG_HOME", "/srv/cfg", "/home/kiosk", "/srv/cfg/ningbomap/kiosk.toml"},
		{"home", "", "/home/kiosk", "/home/kiosk/.config/ningbomap/kiosk.toml"},
		{"neither", "", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("XDG_CONFIG_HOME", tc.xdg)
			t.Setenv("HOME", tc.home)
			if got := DefaultPath(); got != tc.want {
				t.Errorf("DefaultPath() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	def := filepath.Join(dir, "ningbomap", "kiosk.toml")

	c, err := Load("")
	if err != nil || !sameConfig(c, Default()) || c.Path != def {
		t.Errorf("Load with no file = %+v, %v; want the defaults and path %s", c, err, def)
	}
	if _, err := Load(filepath.Join(dir, "missing.toml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a named missing file: %v, want not-exist", err)
	}

	if err := os.MkdirAll(filepath.Dir(def), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(def, []byte("kiosk = true\nidle_seconds = 120\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err = Load("")
	if err != nil || !c.Kiosk || c.IdleSeconds != 120 || c.Path != def {
		t.Errorf("Load of the default file = %+v, %v", c, err)
	}
	if idle, countdown := c.IdleLimits(); idle != 2*time.Minute || countdown != 10*time.Second {
		t.Errorf("IdleLimits() = %v, %v", idle, countdown)
	}
	if err := Default().Validate(); err != nil {
		t.Errorf("the defaults do not validate: %v", err)
	}
}

func TestErrorFormat(t *testing.T) {
	cases := []struct {
		err  Error
		want string
	}{
		{Error{Path: "k.toml", Line: 4, Key: "scale", Err: errors.New("too big")}, "k.toml:4: scale: too big"},
		{Error{Path: "k.toml", Key: "scale", Err: errors.New("too big")}, "k.toml: scale: too big"},
		{Error{Err: errors.New("no PIN")}, "kiosk config: no PIN"},
	}
	for _, tc := range cases {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.err.Error(); got != tc.want {
				t.Errorf("Error() = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestReadmeSample checks that the sample file in deploy/README.md reads and
// validates, with a real hash in place of the elided one.
func TestReadmeSample(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "deploy", "README.md"))
	if err != nil {
		t.Fatal("the sample configuration is read from deploy/README.md:", err)
	}
	_, block, ok := strings.Cut(string(doc), "```toml\n")
	block, _, ok2 := strings.Cut(block, "```")
	if !ok || !ok2 {
		t.Fatal("deploy/README.md has no ```toml block")
	}
	var lines []string
	for _, l := range strings.Split(block, "\n") {
		if strings.HasPrefix(l, "pin_hash") {
			l = `pin_hash = "` + cheapHash(t, "246810") + `"`
		}
		lines = append(lines, l)
	}
	c, err := Parse("README.md", []byte(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	d := Default()
	if c.IdleSeconds != d.IdleSeconds || c.CountdownSeconds != d.CountdownSeconds || c.Pacing() != d.Pacing() {
		t.Errorf("the sample's idle and tour values %+v differ from the defaults it claims", c)
	}
}
