package kiosk

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/BurntSushi/toml"

	"ningbomap/budget"
	"ningbomap/userdir"
)

// Config is the kiosk and tour configuration, read from a TOML file (see
// DefaultPath). Keys left out of the file keep the values of Default.
type Config struct {
	Kiosk            bool `toml:"kiosk"`             // start in kiosk mode (as with --kiosk)
	IdleSeconds      int  `toml:"idle_seconds"`      // seconds without input before the attract loop
	CountdownSeconds int  `toml:"countdown_seconds"` // the last seconds of those, shown on a banner

	DwellBaseSeconds      float64 `toml:"dwell_base_seconds"`        // tour: time on every card
	DwellZhCharsPerSecond float64 `toml:"dwell_zh_chars_per_second"` // tour: Chinese reading speed
	DwellEnWordsPerSecond float64 `toml:"dwell_en_words_per_second"` // tour: English reading speed
	DwellMaxSeconds       float64 `toml:"dwell_max_seconds"`         // tour: cap on a card's dwell; 0: none

	PINHash    string  `toml:"pin_hash"`    // staff PIN as made by HashPIN (ningbomap kiosk-pin)
	Lang       string  `toml:"lang"`        // language to start in and return to: "zh", "en", or "" for the locale's
	Scale      float64 `toml:"scale"`       // size of everything in the window: 1 normal, 2 for a 4K panel laid out as 1080p
	TextScale  float64 `toml:"text_scale"`  // size of what visitors read (cards, lists, map names): 1 normal; A+ goes up from it
	ExitCorner string  `toml:"exit_corner"` // corner held for the staff exit: top-right, top-left, bottom-right, bottom-left
	Basemap    string  `toml:"basemap"`     // a tile package (MBTiles or PMTiles, raster or vector) to draw under the map; relative to the file
	// BasemapCRS is the frame the basemap's tiles were cut in: "wgs84" (or
	// "", OpenStreetMap and most tile files) or "gcj02" (a Chinese web map:
	// AMap, Tencent); the map shifts GCJ-02 tiles onto WGS 84. BasemapFrame
	// reads it.
	BasemapCRS string `toml:"basemap_crs"`

	TouchKeyboard bool `toml:"touch_keyboard"` // the on-screen keyboard outside kiosk mode too (a touch screen at a desk)

	Fleet    string `toml:"fleet"`     // the fleet folder a sync tool keeps in step (see package fleet); relative to the file
	FleetKey string `toml:"fleet_key"` // the office's public key, as "ningbomap fleet keygen" prints it
	KioskID  string `toml:"kiosk_id"`  // this kiosk's id in the fleet; "" for the host name
	// PublishKey is the fleet's private key file (fleet.key) on the office
	// laptop, which its Publish button signs with; relative to the file.
	// It never belongs on a kiosk.
	PublishKey string `toml:"publish_key"`

	// Path is the file the configuration was read from, or looked for when
	// there was none; "" when it was made in code.
	Path string `toml:"-"`

	lines map[string]int // line of each key in the file, for messages
}

// Default returns the configuration used when there is no file: kiosk mode
// off, a 60 s idle limit with a 10 s countdown, the tour's default pacing.
func Default() Config {
	return Config{
		IdleSeconds:           60,
		CountdownSeconds:      10,
		DwellBaseSeconds:      8,
		DwellZhCharsPerSecond: 6,
		DwellEnWordsPerSecond: 3.5,
		DwellMaxSeconds:       60,
		Scale:                 1,
		TextScale:             1,
		ExitCorner:            TopRight.String(),
	}
}

// DefaultPath is where the configuration file is looked for, kiosk.toml in
// ningbomap's configuration folder (userdir.Config):
// $XDG_CONFIG_HOME/ningbomap/kiosk.toml, or ~/.config/ningbomap/kiosk.toml
// when XDG_CONFIG_HOME is not set; on Windows %APPDATA%\ningbomap\kiosk.toml,
// on macOS ~/Library/Application Support/ningbomap/kiosk.toml. It is "" when no
// such folder can be found.
func DefaultPath() string { return userdir.Config("kiosk.toml") }

// Load reads the configuration file at path. With path "" it reads
// DefaultPath, and a missing file there is no error: the result is Default
// (with Path set, so messages can say where to put one). A file named
// explicitly must exist. Load does not call Validate. Only a regular file
// (links followed) of at most budget.ConfigFile is read.
func Load(path string) (Config, error) {
	explicit := path != ""
	if !explicit {
		path = DefaultPath()
	}
	src, err := budget.ReadFile(path, budget.ConfigFile)
	if err != nil {
		c := Default()
		c.Path = path
		if path == "" || (!explicit && errors.Is(err, fs.ErrNotExist)) {
			return c, nil
		}
		return c, &Error{Path: path, Err: err}
	}
	return Parse(path, src)
}

// Parse reads a configuration from src, naming it path in messages. Keys the
// file leaves out keep their defaults; an unknown key is an error naming it
// and its line. On error the configuration holds what could be read.
func Parse(path string, src []byte) (Config, error) {
	c := Default()
	c.Path = path
	md, err := toml.Decode(string(src), &c)
	c.lines = keyLines(src, md.Keys())
	if err != nil {
		return c, tomlProblem(path, err)
	}
	var errs []error
	for _, k := range md.Undecoded() {
		if len(k) > 1 && contains(md.Undecoded(), k[:len(k)-1]) {
			continue // inside a table that is itself unknown
		}
		errs = append(errs, &Error{Path: path, Line: c.lines[k.String()], Key: k.String(),
			Err: fmt.Errorf("unknown key (known keys: %s)", strings.Join(knownKeys(), ", "))})
	}
	return c, errors.Join(errs...)
}

// knownKeys lists the keys of a configuration file, in file order.
func knownKeys() []string {
	return []string{"kiosk", "idle_seconds", "countdown_seconds", "dwell_base_seconds",
		"dwell_zh_chars_per_second", "dwell_en_words_per_second", "dwell_max_seconds",
		"pin_hash", "lang", "scale", "text_scale", "exit_corner", "basemap", "basemap_crs", "touch_keyboard",
		"fleet", "fleet_key", "kiosk_id", "publish_key"}
}

// contains reports whether keys holds k.
func contains(keys []toml.Key, k toml.Key) bool {
	for _, x := range keys {
		if x.String() == k.String() {
			return true
		}
	}
	return false
}

// line returns the line of key in the file the configuration came from, or 0.
func (c Config) line(key string) int { return c.lines[key] }
