package style

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// TouchTarget wraps a button so that it is at least a touch target's size square.
func TouchTarget(b *widget.Button) fyne.CanvasObject {
	t := Size(Touch)
	return container.NewGridWrap(fyne.NewSize(t, t), b)
}

// TallButton makes a button at least a touch target high, as wide as its label.
func TallButton(b *widget.Button) fyne.CanvasObject {
	return container.New(layout.NewGridWrapLayout(fyne.NewSize(b.MinSize().Width+8, Size(Touch))), b)
}
