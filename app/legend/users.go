package legend

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
	"ningbomap/crs"
	"ningbomap/data"
	"ningbomap/importer"
)

// UserRow is the row of a layer a user brought: its colour, title and number of features,
// its switches, a remove button and, for a file read as text, its text encoding.
type UserRow struct {
	Key      any // what RemoveUser and Row know the row by
	Colour   color.NRGBA
	Title    string
	Count    int
	Shown    Switch // the layer on the map
	Names    Switch // its points' names on the map
	Remove   func()
	Encoding string // the text encoding it was read in; "" for none of its own (KMZ)
	// Reread reads the file again in another encoding (importer.Encodings' names).
	Reread func(encoding string)
	Lang   data.Lang // of the encodings' names
	// Frame is the coordinate frame it was read in; Reframe, when set, reads the file
	// again in another.
	Frame   crs.Frame
	Reframe func(crs.Frame)
}

// AddUser adds the row of a user layer and opens the panel to show it.
func (lg *Panel) AddUser(r UserRow) {
	dot := canvas.NewCircle(r.Colour)
	dot.StrokeColor = color.White
	dot.StrokeWidth = 2
	symbol := container.NewGridWrap(fyne.NewSize(30, 30), dot)
	check := lg.check(r.Title+"  ("+strconv.Itoa(r.Count)+")", r.Shown)
	names := lg.check(locale.T("legend.names"), r.Names)
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), lg.host.Act(r.Remove))
	remove.Importance = widget.LowImportance
	indent := container.NewGridWrap(fyne.NewSize(30, 1))
	row := container.NewVBox(container.NewBorder(nil, nil, container.NewCenter(symbol), style.TouchTarget(remove), check),
		container.NewBorder(nil, nil, indent, nil, names))
	if enc := lg.encodingChoice(r); enc != nil {
		row.Add(container.NewBorder(nil, nil, indent, nil, enc))
	}
	if fr := lg.frameChoice(r); fr != nil {
		row.Add(container.NewBorder(nil, nil, indent, nil, fr))
	}
	lg.rows[r.Key] = row
	lg.users.Add(row)
	lg.open = true
	lg.chosen = true
	lg.apply()
}

// RemoveUser removes a user layer's row.
func (lg *Panel) RemoveUser(key any) {
	if row, ok := lg.rows[key]; ok {
		lg.users.Remove(row)
		delete(lg.rows, key)
	}
}

// Row is the row of the user layer known by key; nil when there is none.
func (lg *Panel) Row(key any) fyne.CanvasObject { return lg.rows[key] }

// encodingChoice is the menu of text encodings of a user layer read from text (CSV, KML,
// GPX, GeoJSON), showing the one it was read in; choosing another reads the file again.
// nil for layers with no text encoding of their own (KMZ archives).
func (lg *Panel) encodingChoice(r UserRow) fyne.CanvasObject {
	if r.Encoding == "" || r.Reread == nil {
		return nil
	}
	choices := importer.Encodings()
	labels := make([]string, len(choices))
	current := ""
	for i, c := range choices {
		labels[i] = c.Label
		if r.Lang == data.Zh {
			labels[i] = c.LabelZh
		}
		if strings.EqualFold(c.Name, r.Encoding) {
			current = labels[i]
		}
	}
	if current == "" { // an encoding the file declared that is not on the menu
		labels = append(labels, r.Encoding)
		current = r.Encoding
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelected(current) // before OnChanged: showing it is no one's choice
	sel.OnChanged = func(label string) {
		lg.host.Act(func() {
			for i, l := range labels[:len(choices)] {
				if l == label && !strings.EqualFold(choices[i].Name, r.Encoding) {
					r.Reread(choices[i].Name)
				}
			}
		})()
	}
	return container.NewBorder(nil, nil, widget.NewLabel(locale.T("legend.encoding")), nil, sel)
}
