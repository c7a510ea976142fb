package export

import (
	"bytes"
	"encoding/xml"
	"html"
	"math"
	"strconv"
	"strings"
	"testing"

	"ningbomap/data"
	"ningbomap/importer"
)

// parsedKML is what the tests read back from an exported document.
type parsedKML struct {
	Document struct {
		Name   string `xml:"name"`
		Styles []struct {
			ID    string `xml:"id,attr"`
			Color string `xml:"IconStyle>color"`
		} `xml:"Style"`
		Folders []struct {
			Name       string        `xml:"name"`
			Placemarks []parsedPlace `xml:"Placemark"`
		} `xml:"Folder"`
		Tour struct {
			Name  string `xml:"name"`
			Steps []struct {
				XMLName  xml.Name
				Duration float64 `xml:"duration"`
				Mode     string  `xml:"flyToMode"`
				LookAt   struct {
					Longitude float64 `xml:"longitude"`
					Latitude  float64 `xml:"latitude"`
				} `xml:"LookAt"`
				Target struct {
					ID      string `xml:"targetId,attr"`
					Balloon string `xml:"balloonVisibility"`
				} `xml:"Update>Change>Placemark"`
			} `xml:",any"`
		} `xml:"Tour>Playlist"`
		TourName string `xml:"Tour>name"`
	} `xml:"Document"`
}

// parsedPlace is an exported placemark read back.
type parsedPlace struct {
	ID          string `xml:"id,attr"`
	Name        string `xml:"name"`
	Description string `xml:"description"`
	StyleURL    string `xml:"styleUrl"`
	Coordinates string `xml:"Point>coordinates"`
	Data        []struct {
		Name  string `xml:"name,attr"`
		Value string `xml:"value"`
	} `xml:"ExtendedData>Data"`
}

// exportKML exports ds and parses the result back.
func exportKML(t *testing.T, ds *data.Dataset, lang data.Lang) (parsedKML, string) {
	t.Helper()
	var buf bytes.Buffer
	if err := KML(&buf, ds, lang); err != nil {
		t.Fatal(err)
	}
	var doc parsedKML
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("the exported KML does not parse: %v", err)
	}
	return doc, buf.String()
}

func TestKMLPlacesAndTour(t *testing.T) {
	ds, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Sites) == 0 || ds.Overview == nil {
		t.Fatal("the embedded data has no places or no overview")
	}
	for _, lang := range []data.Lang{data.Zh, data.En} {
		t.Run(string(lang), func(t *testing.T) {
			doc, text := exportKML(t, ds, lang)
			if !strings.Contains(text, `xmlns:gx="http://www.google.com/kml/ext/2.2"`) {
				t.Error("no gx namespace on the root")
			}
			places := map[string]parsedPlace{}
			for _, f := range doc.Document.Folders {
				for _, p := range f.Placemarks {
					if _, dup := places[p.ID]; dup {
						t.Errorf("placemark %s twice", p.ID)
					}
					places[p.ID] = p
				}
			}
			all := append([]*data.Site{ds.Overview}, ds.Sites...)
			if len(places) != len(all) {
				t.Errorf("%d placemarks, want %d", len(places), len(all))
			}
			for _, s := range all {
				p, ok := places[placemarkID(s)]
				if !ok {
					t.Errorf("no placemark for %s", s.ID)
					continue
				}
				if p.Name != s.Name.In(lang) {
					t.Errorf("%s: name %q, want %q", s.ID, p.Name, s.Name.In(lang))
				}
				lon, lat := coordinates(t, p.Coordinates)
				if math.Abs(lon-s.Point[0]) > 1e-6 || math.Abs(lat-s.Point[1]) > 1e-6 {
					t.Errorf("%s: at %v,%v, want %v", s.ID, lon, lat, s.Point)
				}
				if p.StyleURL != "#theme-"+s.Theme {
					t.Errorf("%s: style %q", s.ID, p.StyleURL)
				}
				if story := html.EscapeString(s.Story.In(lang)); !strings.Contains(p.Description, story) {
					t.Errorf("%s: the balloon lacks the story", s.ID)
				}
				for _, ind := range s.Indicators {
					if f := ind.Format(lang); !strings.Contains(p.Description, html.EscapeString(f.Text)) {
						t.Errorf("%s: the balloon lacks figure %q", s.ID, f.Text)
					}
				}
			}
			checkTour(t, doc, all)

			l, err := importer.Decode("places.kml", strings.NewReader(text), importer.Options{})
			if err != nil {
				t.Fatalf("the importer cannot read the export: %v", err)
			}
			if len(l.Features) != len(all) || len(l.SubLayers) != len(doc.Document.Folders) {
				t.Errorf("the importer reads %d places in %d folders, want %d in %d",
					len(l.Features), len(l.SubLayers), len(all), len(doc.Document.Folders))
			}
		})
	}
}

// checkTour checks that the tour visits the sites in order: fly there,
// open the balloon, wait, close the balloon.
func checkTour(t *testing.T, doc parsedKML, sites []*data.Site) {
	t.Helper()
	steps := doc.Document.Tour.Steps
	if len(steps) != 4*len(sites) {
		t.Fatalf("%d tour steps, want %d", len(steps), 4*len(sites))
	}
	for i, s := range sites {
		fly, open, wait, shut := steps[4*i], steps[4*i+1], steps[4*i+2], steps[4*i+3]
		if fly.XMLName.Local != "FlyTo" || open.XMLName.Local != "AnimatedUpdate" ||
			wait.XMLName.Local != "Wait" || shut.XMLName.Local != "AnimatedUpdate" {
			t.Fatalf("step %d: %s %s %s %s, want FlyTo AnimatedUpdate Wait AnimatedUpdate", i+1,
				fly.XMLName.Local, open.XMLName.Local, wait.XMLName.Local, shut.XMLName.Local)
		}
		if math.Abs(fly.LookAt.Longitude-s.Point[0]) > 1e-6 || math.Abs(fly.LookAt.Latitude-s.Point[1]) > 1e-6 {
			t.Errorf("stop %d flies to %v,%v, want %s at %v", i+1, fly.LookAt.Longitude, fly.LookAt.Latitude, s.ID, s.Point)
		}
		if open.Target.ID != placemarkID(s) || open.Target.Balloon != "1" && open.Target.Balloon != "true" {
			t.Errorf("stop %d opens %q (%q), want %s", i+1, open.Target.ID, open.Target.Balloon, placemarkID(s))
		}
		if shut.Target.ID != placemarkID(s) || shut.Target.Balloon != "0" && shut.Target.Balloon != "false" {
			t.Errorf("stop %d closes %q (%q)", i+1, shut.Target.ID, shut.Target.Balloon)
		}
		if fly.Duration != DefaultTourTiming.Flight.Seconds() || wait.Duration != DefaultTourTiming.Dwell.Seconds() {
			t.Errorf("stop %d: flight %vs, wait %vs", i+1, fly.Duration, wait.Duration)
		}
	}
}

// coordinates reads "lon,lat[,alt]".
func coordinates(t *testing.T, s string) (lon, lat float64) {
	t.Helper()
	parts := strings.Split(strings.TrimSpace(s), ",")
	if len(parts) < 2 {
		t.Fatalf("coordinates %q", s)
	}
	lon, err1 := strconv.ParseFloat(parts[0], 64)
	lat, err2 := strconv.ParseFloat(parts[1], 64)
	if err1 != nil || err2 != nil {
		t.Fatalf("coordinates %q", s)
	}
	return lon, lat
}
