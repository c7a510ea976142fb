// Package overlay holds what shows over the map for a moment: the tooltip by a marker, the
// banner that lists a file's problems and the loading bar. Each stands alone: it knows
// Fyne, app/style and app/locale, and nothing of the window around it.
package overlay

import (
	"errors"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ningbomap/app/locale"
	"ningbomap/app/style"
)

// Problems is the banner that lists what was wrong with a file (file, feature, field),
// over the map, until it is dismissed or the problem is fixed.
type Problems struct {
	// Object is the banner, hidden while there is nothing to list.
	Object *fyne.Container
	text   *style.Paragraph
	source string // what the shown problems are about ("reload", a file name)
	err    error  // the problems shown, nil while hidden
}

// maxProblemLines is how many problems the banner lists before "and N more".
const maxProblemLines = 6

// NewProblems makes the banner, hidden; act wraps what its close button does (the window
// counts it as input).
func NewProblems(act func(func()) func()) *Problems {
	b := &Problems{}
	b.text = style.NewParagraph("", style.Small, false, theme.ColorNameForeground)
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), act(b.Hide))
	closeBtn.Importance = widget.LowImportance
	bg := canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xF3, B: 0xE0, A: 0xF8})
	bg.StrokeColor = color.NRGBA{R: 0xE6, G: 0x51, B: 0x00, A: 0xFF}
	bg.StrokeWidth = 2
	bg.CornerRadius = 10
	icon := widget.NewIcon(theme.WarningIcon())
	b.Object = container.NewStack(bg, container.NewPadded(container.NewBorder(nil, nil, icon, style.TouchTarget(closeBtn), b.text)))
	b.Object.Hide()
	return b
}

// Show lists the problems in err.
func (b *Problems) Show(err error) { b.ShowFrom("", err) }

// ShowFrom lists the problems in err, noting that they come from source (so that a
// later clean result from the same source can clear them).
func (b *Problems) ShowFrom(source string, err error) {
	if err == nil {
		if source != "" && b.source == source {
			b.Hide()
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
	b.source, b.err = source, err
	b.Object.Show()
	b.Object.Refresh()
}

// Hide closes the banner.
func (b *Problems) Hide() {
	b.source, b.err = "", nil
	b.Object.Hide()
}

// Relabel shows the problems shown, if any, again in the language now (the window
// rebuilt in another language): a problem not yet dismissed or fixed stays on the screen.
func (b *Problems) Relabel() {
	if b.err != nil {
		b.ShowFrom(b.source, b.err)
	}
}

// Showing reports whether the banner shows.
func (b *Problems) Showing() bool { return b.Object.Visible() }

// Text is what the banner lists.
func (b *Problems) Text() string { return b.text.String() }

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
