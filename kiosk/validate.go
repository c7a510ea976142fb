package kiosk

import (
	"errors"
	"fmt"
	"time"

	"ningbomap/crs"
	"ningbomap/tour"
)

// Validate checks every value and returns all problems at once (errors.Join
// of *Error, each naming the file, line and key). Kiosk mode without a PIN
// hash is refused: staff could not get out again, so the error says how to
// make one and where to put it.
func (c Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, &Error{Path: c.Path, Line: c.line(key), Key: key, Err: fmt.Errorf(format, args...)})
	}
	if c.IdleSeconds < 10 || c.IdleSeconds > 86400 {
		bad("idle_seconds", "%d is out of range: want 10 to 86400 seconds", c.IdleSeconds)
	}
	if c.CountdownSeconds < 0 || c.CountdownSeconds >= c.IdleSeconds {
		bad("countdown_seconds", "%d is out of range: want 0 up to idle_seconds (%d), exclusive",
			c.CountdownSeconds, c.IdleSeconds)
	}
	if c.DwellBaseSeconds < 0 || c.DwellBaseSeconds > 600 {
		bad("dwell_base_seconds", "%g is out of range: want 0 to 600 seconds", c.DwellBaseSeconds)
	}
	if c.DwellZhCharsPerSecond <= 0 || c.DwellZhCharsPerSecond > 100 {
		bad("dwell_zh_chars_per_second", "%g is out of range: want more than 0, at most 100", c.DwellZhCharsPerSecond)
	}
	if c.DwellEnWordsPerSecond <= 0 || c.DwellEnWordsPerSecond > 100 {
		bad("dwell_en_words_per_second", "%g is out of range: want more than 0, at most 100", c.DwellEnWordsPerSecond)
	}
	if c.DwellMaxSeconds != 0 && (c.DwellMaxSeconds < c.DwellBaseSeconds || c.DwellMaxSeconds > 3600) {
		bad("dwell_max_seconds", "%g is out of range: want 0 (no cap) or dwell_base_seconds (%g) to 3600",
			c.DwellMaxSeconds, c.DwellBaseSeconds)
	}
	switch c.Lang {
	case "", "zh", "en":
	default:
		bad("lang", "%q is not a language of the map: want \"zh\", \"en\" or \"\" (from the locale)", c.Lang)
	}
	if c.Scale < 0.5 || c.Scale > 4 {
		bad("scale", "%g is out of range: want 0.5 to 4", c.Scale)
	}
	if c.TextScale < MinTextScale || c.TextScale > MaxTextScale {
		bad("text_scale", "%g is out of range: want %g to %g", c.TextScale, MinTextScale, MaxTextScale)
	}
	if _, err := ParseCorner(c.ExitCorner); err != nil {
		bad("exit_corner", "%w", err)
	}
	if _, err := BasemapFrame(c.BasemapCRS); err != nil {
		bad("basemap_crs", "%w", err)
	}
	errs = append(errs, c.validateFleet()...)
	if c.PINHash != "" {
		if _, err := parseHash(c.PINHash); err != nil {
			bad("pin_hash", "%w; make a new one with \"ningbomap kiosk-pin\"", err)
		}
	} else if c.Kiosk {
		errs = append(errs, &Error{Path: c.Path, Err: errNoPIN(c.Path)})
	}
	return errors.Join(errs...)
}

// BasemapFrame reads the frame a tile basemap was cut in (--basemap-crs,
// basemap_crs): "wgs84" or "" (the default), or "gcj02". BD-09 is refused:
// Baidu's tiles are numbered on a grid of their own, not the web map tiles
// of MBTiles and PMTiles.
func BasemapFrame(s string) (crs.Frame, error) {
	f, err := crs.Parse(s)
	switch {
	case err != nil:
		return crs.WGS84, fmt.Errorf("unknown coordinate frame %q: want wgs84 or gcj02", s)
	case f == crs.BD09:
		return crs.WGS84, fmt.Errorf("%q: Baidu's tiles (BD-09) are not cut on the web map grid of MBTiles and PMTiles: want wgs84 or gcj02", s)
	}
	return f, nil
}

// Bounds of text_scale: smaller text than 0.8 is hard to read at a kiosk, and beyond 2
// (with the visitors' A+ on top) a card holds a few words a line.
const (
	MinTextScale = 0.8
	MaxTextScale = 2.0
)

// errNoPIN explains why kiosk mode will not start without a PIN and how to
// set one in the file at path.
func errNoPIN(path string) error {
	if path == "" {
		path = "the configuration file"
	}
	return fmt.Errorf("kiosk mode needs a staff PIN to exit, and no pin_hash is set: "+
		"run \"ningbomap kiosk-pin\", type a PIN of %d to %d digits twice, and paste the "+
		"pin_hash line it prints into %s (make the file if there is none)", MinPINDigits, MaxPINDigits, path)
}

// Pacing is the tour pacing the configuration asks for.
func (c Config) Pacing() tour.Pacing {
	return tour.Pacing{
		Base:             seconds(c.DwellBaseSeconds),
		ZhCharsPerSecond: c.DwellZhCharsPerSecond,
		EnWordsPerSecond: c.DwellEnWordsPerSecond,
		Max:              seconds(c.DwellMaxSeconds),
	}
}

// IdleLimits are the idle limit and the countdown before it, as durations.
func (c Config) IdleLimits() (idle, countdown time.Duration) {
	return time.Duration(c.IdleSeconds) * time.Second, time.Duration(c.CountdownSeconds) * time.Second
}

// seconds converts a number of seconds to a duration, to the millisecond.
func seconds(s float64) time.Duration {
	return time.Duration(s * 1000 * float64(time.Millisecond))
}
