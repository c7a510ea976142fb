package data

import (
	"fmt"

	"ningbomap/budget"
)

// MaxIDLength is the longest id a place may have (the usage counts take ids
// of up to 64 characters).
const MaxIDLength = 64

// cutTexts cuts every text of s to its budget — budget.Name for names and
// the administrative path, budget.Caption for figure labels and counters,
// distinctions, source titles, photo captions and credits, budget.Text for
// the story and where the coordinate comes from — and the lists to
// budget.CardItems (figures and photos are cut before they are decoded, see
// decodeSite), reporting each cut as an ErrLength problem: the place
// still loads with the shortened text, so the screen never sees a text of
// megabytes, and `ningbomap check` fails until the file is fixed.
func cutTexts(s *Site, r *report) {
	cutText(&s.Name, "name", budget.Name, r)
	cutText(&s.Short, "short", budget.Name, r)
	cutList(&s.Admin, "admin", r)
	for i := range s.Admin {
		cutText(&s.Admin[i], fmt.Sprintf("admin[%d]", i+1), budget.Name, r)
	}
	cutString(&s.CoordSource, "coord_source", budget.Text, r)
	cutText(&s.Story, "story", budget.Text, r)
	for i := range s.Indicators {
		ind := &s.Indicators[i]
		path := fmt.Sprintf("indicators[%d]", i+1)
		cutText(&ind.Label, path+".label", budget.Caption, r)
		cutText(&ind.Counter, path+".counter", budget.Caption, r)
		cutString(&ind.Year, path+".year", budget.Caption, r)
	}
	cutList(&s.Honours, "honours", r)
	for i := range s.Honours {
		cutText(&s.Honours[i], fmt.Sprintf("honours[%d]", i+1), budget.Caption, r)
	}
	if s.Source.Title != nil {
		cutText(s.Source.Title, "source.title", budget.Caption, r)
	}
	if s.Source.Photo != nil {
		cutText(s.Source.Photo, "source.photo", budget.Caption, r)
	}
	for i := range s.Photos {
		p := &s.Photos[i]
		cutText(&p.Caption, fmt.Sprintf("photos[%d].caption", i+1), budget.Caption, r)
		cutString(&p.Credit, fmt.Sprintf("photos[%d].credit", i+1), budget.Caption, r)
	}
}

// cutText cuts both languages of t to b.
func cutText(t *Text, field string, b budget.Budget, r *report) {
	cutString(&t.Zh, field+".zh", b, r)
	cutString(&t.En, field+".en", b, r)
}

// cutString cuts s to b, reporting the cut as an ErrLength problem of field.
func cutString(s *string, field string, b budget.Budget, r *report) {
	if err := budget.CutWarn(s, b); err != nil {
		r.addf(field, "%w: %w", ErrLength, err)
	}
}

// cutList keeps the first budget.CardItems items of a list of a card.
func cutList[T any](list *[]T, field string, r *report) {
	if n := len(*list); n > budget.CardItems.Int() {
		*list = (*list)[:budget.CardItems.Int()]
		r.addf(field, "%w: %d items are over the %s budget of %d; the rest are left out",
			ErrLength, n, budget.CardItems.Name, budget.CardItems.Limit)
	}
}
