package main

import (
	"fmt"
	"math"
	"strings"
)

// bar is one row of the table.
type bar struct {
	work        string
	bench       string  // Go benchmark name
	limitNs     float64 // our median must be at most this
	zeroAll     bool    // and allocate nothing
	peerGo      string  // peer Go benchmark, or
	peerJS      string  // peer node measure (in ms or us as its unit says)
	jsScale     float64 // node value × jsScale = ns
	ratio       float64 // ours/peer must be at most this; 0 = not a bar
	beside      string  // another Go benchmark of the same work, shown with its ratio but not judged
	besideLabel string
}

var bars = []bar{
	{work: "full frame 1920×1080: 10 districts filled+stroked, 15 markers", bench: "RenderFrame", limitNs: 4e6, zeroAll: true, peerGo: "PeerGGFrame", ratio: 0.5},
	{work: "pan frame from the cached frame", bench: "PanFrame", limitNs: 1e6},
	{work: "cluster index, 1,000,000 points, zooms 0–16, one core (-cpu 1; supercluster is single-threaded)", bench: "ClusterIndex1M@cpu1", limitNs: 2.5e9, peerJS: "index_1m", jsScale: 1e6, ratio: 0.5,
		beside: "ClusterIndex1M", besideLabel: "all cores"},
	{work: "clusters in a 1920×1080 view, zoom 9 (ours: structs into a reused slice; supercluster: new GeoJSON objects)", bench: "ClustersView9", limitNs: 1e5, peerJS: "clusters_z9", jsScale: 1e3},
	{work: "clusters in a 1920×1080 view, zoom 13 (ours: structs into a reused slice; supercluster: new GeoJSON objects)", bench: "ClustersView13", limitNs: 1e5, peerJS: "clusters_z13", jsScale: 1e3},
	{work: "tap hit test, 1920×1080 view of 100,000 clustered points at zoom 13 (about 600 bubbles and points)", bench: "HitTest100k", limitNs: 1e5},
	{work: "full frame, 100,000 points clustered, zoom 11", bench: "RenderClustered", limitNs: 8e6},
	{work: "fly-to: one frame's compute", bench: "FlightFrame", limitNs: 1e5},
	{work: "all labels placed, 1920×1080 city view: 15 places, 10 districts, 18 neighbours, 4 waters", bench: "PlaceLabels/overview", limitNs: 5e5, zeroAll: true},
	{work: "all labels placed, 1920×1080 around 滕头村 at zoom 14", bench: "PlaceLabels/z14", limitNs: 5e5, zeroAll: true},
}

