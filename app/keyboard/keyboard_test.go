package keyboard

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"ningbomap/app/contrastcheck"
	"ningbomap/app/style"
	"ningbomap/contrast"
	"ningbomap/resources"
)

// labels are the keyboard's words in the app's two languages (as the translations have
// them).
var labels = map[string]Labels{
	"zh": {Hint: "输入拼音或英文", Space: "空格", Backspace: "← 删除", Clear: "清空", Close: "收起"},
	"en": {Hint: "Type pinyin or English", Space: "Space", Backspace: "← Delete", Clear: "Clear", Close: "Close"},
}

// typist records what the keys do.
type typist struct {
	text   []rune
	closed int
	inputs int
}

func (ty *typist) actions() Actions {
	return Actions{
		Rune: func(r rune) { ty.text = append(ty.text, r) },
		Backspace: func() {
			if len(ty.text) > 0 {
				ty.text = ty.text[:len(ty.text)-1]
			}
		},
		Clear: func() { ty.text = nil },
		Close: func() { ty.closed++ },
		Input: func() { ty.inputs++ },
	}
}

// kioskSide is a letter key's side in the kiosk at scale 1: its touch size.
const kioskSide = 60

func newTestKeyboard(t *testing.T, l Labels) (*Keyboard, *typist, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(style.NewTheme())
	ty := &typist{}
	kb := New(l, ty.actions(), kioskSide)
	w := test.NewTempWindow(t, kb)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(900, kb.MinSize().Height))
	return kb, ty, w
}

// TestTyping taps keys as a visitor would and checks what they typed.
func TestTyping(t *testing.T) {
	for _, tc := range []struct {
		name string
		taps []string
		want string
	}{
		{"pinyin", []string{"g", "a", "o", "n", "i"}, "gaoni"},
		{"initials", []string{"t", "t"}, "tt"},
		{"backspace", []string{"t", "e", "n", "x", "← Delete", "g"}, "teng"},
		{"space", []string{"t", "e", "n", "g", "Space", "t", "o", "u"}, "teng tou"},
		{"clear", []string{"x", "y", "Clear", "n", "b"}, "nb"},
		{"backspace on nothing", []string{"← Delete"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kb, ty, _ := newTestKeyboard(t, labels["en"])
			for _, label := range tc.taps {
				k := kb.Key(label)
				if k == nil {
					t.Fatalf("no key %q", label)
				}
				test.Tap(k)
			}
			if got := string(ty.text); got != tc.want {
				t.Errorf("typed %q, want %q", got, tc.want)
			}
			if ty.inputs != len(tc.taps) {
				t.Errorf("%d inputs told for %d taps", ty.inputs, len(tc.taps))
			}
		})
	}
}

// TestClose: the close key and Escape close; physical keys typed into the keyboard
// itself (should it have the focus) type.
func TestClose(t *testing.T) {
	kb, ty, _ := newTestKeyboard(t, labels["zh"])
	test.Tap(kb.Key("收起"))
	kb.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ty.closed != 2 {
		t.Errorf("closed %d times, want 2", ty.closed)
	}
	kb.TypedRune('n')
	kb.TypedRune('b')
	kb.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if string(ty.text) != "n" {
		t.Errorf("typed %q, want n", string(ty.text))
	}
}

// TestWobble: a drag that stays within a finger's wobble presses the key; one that moves
// away does not.
func TestWobble(t *testing.T) {
	kb, ty, _ := newTestKeyboard(t, labels["en"])
	k := kb.Key("q")
	k.MouseDown(&desktop.MouseEvent{})
	k.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 3, DY: 2}})
	k.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 2, DY: -1}})
	if !k.Pressed() {
		t.Error("a wobbling finger put the key's light out")
	}
	k.DragEnd()
	if string(ty.text) != "q" || k.Pressed() {
		t.Errorf("after a wobble: typed %q, pressed %v; want q, not pressed", string(ty.text), k.Pressed())
	}
	k.MouseDown(&desktop.MouseEvent{})
	k.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 30}})
	if k.Pressed() {
		t.Error("a finger that slid away still lights the key")
	}
	k.DragEnd()
	if string(ty.text) != "q" {
		t.Errorf("a slide typed: %q", string(ty.text))
	}
}

// TestPressedShows: a key under a finger is lit, in colours that read.
func TestPressedShows(t *testing.T) {
	kb, _, _ := newTestKeyboard(t, labels["en"])
	k := kb.Key("g")
	k.MouseDown(&desktop.MouseEvent{})
	if !k.Pressed() || k.bg.FillColor != PressedColour || k.label.Color != PressedText {
		t.Errorf("pressed key: fill %v text %v", k.bg.FillColor, k.label.Color)
	}
	k.MouseUp(&desktop.MouseEvent{})
	if k.Pressed() || k.bg.FillColor != KeyColour {
		t.Errorf("released key: fill %v", k.bg.FillColor)
	}
}

