package linebreak_test

import (
	"fmt"
	"unicode/utf8"

	"ningbomap/linebreak"
)

// A monospaced measure: every character is one unit wide. In a Fyne UI the measure is
// func(s string) float32 { return fyne.MeasureText(s, size, style).Width }.
func ExampleLines() {
	measure := func(s string) float32 { return float32(utf8.RuneCountInString(s)) }
	for _, l := range linebreak.Lines("宁波市地处东南沿海，是“一带一路”的重要节点。", 5, measure) {
		fmt.Println(l)
	}
	// Output:
	// 宁波市地处
	// 东南沿海，
	// 是“一带一
	// 路”的重要
	// 节点。
}
