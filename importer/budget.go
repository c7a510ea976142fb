package importer

import (
	"fmt"
	"slices"

	"github.com/paulmach/orb"

	"ningbomap/budget"
)

// features is the most features a file may add: Options.Features, else
// budget.Features.
func (o Options) features() int {
	if o.Features > 0 {
		return min(o.Features, budget.Features.Int())
	}
	return budget.Features.Int()
}

// vertices is the most vertices a file may add: Options.Vertices, else
// budget.Vertices.
func (o Options) vertices() int {
	if o.Vertices > 0 {
		return min(o.Vertices, budget.Vertices.Int())
	}
	return budget.Vertices.Int()
}

// vertexCount counts the positions of g (budget.Positions) but a lone Point,
// which is counted as a feature.
func vertexCount(g orb.Geometry) int {
	if _, ok := g.(orb.Point); ok {
		return 0
	}
	return budget.Positions(g)
}

// fits reports whether a feature with nv vertices fits the file's budgets;
// when it does not, the file is full: the problem is reported once and the
// decoders stop reading.
func (p *problems) fits(nv, line, n int, l *Layer) bool {
	var b budget.Budget
	var limit int
	switch {
	case p.full:
		return false
	case len(l.Features) >= p.maxFeatures:
		b, limit = budget.Features, p.maxFeatures
	case p.vertices+nv > p.maxVertices:
		b, limit = budget.Vertices, p.maxVertices
	default:
		p.vertices += nv
		return true
	}
	p.full = true
	over := &budget.Error{Budget: b}
	if limit < b.Int() {
		over.Detail = fmt.Sprintf("%s left for this file of the %s budget", budget.Budget{Unit: budget.Count}.Amount(int64(limit)), b.Name)
	}
	p.add(line, n, "", fmt.Errorf("%w: %w; the rest of the file is left out", ErrTooLarge, over))
	return false
}

// cutFeature cuts the texts of f to their budgets — its name and folder to
// budget.Name, its description to budget.Text, its properties to
// budget.Properties (the first by name), each property name to budget.Name
// and each value to budget.Text (a value may be a whole story: a layer
// exported by ningbomap carries its cards' stories as properties) — and
// warns of each cut.
func cutFeature(f *Feature, line, n int, p *problems) {
	warn := func(field string, err error) {
		if err != nil {
			p.add(line, n, field, fmt.Errorf("%w: %w", ErrWarning, err))
		}
	}
	warn("name", budget.CutWarn(&f.Name, budget.Name))
	warn("description", budget.CutWarn(&f.Description, budget.Text))
	if err := budget.CutWarn(&f.Folder, budget.Name); err != nil && !p.folderCut {
		p.folderCut = true // once: every feature of the folder has it
		warn("folder", err)
	}
	if len(f.Properties) > budget.Properties.Int() {
		keys := make([]string, 0, len(f.Properties))
		for k := range f.Properties {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys[budget.Properties.Int():] {
			delete(f.Properties, k)
		}
		warn("", fmt.Errorf("%d properties are over the %s budget of %d; the first %d by name are kept",
			len(keys), budget.Properties.Name, budget.Properties.Limit, budget.Properties.Limit))
	}
	long := false
	for k, v := range f.Properties {
		ck, kcut := budget.Cut(k, budget.Name)
		cv, vcut := budget.Cut(v, budget.Text)
		if kcut || vcut {
			long = true
			delete(f.Properties, k)
			f.Properties[ck] = cv
		}
	}
	if long {
		warn("", fmt.Errorf("property names over the %s budget of %s or values over the %s budget of %s were cut with an ellipsis",
			budget.Name.Name, budget.Name.Amount(budget.Name.Limit), budget.Text.Name, budget.Text.Amount(budget.Text.Limit)))
	}
}

// cutLayer cuts the layer's name to budget.Name, with a warning, and its
// sub-layers' names as their features' folders were cut.
func cutLayer(l *Layer, p *problems) {
	if err := budget.CutWarn(&l.Name, budget.Name); err != nil {
		p.add(0, 0, "name", fmt.Errorf("%w: %w", ErrWarning, err))
	}
	for i := range l.SubLayers {
		l.SubLayers[i], _ = budget.Cut(l.SubLayers[i], budget.Name)
	}
}

// Spent is what the layers shown together take of budget.Features and
// budget.Vertices: the budgets hold for all of them, not for each file.
type Spent struct{ Features, Vertices int }

// Add counts the layer l.
func (s *Spent) Add(l *Layer) {
	s.Features += len(l.Features)
	for _, f := range l.Features {
		s.Vertices += vertexCount(f.Geometry)
	}
}

// Left returns opt with what is left of the budgets for one more file
// (Options.Features and Vertices), or an error when nothing is left.
func (s Spent) Left(opt Options) (Options, error) {
	opt.Features = budget.Features.Int() - s.Features
	opt.Vertices = budget.Vertices.Int() - s.Vertices
	switch {
	case opt.Features <= 0:
		return opt, fmt.Errorf("%w: the layers shown take the whole %w", ErrTooLarge, &budget.Error{Budget: budget.Features})
	case opt.Vertices <= 0:
		return opt, fmt.Errorf("%w: the layers shown take the whole %w", ErrTooLarge, &budget.Error{Budget: budget.Vertices})
	}
	return opt, nil
}

// Fits returns an error when l does not fit beside the layers counted (two
// files loaded at once may each have been given the same room).
func (s Spent) Fits(l *Layer) error {
	t := s
	t.Add(l)
	switch {
	case t.Features > budget.Features.Int():
		return &Error{File: l.File, Err: fmt.Errorf("%w: with the layers shown, %w", ErrTooLarge, &budget.Error{Budget: budget.Features, Got: int64(t.Features)})}
	case t.Vertices > budget.Vertices.Int():
		return &Error{File: l.File, Err: fmt.Errorf("%w: with the layers shown, %w", ErrTooLarge, &budget.Error{Budget: budget.Vertices, Got: int64(t.Vertices)})}
	}
	return nil
}
