package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"ningbomap/app/card"
	"ningbomap/data"
)

// cardPane is where the card goes: a side panel or a bottom sheet (splitLayout) beside the
// map. The place card is built once per language and refilled for each place.
type cardPane struct {
	split *splitLayout
	slot  *fyne.Container
	view  *card.View // the place card, built in the current language; nil until needed
	// photos is where the cards' photos come from (none when it has no Loader).
	photos card.Photos
	// edit, when set (edit mode), makes what shows for a place instead of its card.
	edit func(s *data.Site) fyne.CanvasObject
}

// reset starts again for a UI rebuilt in another language.
func (p *cardPane) reset() {
	p.split = &splitLayout{}
	p.slot = container.NewStack()
	p.view = nil
}

// showPlace shows the card of s (at tour position pos of total).
func (p *cardPane) showPlace(ds *data.Dataset, s *data.Site, l data.Lang, pos, total int, act card.Actions) {
	if p.edit != nil {
		p.showObject(p.edit(s))
		return
	}
	if p.view == nil {
		p.view = card.NewView(act)
		p.view.SetPhotos(p.photos)
	}
	p.view.Show(ds, s, l, pos, total)
	if tracing { // what the card shows, for the end-to-end tests
		figs := make([]string, len(s.Indicators))
		for i, ind := range s.Indicators {
			figs[i] = ind.Format(l).Text
		}
		trace("card-figures %s %s", s.ID, strings.Join(figs, " | "))
	}
	if len(p.slot.Objects) != 1 || p.slot.Objects[0] != p.view.Root {
		p.slot.Objects = []fyne.CanvasObject{p.view.Root}
	}
	p.split.cardOpen = true
	p.slot.Refresh()
}

// showObject shows another card (a feature's).
func (p *cardPane) showObject(o fyne.CanvasObject) {
	p.slot.Objects = []fyne.CanvasObject{o}
	p.split.cardOpen = true
	p.slot.Refresh()
}

// close leaves the whole width to the map.
func (p *cardPane) close() {
	p.slot.Objects = nil
	p.split.cardOpen = false
	p.slot.Refresh()
}

// isOpen reports whether a card shows.
func (p *cardPane) isOpen() bool { return p.split.cardOpen }
