package app

import (
	"ningbomap/app/card"
	"ningbomap/app/locale"
)

// showFeature opens the card of a feature of a user layer.
func (ui *mainUI) showFeature(f featureRef) {
	ui.logOpen(nil)
	ui.open.site = nil
	ui.markers.setSelected("")
	ui.open.feature = &f
	feat := f.u.layer.Features[f.i]
	where := f.u.title()
	if feat.Folder != "" {
		where += " › " + feat.Folder
	}
	ui.cards.showObject(card.NewFeature(card.Feature{
		Colour:      f.u.colour,
		Where:       where,
		Name:        f.name(),
		Description: feat.Description,
		Properties:  feat.Properties,
		File:        f.u.layer.File,
	}, ui.userAction(ui.closeCard)))
	ui.updateMarkers()
	if ui.win != nil {
		ui.win.SetTitle(f.name() + " — " + locale.T("app.title"))
	}
}
