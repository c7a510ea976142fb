package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"ningbomap/app/card"
	"ningbomap/data"
)

// cardPane is where the card goes: a side panel or a bottom sheet (splitLayout) beside the
// map. The place card is built once per language and refilled for each place. Only open
// (open.go) puts a card here.
type cardPane struct {
	split *splitLayout
	slot  *fyne.Container
	box   *fyne.Container // the map and the card, laid out by split
	view  *card.View      // the place card, built in the current language; nil until needed
	// photos is where the cards' photos come from (none when it has no Loader).
	photos card.Photos
	// edit, when set (edit mode), makes what shows for a place instead of its card, and
	// reports whether it is new or refilled (else it is left as it is).
	edit func(s *data.Site) (o fyne.CanvasObject, fresh bool)
}

// reset starts again for a UI rebuilt in another language, beside the map mapArea; it
// returns the two laid out side by side. Room for a card stays while the new one is
// made, so that the map keeps its size (and its frame).
func (p *cardPane) reset(mapArea fyne.CanvasObject) *fyne.Container {
	p.split = &splitLayout{cardOpen: p.split != nil && p.split.cardOpen}
	p.slot = container.NewStack()
	p.view = nil
	p.box = container.New(p.split, mapArea, p.slot)
	return p.box
}

// reserve keeps the card's room beside the map before a card is shown (the start: the
// map's first frame comes first, at the size it keeps).
func (p *cardPane) reserve() { p.setOpen(true) }

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
	p.setOpen(true)
	p.slot.Refresh()
}

// showObject shows another card (a feature's, the editor's form); fresh says that its
// content is new, else a card already shown is left as it is (the form being typed into).
func (p *cardPane) showObject(o fyne.CanvasObject, fresh bool) {
	if !fresh && p.split.cardOpen && len(p.slot.Objects) == 1 && p.slot.Objects[0] == o {
		return
	}
	p.slot.Objects = []fyne.CanvasObject{o}
	p.setOpen(true)
	p.slot.Refresh()
}

// close leaves the whole width to the map.
func (p *cardPane) close() {
	p.slot.Objects = nil
	p.setOpen(false)
	p.slot.Refresh()
}

// setOpen makes room for the card beside the map, or gives it back.
func (p *cardPane) setOpen(on bool) {
	if p.split.cardOpen == on {
		return
	}
	p.split.cardOpen = on
	if p.box != nil {
		p.box.Refresh()
	}
}

// isOpen reports whether a card shows.
func (p *cardPane) isOpen() bool { return p.split.cardOpen }
