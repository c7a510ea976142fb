package tour

import (
	"testing"
	"time"

	"ningbomap/data"
)

func TestDwell(t *testing.T) {
	s := time.Second
	cases := []struct {
		name   string
		pacing Pacing
		stop   Stop
		lang   data.Lang
		want   time.Duration
	}{
		{"default, 150 characters", DefaultPacing(), Stop{Zh: 150}, data.Zh, 33 * s},
		{"default, 100 words", DefaultPacing(), Stop{En: 100}, data.En, 36571 * time.Millisecond},
		{"default, empty card", DefaultPacing(), Stop{}, data.Zh, 8 * s},
		{"default, capped", DefaultPacing(), Stop{Zh: 1000}, data.Zh, 60 * s},
		{"any other language reads English", DefaultPacing(), Stop{Zh: 150, En: 7}, data.Lang("fr"), 10 * s},
		{"no cap", Pacing{Base: s, ZhCharsPerSecond: 1}, Stop{Zh: 1000}, data.Zh, 1001 * s},
		{"no reading speed", Pacing{Base: 5 * s, Max: 9 * s}, Stop{Zh: 500, En: 500}, data.En, 5 * s},
		{"negative base counts as none", Pacing{Base: -s, EnWordsPerSecond: 2}, Stop{En: 10}, data.En, 5 * s},
		{"cap below base", Pacing{Base: 20 * s, Max: 10 * s}, Stop{}, data.En, 10 * s},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.pacing.Dwell(tc.stop, tc.lang); got != tc.want {
				t.Errorf("Dwell(%+v, %s) = %v, want %v", tc.stop, tc.lang, got, tc.want)
			}
		})
	}
}

func TestDwellOfEveryPlace(t *testing.T) {
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	p := DefaultPacing()
	for _, st := range Stops(ds.Sites) {
		for _, l := range []data.Lang{data.Zh, data.En} {
			if d := p.Dwell(st, l); d < 20*time.Second || d > p.Max {
				t.Errorf("%s in %s: dwell %v outside 20 s … %v (%+v)", st.ID, l, d, p.Max, st)
			}
		}
	}
}
