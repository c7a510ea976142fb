package chart

import (
	"image"
	"image/color"
	"math"
	"math/rand"
	"time"
)

// Theme colours of data/theme.go.
var (
	green  = color.NRGBA{0x2E, 0x7D, 0x32, 0xFF}
	blue   = color.NRGBA{0x15, 0x65, 0xC0, 0xFF}
	orange = color.NRGBA{0xE6, 0x51, 0x00, 0xFF}
	red    = color.NRGBA{0xC6, 0x28, 0x28, 0xFF}
	gold   = color.NRGBA{0x8D, 0x6E, 0x00, 0xFF}
)

// samplePlaces are places of the exhibition with long and short names.
var samplePlaces = []struct {
	zh, en string
	col    color.NRGBA
	opens  float64
}{
	{"滕头村", "Tengtou Village", green, 1843},
	{"奉化区水利局排水管理服务处", "Drainage Management Service Office of the Fenghua District Water Resources Bureau", orange, 1210},
	{"招宝山街道红色物业联建", "Zhaobaoshan Subdistrict: joint Party building with property management", blue, 987},
	{"匡堰镇", "Kuangyan Town", green, 760},
	{"宁波概览", "Ningbo at a glance", gold, 655},
	{"灵峰工业社区党群服务中心", "Lingfeng Industrial Community Party and Public Service Centre", orange, 420},
	{"阳明街道", "Yangming Subdistrict", red, 233},
	{"白龙社区", "Bailong Community", blue, 97},
	{"高泥村", "Gaoni Village", orange, 12},
	{"三塘村", "Santang Village", blue, 0},
}

func sampleBars(lang string) Bars {
	b := Bars{Title: "Cards opened per place", Axis: "Cards opened"}
	if lang == "zh" {
		b = Bars{Title: "各地点卡片打开次数", Axis: "打开次数"}
	}
	for _, p := range samplePlaces {
		label := p.en
		if lang == "zh" {
			label = p.zh
		}
		b.Items = append(b.Items, Bar{Label: label, Value: p.opens, Color: p.col})
	}
	return b
}

// sampleDays are n days of visits from 1 March 2025, busier at weekends,
// from a seeded source.
func sampleDays(n int, seed int64) []Point {
	rng := rand.New(rand.NewSource(seed))
	from := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	out := make([]Point, n)
	for i := range out {
		d := from.AddDate(0, 0, i)
		v := 40 + rng.Float64()*30
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			v *= 1.8
		}
		if d.Month() == 5 && d.Day() <= 5 { // the May holiday
			v *= 2.5
		}
		out[i] = Point{Date: d, Value: math.Round(v)}
	}
	return out
}

// sampleWeek is visits by weekday and hour: open 9 to 17, busiest in the
// afternoon and at weekends.
func sampleWeek() (week [7][24]float64, hours [24]float64) {
	for d := range 7 {
		for h := 9; h <= 17; h++ {
			v := 20 + 30*math.Sin(float64(h-9)/8*math.Pi)
			if d >= 5 {
				v *= 1.7
			}
			if d == 0 && h < 12 {
				v = 0 // closed on Monday mornings
			}
			week[d][h] = math.Round(v)
			hours[h] += week[d][h]
		}
	}
	return week, hours
}

// sampleCharts are the dashboard's charts in language lang with sample data.
func sampleCharts(lang string) map[string]interface {
	Draw(*image.RGBA, Style) error
} {
	week, hours := sampleWeek()
	zh := lang == "zh"
	pick := func(en, z string) string {
		if zh {
			return z
		}
		return en
	}
	return map[string]interface {
		Draw(*image.RGBA, Style) error
	}{
		"bars":  sampleBars(lang),
		"line":  Line{Title: pick("Visits per day", "每日观众"), Axis: pick("Visits", "人次"), Points: sampleDays(92, 1)},
		"hours": Hours{Title: pick("Visits by hour of the day", "各时段观众"), Axis: pick("Visits", "人次"), Values: hours},
		"heat":  Heat{Title: pick("Visits by weekday and hour", "一周各时段观众"), Legend: pick("visits", "人次"), Values: week},
	}
}
