package importer

import (
	"strings"
	"unicode"
)

// Column and property names that carry a feature's name, description and
// coordinates, compared after normalise. Chinese spreadsheets label them
// 名称/经度/纬度 (名稱/經度/緯度 in Traditional characters); English ones
// name/lon/lat in many spellings.
var (
	nameKeys = []string{"name", "名称", "名字", "地名", "title", "标题", "label", "名稱", "標題"}
	descKeys = []string{"description", "desc", "描述", "说明", "简介", "备注", "notes", "comment", "說明", "簡介", "備註"}
	lonKeys  = []string{"lon", "lng", "long", "longitude", "x", "经度", "东经", "pointx", "wgs84lon", "wgs84lng", "經度", "東經"}
	latKeys  = []string{"lat", "latitude", "y", "纬度", "北纬", "pointy", "wgs84lat", "緯度", "北緯"}
)

// normalise folds a header or property name for matching: lower case,
// without spaces, '_' or '-', and without a trailing unit in brackets
// ("经度（°）", "Longitude (deg)").
func normalise(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(s, "\uFEFF"))
	for _, open := range []string{"(", "（", "["} {
		if i := strings.Index(s, open); i > 0 {
			s = s[:i]
		}
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '_' || r == '-' || r == '.' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// matches reports whether name, normalised, is one of keys. Chinese names
// also match when they contain a key ("中心经度", "所在纬度").
func matches(name string, keys []string) bool {
	n := normalise(name)
	for _, k := range keys {
		if n == k {
			return true
		}
		if k[0] >= 0x80 && strings.Contains(n, k) {
			return true
		}
	}
	return false
}

// role is what a property holds for the card: its title, its description,
// or nothing special; rank orders candidates (lower is better).
type role struct {
	kind int8 // roleOther, roleName or roleDesc
	rank int8
}

// Property roles.
const (
	roleOther int8 = iota
	roleName
	roleDesc
)

// roles remembers the role of each property name seen, since the features
// of one file share their property names.
type roles map[string]role

// of returns the role of property name.
func (rs roles) of(name string) role {
	if r, ok := rs[name]; ok {
		return r
	}
	r := role{}
	n := normalise(name)
	for i, k := range nameKeys {
		if n == k {
			r = role{roleName, int8(i)}
		}
	}
	for i, k := range descKeys {
		if n == k {
			r = role{roleDesc, int8(i)}
		}
	}
	rs[name] = r
	return r
}

// nameAndDesc picks the title and description of a feature from its
// properties: the non-blank values of the best-ranked name and description
// keys (ties go to the smaller key).
func (rs roles) nameAndDesc(props map[string]string) (name, desc string) {
	var best [3]struct {
		rank int8
		key  string
	}
	best[roleName].rank, best[roleDesc].rank = 127, 127
	for k, v := range props {
		r := rs.of(k)
		if r.kind == roleOther || strings.TrimSpace(v) == "" {
			continue
		}
		b := &best[r.kind]
		if r.rank < b.rank || r.rank == b.rank && k < b.key {
			b.rank, b.key = r.rank, k
		}
	}
	if best[roleName].key != "" {
		name = props[best[roleName].key]
	}
	if best[roleDesc].key != "" {
		desc = props[best[roleDesc].key]
	}
	return name, desc
}
