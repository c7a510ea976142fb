// Package chart draws the visitors dashboard's charts into an *image.RGBA:
// horizontal bars with their labels (cards opened per place), a line over
// dates (visits per day), a bar per hour of the day and a weekday × hour
// heat map. Each has a title, labelled axes and the app's colours, and a
// chart without data says so ("no visits yet") rather than draw an empty
// frame.
//
// Sizes are in units, as in the UI; Style.Scale gives the pixels per unit,
// so a chart is drawn at the screen's own resolution and stays crisp on a
// kiosk's enlarged text and on a 4K screen. Shapes go through geo.Canvas
// (the map's anti-aliased rasteriser) and text through geo.FontGlyphs with
// the embedded Noto Sans CJK faces, so Chinese and English labels look as
// they do on the map and the cards.
//
//	img := image.NewRGBA(image.Rect(0, 0, 1200, 700))
//	chart.Bars{Title: "Cards opened", Items: items}.Draw(img, chart.NewStyle("en", 2))
//
// It imports no Fyne.
package chart
