package visitors

import (
	"image/color"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/chart"
	"ningbomap/fleet"
	"ningbomap/usage"
)

// Host is what the dashboard needs from the window.
type Host struct {
	Window fyne.Window
	Lang   func() string  // the UI language, "zh" or "en"
	Zoom   func() float32 // the theme's zoom (a kiosk's scale)
	// Place gives a place's name in the UI language and its theme colour;
	// ok is false for an id the exhibition does not have (any more).
	Place func(id string) (name string, colour color.NRGBA, ok bool)
	Close func() // takes the dashboard off the screen
	Now   func() time.Time

	Kiosk bool   // a kiosk: its own usage only, no folders chosen, nothing saved
	Usage string // this computer's (or this kiosk's) usage folder
	Fleet string // the fleet folder of the configuration; "" for none

	// Post runs a function on the UI goroutine (fyne.Do; tests run it at once).
	Post func(func())
	// Input is told of every choice, button and scroll in the dashboard: someone is
	// there (a kiosk closes the dashboard when it goes idle). Nil: nobody is told.
	Input func()
}

// View is the dashboard. Its methods run on the UI goroutine.
type View struct {
	h      Host
	object *fyne.Container

	data    read // what the source held
	loading bool
	figures usage.Figures
	kiosk   string // the kiosk shown, "" for all
	from    time.Time
	to      time.Time
	preset  preset

	source   *widget.Select
	sources  []Source
	kiosks   *widget.Select
	span     *widget.Select
	fromDate *widget.DateEntry
	toDate   *widget.DateEntry
	busy     *widget.ProgressBarInfinite
	note     *widget.Label
	details  *widget.Button
	tiles    *fyne.Container
	charts   []*chartView
	grid     *fyne.Container
	table    *fyne.Container
	scroll   *container.Scroll
	save     *fyne.Container

	pending atomic.Int32 // sources being read and charts being drawn, not yet shown
	setting bool         // the view sets its own widgets: their callbacks do nothing
}

// New makes the dashboard; Open shows a source in it.
func New(h Host) *View {
	if h.Post == nil {
		h.Post = fyne.Do
	}
	if h.Now == nil {
		h.Now = time.Now
	}
	v := &View{h: h, preset: last30}
	v.build()
	return v
}

// Object is the dashboard, to be shown over the whole window.
func (v *View) Object() fyne.CanvasObject { return v.object }

// Busy reports whether a source is being read or a chart drawn, whose
// result has not reached the screen yet.
func (v *View) Busy() bool { return v.pending.Load() > 0 }

// style is the charts' style: the UI language at the theme's zoom.
func (v *View) style() chart.Style {
	z := float32(1)
	if v.h.Zoom != nil {
		z = v.h.Zoom()
	}
	return chart.NewStyle(v.h.Lang(), float64(z))
}

