package app

import (
	"os"
	"strconv"

	"ningbomap/app/style"
)

// windowTheme is the app's theme for opts, and the canvas scale the window is laid out
// at. A kiosk's scale is the canvas scale (FYNE_SCALE, unless set already), so a 4K panel
// at scale = 2 is laid out as a 1080p one at 1, every part of it twice as many pixels;
// the theme's zoom of 1.25 makes touch sizes at 1080p (48-unit targets become 60, card
// text 21, figures 37). The staff's text_scale enlarges what visitors read.
func windowTheme(opts Options) (*style.Theme, float32) {
	th := style.NewTheme()
	scale := float32(1)
	if opts.Kiosk {
		th.Zoom = 1.25
		scale = float32(opts.Config.Scale)
		if scale <= 0 {
			scale = 1
		}
		if v := os.Getenv("FYNE_SCALE"); v != "" {
			if f, err := strconv.ParseFloat(v, 32); err == nil && f > 0 {
				scale = float32(f) // the staff's own setting wins
			}
		} else {
			_ = os.Setenv("FYNE_SCALE", strconv.FormatFloat(float64(scale), 'f', -1, 32))
		}
	}
	if ts := float32(opts.Config.TextScale); ts > 0 {
		th.Text = ts
	}
	return th, scale
}
