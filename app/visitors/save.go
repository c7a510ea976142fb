package visitors

import (
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2/dialog"

	"ningbomap/app/locale"
	"ningbomap/chart"
	"ningbomap/usage"
)

// Pictures are saved this many pixels wide, two charts a row, at scale 2:
// sharp when printed or shown on a large screen.
const (
	sheetWidth = 2400
	sheetScale = 2
)

// sheet is the dashboard as one picture: the charts shown, under a heading
// saying what they are of.
func (v *View) sheet() (*chart.Sheet, chart.Style) {
	st := chart.NewStyle(v.h.Lang(), sheetScale)
	f := v.figures
	lines := []string{v.subject()}
	lines = append(lines, locale.TData("visitors.totals", map[string]any{
		"Visits": chart.Number(float64(f.Visits)), "Opens": chart.Number(float64(f.Total.Opens)),
		"Reading": duration(f.Total.DwellSeconds), "Guided": chart.Number(float64(f.Guided))}))
	cs := chartsOf(f, v.placeOf)
	sheet := &chart.Sheet{Title: locale.T("visitors.title"), Lines: lines}
	for _, row := range wideRows {
		var r []chart.Chart
		for _, i := range row {
			r = append(r, cs[i])
		}
		sheet.Rows = append(sheet.Rows, r)
	}
	return sheet, st
}

// subject says what the figures are of: the source, the kiosk, the span.
func (v *View) subject() string {
	src := locale.T("visitors.thisComputer")
	if v.h.Kiosk {
		src = locale.T("visitors.thisKiosk")
	}
	if v.data.src.Fleet != "" {
		src = locale.TData("visitors.fleet", map[string]any{"Path": v.data.src.Fleet})
	}
	parts := []string{src}
	if v.data.src.Fleet != "" {
		k := v.kiosk
		if k == "" {
			k = locale.T("visitors.allKiosks")
		}
		parts = append(parts, k)
	}
	if f := v.figures; !f.From.IsZero() {
		parts = append(parts, f.From.Format("2006-01-02")+" – "+f.To.Format("2006-01-02"))
	}
	return strings.Join(parts, " · ")
}

// fileName is the name of a saved file: visitors-KIOSK-FROM-TO.EXT, then
// -2, -3… when taken.
func (v *View) fileName(ext string) func(n int) string {
	base := "visitors"
	if v.kiosk != "" {
		base += "-" + v.kiosk
	} else if v.data.src.Fleet != "" {
		base += "-all"
	}
	if f := v.figures; !f.From.IsZero() {
		base += "-" + f.From.Format("20060102") + "-" + f.To.Format("20060102")
	}
	return func(n int) string {
		if n == 1 {
			return base + ext
		}
		return fmt.Sprintf("%s-%d%s", base, n, ext)
	}
}

// savePicture asks for a folder and saves the sheet there as a new PNG.
func (v *View) savePicture() {
	v.askFolder(func(dir string) (string, error) {
		sheet, st := v.sheet()
		img, err := sheet.Render(sheetWidth, st)
		if err != nil {
			return "", err
		}
		return chart.SavePNG(dir, v.fileName(".png"), img, v.data.src.path())
	})
}

// saveTable asks for a folder and saves the table there as a new CSV file.
func (v *View) saveTable() {
	kiosk := v.kiosk
	if kiosk == "" {
		kiosk = "all"
	}
	f, name, src := v.figures, v.fileName(".csv"), v.data.src.path()
	v.askFolder(func(dir string) (string, error) { return usage.SaveCSV(dir, name, f, kiosk, src) })
}

// askFolder asks for a folder (Fyne's save dialog would empty a chosen
// file before the write could refuse it: a new file is written instead),
// runs save off the UI goroutine and says where the file went.
func (v *View) askFolder(save func(dir string) (string, error)) {
	if v.h.Kiosk {
		return
	}
	home, _ := os.UserHomeDir()
	v.chooseFolder(home, locale.T("visitors.saveHere"), func(dir string) {
		v.busy.Show()
		v.busy.Start()
		go func() {
			path, err := save(dir)
			v.h.Post(func() {
				v.busy.Stop()
				v.busy.Hide()
				if err != nil {
					dialog.ShowError(err, v.h.Window)
					return
				}
				dialog.ShowInformation(locale.T("visitors.title"), locale.TData("visitors.saved", map[string]any{"Path": path}), v.h.Window)
			})
		}()
	})
}
