package editor

import (
	"regexp"

	"ningbomap/app/style"
	"ningbomap/data"
)

// The content checks (package data) write their problems in English. In the Chinese
// form, the ones staff meet most read in Chinese; any other reads as the check wrote it.
var problemPatterns = []struct {
	re  *regexp.Regexp
	key string   // the translation
	arg []string // the names the submatches fill in it
}{
	{regexp.MustCompile(`^zh missing$`), "edit.problem.missingZh", nil},
	{regexp.MustCompile(`^en missing$`), "edit.problem.missingEn", nil},
	{regexp.MustCompile(`^zh and en missing$`), "edit.problem.missingBoth", nil},
	{regexp.MustCompile(`^missing$`), "edit.problem.missing", nil},
	{regexp.MustCompile(`^length out of bounds: (\d+) characters, want (\d+)–(\d+)$`), "edit.problem.zhLength", []string{"N", "Min", "Max"}},
	{regexp.MustCompile(`^length out of bounds: (\d+) words, want (\d+)–(\d+)$`), "edit.problem.enLength", []string{"N", "Min", "Max"}},
	{regexp.MustCompile(`^invalid: ".*": want YYYY-MM-DD$`), "edit.problem.date", nil},
}

// problemText is how the check's message msg reads next to a field of the form in
// language l.
func problemText(msg string, l data.Lang) string {
	if l != data.Zh {
		return msg
	}
	for _, p := range problemPatterns {
		m := p.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		d := map[string]any{}
		for i, name := range p.arg {
			d[name] = m[i+1]
		}
		return style.TData(p.key, d)
	}
	return msg
}
