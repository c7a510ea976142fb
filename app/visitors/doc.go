// Package visitors is the visitors dashboard (观众统计): what visitors
// opened and when, as charts and a table, from this computer's usage log or
// from a fleet folder (every kiosk's), per kiosk or all of them, over a span
// of days. It reads through usage and fleet once per source, adds up the
// figures for each choice of kiosk and span in memory, and draws the charts
// of package chart off the UI goroutine at the screen's own resolution.
//
// The window gives it a Host (the window, the language, the places' names
// and colours, the folders) and shows View.Object over the map; it opens
// nothing of the map itself. In a kiosk (Host.Kiosk) it reads only the
// kiosk's own usage and saves nothing.
package visitors
