package data

import "testing"

func intp(n int) *int { return &n }

// formatCases covers every unit and every qualifier, and the examples the
// contract requires to hold. It also feeds BenchmarkFormat.
var formatCases = []struct {
	name   string
	ind    Indicator
	zh, en string
}{
	// The contract's examples.
	{"billions with decimals", Indicator{Value: 13060000000, Unit: UnitYuan, Decimals: intp(2)}, "130.60亿元", "13.06 billion yuan"},
	{"ten thousands", Indicator{Value: 82000, Unit: UnitYuan}, "8.2万元", "82,000 yuan"},
	{"count odd", Indicator{Value: 375000, Unit: UnitCount, Counter: Text{"次", "visits"}, Qualifier: QualifierOdd}, "37.5万余次", "more than 375,000 visits"},
	{"people over", Indicator{Value: 45500, Unit: UnitPeople, Qualifier: QualifierOver}, "超4.55万人", "more than 45,500 people"},
	{"person-times over million", Indicator{Value: 4000000, Unit: UnitPersonTimes, Qualifier: QualifierOver}, "超400万人次", "more than 4 million person-times"},
	{"percent above", Indicator{Value: 95, Unit: UnitPercent, Qualifier: QualifierAbove}, "95%以上", "more than 95%"},

	// Every unit.
	{"yuan plain", Indicator{Value: 1269, Unit: UnitYuan}, "1269元", "1,269 yuan"},
	{"yuan above million", Indicator{Value: 1000000, Unit: UnitYuan, Qualifier: QualifierAbove}, "100万元以上", "more than 1 million yuan"},
	{"people", Indicator{Value: 9258, Unit: UnitPeople}, "9258人", "9,258 people"},
	{"person-times", Indicator{Value: 1500, Unit: UnitPersonTimes}, "1500人次", "1,500 person-times"},
	{"households", Indicator{Value: 966, Unit: UnitHouseholds}, "966户", "966 households"},
	{"square metres", Indicator{Value: 308000, Unit: UnitM2}, "30.8万平方米", "308,000 m²"},
	{"percent", Indicator{Value: 82.98, Unit: UnitPercent}, "82.98%", "82.98%"},
	{"count", Indicator{Value: 12, Unit: UnitCount, Counter: Text{"个", "packages"}}, "12个", "12 packages"},
	{"per ten thousand", Indicator{Value: 20.1, Unit: UnitPer10k}, "20.1名", "20.1 per 10,000 residents"},
	{"years", Indicator{Value: 2, Unit: UnitYears}, "2年", "2 years"},
	{"one year", Indicator{Value: 1, Unit: UnitYears}, "1年", "1 year"},
	{"months", Indicator{Value: 6, Unit: UnitMonths}, "6个月", "6 months"},
	{"one month", Indicator{Value: 1, Unit: UnitMonths}, "1个月", "1 month"},

	// Every qualifier on one unit.
	{"qualifier none", Indicator{Value: 50, Unit: UnitCount, Counter: Text{"个", "organisations"}}, "50个", "50 organisations"},
	{"qualifier over", Indicator{Value: 50, Unit: UnitCount, Counter: Text{"个", "organisations"}, Qualifier: QualifierOver}, "超50个", "more than 50 organisations"},
	{"qualifier odd", Indicator{Value: 50, Unit: UnitCount, Counter: Text{"个", "organisations"}, Qualifier: QualifierOdd}, "50余个", "more than 50 organisations"},
	{"qualifier above", Indicator{Value: 50, Unit: UnitCount, Counter: Text{"个", "organisations"}, Qualifier: QualifierAbove}, "50个以上", "more than 50 organisations"},

	// Scales and decimals.
	{"odd at 万 scale", Indicator{Value: 138000, Unit: UnitCount, Counter: Text{"场", "events"}, Qualifier: QualifierOdd}, "13.8万余场", "more than 138,000 events"},
	{"decimals at 万 scale", Indicator{Value: 82000, Unit: UnitYuan, Decimals: intp(2)}, "8.20万元", "82,000 yuan"},
	{"decimals zero", Indicator{Value: 13060000000, Unit: UnitYuan, Decimals: intp(0)}, "131亿元", "13.06 billion yuan"},
	{"billions", Indicator{Value: 2500000000, Unit: UnitYuan}, "25亿元", "2.5 billion yuan"},
	{"not a round million", Indicator{Value: 1500000, Unit: UnitPeople}, "150万人", "1,500,000 people"},
	{"just under 万", Indicator{Value: 9999, Unit: UnitPeople}, "9999人", "9,999 people"},
	{"exactly 万", Indicator{Value: 10000, Unit: UnitPeople}, "1万人", "10,000 people"},
	{"exactly 亿", Indicator{Value: 100000000, Unit: UnitYuan}, "1亿元", "100 million yuan"},
	{"zero", Indicator{Value: 0, Unit: UnitCount, Counter: Text{"起", "incidents"}}, "0起", "0 incidents"},
}

