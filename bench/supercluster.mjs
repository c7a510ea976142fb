// Peer benchmark: Node's supercluster on the same seeded points as
// geo's BenchmarkClusterIndex1M and BenchmarkClustersView (see
// geo/seed_test.go and geo/cluster_bench_test.go). Prints one
// "name value unit" line per measure, for bench/run.sh to read.
//
// usage: node supercluster.mjs <dir with node_modules/supercluster> [points]
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
const n = Number(process.argv[3] || 1000000);
const modPath = path.join(dir, 'node_modules', 'supercluster', 'index.js');
const { default: Supercluster } = await import(pathToFileURL(modPath).href);

// Ningbo's box, as geo's tests have it.
const minLon = 120.88, minLat = 28.85, maxLon = 122.27, maxLat = 30.37;

function mulberry32(a) {
  return function () {
    a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seededPoints(count, seed) {
  const g = mulberry32(seed);
  const pts = new Array(count);
  for (let i = 0; i < count; i++) {
    const lon = minLon + g() * (maxLon - minLon);
    const lat = minLat + g() * (maxLat - minLat);
    pts[i] = { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [lon, lat] } };
  }
  return pts;
}

// viewBounds mirrors geo.Viewport.Bounds for a 1920×1080 view.
function viewBounds(lon, lat, zoom, w, h) {
  const ws = 256 * Math.pow(2, zoom);
  const cx = lon / 360 + 0.5;
  const s = Math.sin(lat * Math.PI / 180);
  const cy = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  const inv = (x, y) => [(x - 0.5) * 360, 90 - 360 * Math.atan(Math.exp((y - 0.5) * 2 * Math.PI)) / Math.PI];
  const nw = inv(cx - w / 2 / ws, cy - h / 2 / ws);
  const se = inv(cx + w / 2 / ws, cy + h / 2 / ws);
  return [nw[0], se[1], se[0], nw[1]];
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };

const points = seededPoints(n, 1);
const runs = Number(process.env.SC_RUNS || 3);
const times = [];
const cpuTimes = []; // processor time of the whole process (all threads), as geo's cpu-ns/op
let index;
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  index = new Supercluster({ minZoom: 0, maxZoom: 16, radius: 40, extent: 512, nodeSize: 64 }).load(points);
  const c = process.cpuUsage(c0);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  cpuTimes.push((c.user + c.system) / 1e3);
}
console.log(`index_1m ${median(times).toFixed(1)} ms`);
console.log(`index_1m_cpu ${median(cpuTimes).toFixed(1)} ms`);

const centre = [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
for (const z of [9, 13]) {
  const bbox = viewBounds(centre[0], centre[1], z, 1920, 1080);
  let count = 0;
  const iters = 2000;
  const samples = [];
  for (let k = 0; k < 5; k++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iters; i++) count = index.getClusters(bbox, z).length;
    samples.push(Number(process.hrtime.bigint() - t0) / iters / 1e3);
  }
  console.log(`clusters_z${z} ${median(samples).toFixed(2)} us`);
  console.log(`count_z${z} ${count} features`);
}
