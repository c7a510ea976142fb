package importer

import (
	"encoding/json"
	"fmt"
)

// span is the byte range [start, end) of one JSON value.
type span struct{ start, end int }

// topLevel is a GeoJSON document taken apart at the top: the raw values of
// its members, and the elements of its "features" array left undecoded so
// that each feature can be decoded, checked and reported on its own.
type topLevel struct {
	members  map[string][]byte // raw member values, "features" excepted when it is an array
	features []span            // elements of the "features" array, complete ones only
	partial  int               // offset of a feature cut off by the end of the data, or -1
	err      error             // first structural problem, wrapping ErrSyntax or ErrTruncated
	errAt    int               // byte offset of err
}

// splitTop scans a JSON object without decoding it. It stops at the first
// structural problem, keeping the features complete before it, so that a
// truncated file still yields its first features.
func splitTop(data []byte) topLevel {
	t := topLevel{members: map[string][]byte{}, partial: -1}
	fail := func(at int, format string, args ...any) topLevel {
		sentinel := ErrSyntax
		if at >= len(data) {
			sentinel, format, args = ErrTruncated, "", nil
		}
		if format == "" {
			t.err = sentinel
		} else {
			t.err = fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
		}
		t.errAt = min(at, len(data))
		return t
	}
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return fail(i, "not a JSON object")
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return t
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return fail(i, "want a member name in quotes, got %s", near(data, i))
		}
		end, ok := skipString(data, i)
		if !ok {
			return fail(end, "")
		}
		var key string
		if json.Unmarshal(data[i:end], &key) != nil {
			return fail(i, "bad member name %s", near(data, i))
		}
		i = skipSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return fail(i, "want ':' after %q, got %s", key, near(data, i))
		}
		i = skipSpace(data, i+1)
		if key == "features" && i < len(data) && data[i] == '[' {
			var err error
			if i, err = t.splitFeatures(data, i); err != nil {
				return fail(i, "%v", err)
			}
		} else {
			end, ok, err := skipValue(data, i)
			if err != nil {
				return fail(end, "%v", err)
			}
			if !ok {
				return fail(len(data), "")
			}
			if !json.Valid(data[i:end]) {
				return fail(i, "member %q: not a JSON value", key)
			}
			t.members[key] = data[i:end]
			i = end
		}
		i = skipSpace(data, i)
		switch {
		case i >= len(data):
			return fail(i, "")
		case data[i] == ',':
			i = skipSpace(data, i+1)
		case data[i] == '}':
			if j := skipSpace(data, i+1); j < len(data) {
				return fail(j, "text after the end of the GeoJSON object: %s", near(data, j))
			}
			return t
		default:
			return fail(i, "want ',' or '}' after member %q, got %s", key, near(data, i))
		}
	}
}

// splitFeatures records the elements of the array starting at data[i] and
// returns the offset after it, or the offset of a problem and the problem
// (nil when the data ends there).
func (t *topLevel) splitFeatures(data []byte, i int) (int, error) {
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == ']' {
		return i + 1, nil
	}
	for {
		end, ok, err := skipValue(data, i)
		if err != nil {
			return end, err
		}
		if !ok {
			t.partial = i
			return len(data), nil
		}
		t.features = append(t.features, span{i, end})
		i = skipSpace(data, end)
		switch {
		case i >= len(data):
			return i, nil
		case data[i] == ',':
			i = skipSpace(data, i+1)
		case data[i] == ']':
			return i + 1, nil
		default:
			return i, fmt.Errorf("want ',' or ']' after feature %d, got %s", len(t.features), near(data, i))
		}
	}
}

// skipValue returns the end of the JSON value starting at data[i], and
// false when data ends before the value does. Objects and arrays are
// matched by brackets outside strings; their content is checked when they
// are decoded.
func skipValue(data []byte, i int) (int, bool, error) {
	if i >= len(data) {
		return i, false, nil
	}
	switch c := data[i]; {
	case c == '"':
		end, ok := skipString(data, i)
		return end, ok, nil
	case c == '{' || c == '[':
		depth := 0
		for j := i; j < len(data); j++ {
			switch data[j] {
			case '"':
				end, ok := skipString(data, j)
				if !ok {
					return end, false, nil
				}
				j = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1, true, nil
				}
			}
		}
		return len(data), false, nil
	case c == '-' || c >= '0' && c <= '9' || c == 't' || c == 'f' || c == 'n':
		j := i
		for j < len(data) && !endsLiteral(data[j]) {
			j++
		}
		return j, j < len(data), nil
	default:
		return i, true, fmt.Errorf("want a JSON value, got %s", near(data, i))
	}
}

// endsLiteral reports whether c ends a number or a literal.
func endsLiteral(c byte) bool {
	switch c {
	case ',', '}', ']', ' ', '\t', '\r', '\n':
		return true
	}
	return false
}

// skipString returns the offset after the string starting at data[i] and
// whether it is closed.
func skipString(data []byte, i int) (int, bool) {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j + 1, true
		}
	}
	return len(data), false
}

// skipSpace returns the offset of the first non-space byte at or after i.
func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n') {
		i++
	}
	return i
}

// near quotes the text at data[i] for a message: `"xyz…"` or "the end of
// the file".
func near(data []byte, i int) string {
	if i >= len(data) {
		return "the end of the file"
	}
	s := data[i:min(len(data), i+12)]
	if len(data) > i+12 {
		return fmt.Sprintf("%q…", s)
	}
	return fmt.Sprintf("%q", s)
}
