package data

// Dataset is everything the map shows.
type Dataset struct {
	Districts  []District
	Neighbours []District // county-level areas around the city, drawn muted (shared, read-only)
	Waters     []Water    // seas and bays named around the city
	Themes     []Theme
	Layers     []*Layer // in theme order
	Sites      []*Site  // all places (not the overview), in tour order
	Overview   *Site    // the Ningbo overview card; nil when there is none

	byID map[string]*Site
}

// Site returns the place (or the overview) with the given id, or nil.
func (d *Dataset) Site(id string) *Site {
	if d == nil {
		return nil
	}
	if d.byID != nil {
		return d.byID[id]
	}
	if d.Overview != nil && d.Overview.ID == id {
		return d.Overview
	}
	for _, s := range d.Sites {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// DistrictOf returns the district with the given code, or nil.
func (d *Dataset) DistrictOf(code string) *District {
	if d == nil {
		return nil
	}
	for i := range d.Districts {
		if d.Districts[i].Code == code {
			return &d.Districts[i]
		}
	}
	return nil
}

// Theme returns the theme with the given id, or nil.
func (d *Dataset) Theme(id string) *Theme {
	if d == nil {
		return nil
	}
	for i := range d.Themes {
		if d.Themes[i].ID == id {
			return &d.Themes[i]
		}
	}
	return nil
}

// Layer returns the layer with the given id, or nil.
func (d *Dataset) Layer(id string) *Layer {
	if d == nil {
		return nil
	}
	for _, l := range d.Layers {
		if l.ID == id {
			return l
		}
	}
	return nil
}
