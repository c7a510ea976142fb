package editor

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/data"
	"ningbomap/edit"
)

// tourRowHeight is the height of a row of the tour list, in units.
const tourRowHeight = 40

// TourList is the guided tour's order as a list whose rows are dragged up or down to
// move a place; each move is an edit (Editor.ReorderTour), so it can be undone.
type TourList struct {
	Root    *fyne.Container
	ed      *edit.Editor
	lang    data.Lang
	changed func()
	rows    *fyne.Container
}

// NewTourList builds the list of ed's tour in language l; changed hears of each move.
func NewTourList(ed *edit.Editor, l data.Lang, changed func()) *TourList {
	t := &TourList{ed: ed, lang: l, changed: changed, rows: container.NewVBox()}
	t.Root = container.NewStack(container.NewVScroll(t.rows))
	t.fill()
	return t
}

// Order returns the ids in tour order.
func (t *TourList) Order() []string { return t.ed.TourOrder() }

func (t *TourList) fill() {
	t.rows.Objects = nil
	ds := t.ed.Dataset()
	for i, id := range t.ed.TourOrder() {
		name := id
		if s := ds.Site(id); s != nil {
			name = s.Name.In(t.lang)
		}
		t.rows.Add(newTourRow(t, i, strconv.Itoa(i+1)+".  "+name))
	}
	t.rows.Refresh()
}

// Move moves the place at position from (from 0) to position to.
func (t *TourList) Move(from, to int) error {
	ids := t.ed.TourOrder()
	to = max(0, min(to, len(ids)-1))
	if from == to || from < 0 || from >= len(ids) {
		return nil
	}
	id := ids[from]
	ids = append(ids[:from], ids[from+1:]...)
	ids = append(ids[:to], append([]string{id}, ids[to:]...)...)
	if err := t.ed.ReorderTour(ids); err != nil {
		return err
	}
	t.fill()
	if t.changed != nil {
		t.changed()
	}
	return nil
}

// tourRow is one place of the list: a grip to drag it by, its position and name.
type tourRow struct {
	widget.BaseWidget
	list *TourList
	i    int
	dy   float32
	bg   *canvas.Rectangle
	text fyne.CanvasObject
}

func newTourRow(t *TourList, i int, label string) *tourRow {
	r := &tourRow{list: t, i: i}
	r.bg = canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	r.bg.SetMinSize(fyne.NewSize(280, tourRowHeight-4))
	r.text = container.NewBorder(nil, nil, widget.NewIcon(theme.MenuIcon()), nil, widget.NewLabel(label))
	r.ExtendBaseWidget(r)
	return r
}

// Dragged follows the pointer: the row shows where it would land.
func (r *tourRow) Dragged(e *fyne.DragEvent) {
	r.dy += e.Dragged.DY
	r.bg.FillColor = theme.Color(theme.ColorNamePrimary)
	r.bg.Refresh()
}

// DragEnd moves the place by the rows it was dragged over.
func (r *tourRow) DragEnd() {
	steps := int(r.dy / tourRowHeight)
	r.dy = 0
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.bg.Refresh()
	if steps != 0 {
		_ = r.list.Move(r.i, r.i+steps)
	}
}

// Cursor shows the row can be moved.
func (r *tourRow) Cursor() desktop.Cursor { return desktop.VResizeCursor }

func (r *tourRow) MinSize() fyne.Size {
	return fyne.NewSize(max(280, r.text.MinSize().Width), tourRowHeight)
}

func (r *tourRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(container.New(padBottom{}, r.bg), r.text))
}

// padBottom leaves a gap under a row's background.
type padBottom struct{}

func (padBottom) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(size.Width, size.Height-4))
	}
}

func (padBottom) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, tourRowHeight)
}
