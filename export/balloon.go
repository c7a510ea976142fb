package export

import (
	"html"
	"strings"

	"ningbomap/data"
)

// balloonWords are the few fixed words of a balloon, per language.
var balloonWords = map[data.Lang]struct{ source, photo, honours string }{
	data.Zh: {"资料来源：", "图片：", "荣誉"},
	data.En: {"Source: ", "Photo: ", "Honours"},
}

// Balloon returns the card of site s as balloon HTML in language lang:
// name, administrative path, story, the figures with their labels, years,
// ranks and shares, honours, and the source date. Every text from the data
// is HTML-escaped, so a name such as "<b>" shows as written.
func Balloon(ds *data.Dataset, s *data.Site, lang data.Lang) string {
	words := balloonWords[lang]
	if lang != data.Zh {
		words = balloonWords[data.En]
	}
	accent := "#444444"
	if th := ds.Theme(s.Theme); th != nil {
		if _, ok := parseColor(th.Color); ok {
			accent = th.Color
		}
	}
	var b strings.Builder
	esc := html.EscapeString
	b.WriteString(`<div style="font-family:sans-serif;max-width:380px">`)
	b.WriteString(`<h3 style="margin:0 0 4px 0;color:` + accent + `">` + esc(s.Name.In(lang)) + `</h3>`)
	if path := adminPath(s, lang); path != "" {
		b.WriteString(`<div style="color:#666666;font-size:90%">` + esc(path) + `</div>`)
	}
	if story := s.Story.In(lang); story != "" {
		b.WriteString(`<p>` + esc(story) + `</p>`)
	}
	if len(s.Indicators) > 0 {
		b.WriteString(`<table style="border-collapse:collapse">`)
		for _, ind := range s.Indicators {
			f := ind.Format(lang)
			b.WriteString(`<tr><td style="padding:2px 8px 2px 0;font-weight:bold;white-space:nowrap;color:` +
				accent + `">` + esc(f.Text) + `</td><td style="padding:2px 0">` + esc(f.Label))
			for _, extra := range []string{f.Year, f.Rank, f.Share} {
				if extra != "" {
					b.WriteString(` <span style="color:#666666">· ` + esc(extra) + `</span>`)
				}
			}
			b.WriteString(`</td></tr>`)
		}
		b.WriteString(`</table>`)
	}
	if len(s.Honours) > 0 {
		b.WriteString(`<div style="margin-top:6px"><b>` + esc(words.honours) + `</b><ul style="margin:2px 0">`)
		for _, h := range s.Honours {
			b.WriteString(`<li>` + esc(h.In(lang)) + `</li>`)
		}
		b.WriteString(`</ul></div>`)
	}
	var foot []string
	if s.Source.Title != nil && s.Source.Title.In(lang) != "" {
		sep := ", "
		if lang == data.Zh {
			sep = "，"
		}
		foot = append(foot, words.source+s.Source.Title.In(lang)+sep+s.Source.Date)
	} else if s.Source.Date != "" {
		foot = append(foot, words.source+s.Source.Date)
	}
	if s.Source.Photo != nil && s.Source.Photo.In(lang) != "" {
		foot = append(foot, words.photo+s.Source.Photo.In(lang))
	}
	if len(foot) > 0 {
		b.WriteString(`<div style="margin-top:6px;color:#888888;font-size:85%">` + esc(strings.Join(foot, " · ")) + `</div>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// adminPath joins the administrative path of s: "奉化区 › 萧王庙街道".
func adminPath(s *data.Site, lang data.Lang) string {
	parts := make([]string, 0, len(s.Admin))
	for _, a := range s.Admin {
		if t := a.In(lang); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " › ")
}
