// Package style holds what the map's UI packages share: the app's text sizes (looked up in
// the current Fyne theme), word-wrapped paragraphs, text that shrinks to fit, touch-sized
// buttons and theme colours. It knows Fyne and nothing of places, cards or kiosks; the
// texts themselves come from app/locale.
package style
