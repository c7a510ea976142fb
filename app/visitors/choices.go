package visitors

import (
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"ningbomap/app/locale"
	"ningbomap/fleet"
	"ningbomap/usage"
)

// listSources fills the source choice: this computer's usage, the fleet
// folder of the configuration, one chosen here, and the choice of another.
// A kiosk offers only its own.
func (v *View) listSources() {
	v.sources = []Source{{Dir: v.h.Usage}}
	var names []string
	if v.h.Kiosk {
		names = []string{locale.T("visitors.thisKiosk")}
	} else {
		names = []string{locale.T("visitors.thisComputer")}
		for _, f := range []string{v.h.Fleet, v.data.src.Fleet} {
			if f != "" && (len(v.sources) < 2 || v.sources[1].Fleet != f) {
				v.sources = append(v.sources, Source{Fleet: f})
				names = append(names, locale.TData("visitors.fleet", map[string]any{"Path": f}))
			}
		}
		names = append(names, locale.T("visitors.chooseFleet"))
	}
	v.setting = true
	defer func() { v.setting = false }()
	v.source.SetOptions(names)
	for i, s := range v.sources {
		if s == v.data.src {
			v.source.SetSelectedIndex(i)
		}
	}
	if v.h.Kiosk {
		v.source.Disable()
	}
}

// sourceChosen opens the source chosen, or asks for a fleet folder.
func (v *View) sourceChosen() {
	if v.setting {
		return
	}
	i := v.source.SelectedIndex()
	if i >= 0 && i < len(v.sources) {
		if v.sources[i] != v.data.src {
			v.Open(v.sources[i])
		}
		return
	}
	v.listSources() // back to the source shown until a folder is chosen
	v.chooseFolder(v.h.Fleet, "", func(dir string) { v.Open(Source{Fleet: dir}) })
}

// chooseFolder shows a folder dialog starting in start (if there is one), its button
// saying confirm (Fyne's own word for ""), and gives chosen the folder chosen; an error
// is shown, a cancel does nothing. Without a window nothing is asked.
func (v *View) chooseFolder(start, confirm string, chosen func(dir string)) {
	if v.h.Window == nil {
		return
	}
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, v.h.Window)
			return
		}
		if u == nil {
			return
		}
		chosen(u.Path())
	}, v.h.Window)
	if confirm != "" {
		d.SetConfirmText(confirm)
	}
	if start != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Clean(start))); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
}

// listKiosks fills the kiosk choice from the source read, keeping the
// kiosk chosen while the source has it.
func (v *View) listKiosks() {
	ids := v.kioskIDs()
	names := append([]string{locale.T("visitors.allKiosks")}, ids...)
	keep := 0
	for i, id := range ids {
		if id == v.kiosk {
			keep = i + 1
		}
	}
	if keep == 0 {
		v.kiosk = ""
	}
	v.setting = true
	defer func() { v.setting = false }()
	v.kiosks.SetOptions(names)
	v.kiosks.SetSelectedIndex(keep)
	if len(ids) == 0 {
		v.kiosks.Disable()
	} else {
		v.kiosks.Enable()
	}
}

// kioskChosen shows the kiosk chosen.
func (v *View) kioskChosen() {
	if v.setting {
		return
	}
	v.kiosk = ""
	if i := v.kiosks.SelectedIndex(); i > 0 {
		v.kiosk = v.kiosks.Options[i]
	}
	v.update()
}

// presetChosen shows the span chosen and writes its dates.
func (v *View) presetChosen() {
	if v.setting {
		return
	}
	if i := v.span.SelectedIndex(); i >= 0 && i < len(presets) {
		v.preset = presets[i]
	}
	v.update()
}

// datesTyped shows the span of the dates typed or picked.
func (v *View) datesTyped() {
	if v.setting || v.fromDate.Date == nil || v.toDate.Date == nil {
		return
	}
	v.preset = custom
	v.from, v.to = usage.Date(*v.fromDate.Date), usage.Date(*v.toDate.Date)
	v.update()
}

// setDates shows the span's first and last day in the date fields.
func (v *View) setDates() {
	v.setting = true
	defer func() { v.setting = false }()
	show := func(e interface{ SetDate(*time.Time) }, t time.Time) {
		if t.IsZero() {
			e.SetDate(nil)
			return
		}
		local := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.Local)
		e.SetDate(&local)
	}
	show(v.fromDate, v.figures.From)
	show(v.toDate, v.figures.To)
	names := make([]string, 0, len(presets)+1)
	for _, p := range presets {
		names = append(names, locale.T(p.key()))
	}
	if v.preset == custom {
		names = append(names, locale.T(custom.key()))
		v.span.SetOptions(names)
		v.span.SetSelectedIndex(len(names) - 1)
		return
	}
	v.span.SetOptions(names)
	for i, p := range presets {
		if p == v.preset {
			v.span.SetSelectedIndex(i)
		}
	}
}

// update adds up the figures of the kiosk and span chosen and shows them.
func (v *View) update() {
	if v.preset != custom {
		v.from, v.to = v.preset.span(v.h.Now())
	}
	v.figures = fleet.Figures(v.data.kiosks, v.kiosk, v.from, v.to)
	for i := range v.figures.Places {
		v.figures.Places[i].Name, _ = v.placeOf(v.figures.Places[i].Place)
	}
	v.setDates()
	v.setCharts()
	v.setTiles()
	v.setTable()
	v.setNote()
	v.scroll.Refresh()
}
