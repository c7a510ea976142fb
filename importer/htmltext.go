package importer

import (
	"html"
	"strings"
)

// blockTags end a line when they open or close.
var blockTags = map[string]bool{
	"br": true, "p": true, "div": true, "tr": true, "li": true, "table": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "hr": true,
}

// PlainText reduces the HTML of a KML description to text for a card:
// tags go (block tags and <br> become line breaks, table cells a space),
// script and style content goes, entities are decoded, and runs of blank
// space are collapsed. Text without '<' or '&' is only trimmed.
func PlainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		if strings.HasPrefix(s, "<!--") {
			end := strings.Index(s, "-->")
			if end < 0 {
				break
			}
			s = s[end+3:]
			continue
		}
		end := strings.IndexByte(s, '>')
		if end < 0 || !isTagStart(s) {
			b.WriteByte('<') // a lone '<' in text
			s = s[1:]
			continue
		}
		closing := s[1] == '/'
		name := tagName(s[1:end])
		s = s[end+1:]
		switch {
		case !closing && (name == "script" || name == "style"):
			if j := indexFold(s, "</"+name); j >= 0 {
				s = s[j:] // the closing tag is dropped as a tag
			} else {
				s = ""
			}
		case blockTags[name]:
			b.WriteByte('\n')
		case name == "td" || name == "th":
			b.WriteByte(' ')
		}
	}
	return tidy(html.UnescapeString(b.String()))
}

// indexFold returns the offset of the first ASCII-case-insensitive match of
// the ASCII string sub in s, or -1.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// isTagStart reports whether s (starting with '<') opens a tag rather than
// being a '<' in text, as in "a < b".
func isTagStart(s string) bool {
	if len(s) < 2 {
		return false
	}
	c := s[1]
	return c == '/' || c == '!' || c == '?' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// tagName returns the lower-case name of the tag whose text (between '<'
// and '>') is t.
func tagName(t string) string {
	t = strings.TrimPrefix(t, "/")
	if i := strings.IndexAny(t, " \t\r\n/"); i >= 0 {
		t = t[:i]
	}
	return strings.ToLower(t)
}

// tidy collapses blank space: spaces within lines, blank lines to one.
func tidy(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\u00a0", " "), "\n")
	out := lines[:0]
	blank := false
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			if !blank && len(out) > 0 {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