func TestIndicatorFormat(t *testing.T) {
	for _, tt := range formatCases {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.ind.Format(Zh).Text; got != tt.zh {
				t.Errorf("Format(Zh) = %q, want %q", got, tt.zh)
			}
			if got := tt.ind.Format(En).Text; got != tt.en {
				t.Errorf("Format(En) = %q, want %q", got, tt.en)
			}
		})
	}
}

func TestIndicatorFormatCoversUnitsAndQualifiers(t *testing.T) {
	units := map[Unit]bool{}
	quals := map[Qualifier]bool{}
	for _, tt := range formatCases {
		units[tt.ind.Unit] = true
		quals[tt.ind.Qualifier] = true
	}
	for _, u := range Units {
		if !units[u] {
			t.Errorf("no format case for unit %q", u)
		}
	}
	for _, q := range Qualifiers {
		if !quals[q] {
			t.Errorf("no format case for qualifier %q", q)
		}
	}
}

func TestFigureParts(t *testing.T) {
	ind := Indicator{
		Label: Text{"走访调研", "Visits"}, Value: 375000, Unit: UnitCount,
		Counter: Text{"次", "visits"}, Qualifier: QualifierOdd, Year: "2024",
		Rank: &Rank{Scope: ScopeProvince, Position: 2},
	}
	tests := []struct {
		lang Lang
		want Figure
	}{
		{Zh, Figure{Value: "37.5万", Unit: "次", Qualifier: "余", Label: "走访调研", Year: "2024年",
			Rank: "全省第二", Text: "37.5万余次"}},
		{En, Figure{Value: "375,000", Unit: "visits", Qualifier: "more than", Label: "Visits", Year: "2024",
			Rank: "2nd in Zhejiang", Text: "more than 375,000 visits"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			if got := ind.Format(tt.lang); got != tt.want {
				t.Errorf("Format(%s) =\n%#v, want\n%#v", tt.lang, got, tt.want)
			}
			if got := ind.Format(tt.lang).String(); got != tt.want.Text {
				t.Errorf("String() = %q, want %q", got, tt.want.Text)
			}
		})
	}
}

func TestShareFormat(t *testing.T) {
	tests := []struct {
		name   string
		share  *Share
		zh, en string
	}{
		{"none", nil, "", ""},
		{"all", &Share{Value: 100}, "全覆盖", "all"},
		{"over eighty", &Share{Value: 80, Qualifier: QualifierOver}, "超八成", "more than 80%"},
		{"eighty", &Share{Value: 80}, "八成", "80%"},
		{"ninety above", &Share{Value: 90, Qualifier: QualifierAbove}, "九成以上", "more than 90%"},
		{"ninety odd", &Share{Value: 90, Qualifier: QualifierOdd}, "九成余", "more than 90%"},
		{"not whole tens", &Share{Value: 85, Qualifier: QualifierOver}, "超85%", "more than 85%"},
		{"fraction", &Share{Value: 82.98}, "82.98%", "82.98%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind := Indicator{Value: 1, Unit: UnitPercent, Share: tt.share}
			if got := ind.Format(Zh).Share; got != tt.zh {
				t.Errorf("zh share = %q, want %q", got, tt.zh)
			}
			if got := ind.Format(En).Share; got != tt.en {
				t.Errorf("en share = %q, want %q", got, tt.en)
			}
		})
	}
}

func TestRankFormat(t *testing.T) {
	tests := []struct {
		name   string
		rank   *Rank
		zh, en string
	}{
		{"none", nil, "", ""},
		{"second in province", &Rank{Scope: ScopeProvince, Position: 2}, "全省第二", "2nd in Zhejiang"},
		{"joint first in province", &Rank{Scope: ScopeProvince, Position: 1, Tied: true}, "并列全省第一", "joint 1st in Zhejiang"},
		{"city", &Rank{Scope: ScopeCity, Position: 3}, "全市第三", "3rd in Ningbo"},
		{"county", &Rank{Scope: ScopeCounty, Position: 1}, "全县第一", "1st in the county"},
		{"eleventh", &Rank{Scope: ScopeCity, Position: 11}, "全市第十一", "11th in Ningbo"},
		{"twenty-second", &Rank{Scope: ScopeProvince, Position: 22}, "全省第二十二", "22nd in Zhejiang"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind := Indicator{Value: 1, Unit: UnitYuan, Rank: tt.rank}
			if got := ind.Format(Zh).Rank; got != tt.zh {
				t.Errorf("zh rank = %q, want %q", got, tt.zh)
			}
			if got := ind.Format(En).Rank; got != tt.en {
				t.Errorf("en rank = %q, want %q", got, tt.en)
			}
		})
	}
}

