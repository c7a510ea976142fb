package data

// Theme is one of the article's sections; every layer and place belongs to
// one.
type Theme struct {
	ID    string
	Name  Text
	Color string // "#RRGGBB", the marker and legend colour
	Icon  string // a one-character glyph for markers and the legend
	Order int    // position in the legend and the tour, from 1
}

// Theme ids.
const (
	ThemeRevitalisation = "revitalisation"
	ThemeGovernance     = "governance"
	ThemeService        = "service"
	ThemePioneers       = "pioneers"
	ThemeOverview       = "overview"
)

// Themes returns the themes in article order, the Ningbo overview last.
// Each call returns a fresh slice.
func Themes() []Theme {
	return []Theme{
		{ID: ThemeRevitalisation, Name: Text{Zh: "党建联建促振兴", En: "Joint Party building drives rural revitalisation"},
			Color: "#2E7D32", Icon: "兴", Order: 1},
		{ID: ThemeGovernance, Name: Text{Zh: "减负提能助善治", En: "Lighter loads, better grassroots governance"},
			Color: "#1565C0", Icon: "治", Order: 2},
		{ID: ThemeService, Name: Text{Zh: "联入走访惠民生", En: "Visiting the grassroots to serve the people"},
			Color: "#E65100", Icon: "民", Order: 3},
		{ID: ThemePioneers, Name: Text{Zh: "先锋引领", En: "Pioneers leading development"},
			Color: "#C62828", Icon: "先", Order: 4},
		{ID: ThemeOverview, Name: Text{Zh: "宁波概览", En: "Ningbo at a glance"},
			Color: "#8D6E00", Icon: "甬", Order: 5},
	}
}

// knownTheme reports whether id names a theme.
func knownTheme(id string) bool {
	for _, t := range Themes() {
		if t.ID == id {
			return true
		}
	}
	return false
}

// themeOrder returns the order of theme id, or a large number for an unknown
// theme so that it sorts last.
func themeOrder(id string) int {
	for _, t := range Themes() {
		if t.ID == id {
			return t.Order
		}
	}
	return 1 << 30
}
