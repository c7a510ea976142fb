package data

import (
	"math"
	"strconv"
	"strings"
)

// zhNumber writes v at the 亿 or 万 scale when it is that large, with the
// given decimals (nil: as few as exact).
func zhNumber(v float64, decimals *int) string {
	scale := ""
	switch a := math.Abs(v); {
	case a >= 1e8:
		v, scale = v/1e8, "亿"
	case a >= 1e4:
		v, scale = v/1e4, "万"
	}
	prec := -1
	if decimals != nil && *decimals >= 0 && *decimals <= 20 {
		prec = *decimals
	}
	return strconv.FormatFloat(v, 'f', prec, 64) + scale
}

// enNumber writes v as "13.06 billion" (≥ 1e9), "4 million" (a whole number
// of millions) or with grouped digits ("82,000", "20.1").
func enNumber(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 1e9 && !math.IsInf(v, 0):
		return strconv.FormatFloat(v/1e9, 'f', -1, 64) + " billion"
	case a >= 1e6 && math.Mod(a, 1e6) == 0:
		return strconv.FormatFloat(v/1e6, 'f', -1, 64) + " million"
	}
	return groupDigits(strconv.FormatFloat(v, 'f', -1, 64))
}

// groupDigits puts commas between groups of three digits in the integer
// part of a decimal number: "1269.5" → "1,269.5".
func groupDigits(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// zhNumerals are the Chinese digits 0–9.
var zhNumerals = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// zhInt writes 1–99 in Chinese numerals (十一, 二十, 九十九) and anything
// else in Arabic digits.
func zhInt(n int) string {
	switch {
	case n >= 1 && n <= 9:
		return zhNumerals[n]
	case n >= 10 && n <= 99:
		s := ""
		if n/10 > 1 {
			s = zhNumerals[n/10]
		}
		s += "十"
		if n%10 != 0 {
			s += zhNumerals[n%10]
		}
		return s
	}
	return strconv.Itoa(n)
}

// enOrdinal writes 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ...
func enOrdinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1, -1:
			suffix = "st"
		case 2, -2:
			suffix = "nd"
		case 3, -3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// hanziNumber writes a whole number 1–99 in Chinese numerals: 9 → 九, 20 → 二十,
// 15 → 十五. Before a measure word (counted) 2 is 两 (两年), as it is read.
func hanziNumber(v float64, counted bool) (string, bool) {
	if v != math.Trunc(v) || v < 1 || v > 99 {
		return "", false
	}
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	n := int(v)
	switch {
	case n == 2 && counted:
		return "两", true
	case n < 10:
		return digits[n], true
	case n == 10:
		return "十", true
	case n < 20:
		return "十" + digits[n-10], true
	}
	return digits[n/10] + "十" + digits[n%10], true
}
