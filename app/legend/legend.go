// Package legend is the map's layer panel, which is also its legend: each theme's symbol,
// name and number of places with a switch, the basemap's switches, the rows of the layers
// users brought, and buttons to add a layer and to export. It folds to a single button.
// It knows Fyne and the places' layers and themes, and of the window around it only what
// Host gives: it changes nothing itself, it asks.
package legend

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/card"
	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/data"
)

// Host is what the panel needs of the window around it.
type Host struct {
	// Act wraps what a switch or a button does (the window counts it as input).
	Act func(func()) func()
	// Hidden reports whether a layer of places is switched off; SetLayer switches it.
	Hidden   func(layer string) bool
	SetLayer func(layer string, on bool)
	// Basemap is the districts basemap's switch.
	Basemap Switch
	// Tiles is the tile package's switch; nil when there is none.
	Tiles *Switch
	// Add and Export, when set, are the "add a layer" and "export" buttons (a kiosk and a
	// picture have neither).
	Add, Export func()
	// Folded starts the panel folded; Fixed keeps it as it is, folded or open, until a
	// person opens or folds it (a kiosk, where a visitor opens it with one tap).
	Folded, Fixed bool
	// Inset is told the open panel's width in units (0 when folded): the map keeps what it
	// centres clear of it. refit asks for the overview to be fitted again if the map shows
	// it.
	Inset func(width float32, refit bool)
	// Moved is told that the panel was opened or folded by hand: what lies over the map
	// moved.
	Moved func()
}

// Switch is a switch of the panel: whether it is on, and what turning it does.
type Switch struct {
	On   bool
	Set  func(on bool)
	Text string // the row's text, when it is not the panel's own (a vector basemap's schema)
}

// Panel is the layer panel.
type Panel struct {
	host Host
	// Object is the panel, for over the map.
	Object *fyne.Container
	body   *fyne.Container
	users  *fyne.Container // rows of the layers users brought
	rows   map[any]fyne.CanvasObject
	open   bool
	chosen bool    // the panel was opened or folded by hand (or for a kiosk): Fit leaves it
	fitW   float32 // the map width Fit saw last
}

// New makes the panel for ds's layers in language l.
func New(ds *data.Dataset, l data.Lang, h Host) *Panel {
	lg := &Panel{host: h, open: !h.Folded, chosen: h.Fixed}
	rows := container.NewVBox()
	for _, layer := range ds.Layers {
		if layer.Theme == data.ThemeOverview || len(layer.Sites) == 0 {
			continue
		}
		rows.Add(lg.layerRow(ds, layer, l))
	}
	rows.Add(widget.NewSeparator())
	rows.Add(lg.check(locale.T("legend.basemap"), h.Basemap))
	if h.Tiles != nil {
		text := locale.T("legend.tiles")
		if h.Tiles.Text != "" {
			text = h.Tiles.Text
		}
		rows.Add(lg.check(text, *h.Tiles))
	}
	lg.users = container.NewVBox()
	lg.rows = map[any]fyne.CanvasObject{}
	rows.Add(lg.users)
	if h.Add != nil {
		rows.Add(lowButton(locale.T("legend.add"), theme.ContentAddIcon(), h.Act(h.Add)))
	}
	if h.Export != nil {
		rows.Add(lowButton(locale.T("legend.export"), theme.DownloadIcon(), h.Act(h.Export)))
	}

	toggle := widget.NewButtonWithIcon(locale.T("legend.title"), theme.MenuIcon(), nil)
	toggle.Alignment = widget.ButtonAlignLeading
	toggle.Importance = widget.LowImportance
	lg.body = rows
	toggle.OnTapped = h.Act(func() {
		lg.open = !lg.open
		lg.chosen = true
		lg.apply()
		h.Moved()
	})
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xEE})
	bg.CornerRadius = 10
	bg.StrokeColor = color.NRGBA{A: 0x30}
	bg.StrokeWidth = 1
	lg.Object = container.NewStack(bg, container.NewPadded(container.NewVBox(style.TallButton(toggle), rows)))
	lg.apply()
	return lg
}

// check is a switch of the panel, set before it listens: showing it is no one's choice.
func (lg *Panel) check(label string, s Switch) *widget.Check {
	c := widget.NewCheck(label, nil)
	c.SetChecked(s.On)
	c.OnChanged = func(on bool) { lg.host.Act(func() { s.Set(on) })() }
	return c
}

func lowButton(label string, icon fyne.Resource, tapped func()) fyne.CanvasObject {
	b := widget.NewButtonWithIcon(label, icon, tapped)
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	return style.TallButton(b)
}

// Open reports whether the panel is open (not folded).
func (lg *Panel) Open() bool { return lg.open }

// Fit folds the panel when open it would cover more than a third of a map mapWidth
// units wide (narrow windows, and long English names on a laptop), and opens it where it
// would not, until a person opens or folds it. It keeps the overview fitted to the part
// of the map the panel leaves.
func (lg *Panel) Fit(mapWidth float32) {
	if lg.chosen || mapWidth <= 0 || mapWidth == lg.fitW {
		return
	}
	lg.fitW = mapWidth
	body := lg.body.Visible()
	lg.body.Show()
	open := !TooWide(lg.Object.MinSize().Width, mapWidth)
	if !body {
		lg.body.Hide()
	}
	if open == lg.open {
		return
	}
	lg.open = open
	lg.applyRefit(true)
}

// TooWide reports whether an open panel width units wide covers more than a third of a
// map mapWidth units wide.
func TooWide(width, mapWidth float32) bool { return width > mapWidth/3 }

func (lg *Panel) apply() { lg.applyRefit(false) }

func (lg *Panel) applyRefit(refit bool) {
	w := float32(0)
	if lg.open {
		lg.body.Show()
		w = lg.Object.MinSize().Width
	} else {
		lg.body.Hide()
	}
	lg.host.Inset(w, refit)
	lg.Object.Refresh()
}

// layerRow is one layer's switch with its marker symbol, name and count.
func (lg *Panel) layerRow(ds *data.Dataset, l *data.Layer, lang data.Lang) fyne.CanvasObject {
	th := ds.Theme(l.Theme)
	c := card.ThemeColour(th)
	dot := canvas.NewCircle(c)
	dot.StrokeColor = color.White
	dot.StrokeWidth = 2
	icon := ""
	if th != nil {
		icon = th.Icon
	}
	glyph := canvas.NewText(icon, color.White)
	glyph.TextSize = 14
	glyph.Alignment = fyne.TextAlignCenter
	symbol := container.NewGridWrap(fyne.NewSize(30, 30), container.NewStack(dot, container.NewCenter(glyph)))
	name := l.Name.In(lang)
	if th != nil {
		name = th.Name.In(lang)
	}
	id := l.ID
	check := lg.check(name+"  ("+strconv.Itoa(len(l.Sites))+")", Switch{
		On:  !lg.host.Hidden(id),
		Set: func(on bool) { lg.host.SetLayer(id, on) },
	})
	return container.NewBorder(nil, nil, container.NewCenter(symbol), nil, check)
}
