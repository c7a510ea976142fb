package data

import "testing"

func TestNeighbours(t *testing.T) {
	ns, errs := decodeNeighbours()
	if len(errs) > 0 {
		t.Fatalf("embedded neighbours: %v", errs)
	}
	want := map[string]string{ // the ones the city-wide view must show, by name
		"上虞区": "绍兴市", "嵊州市": "绍兴市", "新昌县": "绍兴市",
		"三门县": "台州市", "天台县": "台州市",
		"定海区": "舟山市", "普陀区": "舟山市", "岱山县": "舟山市",
	}
	got := map[string]District{}
	for _, n := range ns {
		got[n.Name.Zh] = n
		if n.Name.En == "" || n.City.Zh == "" || n.City.En == "" {
			t.Errorf("%s: incomplete names %+v / %+v", n.Code, n.Name, n.City)
		}
		if !n.Contains(n.Label) {
			t.Errorf("%s: label outside", n.Name.Zh)
		}
	}
	for name, city := range want {
		t.Run(name, func(t *testing.T) {
			n, ok := got[name]
			if !ok {
				t.Fatal("missing")
			}
			if n.City.Zh != city {
				t.Errorf("city %s, want %s", n.City.Zh, city)
			}
		})
	}
	ds, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Neighbours) != len(ns) || len(ds.Waters) != 4 {
		t.Errorf("dataset has %d neighbours and %d waters, want %d and 4", len(ds.Neighbours), len(ds.Waters), len(ns))
	}
	// No neighbour overlaps a district of Ningbo: their label points lie outside all of them.
	for _, n := range ns {
		for _, d := range ds.Districts {
			if d.Contains(n.Label) {
				t.Errorf("%s's label lies in %s", n.Name.Zh, d.Name.Zh)
			}
		}
	}
}

func TestWaters(t *testing.T) {
	if _, err := decodeWaters(); err != nil {
		t.Fatalf("embedded waters: %v", err)
	}
	ds, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	// The anchors the basemap shows as sea lie outside every polygon;
	// 象山港's water is inside the districts' administrative outlines.
	inland := map[string]bool{"象山港": true}
	for _, w := range Waters() {
		t.Run(w.Name.En, func(t *testing.T) {
			if w.Name.Zh == "" || w.Name.En == "" {
				t.Fatal("name missing")
			}
			var in []string
			for _, d := range append(append([]District(nil), ds.Districts...), ds.Neighbours...) {
				if d.Contains(w.Point) {
					in = append(in, d.Name.Zh)
				}
			}
			if inland[w.Name.Zh] != (len(in) > 0) {
				t.Errorf("anchor %v inside %v", w.Point, in)
			}
			if !NingboBound.Pad(0.6).Contains(w.Point) {
				t.Errorf("anchor %v far from the city", w.Point)
			}
		})
	}
}
