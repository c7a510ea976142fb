package main

import "fmt"

// district is one county-level division of Ningbo as it is published today.
type district struct {
	code string // GB/T 2260 code in force
	zh   string
	en   string
}

// districts lists Ningbo's ten county-level divisions, keyed by the Chinese
// name used in the source file. The key is the name rather than the code
// because the source still carries retired codes (奉化 became a district in
// 2016: 330283 → 330213).
var districts = map[string]district{
	"海曙区": {"330203", "海曙区", "Haishu District"},
	"江北区": {"330205", "江北区", "Jiangbei District"},
	"北仑区": {"330206", "北仑区", "Beilun District"},
	"镇海区": {"330211", "镇海区", "Zhenhai District"},
	"鄞州区": {"330212", "鄞州区", "Yinzhou District"},
	"奉化区": {"330213", "奉化区", "Fenghua District"},
	"象山县": {"330225", "象山县", "Xiangshan County"},
	"宁海县": {"330226", "宁海县", "Ninghai County"},
	"余姚市": {"330281", "余姚市", "Yuyao City"},
	"慈溪市": {"330282", "慈溪市", "Cixi City"},
}

// retiredCodes maps a code found in the source to the code in force.
var retiredCodes = map[string]string{
	"330283": "330213", // 奉化市 → 奉化区 (2016)
}

// lookup finds the district for a source feature and checks that the
// source code agrees with the name (after mapping retired codes).
func lookup(name, sourceCode string) (district, error) {
	d, ok := districts[name]
	if !ok {
		return district{}, fmt.Errorf("unknown district name %q (code %s)", name, sourceCode)
	}
	code := sourceCode
	if c, ok := retiredCodes[code]; ok {
		code = c
	}
	if sourceCode != "" && code != d.code {
		return district{}, fmt.Errorf("district %s: source code %s does not match %s", name, sourceCode, d.code)
	}
	return d, nil
}
