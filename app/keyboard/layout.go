package keyboard

import "fyne.io/fyne/v2"

// The keyboard's layout, in letter-key sides (s) and gaps (g = s/8): a display line as
// tall as a key, then four rows of keys, each row centred:
//
//	q w e r t y u i o p                 10 keys
//	 a s d f g h j k l                   9 keys
//	  z x c v b n m [ ← ]                7 keys, backspace 2 wide
//	[ clear ][    space    ][ close ]    2 + 5 + 2
//
// with a margin of 2g around and the whole panel as wide as what holds it (at least its
// widest row), so that it spans the bottom of the window.

type renderer struct {
	k       *Keyboard
	objects []fyne.CanvasObject
}

// gap is the space between keys.
func (k *Keyboard) gap() float32 { return k.side / 8 }

// rowWidth is the width of a row of keys whose widths add up to n sides, with one gap
// fewer than keys between them.
func (k *Keyboard) rowWidth(n float32, keys int) float32 {
	return n*k.side + float32(keys-1)*k.gap()
}

// rowsOf are the keys by row.
func (k *Keyboard) rowsOf() [5][]*Key {
	var out [5][]*Key
	i := 0
	for r, row := range rows {
		out[r] = k.keys[i : i+len(row)]
		i += len(row)
	}
	out[2] = append(out[2][:len(out[2]):len(out[2])], k.keys[i]) // backspace ends the third row
	out[3] = k.keys[i+1 : i+4]                                   // clear, space, close
	return out
}

func (r *renderer) MinSize() fyne.Size {
	k := r.k
	g := k.gap()
	w := k.rowWidth(10, 10) + 4*g
	h := 5*k.side + 4*g + 4*g // the display and four rows, the gaps between, the margins
	return fyne.NewSize(w, h)
}

func (r *renderer) Layout(size fyne.Size) {
	k := r.k
	s, g := k.side, k.gap()
	k.bg.Move(fyne.NewPos(0, 0))
	k.bg.Resize(size)

	// The display: a field as wide as the top row, a key high.
	top := 2 * g
	fieldW := k.rowWidth(10, 10)
	x0 := (size.Width - fieldW) / 2
	k.bar.Move(fyne.NewPos(x0, top))
	k.bar.Resize(fyne.NewSize(fieldW, s))
	ts := k.display.MinSize()
	k.display.Move(fyne.NewPos(x0+s/4, top+(s-ts.Height)/2))
	k.display.Resize(ts)
	if k.text == "" {
		k.caret.Hide()
	} else {
		k.caret.Show()
		k.caret.Move(fyne.NewPos(x0+s/4+ts.Width+2, top+s*0.2))
		k.caret.Resize(fyne.NewSize(max(2, s/24), s*0.6))
	}

	y := top + s + g
	for _, row := range k.rowsOf() {
		if len(row) == 0 {
			continue
		}
		var n float32
		for _, key := range row {
			n += key.span
		}
		x := (size.Width - k.rowWidth(n, len(row))) / 2
		for _, key := range row {
			w := key.span * s
			key.Move(fyne.NewPos(x, y))
			key.Resize(fyne.NewSize(w, s))
			x += w + g
		}
		y += s + g
	}
}

func (r *renderer) Refresh() {
	r.Layout(r.k.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *renderer) Destroy()                     {}
