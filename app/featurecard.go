package app

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showFeature opens the card of a feature of a user layer: its name, layer (and folder),
// description and every property.
func (ui *mainUI) showFeature(f featureRef) {
	ui.logOpen(nil)
	ui.selected = nil
	ui.markers.setSelected("")
	ui.feature = &f
	feat := f.u.layer.Features[f.i]
	stripe := canvas.NewRectangle(f.u.colour)
	stripe.SetMinSize(fyne.NewSize(6, 6))
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), ui.act(ui.closeCard))
	closeBtn.Importance = widget.LowImportance
	where := f.u.title()
	if feat.Folder != "" {
		where += " › " + feat.Folder
	}
	chip := newFitText(where, f.u.colour, size(sizeSmall)+1, true)
	body := container.NewVBox(
		container.NewBorder(nil, nil, nil, touchTarget(closeBtn), container.NewPadded(chip)),
		wrappedText(f.name(), sizeCardTitle, true, theme.ColorNameForeground),
	)
	if d := strings.TrimSpace(feat.Description); d != "" {
		body.Add(wrappedText(d, sizeCardBody, false, theme.ColorNameForeground))
	}
	if len(feat.Properties) > 0 {
		body.Add(widget.NewSeparator())
		body.Add(sectionTitle(T("card.properties")))
		keys := make([]string, 0, len(feat.Properties))
		for k := range feat.Properties {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			body.Add(wrappedText(k+": "+feat.Properties[k], sizeCardBody, false, theme.ColorNameForeground))
		}
	}
	body.Add(widget.NewSeparator())
	body.Add(wrappedText(TData("card.file", map[string]any{"File": f.u.layer.File}), sizeSmall, false, theme.ColorNamePlaceHolder))
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	card := container.NewBorder(nil, nil, stripe, nil, container.NewStack(bg, container.NewVScroll(container.NewPadded(body))))
	ui.cardSlot.Objects = []fyne.CanvasObject{card}
	ui.split.cardOpen = true
	ui.cardSlot.Refresh()
	ui.root.Refresh()
	ui.updateMarkers()
	if ui.win != nil {
		ui.win.SetTitle(f.name() + " — " + T("app.title"))
	}
}
