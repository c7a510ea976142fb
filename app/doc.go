// Package app is the Fyne application: it opens the window and coordinates what is on
// it — the map widget (app/mapview) with the places' markers and labels, the card
// (app/card), the layer panel (app/legend), the search (app/searchbar), the inset
// (app/inset), the banners (app/overlay), the tour bar and, in a kiosk, the kiosk's
// screens (app/kioskview). Only app and its sub-packages import Fyne.
//
// # Where things happen
//
//   - open.go: where a card is opened. open(target) is the one transition of what the
//     window shows (a place, the overview, a feature of a user layer, nothing); it alone
//     records the usage, selects the marker, shows the card, redraws the markers and names
//     the window. Taps, the search, the keys, the tour, the kiosk's loop, reloads, edits
//     and language switches all end there.
//   - state.go: the window's state — what is open and the mode (browsing, touring,
//     editing, attracting).
//   - navigate.go: the ways a person moves between cards (a place with a flight, home,
//     the next and previous place).
//   - content.go: the content changes (a reload of the data folder, an edit): setContent
//     (editContent for an edit: only the markers of the places it changed are updated),
//     then open again. An edit itself is checked in the editor's model: edit.Editor.Edit
//     (edit/place.go), which re-checks in memory only the layer it touches (apply and
//     check in edit/editor.go); editmode.go hands the result to showEditedAt.
//   - window.go: mainUI and newMainUI, the one constructor of the window and of pictures
//     (render.go); layout.go puts the widgets together.
//   - fleetwindow.go, fleetkiosk.go, publish.go: a fleet of kiosks and its visitors. A
//     kiosk in a fleet runs fleet.Kiosk and switches to what it installed at an idle tick
//     of its attract loop (fleetTick, through kioskFleet in kioskHost); the visitors
//     dashboard (app/visitors) lies over the window, laid on top again by build; edit
//     mode's Publish signs the exhibition into the fleet folder.
//   - The tile file under the map (underlay.go): raster (basemap.Tiles, basemap.FramedTiles
//     for one cut in GCJ-02) or vector (basemap.Vector), opened by openBasemap
//     (vectorbasemap.go), which also gives a vector file's names to the labeller
//     (maplabels.go's updateLabels) and its schema to the legend's switch (layers.go).
//   - The parts do not know mainUI: each declares what it needs — a Host of functions
//     (legend, searchbar, inset, kioskview, card, editor) or a small interface (tourHost in
//     tour.go, kioskHost in kioskmode.go, underlay in underlay.go) — and mainUI answers
//     (layers.go for the legend, kioskhost.go for the kiosk).
//   - The tests (driver*_test.go): testUI is the one place that knows how the window is
//     put together. Tests act as a person does (a tap, a key, a search, a button, a drag,
//     the clock's tick) and read what a person sees (the card's texts, the title, the
//     banners, the buttons); driver_inside_test.go holds the few reads of what no one can
//     see (how often the markers were built, the kiosk loop's state), each saying why.
//
// # Seams for what comes next
//
//   - The visitors' tools (visitortools.go, visitorlayout.go): the on-screen keyboard
//     (app/keyboard), the places list (app/placelist) and A–/A+ (app/textsize). Both
//     panels lie over the map (layout.go, in over.chrome so no map name goes under them);
//     the keyboard opens when the search gets the focus (searchbar.Host.Focused) in a
//     kiosk or with touch_keyboard, types into the search field, shows its results above
//     the keys and closes when they are dismissed (Host.Dismissed); a row of the list
//     opens through openPlace; the text size rebuilds and opens the target again; the
//     kiosk's idleReset closes both and returns to the staff's text_scale.
package app
