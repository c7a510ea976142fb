package overlay

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
)

// Progress is the loading bar: a file being read, a picture being drawn.
type Progress struct {
	// Object is the bar with its label, hidden while nothing loads.
	Object *fyne.Container
	label  *canvas.Text
	bar    *widget.ProgressBar
	active int
}

// NewProgress makes the loading bar, hidden.
func NewProgress() *Progress {
	p := &Progress{label: canvas.NewText("", theme.Color(theme.ColorNameForeground)), bar: widget.NewProgressBar()}
	p.label.TextSize = style.Size(style.Small) + 1
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xF0})
	bg.CornerRadius = 10
	p.Object = container.NewStack(bg, container.NewPadded(container.NewVBox(p.label,
		container.NewGridWrap(fyne.NewSize(320, 24), p.bar))))
	p.Object.Hide()
	return p
}

// Start shows a file being loaded.
func (p *Progress) Start(name string) {
	p.Begin(locale.TData("layer.loading", map[string]any{"Name": name}))
}

// Begin shows work under way, described by label; Set moves the bar, Done ends it. Work
// begun twice shows until it is done twice.
func (p *Progress) Begin(label string) {
	p.active++
	p.label.Text = label
	p.label.Refresh()
	p.bar.SetValue(0)
	p.Object.Show()
}

// Set moves the bar to done of total.
func (p *Progress) Set(done, total int64) {
	if total > 0 {
		p.bar.SetValue(float64(done) / float64(total))
	}
}

// Done ends one piece of work.
func (p *Progress) Done() {
	if p.active--; p.active <= 0 {
		p.active = 0
		p.Object.Hide()
	}
}
