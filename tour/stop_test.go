package tour

import (
	"slices"
	"testing"

	"ningbomap/data"
)

func TestStopOf(t *testing.T) {
	cases := []struct {
		name   string
		site   data.Site
		zh, en int
	}{
		{"name and story", data.Site{
			ID:    "x",
			Name:  data.Text{Zh: "滕头村", En: "Tengtou Village"},
			Story: data.Text{Zh: "村里，有 AI。", En: "The village has a plan."},
		}, 3 + 5, 2 + 5}, // 村里有AI: punctuation and spaces do not count
		{"honours count", data.Site{
			ID:      "y",
			Honours: []data.Text{{Zh: "全国文明村", En: "National civilised village"}},
		}, 5, 3},
		{"figures count label and value", data.Site{
			ID: "z",
			Indicators: []data.Indicator{{
				Key: "people", Label: data.Text{Zh: "党员", En: "Party members"},
				Value: 45500, Unit: data.UnitPeople,
			}},
		}, 7, 4}, // 党员 4 55 万人 (the point does not count); Party members 45,500 people
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := StopOf(&tc.site)
			if got.ID != tc.site.ID || got.Zh != tc.zh || got.En != tc.en {
				t.Errorf("StopOf = %+v, want {%s %d %d}", got, tc.site.ID, tc.zh, tc.en)
			}
		})
	}
}

func TestStopsFollowTheTourOrder(t *testing.T) {
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	shuffled := slices.Clone(ds.Sites)
	slices.Reverse(shuffled)
	shuffled = append(shuffled, ds.Overview, nil)
	stops := Stops(shuffled)
	if len(stops) != len(ds.Sites) {
		t.Fatalf("%d stops, want %d (the overview left out)", len(stops), len(ds.Sites))
	}
	for i, st := range stops {
		if want := ds.Sites[i].ID; st.ID != want {
			t.Errorf("stop %d is %s, want %s", i+1, st.ID, want)
		}
		if st.Zh < 80 || st.En < 60 {
			t.Errorf("%s: %d characters, %d words: shorter than its story", st.ID, st.Zh, st.En)
		}
	}
	if shuffled[0] != ds.Sites[len(ds.Sites)-1] {
		t.Error("Stops reordered its argument")
	}
}
