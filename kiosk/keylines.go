package kiosk

import (
	"strings"

	"github.com/BurntSushi/toml"
)

// keyLines finds the line on which each key of a TOML file is defined, for
// messages: the TOML library reports lines for syntax errors but not for the
// keys it returns. Keys are found by a light reading of each line (table
// headers and "key =" assignments), which is enough for a flat file; a key it
// cannot place gets no entry.
func keyLines(src []byte, keys []toml.Key) map[string]int {
	want := make(map[string]bool, len(keys))
	for _, k := range keys {
		want[k.String()] = true
	}
	lines := make(map[string]int, len(keys))
	table := ""
	for n, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		var key string
		if strings.HasPrefix(line, "[") {
			name := strings.Trim(line, "[] \t")
			if i := strings.Index(name, "]"); i >= 0 {
				name = strings.TrimSpace(name[:i])
			}
			table = unquoteKey(name)
			key = table
		} else if i := strings.Index(line, "="); i > 0 {
			key = unquoteKey(line[:i])
			if table != "" {
				key = table + "." + key
			}
		} else {
			continue
		}
		// A dotted key or a table header also places its parents.
		for k := key; k != ""; {
			if want[k] && lines[k] == 0 {
				lines[k] = n + 1
			}
			i := strings.LastIndex(k, ".")
			if i < 0 {
				break
			}
			k = k[:i]
		}
	}
	return lines
}

// unquoteKey turns a written key such as ` "a" . b ` into "a.b".
func unquoteKey(s string) string {
	parts := strings.Split(s, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return strings.Join(parts, ".")
}
