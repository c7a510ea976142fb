package data

// Indicator is one figure on a card: a number with its unit, what it counts,
// and the year it refers to.
type Indicator struct {
	Key       string    `json:"key"`      // [a-z0-9_]+, unique within the card
	Label     Text      `json:"label"`    // what is counted, without the number
	Value     float64   `json:"value"`    // in base units: 130.60亿元 → 13060000000
	Unit      Unit      `json:"unit"`     // see the Unit constants
	Counter   Text      `json:"counter"`  // for UnitCount: 量词 / English noun ("个" / "cases")
	Decimals  *int      `json:"decimals"` // decimals in Chinese at the 万/亿 scale; nil: as few as exact
	Qualifier Qualifier `json:"qualifier"`
	Share     *Share    `json:"share"` // optional share of units reaching the value (全覆盖, 超八成)
	Year      string    `json:"year"`  // "2023", "2021–2023", "end of 2023", "cumulative to 2024"
	Rank      *Rank     `json:"rank"`  // optional ranking (全省第二)
	// Numerals is "hanzi" when the article writes a small count in Chinese numerals
	// (九大方面, 二十条, 两年): Chinese then shows it so; "" means Arabic digits.
	Numerals string `json:"numerals"`
}

// NumeralsHanzi asks for Chinese numerals in Chinese.
const NumeralsHanzi = "hanzi"

// Unit is the unit of an indicator's value.
type Unit string

// Units.
const (
	UnitYuan        Unit = "yuan"         // 元
	UnitPeople      Unit = "people"       // 人
	UnitPersonTimes Unit = "person_times" // 人次
	UnitHouseholds  Unit = "households"   // 户
	UnitM2          Unit = "m2"           // 平方米
	UnitPercent     Unit = "percent"      // %
	UnitCount       Unit = "count"        // counted with Indicator.Counter
	UnitPer10k      Unit = "per_10k"      // 名 per 10,000 residents
	UnitYears       Unit = "years"        // 年
	UnitMonths      Unit = "months"       // 个月
)

// Units lists every unit.
var Units = []Unit{UnitYuan, UnitPeople, UnitPersonTimes, UnitHouseholds, UnitM2,
	UnitPercent, UnitCount, UnitPer10k, UnitYears, UnitMonths}

// known reports whether u is one of Units.
func (u Unit) known() bool {
	for _, k := range Units {
		if u == k {
			return true
		}
	}
	return false
}

// Qualifier says the value is approximate from below. The three Chinese
// forms all read "more than" in English.
type Qualifier string

// Qualifiers.
const (
	QualifierNone  Qualifier = ""      // exactly
	QualifierOver  Qualifier = "over"  // 超X
	QualifierOdd   Qualifier = "odd"   // X余
	QualifierAbove Qualifier = "above" // X以上
)

// Qualifiers lists every qualifier, QualifierNone first.
var Qualifiers = []Qualifier{QualifierNone, QualifierOver, QualifierOdd, QualifierAbove}

// known reports whether q is one of Qualifiers.
func (q Qualifier) known() bool {
	for _, k := range Qualifiers {
		if q == k {
			return true
		}
	}
	return false
}

// Share is the share of units that reach an indicator's value, as in
// "收入100万元以上村全覆盖" (value 100) or "50万元以上村超八成" (value 80,
// QualifierOver).
type Share struct {
	Value     float64   `json:"value"` // percent, 0–100
	Qualifier Qualifier `json:"qualifier"`
}

// Rank places an indicator among its peers: 全省第二, 并列全省第一.
type Rank struct {
	Scope    Scope `json:"scope"`
	Position int   `json:"position"` // from 1
	Tied     bool  `json:"tied"`
}

// Scope is the area a rank is taken over.
type Scope string

// Scopes.
const (
	ScopeProvince Scope = "province" // 全省, in Zhejiang
	ScopeCity     Scope = "city"     // 全市, in Ningbo
	ScopeCounty   Scope = "county"   // 全县, in the county
)

// known reports whether s is one of the defined scopes.
func (s Scope) known() bool {
	switch s {
	case ScopeProvince, ScopeCity, ScopeCounty:
		return true
	}
	return false
}
