package card_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ningbomap/app/card"
	"ningbomap/app/style"
	"ningbomap/data"
)

// TestSourceLine: the card credits the newspaper feature, or the source a place names.
func TestSourceLine(t *testing.T) {
	title := &data.Text{Zh: "《宁波日报》", En: "Ningbo Daily"}
	tests := []struct {
		lang  data.Lang
		title *data.Text
		want  string
	}{
		{data.Zh, nil, "来源：2024年7月1日宁波基层党建报道"},
		{data.Zh, title, "来源：《宁波日报》，2025年3月8日"},
		{data.En, nil, "Source: newspaper feature on Ningbo's grassroots Party building, 1 July 2024"},
		{data.En, title, "Source: Ningbo Daily, 8 March 2025"},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang)+"/"+map[bool]string{true: "titled", false: "feature"}[tt.title != nil], func(t *testing.T) {
			ds := newTestApp(t, tt.lang)
			s := *ds.Site("tengtou")
			if tt.title != nil {
				s.Source.Title, s.Source.Date = tt.title, "2025-03-08"
			}
			c := card.New(ds, &s, tt.lang, 2, len(ds.Sites), card.Actions{})
			w := test.NewTempWindow(t, c)
			w.Resize(fyne.NewSize(460, 1600))
			var texts []string
			walkParagraphs(c, func(p *style.Paragraph) { texts = append(texts, p.String()) })
			if all := strings.Join(texts, "\n"); !strings.Contains(all, tt.want) {
				t.Errorf("the card does not say %q:\n%s", tt.want, all)
			}
		})
	}
}
