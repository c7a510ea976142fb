package export

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"ningbomap/data"
)

// smallDataset is two places, an overview and a layer, with text that
// needs escaping.
func smallDataset() *data.Dataset {
	two := 2
	overview := &data.Site{ID: "ningbo", Name: data.Text{Zh: "宁波", En: "Ningbo"}, Theme: data.ThemeOverview,
		Point: orb.Point{121.55, 29.87}, Story: data.Text{Zh: "全市概览。", En: "The city at a glance."}, Layer: "overview"}
	a := &data.Site{ID: "a-village", Name: data.Text{Zh: `<script>alert("x")</script> & 村`, En: `<b>A</b> & "Co"`},
		Admin: []data.Text{{Zh: "奉化区", En: "Fenghua District"}, {Zh: "甲村", En: "A Village"}},
		Theme: data.ThemeRevitalisation, Tour: 1, Point: orb.Point{121.3458, 29.6786}, Layer: "revitalisation",
		Story: data.Text{Zh: "村里<办>了工坊。", En: "The village opened a <workshop> & shop."},
		Indicators: []data.Indicator{{Key: "output", Label: data.Text{Zh: "村总产值", En: "Village gross output"},
			Value: 13060000000, Unit: data.UnitYuan, Decimals: &two, Year: "2023",
			Rank: &data.Rank{Scope: data.ScopeProvince, Position: 2}}},
		Honours: []data.Text{{Zh: "全国文明村", En: "National civilised village"}},
		Source:  data.Source{Date: "2024-07-01"}}
	b := &data.Site{ID: "9-lane", Name: data.Text{Zh: "九巷", En: "Ninth Lane"}, Theme: data.ThemeGovernance, Tour: 2,
		Point: orb.Point{121.5503, 29.8739}, Layer: "governance"}
	return &data.Dataset{
		Themes: data.Themes(),
		Layers: []*data.Layer{
			{ID: "revitalisation", Theme: data.ThemeRevitalisation, Name: data.Text{Zh: "振兴", En: "Revitalisation"}, Sites: []*data.Site{a}},
			{ID: "governance", Theme: data.ThemeGovernance, Name: data.Text{Zh: "善治", En: "Governance"}, Sites: []*data.Site{b}},
		},
		Sites:    []*data.Site{a, b},
		Overview: overview,
	}
}

func TestBalloon(t *testing.T) {
	ds := smallDataset()
	tests := []struct {
		lang    data.Lang
		want    []string
		mustNot []string
	}{
		{data.Zh, []string{
			"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; 村", "奉化区 › 甲村", "村里&lt;办&gt;了工坊。",
			"130.60亿元", "村总产值", "2023年", "全省第二", "全国文明村", "资料来源：2024-07-01", "color:#2E7D32",
		}, []string{"<script>", "<办>"}},
		{data.En, []string{
			"&lt;b&gt;A&lt;/b&gt; &amp; &#34;Co&#34;", "Fenghua District › A Village", "a &lt;workshop&gt; &amp; shop",
			"13.06 billion yuan", "Village gross output", "2nd in Zhejiang", "Source: 2024-07-01",
		}, []string{"<b>A", "<workshop>"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			got := Balloon(ds, ds.Sites[0], tt.lang)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("balloon lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tt.mustNot {
				if strings.Contains(got, w) {
					t.Errorf("balloon has unescaped %q", w)
				}
			}
		})
	}
}

func TestKMLGolden(t *testing.T) {
	ds := smallDataset()
	doc, text := exportKML(t, ds, data.En)
	got := doc.Document.Folders[0].Placemarks[0]
	if got.Name != `<b>A</b> & "Co"` {
		t.Errorf("name read back = %q", got.Name)
	}
	if !strings.Contains(got.Description, "&lt;workshop&gt;") {
		t.Errorf("description read back lacks the escaped story: %s", got.Description)
	}
	if doc.Document.Folders[1].Placemarks[0].ID != "site-9-lane" {
		t.Errorf("placemark id = %q, want site-9-lane", doc.Document.Folders[1].Placemarks[0].ID)
	}
	checkTour(t, doc, []*data.Site{ds.Overview, ds.Sites[0], ds.Sites[1]})
	compareGolden(t, "testdata/small.kml", text)
}

// TestBalloonSourceTitle: a place that names its own source is credited with it.
func TestBalloonSourceTitle(t *testing.T) {
	ds := smallDataset()
	s := *ds.Sites[0]
	s.Source.Title, s.Source.Date = &data.Text{Zh: "《宁波日报》", En: "Ningbo Daily"}, "2025-03-08"
	for l, want := range map[data.Lang]string{data.Zh: "资料来源：《宁波日报》，2025-03-08", data.En: "Source: Ningbo Daily, 2025-03-08"} {
		if got := Balloon(ds, &s, l); !strings.Contains(got, want) {
			t.Errorf("%s balloon lacks %q:\n%s", l, want, got)
		}
	}
}
