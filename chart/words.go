package chart

import (
	"math"
	"strconv"
	"time"
)

// The few words a chart writes itself, in Chinese and English; everything
// else (titles, axis titles, labels) comes from the caller.

// noVisits is the message of a chart without data.
func noVisits(lang string) string {
	if lang == "zh" {
		return "暂无观众"
	}
	return "No visits yet"
}

// more labels the last row of a bar chart too short for every bar.
func more(lang string, n int) string {
	if lang == "zh" {
		return "另有 " + strconv.Itoa(n) + " 项"
	}
	return "+ " + strconv.Itoa(n) + " more"
}

// hourAxis is the title of an axis of hours of the day.
func hourAxis(lang string) string {
	if lang == "zh" {
		return "时段（点钟）"
	}
	return "Hour of the day"
}

// weekdays are Monday to Sunday, short.
func weekdays(lang string) [7]string {
	if lang == "zh" {
		return [7]string{"周一", "周二", "周三", "周四", "周五", "周六", "周日"}
	}
	return [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
}

// monthsEn are the months' short English names.
var monthsEn = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// dayLabel is a date as a tick says it: "5 Mar", "3月5日".
func dayLabel(lang string, t time.Time) string {
	if lang == "zh" {
		return strconv.Itoa(int(t.Month())) + "月" + strconv.Itoa(t.Day()) + "日"
	}
	return strconv.Itoa(t.Day()) + " " + monthsEn[t.Month()-1]
}

// monthLabel is a month as a tick says it, with its year when withYear:
// "Mar", "Mar 2025", "3月", "2025年3月".
func monthLabel(lang string, t time.Time, withYear bool) string {
	if lang == "zh" {
		s := strconv.Itoa(int(t.Month())) + "月"
		if withYear {
			s = strconv.Itoa(t.Year()) + "年" + s
		}
		return s
	}
	s := monthsEn[t.Month()-1]
	if withYear {
		s += " " + strconv.Itoa(t.Year())
	}
	return s
}

// yearLabel is a year as a tick says it: "2025", "2025年".
func yearLabel(lang string, t time.Time) string {
	if lang == "zh" {
		return strconv.Itoa(t.Year()) + "年"
	}
	return strconv.Itoa(t.Year())
}

// spanLabel names a span of dates under a date axis: "1 Jan – 31 Dec 2025",
// "2025年1月1日 – 12月31日".
func spanLabel(lang string, from, to time.Time) string {
	if lang == "zh" {
		a := strconv.Itoa(from.Year()) + "年" + dayLabel(lang, from)
		b := dayLabel(lang, to)
		if to.Year() != from.Year() {
			b = strconv.Itoa(to.Year()) + "年" + b
		}
		if from.Equal(to) {
			return a
		}
		return a + " – " + b
	}
	b := dayLabel(lang, to) + " " + strconv.Itoa(to.Year())
	if from.Equal(to) {
		return b
	}
	a := dayLabel(lang, from)
	if to.Year() != from.Year() {
		a += " " + strconv.Itoa(from.Year())
	}
	return a + " – " + b
}

// Number formats a count with thousands separators: 1,234,567. Fractions
// are rounded to whole numbers.
func Number(v float64) string {
	n := int64(math.Round(v))
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	out := make([]byte, 0, len(s)+len(s)/3+1)
	if neg {
		out = append(out, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
