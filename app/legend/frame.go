package legend

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/crs"
)

// frameChoice is the menu of coordinate frames of a user layer read from a file, showing
// the one it was read in (WGS 84, or with --crs the frame of a Chinese web map); choosing
// another reads the file again in it, as the encoding menu does. A CSV exported from
// AMap (GCJ-02) or Baidu (BD-09) then lands where its places really are. nil when the
// layer cannot be read again.
func (lg *Panel) frameChoice(r UserRow) fyne.CanvasObject {
	if r.Reframe == nil {
		return nil
	}
	frames := crs.Frames()
	labels := make([]string, len(frames))
	current := ""
	for i, f := range frames {
		labels[i] = frameTitle(f)
		if f == r.Frame {
			current = labels[i]
		}
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelected(current) // before OnChanged: showing it is no one's choice
	sel.OnChanged = func(label string) {
		lg.host.Act(func() {
			for i, l := range labels {
				if l == label && frames[i] != r.Frame {
					r.Reframe(frames[i])
				}
			}
		})()
	}
	return container.NewBorder(nil, nil, widget.NewLabel(locale.T("legend.frame")), nil, sel)
}

// frameTitle is a frame's name with the maps that use it, in the UI language.
func frameTitle(f crs.Frame) string {
	return locale.T("frame." + f.String())
}
