package usage

import (
	"strings"
	"testing"
	"time"
)

func TestParseRecord(t *testing.T) {
	cases := []struct {
		line string
		want record
		err  string
	}{
		{"2025-11-26,14:03:07,tengtou,open,1", record{"2025-11-26", "14:03:07", "tengtou", Open, 1}, ""},
		{"2025-11-26,14:03:41,tengtou-academy,dwell_seconds,34.2", record{"2025-11-26", "14:03:41", "tengtou-academy", DwellSeconds, 34.2}, ""},
		{"2025-11-26,23:59:59,attract,tour_complete,1", record{"2025-11-26", "23:59:59", "attract", TourComplete, 1}, ""},
		{"2025-11-26,14:03:41,x,dwell_seconds,0", record{"2025-11-26", "14:03:41", "x", DwellSeconds, 0}, ""},
		{"2025-11-26,14:03:07,tengtou,open", record{}, "4 fields, want 5"},
		{"2025-11-26,14:03:07,teng,tou,open,1", record{}, "6 fields, want 5"},
		{"2025-13-26,14:03:07,tengtou,open,1", record{}, "date and time"},
		{"2025-11-26,24:00:00,tengtou,open,1", record{}, "date and time"},
		{"26/11/2025,14:03:07,tengtou,open,1", record{}, "date and time"},
		{"2025-11-26,14:03:07,,open,1", record{}, "place id"},
		{"2025-11-26,14:03:07,Tengtou,open,1", record{}, "place id"},
		{"2025-11-26,14:03:07,滕头村,open,1", record{}, "place id"},
		{"2025-11-26,14:03:07," + strings.Repeat("a", 65) + ",open,1", record{}, "place id"},
		{"2025-11-26,14:03:07,tengtou,close,1", record{}, `event "close"`},
		{"2025-11-26,14:03:07,tengtou,open,one", record{}, "not a number"},
		{"2025-11-26,14:03:07,tengtou,open,0", record{}, "whole number"},
		{"2025-11-26,14:03:07,tengtou,open,1.5", record{}, "whole number"},
		{"2025-11-26,14:03:07,tengtou,open,1e9", record{}, "whole number"},
		{"2025-11-26,14:03:07,tengtou,dwell_seconds,-1", record{}, "want 0 to 86400"},
		{"2025-11-26,14:03:07,tengtou,dwell_seconds,NaN", record{}, "want 0 to 86400"},
		{"2025-11-26,14:03:07,tengtou,dwell_seconds,+Inf", record{}, "want 0 to 86400"},
		{"2025-11-26,14:03:07,tengtou,dwell_seconds,90000", record{}, "want 0 to 86400"},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			got, err := parseRecord(tc.line)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Errorf("parseRecord = %+v, %v; want an error with %q", got, err, tc.err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("parseRecord = %+v, %v; want %+v", got, err, tc.want)
			}
			if back := string(got.append(nil)); back != tc.line+"\n" {
				t.Errorf("printed back as %q", back)
			}
		})
	}
}

func TestNewRecordUsesLocalDateAndTime(t *testing.T) {
	at := time.Date(2025, 7, 1, 8, 5, 9, 0, time.FixedZone("CST", 8*3600))
	r := newRecord(at, "gaoni", Open, 1)
	if r.Date != "2025-07-01" || r.Clock != "08:05:09" {
		t.Errorf("newRecord at %v: %s %s", at, r.Date, r.Clock)
	}
}