func TestYearFormat(t *testing.T) {
	tests := []struct{ in, zh, en string }{
		{"", "", ""},
		{"2023", "2023年", "2023"},
		{"2021–2023", "2021–2023年", "2021–2023"},
		{"2021-2023", "2021-2023年", "2021-2023"},
		{"end of 2023", "2023年底", "end of 2023"},
		{"cumulative to 2024", "截至2024年累计", "cumulative to 2024"},
		{"since 2022", "2022年以来", "since 2022"},
		{"daily", "daily", "daily"},
		{"end of year", "end of year", "end of year"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := formatYear(tt.in, Zh); got != tt.zh {
				t.Errorf("formatYear(%q, Zh) = %q, want %q", tt.in, got, tt.zh)
			}
			if got := formatYear(tt.in, En); got != tt.en {
				t.Errorf("formatYear(%q, En) = %q, want %q", tt.in, got, tt.en)
			}
		})
	}
}

func TestNumberHelpers(t *testing.T) {
	groups := []struct{ in, want string }{
		{"0", "0"}, {"999", "999"}, {"1000", "1,000"}, {"1269.5", "1,269.5"},
		{"1234567", "1,234,567"}, {"-45500", "-45,500"},
	}
	for _, tt := range groups {
		t.Run("group "+tt.in, func(t *testing.T) {
			if got := groupDigits(tt.in); got != tt.want {
				t.Errorf("groupDigits(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	numerals := []struct {
		n    int
		want string
	}{{1, "一"}, {9, "九"}, {10, "十"}, {11, "十一"}, {20, "二十"}, {99, "九十九"}, {100, "100"}, {0, "0"}}
	for _, tt := range numerals {
		t.Run("zh "+tt.want, func(t *testing.T) {
			if got := zhInt(tt.n); got != tt.want {
				t.Errorf("zhInt(%d) = %q, want %q", tt.n, got, tt.want)
			}
		})
	}
	ordinals := []struct {
		n    int
		want string
	}{{1, "1st"}, {2, "2nd"}, {3, "3rd"}, {4, "4th"}, {11, "11th"}, {12, "12th"}, {13, "13th"}, {21, "21st"}, {102, "102nd"}, {111, "111th"}}
	for _, tt := range ordinals {
		t.Run("en "+tt.want, func(t *testing.T) {
			if got := enOrdinal(tt.n); got != tt.want {
				t.Errorf("enOrdinal(%d) = %q, want %q", tt.n, got, tt.want)
			}
		})
	}
}

func TestTextIn(t *testing.T) {
	tests := []struct {
		name   string
		text   Text
		zh, en string
	}{
		{"both", Text{"宁波", "Ningbo"}, "宁波", "Ningbo"},
		{"zh only", Text{Zh: "宁波"}, "宁波", "宁波"},
		{"en only", Text{En: "Ningbo"}, "Ningbo", "Ningbo"},
		{"none", Text{}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.text.In(Zh); got != tt.zh {
				t.Errorf("In(Zh) = %q, want %q", got, tt.zh)
			}
			if got := tt.text.In(En); got != tt.en {
				t.Errorf("In(En) = %q, want %q", got, tt.en)
			}
		})
	}
}

func TestHanziNumerals(t *testing.T) {
	count := func(v float64, zh, en string) Indicator {
		return Indicator{Key: "k", Value: v, Unit: UnitCount, Counter: Text{Zh: zh, En: en}, Numerals: NumeralsHanzi}
	}
	tests := []struct {
		ind    Indicator
		zh, en string
	}{
		{count(9, "大方面", "areas"), "九大方面", "9 areas"},
		{count(20, "条", "guidelines"), "二十条", "20 guidelines"},
		{count(5, "级", "levels"), "五级", "5 levels"},
		{Indicator{Key: "k", Value: 6, Unit: UnitMonths, Numerals: NumeralsHanzi}, "六个月", "6 months"},
		{Indicator{Key: "k", Value: 2, Unit: UnitYears, Numerals: NumeralsHanzi}, "两年", "2 years"},
		{count(15, "个", "things"), "十五个", "15 things"},
		{count(10, "个", "things"), "十个", "10 things"},
		{count(99, "个", "things"), "九十九个", "99 things"},
		{count(100, "个", "things"), "100个", "100 things"}, // beyond 99: digits
	}
	for _, tt := range tests {
		t.Run(tt.zh, func(t *testing.T) {
			if got := tt.ind.Format(Zh).Text; got != tt.zh {
				t.Errorf("zh = %q, want %q", got, tt.zh)
			}
			if got := tt.ind.Format(En).Text; got != tt.en {
				t.Errorf("en = %q, want %q", got, tt.en)
			}
		})
	}
}
