package data

import (
	"strings"
)

// Figure is an indicator ready to display in one language. Text is the
// whole figure as it is read ("37.5万余次", "more than 375,000 visits");
// Value, Unit and Qualifier are its parts, for layouts that set the number
// larger than its unit.
type Figure struct {
	Value     string // the number at its scale: "130.60亿", "13.06 billion", "82,000"
	Unit      string // "元", "yuan", "次", "visits", "%"
	Qualifier string // "超", "余", "以上" or "more than"; "" when exact
	Label     string // what is counted
	Year      string // "2023年", "2023"; "" when not given
	Rank      string // "全省第二", "2nd in Zhejiang"; "" when not ranked
	Share     string // "全覆盖", "超八成", "all", "more than 80%"; "" when not given
	Text      string // Value, Unit and Qualifier put together
}

// String returns f.Text.
func (f Figure) String() string { return f.Text }

// Format renders the indicator in language l.
//
// Chinese scales to 亿 (≥ 1e8) or 万 (≥ 1e4) with Decimals decimals (as few
// as exact when nil); 超 goes before the number, 余 after the scale and 以上
// after the unit. English writes "13.06 billion" (≥ 1e9), "4 million"
// (whole millions) or grouped digits ("82,000"), and any qualifier as
// "more than".
func (ind Indicator) Format(l Lang) Figure {
	f := Figure{
		Label: ind.Label.In(l),
		Year:  formatYear(ind.Year, l),
		Rank:  ind.Rank.format(l),
		Share: ind.Share.format(l),
	}
	if l == Zh {
		f.Value = zhNumber(ind.Value, ind.Decimals)
		if ind.Numerals == NumeralsHanzi {
			if h, ok := hanziNumber(ind.Value, ind.Unit == UnitCount || ind.Unit == UnitYears || ind.Unit == UnitMonths); ok {
				f.Value = h
			}
		}
		f.Unit = ind.unitZh()
		switch ind.Qualifier {
		case QualifierOver:
			f.Qualifier = "超"
			f.Text = "超" + f.Value + f.Unit
		case QualifierOdd:
			f.Qualifier = "余"
			f.Text = f.Value + "余" + f.Unit
		case QualifierAbove:
			f.Qualifier = "以上"
			f.Text = f.Value + f.Unit + "以上"
		default:
			f.Text = f.Value + f.Unit
		}
		return f
	}
	f.Value = enNumber(ind.Value)
	f.Unit = ind.unitEn()
	f.Text = f.Value
	if f.Unit != "" {
		if f.Unit != "%" {
			f.Text += " "
		}
		f.Text += f.Unit
	}
	if ind.Qualifier != QualifierNone {
		f.Qualifier = "more than"
		f.Text = "more than " + f.Text
	}
	return f
}

// unitZh is the Chinese unit word.
func (ind Indicator) unitZh() string {
	switch ind.Unit {
	case UnitYuan:
		return "元"
	case UnitPeople:
		return "人"
	case UnitPersonTimes:
		return "人次"
	case UnitHouseholds:
		return "户"
	case UnitM2:
		return "平方米"
	case UnitPercent:
		return "%"
	case UnitCount:
		return ind.Counter.Zh
	case UnitPer10k:
		return "名"
	case UnitYears:
		return "年"
	case UnitMonths:
		return "个月"
	}
	return string(ind.Unit)
}

// unitEn is the English unit word, singular for exactly one year or month.
func (ind Indicator) unitEn() string {
	one := ind.Value == 1 && ind.Qualifier == QualifierNone
	switch ind.Unit {
	case UnitYuan:
		return "yuan"
	case UnitPeople:
		return "people"
	case UnitPersonTimes:
		return "person-times"
	case UnitHouseholds:
		return "households"
	case UnitM2:
		return "m²"
	case UnitPercent:
		return "%"
	case UnitCount:
		return ind.Counter.En
	case UnitPer10k:
		return "per 10,000 residents"
	case UnitYears:
		if one {
			return "year"
		}
		return "years"
	case UnitMonths:
		if one {
			return "month"
		}
		return "months"
	}
	return string(ind.Unit)
}

// formatYear renders the year or period of an indicator. The English form
// is the file's own; Chinese translates the documented patterns ("2023",
// "2021–2023", "end of 2023", "cumulative to 2024", "since 2022") and
// leaves anything else as written.
func formatYear(y string, l Lang) string {
	y = strings.TrimSpace(y)
	if l != Zh || y == "" {
		return y
	}
	if isYearOrRange(y) {
		return y + "年"
	}
	for _, p := range []struct{ prefix, before, after string }{
		{"end of ", "", "年底"},
		{"cumulative to ", "截至", "年累计"},
		{"since ", "", "年以来"},
	} {
		if rest, ok := strings.CutPrefix(y, p.prefix); ok && isYearOrRange(rest) {
			return p.before + rest + p.after
		}
	}
	return y
}

// isYearOrRange reports whether s is "2023" or "2021–2023" (en dash or
// hyphen).
func isYearOrRange(s string) bool {
	isYear := func(s string) bool {
		if len(s) != 4 {
			return false
		}
		for _, c := range s {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	if isYear(s) {
		return true
	}
	for _, dash := range []string{"–", "-"} {
		if a, b, ok := strings.Cut(s, dash); ok && isYear(a) && isYear(b) {
			return true
		}
	}
	return false
}
