package app

import (
	"errors"
	"image/color"
	"ningbomap/app/locale"
	"ningbomap/app/style"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// problemBanner lists what was wrong with a file (file, feature, field), over the map,
// until it is dismissed or the problem is fixed.
type problemBanner struct {
	ui     *mainUI
	object *fyne.Container
	text   *style.Paragraph
	source string // what the shown problems are about ("reload", a file name)
}

// maxProblemLines is how many problems the banner lists before "and N more".
const maxProblemLines = 6

func newProblemBanner(ui *mainUI) *problemBanner {
	b := &problemBanner{ui: ui}
	b.text = style.NewParagraph("", style.Small, false, theme.ColorNameForeground)
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), ui.userAction(b.hide))
	closeBtn.Importance = widget.LowImportance
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xF3, B: 0xE0, A: 0xF8})
	bg.StrokeColor = color.NRGBA{R: 0xE6, G: 0x51, B: 0x00, A: 0xFF}
	bg.StrokeWidth = 2
	bg.CornerRadius = 10
	icon := widget.NewIcon(theme.WarningIcon())
	b.object = container.NewStack(bg, container.NewPadded(container.NewBorder(nil, nil, icon, style.TouchTarget(closeBtn), b.text)))
	b.object.Hide()
	return b
}

// show lists the problems in err.
func (b *problemBanner) show(err error) { b.showFrom("", err) }

// showFrom lists the problems in err, noting that they come from source (so that a
// later clean result from the same source can clear them).
func (b *problemBanner) showFrom(source string, err error) {
	if err == nil {
		if source != "" && b.source == source {
			b.hide()
		}
		return
	}
	lines := problemLines(err)
	head := locale.T("problems.title")
	if len(lines) > maxProblemLines {
		more := len(lines) - maxProblemLines
		lines = append(lines[:maxProblemLines], locale.TData("problems.more", map[string]any{"Count": more}))
	}
	style.SetParagraph(b.text, head+"\n"+strings.Join(lines, "\n"))
	b.source = source
	b.object.Show()
	b.object.Refresh()
}

func (b *problemBanner) hide() {
	b.source = ""
	b.object.Hide()
}

// problemLines splits joined errors into one line each.
func problemLines(err error) []string {
	type joined interface{ Unwrap() []error }
	var out []string
	var walk func(error)
	walk = func(e error) {
		var j joined
		if errors.As(e, &j) && e.Error() != "" && len(j.Unwrap()) > 1 {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		for _, l := range strings.Split(e.Error(), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	walk(err)
	return out
}

// progressBar shows a file being loaded.
type progressBar struct {
	object *fyne.Container
	label  *canvas.Text
	bar    *widget.ProgressBar
	active int
}

func newProgressBar() *progressBar {
	p := &progressBar{label: canvas.NewText("", theme.Color(theme.ColorNameForeground)), bar: widget.NewProgressBar()}
	p.label.TextSize = style.Size(style.Small) + 1
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xF0})
	bg.CornerRadius = 10
	p.object = container.NewStack(bg, container.NewPadded(container.NewVBox(p.label,
		container.NewGridWrap(fyne.NewSize(320, 24), p.bar))))
	p.object.Hide()
	return p
}

// start shows a file being loaded.
func (p *progressBar) start(name string) {
	p.begin(locale.TData("layer.loading", map[string]any{"Name": name}))
}

// begin shows work under way, described by label; set moves the bar, done ends it.
func (p *progressBar) begin(label string) {
	p.active++
	p.label.Text = label
	p.label.Refresh()
	p.bar.SetValue(0)
	p.object.Show()
}

func (p *progressBar) set(done, total int64) {
	if total > 0 {
		p.bar.SetValue(float64(done) / float64(total))
	}
}

func (p *progressBar) done() {
	if p.active--; p.active <= 0 {
		p.active = 0
		p.object.Hide()
	}
}