// TestKeyGeometry lays the keyboard out at the widths it meets (a laptop window, a
// portrait kiosk, a landscape one) with keys sized for 12 mm at scales 1 and 2: every key
// is at least that large, inside the keyboard, and clear of every other key and of the
// display.
func TestKeyGeometry(t *testing.T) {
	for _, scale := range []float32{1, 2} {
		side := max(kioskSide/scale, style.Millimetres(style.KeyMM, scale))
		for _, width := range []float32{700, 1080, 1920} {
			t.Run(fmt.Sprintf("scale %g width %g", scale, width), func(t *testing.T) {
				test.NewTempApp(t).Settings().SetTheme(style.NewTheme())
				kb := New(labels["zh"], (&typist{}).actions(), side)
				w := test.NewTempWindow(t, kb)
				w.SetPadded(false)
				size := fyne.NewSize(max(width, kb.MinSize().Width), kb.MinSize().Height)
				w.Resize(size)
				kb.Resize(size)
				field := rect{kb.bar.Position(), kb.bar.Size()}
				var boxes []rect
				for _, k := range kb.Keys() {
					r := rect{k.Position(), k.Size()}
					if mm := style.UnitsToMillimetres(min(r.size.Width, r.size.Height), scale); mm < style.KeyMM-0.01 {
						t.Errorf("key %q is %v: %.1f mm, under %d mm", k.Label(), r.size, mm, style.KeyMM)
					}
					if r.pos.X < 0 || r.pos.Y < 0 || r.pos.X+r.size.Width > size.Width || r.pos.Y+r.size.Height > size.Height {
						t.Errorf("key %q at %v %v is outside the keyboard %v", k.Label(), r.pos, r.size, size)
					}
					if r.overlaps(field) {
						t.Errorf("key %q covers the display", k.Label())
					}
					for i, b := range boxes {
						if r.overlaps(b) {
							t.Errorf("key %q overlaps key %q", k.Label(), kb.Keys()[i].Label())
						}
					}
					boxes = append(boxes, r)
					if tw := k.label.MinSize().Width; tw > r.size.Width {
						t.Errorf("the label %q (%g wide) is cut off on its key (%g)", k.Label(), tw, r.size.Width)
					}
				}
			})
		}
	}
}

// TestLabelsDrawable: every word on the keys is in the embedded font (no system font
// needed for any of it).
func TestLabelsDrawable(t *testing.T) {
	for lang, l := range labels {
		for _, s := range []string{l.Hint, l.Space, l.Backspace, l.Clear, l.Close, strings.Join(rows[:], "")} {
			for _, r := range s {
				if !resources.HasRune(r) {
					t.Errorf("%s: %q in %q is not in the embedded font", lang, r, s)
				}
			}
		}
	}
}

// TestKeyboardGolden draws the keyboard in both languages: empty (the hint), and with
// "gaoni" typed and the i key held down.
func TestKeyboardGolden(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			kb, _, w := newTestKeyboard(t, labels[lang])
			test.AssertImageMatches(t, "keyboard_"+lang+".png", w.Canvas().Capture())
			kb.SetText("gaoni")
			kb.Key("i").MouseDown(&desktop.MouseEvent{})
			test.AssertImageMatches(t, "keyboard_"+lang+"_typing.png", w.Canvas().Capture())
		})
	}
}

// TestSetText: the display shows the text, or the hint in a quieter colour.
func TestSetText(t *testing.T) {
	kb, _, _ := newTestKeyboard(t, labels["en"])
	if kb.display.Text != labels["en"].Hint || kb.display.Color != HintColour || kb.caret.Visible() {
		t.Errorf("empty: %q in %v, caret %v", kb.display.Text, kb.display.Color, kb.caret.Visible())
	}
	kb.SetText("gao")
	if kb.display.Text != "gao" || kb.display.Color != TextColour || !kb.caret.Visible() || kb.Text() != "gao" {
		t.Errorf("typed: %q in %v, caret %v", kb.display.Text, kb.display.Color, kb.caret.Visible())
	}
}

type rect struct {
	pos  fyne.Position
	size fyne.Size
}

func (r rect) overlaps(o rect) bool {
	return r.pos.X < o.pos.X+o.size.Width && o.pos.X < r.pos.X+r.size.Width &&
		r.pos.Y < o.pos.Y+o.size.Height && o.pos.Y < r.pos.Y+r.size.Height
}

var _ fyne.CanvasObject = (*canvas.Text)(nil)

// TestKeyboardContrast: every text on the keyboard, typed or not, a key held or not, is at
// least 4.5:1 against what is behind it (3:1 for large text).
func TestKeyboardContrast(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			kb, _, w := newTestKeyboard(t, labels[lang])
			check := func(state string) {
				rs := contrastcheck.Measure(w.Canvas())
				if len(rs) < len(kb.Keys())+1 {
					t.Errorf("%s: %d texts measured, want the %d keys and the display", state, len(rs), len(kb.Keys()))
				}
				for _, r := range contrast.Failures(rs) {
					t.Errorf("%s: %v", state, r)
				}
			}
			check("empty")
			kb.SetText("gaoni")
			kb.Key("g").MouseDown(&desktop.MouseEvent{})
			kb.Key(labels[lang].Clear).MouseDown(&desktop.MouseEvent{})
			check("typing")
		})
	}
}
