// generate.cjs writes amap-gcj02.csv and baidu-bd09.csv from
// places-wgs84.csv: what AMap (GCJ-02) and Baidu (BD-09) show for each
// WGS 84 position, as their exports write it (six decimals), computed by
// the npm package gcoord. generate.sh runs it.
'use strict';

const fs = require('fs');
const path = require('path');
const gcoord = require(process.argv[2]);
const here = __dirname;

const rows = fs.readFileSync(path.join(here, 'places-wgs84.csv'), 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split(','));
const conv = (lon, lat, to) => gcoord.transform([Number(lon), Number(lat)], gcoord.WGS84, to).map((v) => v.toFixed(6));

// AMap's web API and its exports give a place's position as one "lng,lat" field, "location".
let amap = 'name,address,location\n';
for (const [name, address, lon, lat] of rows) amap += `${name},${address},"${conv(lon, lat, gcoord.GCJ02).join(',')}"\n`;
fs.writeFileSync(path.join(here, 'amap-gcj02.csv'), amap);

// Baidu's exports, with Chinese headers and a column each.
let baidu = '名称,地址,经度,纬度\n';
for (const [name, address, lon, lat] of rows) baidu += `${name},${address},${conv(lon, lat, gcoord.BD09).join(',')}\n`;
fs.writeFileSync(path.join(here, 'baidu-bd09.csv'), baidu);
