// generate.cjs writes gcoord.csv: positions and what the npm package gcoord
// makes of them, the expected values of the crs package's tests. See
// README.md for how to run it (generate.sh does).
'use strict';

const gcoord = require(process.argv[2]);

// mulberry32: a small seeded generator, so that a rerun writes the same file.
function mulberry32(seed) {
  return function () {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const points = []; // [kind, lon, lat]

// Places of the map and cities across China.
const named = [
  ['ningbo', 121.5497, 29.875], ['tengtou', 121.353, 29.68], ['gaoni', 121.8, 29.556],
  ['kuangyan', 121.323, 30.147], ['zhaobaoshan', 121.713, 29.953], ['yangming', 121.17, 30.055],
  ['beijing', 116.391275, 39.906217], ['shanghai', 121.4737, 31.2304], ['guangzhou', 113.2644, 23.1291],
  ['urumqi', 87.6168, 43.8256], ['harbin', 126.535, 45.8038], ['lhasa', 91.1322, 29.6604],
  ['haikou', 110.3312, 20.0311], ['kashgar', 75.9898, 39.4704], ['hong-kong', 114.1694, 22.3193],
  ['taipei', 121.5654, 25.033], ['sanya', 109.5119, 18.2528], ['mohe', 122.5386, 52.9722],
];
for (const [name, lon, lat] of named) points.push([name, lon, lat]);

// A grid over the algorithm's box around China.
for (let lon = 72.5; lon <= 137.5; lon += 2.5) {
  for (let lat = 1; lat <= 55.5; lat += 2.5) points.push(['grid', lon, lat]);
}

// Random positions in the box and around Ningbo.
const rand = mulberry32(20240701);
for (let i = 0; i < 600; i++) {
  points.push(['china', 72.004 + rand() * (137.8347 - 72.004), 0.8293 + rand() * (55.8271 - 0.8293)]);
}
for (let i = 0; i < 300; i++) {
  points.push(['ningbo-area', 120.8 + rand() * 1.6, 28.8 + rand() * 1.8]);
}

// Outside the box, and just inside and outside its edges.
for (const [name, lon, lat] of [
  ['tokyo', 139.6917, 35.6895], ['paris', 2.3522, 48.8566], ['new-york', -74.006, 40.7128],
  ['sydney', 151.2093, -33.8688], ['singapore', 103.8198, 1.3521], ['moscow', 37.6173, 55.7558],
  ['null-island', 0, 0], ['edge-west-in', 72.0041, 30], ['edge-west-out', 72.0039, 30],
  ['edge-east-in', 137.8346, 40], ['edge-east-out', 137.8348, 40],
  ['edge-south-in', 110, 0.8294], ['edge-south-out', 110, 0.8292],
  ['edge-north-in', 120, 55.827], ['edge-north-out', 120, 55.8272],
]) points.push([name, lon, lat]);

// gcoord's GCJ-02 inverse never ends for a position within the offset's
// reach inside the box's edge (its steps leave the box, where the forward
// conversion is the identity, and come back): those rows leave the
// inverse conversions to WGS 84 empty.
const nearEdge = (lon, lat) =>
  lon > 72.004 - 0.05 && lon < 72.004 + 0.05 || lon > 137.8347 - 0.05 && lon < 137.8347 + 0.05 ||
  lat > 0.8293 - 0.05 && lat < 0.8293 + 0.05 || lat > 55.8271 - 0.05 && lat < 55.8271 + 0.05;
const t = (p, from, to) =>
  to === gcoord.WGS84 && nearEdge(p[1], p[2]) ? ['', ''] : gcoord.transform([p[1], p[2]], from, to);
const W = gcoord.WGS84, G = gcoord.GCJ02, B = gcoord.BD09;
const lines = ['kind,lon,lat,wgs2gcj_lon,wgs2gcj_lat,gcj2wgs_lon,gcj2wgs_lat,' +
  'wgs2bd_lon,wgs2bd_lat,bd2wgs_lon,bd2wgs_lat,gcj2bd_lon,gcj2bd_lat,bd2gcj_lon,bd2gcj_lat'];
for (const p of points) {
  const cols = [p[0], p[1], p[2]];
  for (const [from, to] of [[W, G], [G, W], [W, B], [B, W], [G, B], [B, G]]) cols.push(...t(p, from, to));
  lines.push(cols.map(String).join(','));
}
process.stdout.write('# gcoord ' + require(process.argv[2] + '/package.json').version + ' (MIT, Copyright (c) 2018-present, Jiulong Hu); made by generate.sh\n');
process.stdout.write(lines.join('\n') + '\n');