func print(goRuns map[string][]sample, node map[string]float64, nodeNote string) bool {
	ok := true
	held, total := 0, 0
	defer func() { fmt.Printf("\n%d of %d bars hold\n", held, total) }()
	fmt.Println("| work | ours | bar | peer | ratio | pass/fail |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, b := range bars {
		ours, have := median(goRuns[b.bench], "ns/op")
		if !have {
			fmt.Printf("| %s | missing | %s | | | FAIL |\n", b.work, dur(b.limitNs))
			ok = false
			total++
			continue
		}
		allocs, _ := median(goRuns[b.bench], "allocs/op")
		pass := ours <= b.limitNs
		oursText := dur(ours)
		barText := "≤ " + dur(b.limitNs)
		if b.zeroAll {
			pass = pass && allocs == 0
			oursText += fmt.Sprintf(", %g allocs", allocs)
			barText += ", 0 allocs"
		}
		peerText, ratioText := "", ""
		peer, havePeer := 0.0, false
		// Ratios are of processor time when both sides report it (cpu-ns/op, node's
		// *_cpu): on a machine shared with other work it does not depend on the share
		// each side got at its moment, as wall time does.
		oursCPU, haveOursCPU := median(goRuns[b.bench], "cpu-ns/op")
		peerCPU, havePeerCPU := 0.0, false
		switch {
		case b.peerGo != "":
			peer, havePeer = median(goRuns[b.peerGo], "ns/op")
			peerCPU, havePeerCPU = median(goRuns[b.peerGo], "cpu-ns/op")
			peerText = "fogleman/gg, same paths, " + dur(peer)
		case b.peerJS != "":
			var v float64
			v, havePeer = node[b.peerJS]
			peer = v * b.jsScale
			if v, ok := node[b.peerJS+"_cpu"]; ok {
				peerCPU, havePeerCPU = v*b.jsScale, true
			}
			peerText = "supercluster " + dur(peer)
			if !havePeer {
				peerText = nodeNote
			}
		}
		cpuRatio := haveOursCPU && havePeerCPU && peerCPU > 0
		if cpuRatio {
			oursText += " (processor " + dur(oursCPU) + ")"
			peerText += " (processor " + dur(peerCPU) + ")"
		}
		if havePeer && peer > 0 {
			r := ours / peer
			ratioText = fmt.Sprintf("%.2f×", r)
			if cpuRatio {
				r = oursCPU / peerCPU
				ratioText = fmt.Sprintf("%.2f× processor time (%.2f× wall)", r, ours/peer)
			}
			if b.ratio > 0 {
				ratioText += fmt.Sprintf(" (bar ≤ %.1f×)", b.ratio)
				pass = pass && r <= b.ratio
			}
		} else if b.ratio > 0 {
			ratioText = "not measured"
		}
		if b.beside != "" {
			if v, ok := median(goRuns[b.beside], "ns/op"); ok {
				oursText += fmt.Sprintf(" (%s: %s", b.besideLabel, dur(v))
				if havePeer && peer > 0 {
					oursText += fmt.Sprintf(", %.2f×", v/peer)
				}
				oursText += ")"
			}
		}
		fmt.Printf("| %s | %s | %s | %s | %s | %s |\n", b.work, oursText, barText, peerText, ratioText, verdict(pass))
		ok = ok && pass
		total++
		if pass {
			held++
		}
	}
	h, t, cok := counts(goRuns, node, nodeNote)
	held, total = held+h, total+t
	return ok && cok
}

// counts compares the number of features in the zoom 9 and 13 views.
func counts(goRuns map[string][]sample, node map[string]float64, nodeNote string) (held, total int, ok bool) {
	ok = true
	for _, z := range []string{"9", "13"} {
		ours, have := median(goRuns["ClustersView"+z], "features")
		theirs, haveJS := node["count_z"+z]
		work := "features in the zoom " + z + " view vs supercluster"
		switch {
		case !have:
			fmt.Printf("| %s | missing | within 5%% | | | FAIL |\n", work)
			ok = false
			total++
		case !haveJS:
			fmt.Printf("| %s | %g | within 5%% | %s | | not compared |\n", work, ours, nodeNote)
		default:
			diff := math.Abs(ours-theirs) / math.Max(theirs, 1)
			pass := diff <= 0.05
			fmt.Printf("| %s | %g | within 5%% | %g | %+.1f%% | %s |\n", work, ours, theirs, 100*(ours-theirs)/math.Max(theirs, 1), verdict(pass))
			ok = ok && pass
			total++
			if pass {
				held++
			}
		}
	}
	return held, total, ok
}

func verdict(pass bool) string {
	if pass {
		return "pass"
	}
	return "FAIL"
}

// dur formats nanoseconds with a fitting unit.
func dur(ns float64) string {
	switch {
	case ns >= 1e9:
		return trim(fmt.Sprintf("%.2f", ns/1e9)) + " s"
	case ns >= 1e6:
		return trim(fmt.Sprintf("%.2f", ns/1e6)) + " ms"
	case ns >= 1e3:
		return trim(fmt.Sprintf("%.2f", ns/1e3)) + " µs"
	}
	return trim(fmt.Sprintf("%.0f", ns)) + " ns"
}

func trim(s string) string {
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
