package data

import (
	"math"
	"strconv"
)

// format renders a rank: 全省第二 / 2nd in Zhejiang, 并列全市第一 / joint 1st
// in Ningbo. A nil rank renders as "".
func (r *Rank) format(l Lang) string {
	if r == nil {
		return ""
	}
	if l == Zh {
		s := ""
		if r.Tied {
			s = "并列"
		}
		return s + r.Scope.zh() + "第" + zhInt(r.Position)
	}
	s := ""
	if r.Tied {
		s = "joint "
	}
	return s + enOrdinal(r.Position) + " in " + r.Scope.en()
}

// zh is the scope as it opens a Chinese rank.
func (s Scope) zh() string {
	switch s {
	case ScopeProvince:
		return "全省"
	case ScopeCity:
		return "全市"
	case ScopeCounty:
		return "全县"
	}
	return string(s)
}

// en is the scope as it closes an English rank.
func (s Scope) en() string {
	switch s {
	case ScopeProvince:
		return "Zhejiang"
	case ScopeCity:
		return "Ningbo"
	case ScopeCounty:
		return "the county"
	}
	return string(s)
}

// format renders a share: 100 → 全覆盖 / all; whole tens → 八成 (超八成 /
// more than 80%); anything else as a percentage. A nil share renders as "".
func (s *Share) format(l Lang) string {
	if s == nil {
		return ""
	}
	if s.Value == 100 {
		if l == Zh {
			return "全覆盖"
		}
		return "all"
	}
	pct := strconv.FormatFloat(s.Value, 'f', -1, 64) + "%"
	if l != Zh {
		if s.Qualifier != QualifierNone {
			return "more than " + pct
		}
		return pct
	}
	num := pct
	if s.Value > 0 && s.Value < 100 && math.Mod(s.Value, 10) == 0 {
		num = zhInt(int(s.Value/10)) + "成"
	}
	switch s.Qualifier {
	case QualifierOver:
		return "超" + num
	case QualifierOdd:
		return num + "余"
	case QualifierAbove:
		return num + "以上"
	}
	return num
}
