package app

import (
	"testing"

	"ningbomap/app/locale"
	"ningbomap/data"
)

func TestParseLanguage(t *testing.T) {
	for in, want := range map[string]data.Lang{"zh": data.Zh, "ZH": data.Zh, "zh-CN": data.Zh, "en": data.En} {
		if got, err := ParseLanguage(in); err != nil || got != want {
			t.Errorf("ParseLanguage(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseLanguage("fr"); err == nil {
		t.Error("ParseLanguage(fr): want an error")
	}
}

// TestSetLanguage checks that Fyne's translator follows the chosen language, also under
// a C locale, and that switching back and forth works at run time.
func TestSetLanguage(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C.UTF-8")
	t.Setenv("LANGUAGE", "")
	for _, step := range []struct {
		l    data.Lang
		want string
	}{{data.Zh, "全市概览"}, {data.En, "Overview"}, {data.Zh, "全市概览"}} {
		if err := SetLanguage(step.l); err != nil {
			t.Fatal(err)
		}
		if got := locale.T("map.overview"); got != step.want {
			t.Errorf("after SetLanguage(%s): T(map.overview) = %q, want %q", step.l, got, step.want)
		}
	}
}