// build makes the widgets.
func (v *View) build() {
	title := canvas.NewText(locale.T("visitors.title"), theme.Color(theme.ColorNameForeground))
	title.TextSize = style.Size(style.CardTitle)
	title.TextStyle.Bold = true
	back := widget.NewButtonWithIcon(locale.T("visitors.back"), theme.NavigateBackIcon(), func() {
		v.input()
		if v.h.Close != nil {
			v.h.Close()
		}
	})
	back.Importance = widget.HighImportance

	v.source = widget.NewSelect(nil, func(string) { v.input(); v.sourceChosen() })
	v.kiosks = widget.NewSelect(nil, func(string) { v.input(); v.kioskChosen() })
	names := make([]string, len(presets))
	for i, p := range presets {
		names[i] = locale.T(p.key())
	}
	v.span = widget.NewSelect(names, func(string) { v.input(); v.presetChosen() })
	v.fromDate = widget.NewDateEntry()
	v.toDate = widget.NewDateEntry()
	v.fromDate.OnChanged = func(*time.Time) { v.input(); v.datesTyped() }
	v.toDate.OnChanged = func(*time.Time) { v.input(); v.datesTyped() }
	reload := widget.NewButtonWithIcon(locale.T("visitors.reload"), theme.ViewRefreshIcon(), v.act(func() { v.Open(v.data.src) }))
	v.busy = widget.NewProgressBarInfinite()
	v.busy.Hide()
	v.note = widget.NewLabel("")
	v.note.Wrapping = fyne.TextWrapWord
	v.note.Hide()
	v.details = widget.NewButton(locale.T("visitors.details"), v.act(v.showSkips))
	v.details.Hide()
	savePNG := widget.NewButtonWithIcon(locale.T("visitors.savePNG"), theme.DocumentSaveIcon(), v.act(v.savePicture))
	saveCSV := widget.NewButtonWithIcon(locale.T("visitors.saveCSV"), theme.DocumentSaveIcon(), v.act(v.saveTable))
	v.save = container.NewHBox(savePNG, saveCSV)
	style.ShowIf(v.save, !v.h.Kiosk)

	field := func(label string, o fyne.CanvasObject) fyne.CanvasObject {
		l := widget.NewLabel(label)
		return container.NewBorder(nil, nil, l, nil, o)
	}
	dates := container.NewGridWithColumns(2, field(locale.T("visitors.from"), v.fromDate), field(locale.T("visitors.to"), v.toDate))
	sized := func(w float32, o fyne.CanvasObject) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
	}
	choices := container.NewHBox(sized(420, field(locale.T("visitors.source"), v.source)),
		sized(260, field(locale.T("visitors.kiosk"), v.kiosks)), sized(260, field(locale.T("visitors.span"), v.span)))
	top := container.NewBorder(nil, nil, title, container.NewHBox(reload, back))
	controls := container.NewVBox(top, choices, container.NewBorder(nil, nil, nil, v.save, dates),
		v.busy, container.NewBorder(nil, nil, nil, v.details, v.note))

	v.tiles = container.NewGridWrap(fyne.NewSize(200, 84))
	st := v.style
	for _, h := range []float32{300, 300, 300, 0, 0} {
		v.charts = append(v.charts, newChartView(st, h, &v.pending, v.h.Post))
	}
	g := &chartGrid{wide: wideRows}
	objs := make([]fyne.CanvasObject, len(v.charts))
	for i, c := range v.charts {
		objs[i] = c
	}
	v.grid = container.New(g, objs...)
	v.table = container.NewVBox()
	about := widget.NewLabel(locale.T("visitors.about"))
	about.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(v.tiles, v.grid, widget.NewSeparator(), v.table, about)
	v.scroll = container.NewVScroll(body)
	v.scroll.OnScrolled = func(fyne.Position) { v.input() }
	g.grew = func() { v.scroll.Refresh() }
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	v.object = container.NewStack(bg, container.NewBorder(container.NewPadded(controls), nil, nil, nil, v.scroll))
}

// Open reads src (in the background) and shows it; the choices of kiosk
// and span are kept where they still apply.
func (v *View) Open(src Source) {
	if v.h.Kiosk {
		src = Source{Dir: v.h.Usage} // a kiosk shows its own usage only
	}
	v.data.src = src
	v.listSources()
	v.loading = true
	v.busy.Show()
	v.busy.Start()
	v.pending.Add(1)
	go func() {
		r := readSource(src)
		v.h.Post(func() {
			defer v.pending.Add(-1)
			if r.src != v.data.src {
				return // another source was chosen meanwhile
			}
			v.loading = false
			v.busy.Stop()
			v.busy.Hide()
			v.data = r
			v.listKiosks()
			v.update()
		})
	}()
	v.setNote() // "reading…"; the figures are summed when the source is read
}

// Relabel makes the dashboard's widgets anew in the UI language (Host.Lang), showing
// the figures already read, the kiosk and the span chosen: nothing is read again. The
// host shows the new Object in place of the old one.
func (v *View) Relabel() {
	busy := v.busy.Visible() // a source being read, or a file saved
	v.busy.Stop()            // the old bar's animation ends with it
	v.build()
	if busy {
		v.busy.Show()
		v.busy.Start()
	}
	v.listSources()
	v.listKiosks()
	v.update()
}

// Source is the source shown.
func (v *View) Source() Source { return v.data.src }

// kioskIDs lists the kiosks the source has.
func (v *View) kioskIDs() []string {
	if v.data.src.Fleet == "" {
		return nil
	}
	return fleet.KioskIDs(v.data.kiosks)
}

// input tells the host that someone uses the dashboard; the view's own changes to its
// widgets (v.setting) are nobody's.
func (v *View) input() {
	if v.h.Input != nil && !v.setting {
		v.h.Input()
	}
}

// act is f, told as input first.
func (v *View) act(f func()) func() {
	return func() {
		v.input()
		f()
	}
}
