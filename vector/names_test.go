package vector

import "testing"

func TestName(t *testing.T) {
	tests := []struct {
		name   string
		props  map[string]any
		zh, en string
	}{
		{"every name", map[string]any{"name": "滕头村", "name:zh": "滕头村zh", "name:zh-Hans": "滕头村", "name:en": "Tengtou", "name_en": "Tengtou en"}, "滕头村", "Tengtou"},
		{"zh before name", map[string]any{"name": "乾尼街", "name:zh": "乾尼街zh", "name:en": "Kearny"}, "乾尼街zh", "Kearny"},
		{"name_en after name:en", map[string]any{"name": "滕头村", "name_en": "Tengtou Village"}, "滕头村", "Tengtou Village"},
		{"pinyin of a Chinese name", map[string]any{"name": "萧王庙街道"}, "萧王庙街道", "Xiaowangmiao Subdistrict"},
		{"pinyin of zh-Hans is not used", map[string]any{"name": "Market Street", "name:zh-Hans": "市场街"}, "市场街", "Market Street"},
		{"a Latin name in both", map[string]any{"name": "Market Street"}, "Market Street", "Market Street"},
		{"tilemaker's name:latin", map[string]any{"name:latin": "Monaco"}, "Monaco", "Monaco"},
		{"blank names skipped", map[string]any{"name": "高泥村", "name:zh-Hans": " ", "name:en": ""}, "高泥村", "Gaoni Village"},
		{"not a string", map[string]any{"name": 12.5, "name:en": true}, "", ""},
		{"none", map[string]any{"class": "village"}, "", ""},
		{"nil", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Name(tt.props, Chinese); got != tt.zh {
				t.Errorf("Chinese: %q, want %q", got, tt.zh)
			}
			if got := Name(tt.props, English); got != tt.en {
				t.Errorf("English: %q, want %q", got, tt.en)
			}
		})
	}
}

func TestRomanize(t *testing.T) {
	tests := []struct{ zh, want string }{
		{"萧王庙", "Xiaowangmiao"},
		{"萧王庙街道", "Xiaowangmiao Subdistrict"},
		{"滕头村", "Tengtou Village"},
		{"高泥村", "Gaoni Village"},
		{"匡堰镇", "Kuangyan Town"},
		{"黄避岙乡", "Huangbi'ao Township"},
		{"白龙社区", "Bailong Community"},
		{"奉化区", "Fenghua District"},
		{"宁海县", "Ninghai County"},
		{"余姚市", "Yuyao City"},
		{"中山东路", "Zhongshan East Road"},
		{"解放南路", "Jiefang South Road"},
		{"药行街", "Yaohang Street"},
		{"甬江", "Yongjiang"}, // one syllable before the generic: one word
		{"奉化江", "Fenghua River"},
		{"东钱湖", "Dongqian Lake"},
		{"横山水库", "Hengshan Reservoir"},
		{"长街镇", "Changjie Town"}, // the place-name readings of package pinyin
		{"浒山街道", "Xushan Subdistrict"},
		{"绿岛", "Lüdao"},
		{"西安", "Xi'an"},
		{"5G智慧村", "5G Zhihui Village"},
		{"G20峰会", "G20 Fenghui"},
		{"宁波 栎社", "Ningbo Lishe"},
		{"栎社国际机场", "Lisheguoji Airport"}, // a run of characters is one word
		{"村", "Cun"},
		{"  ", ""},
		{"Market Street", "Market Street"},
	}
	for _, tt := range tests {
		t.Run(tt.zh, func(t *testing.T) {
			if got := Romanize(tt.zh); got != tt.want {
				t.Errorf("Romanize(%q) = %q, want %q", tt.zh, got, tt.want)
			}
		})
	}
}

func BenchmarkRomanize(b *testing.B) {
	names := []string{"萧王庙街道", "中山东路", "滕头村", "宁波栎社国际机场", "G20峰会", "东钱湖"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			Romanize(n)
		}
	}
}
