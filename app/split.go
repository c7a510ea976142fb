package app

import "fyne.io/fyne/v2"

// splitLayout places the map and the card: the card is a side panel on the right of a
// wide window and a bottom sheet on a narrow or a portrait one; the map takes the rest, so a place in
// the middle of the map is in the middle of what is visible.
type splitLayout struct {
	cardOpen bool
}

// Breakpoints of the card layout, in units.
const (
	sidePanelMinWindow = 900 // narrower windows get a bottom sheet
	sidePanelWidth     = 460
	bottomSheetShare   = 0.5
)

func (l *splitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	mapArea, card := objs[0], objs[1]
	if !l.cardOpen {
		mapArea.Move(fyne.NewPos(0, 0))
		mapArea.Resize(size)
		card.Hide()
		return
	}
	card.Show()
	if sidePanel(size) {
		w := cardWidth(size.Width)
		mapArea.Move(fyne.NewPos(0, 0))
		mapArea.Resize(fyne.NewSize(size.Width-w, size.Height))
		card.Move(fyne.NewPos(size.Width-w, 0))
		card.Resize(fyne.NewSize(w, size.Height))
		return
	}
	h := size.Height * bottomSheetShare
	mapArea.Move(fyne.NewPos(0, 0))
	mapArea.Resize(fyne.NewSize(size.Width, size.Height-h))
	card.Move(fyne.NewPos(0, size.Height-h))
	card.Resize(fyne.NewSize(size.Width, h))
}

// sidePanel reports whether the card is a side panel beside the map in an area of size
// (the window under its bars), rather than a bottom sheet: wide windows, but not a
// portrait kiosk.
func sidePanel(size fyne.Size) bool {
	return size.Width >= sidePanelMinWindow && size.Width > size.Height
}

// cardWidth is the side panel's width in a window width units wide.
func cardWidth(width float32) float32 {
	return min(max(sidePanelWidth, width*0.3), width*0.45)
}

func (l *splitLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(320, 300)
}
