// Package kiosk holds the parts of kiosk mode that need no window: the
// configuration file, the staff PIN, the idle watch and attract loop, and the
// hidden exit gesture. The app feeds them input events and the time, and acts
// on what they report.
//
// Nothing here reads the clock by itself: every call that depends on time
// takes it as an argument or through a Clock, so tests run without sleeping.
package kiosk
