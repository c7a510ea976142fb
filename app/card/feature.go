package card

import (
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/contrast"
)

// Feature is what the card of a feature of an imported layer shows.
type Feature struct {
	Colour      color.NRGBA       // the layer's colour
	Where       string            // the layer's name, and the folder inside it
	Name        string            // the feature's title
	Description string            // its description, if any
	Properties  map[string]string // every property, listed by key
	File        string            // the file it came from
}

// NewFeature builds the card of an imported feature: its name, layer (and folder),
// description and every property; close is what its close button does.
func NewFeature(f Feature, close func()) fyne.CanvasObject {
	stripe := canvas.NewRectangle(f.Colour)
	stripe.SetMinSize(fyne.NewSize(6, 6))
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), close)
	closeBtn.Importance = widget.LowImportance
	chip := style.NewFitText(f.Where, style.Readable(f.Colour, white, contrast.Normal), style.Size(style.Small)+1, true)
	body := container.NewVBox(
		container.NewBorder(nil, nil, nil, style.TouchTarget(closeBtn), container.NewPadded(chip)),
		style.NewParagraph(f.Name, style.CardTitle, true, theme.ColorNameForeground),
	)
	if d := strings.TrimSpace(f.Description); d != "" {
		body.Add(style.NewParagraph(d, style.CardBody, false, theme.ColorNameForeground))
	}
	if len(f.Properties) > 0 {
		body.Add(widget.NewSeparator())
		body.Add(sectionTitle(locale.T("card.properties")))
		keys := make([]string, 0, len(f.Properties))
		for k := range f.Properties {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			body.Add(style.NewParagraph(k+": "+f.Properties[k], style.CardBody, false, theme.ColorNameForeground))
		}
	}
	body.Add(widget.NewSeparator())
	body.Add(style.NewParagraph(locale.TData("card.file", map[string]any{"File": f.File}), style.Small, false, theme.ColorNamePlaceHolder))
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	return container.NewBorder(nil, nil, stripe, nil, container.NewStack(bg, style.NewTouchScroll(container.NewPadded(body))))
}
