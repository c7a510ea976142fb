package data

import "github.com/paulmach/orb"

// Site is one place on the map with its card: a village, a community, a
// subdistrict, an office, or the Ningbo overview.
type Site struct {
	ID          string
	Name        Text
	Short       Text      // optional short name for the map label; zero when Name is short enough
	Admin       []Text    // administrative path from the district down
	District    string    // district code (GB/T 2260)
	Point       orb.Point // lon, lat
	Precision   Precision // how exact Point is
	CoordSource string    // where the coordinate came from (English)
	Theme       string    // theme id
	Tour        int       // position in the guided tour; 0 for the overview
	Story       Text
	Indicators  []Indicator
	Honours     []Text // non-numeric distinctions
	Source      Source
	Photos      []Photo // pictures for the card, first one above the story

	Layer string // id of the layer the site belongs to
	File  string // file the site was loaded from
	Index int    // position of the feature in File, from 1
}

// Source cites where a card's content comes from: by default the newspaper feature the
// map is made from; Title names another publication or work, for places added by staff.
type Source struct {
	Date  string `json:"date"`            // publication date, "2024-07-01"
	Title *Text  `json:"title,omitempty"` // the source's title, nil for the newspaper feature
	Photo *Text  `json:"photo"`           // photo caption, nil when the article has no photo of the place
}

// Precision says how exact a site's coordinate is.
type Precision string

// Precisions.
const (
	PrecisionVillage     Precision = "village"     // the village or community centre
	PrecisionSubdistrict Precision = "subdistrict" // the town or subdistrict seat
	PrecisionApproximate Precision = "approximate" // somewhere in the area
)

// known reports whether p is one of the defined precisions.
func (p Precision) known() bool {
	switch p {
	case PrecisionVillage, PrecisionSubdistrict, PrecisionApproximate:
		return true
	}
	return false
}

// IsOverview reports whether s is the Ningbo overview card.
func (s *Site) IsOverview() bool { return s.Theme == ThemeOverview }
