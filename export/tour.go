package export

import (
	"time"

	"github.com/twpayne/go-kml/v3"

	"ningbomap/crs"
	"ningbomap/data"
)

// TourTiming sets the pace and the camera of a KML tour.
type TourTiming struct {
	Flight   time.Duration // flying from one place to the next
	Dwell    time.Duration // staying at a place with its balloon open
	Range    float64       // camera distance from a place, metres
	Tilt     float64       // camera tilt at a place, degrees from straight down
	Overview float64       // camera distance over the overview, metres
}

// DefaultTourTiming is the pace of the exported tour: a four-second flight
// and eight seconds at each place, seen from 2.5 km at a 45° tilt, after
// a look at the whole city from 160 km.
var DefaultTourTiming = TourTiming{
	Flight:   4 * time.Second,
	Dwell:    8 * time.Second,
	Range:    2500,
	Tilt:     45,
	Overview: 160_000,
}

// Tour returns a gx:Tour through the places of ds in tour order: it opens
// over the overview (when there is one), then for every place flies there
// (gx:FlyTo with a LookAt), opens its balloon (gx:AnimatedUpdate), waits
// (gx:Wait) and closes the balloon again.
func Tour(ds *data.Dataset, lang data.Lang, t TourTiming) kml.Element {
	return tour(ds, lang, t, crs.WGS84)
}

// tour is Tour with the camera's positions in frame f.
func tour(ds *data.Dataset, lang data.Lang, t TourTiming, f crs.Frame) kml.Element {
	playlist := kml.GxPlaylist()
	if ov := ds.Overview; ov != nil {
		p := f.FromWGS84(ov.Point)
		playlist.Append(
			kml.GxFlyTo(
				kml.GxDuration(t.Flight),
				kml.GxFlyToMode(kml.GxFlyToModeBounce),
				lookAt(p[0], p[1], t.Overview, 0),
			),
			balloon(ov, true),
			kml.GxWait(kml.GxDuration(t.Dwell)),
			balloon(ov, false),
		)
	}
	for _, s := range ds.Sites {
		p := f.FromWGS84(s.Point)
		playlist.Append(
			kml.GxFlyTo(
				kml.GxDuration(t.Flight),
				kml.GxFlyToMode(kml.GxFlyToModeSmooth),
				lookAt(p[0], p[1], t.Range, t.Tilt),
			),
			balloon(s, true),
			kml.GxWait(kml.GxDuration(t.Dwell)),
			balloon(s, false),
		)
	}
	return kml.GxTour(kml.Name(documentTitle.In(lang)), playlist)
}

// lookAt is a camera looking north at lon, lat from distance rng.
func lookAt(lon, lat, rng, tilt float64) kml.Element {
	return kml.LookAt(
		kml.Longitude(lon),
		kml.Latitude(lat),
		kml.Altitude(0),
		kml.Heading(0),
		kml.Tilt(tilt),
		kml.Range(rng),
		kml.AltitudeMode(kml.AltitudeModeRelativeToGround),
	)
}

// balloon opens or closes the balloon of site s at once.
func balloon(s *data.Site, open bool) kml.Element {
	return kml.GxAnimatedUpdate(
		kml.GxDuration(0),
		kml.Update(
			kml.TargetHref(""),
			kml.Change(placemarkTarget(placemarkID(s), kml.GxBalloonVisibility(open))),
		),
	)
}
