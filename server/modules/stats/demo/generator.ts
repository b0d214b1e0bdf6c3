import fs from 'node:fs';
import path from 'node:path';
import type { RegionTree } from '../domain/region-tree';
import { type CityProfile, cityBaseline, cityProfiles, FIRST_YEAR, FLOW_CURVE, LAST_YEAR, NATION_BASELINES } from './cities';
import { holderName, PATENT_FILE_HEADER, type PatentRecord, patentFileLine, patentTitle, randomIpc, randomSei } from './record-gen';
import { addDays, dateIn, hash, Rng } from './rng';
import { applicationNoCheck } from '../import/domain/parse';

/** Where the generator puts each patent: cities weighted by size, districts within them. */
export interface Geography {
  cities: CityProfile[];
  cumulative: number[];
  districts: Map<string, string[]>;
}

/** The cities of China with their districts, for the generator. */
export function geography(tree: RegionTree): Geography {
  const cities = cityProfiles(tree);
  const cumulative: number[] = [];
  let sum = 0;
  for (const c of cities) cumulative.push((sum += c.grants));
  const districts = new Map(cities.map((c) => [c.code, (tree.children.get(c.code) ?? []).filter((d) => tree.get(d)?.level === 'county')]));
  return { cities, cumulative, districts };
}

const YEARS = Array.from({ length: LAST_YEAR - 2004 + 1 }, (_, i) => 2004 + i);
const YEAR_WEIGHTS = YEARS.map((y) => FLOW_CURVE[y]);
const TYPES = ['invention', 'utilityModel', 'design'] as const;
const TYPE_DIGIT = { invention: 1, utilityModel: 2, design: 3 } as const;
const KINDS = ['enterprise', 'university', 'institute', 'individual', 'foreign'] as const;
const END = `${LAST_YEAR}-12-31`;

function number(year: number, type: PatentRecord['patent_type'], serial: number): string {
  const digits = `${year}${TYPE_DIGIT[type]}${String(serial % 10_000_000).padStart(7, '0')}`;
  return `${digits}.${applicationNoCheck(digits)}`;
}

/**
 * Patent number `i` of the data set made with `seed`: each record comes from its own random
 * stream, so any record can be made again on its own (a day's status changes rewrite old ones).
 */
export function patentAt(geo: Geography, seed: number, i: number): PatentRecord {
  const rng = new Rng(hash(`${seed}:${i}`));
  let lo = 0;
  const x = rng.next() * geo.cumulative[geo.cumulative.length - 1];
  for (let hi = geo.cumulative.length - 1; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (geo.cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  const city = geo.cities[lo];
  const districts = geo.districts.get(city.code) ?? [];
  const region = districts.length ? districts[rng.int(0, districts.length - 1)] : city.code;
  const year = YEARS[rng.weighted(YEAR_WEIGHTS)];
  const type = TYPES[rng.weighted([0.24, 0.58, 0.18])];
  const grant = dateIn(rng, `${year}-01-01`, `${year}-12-31`);
  const filed = addDays(grant, -(type === 'invention' ? rng.int(500, 1500) : rng.int(90, 420)));
  const kind = KINDS[rng.weighted([0.78, 0.07, 0.03, 0.09, 0.03])];
  const age = LAST_YEAR - year;
  const term = type === 'invention' ? 20 : type === 'utilityModel' ? 10 : 15;
  const expiryYear = Number(filed.slice(0, 4)) + term;
  // A right filed on 29 February ends on 28 February of a common year.
  const expiry = filed.endsWith('-02-29') && !(expiryYear % 4 === 0 && (expiryYear % 100 !== 0 || expiryYear % 400 === 0)) ? `${expiryYear}-02-28` : `${expiryYear}${filed.slice(4)}`;
  let status = 'valid';
  let statusDate: string | null = null;
  if (expiry <= END) {
    status = 'expired';
    statusDate = expiry;
  } else if (addDays(grant, 200) <= END && rng.chance(type === 'invention' ? Math.min(0.5, 0.035 * age) : Math.min(0.85, 0.12 * age))) {
    status = rng.chance(0.97) ? 'lapsed' : 'invalidated';
    statusDate = dateIn(rng, addDays(grant, 200), END);
  }
  const inv = type === 'invention';
  return {
    application_no: number(Number(filed.slice(0, 4)), type, i),
    patent_type: type,
    title: patentTitle(rng, type),
    application_date: filed,
    grant_date: grant,
    legal_status: status,
    status_date: statusDate,
    holder_name: kind === 'foreign' ? 'Global Tech Ltd.' : holderName(rng, city.name),
    holder_kind: kind,
    region_code: region,
    main_ipc: type === 'design' ? null : randomIpc(rng),
    sei_code: rng.chance(inv ? 0.35 : 0.1) ? randomSei(rng) : null,
    overseas_family: inv && rng.chance(0.06),
    pledge_amount: rng.chance(0.015) ? rng.int(50, 3000) * 1_000_000 : null,
    award: inv && rng.chance(0.0003) ? 'chinaPatentAward' : null,
  };
}

/** A day's changes after the data set: new grants on `day`, and patents that lapsed that day. */
export function dayOfChanges(geo: Geography, seed: number, base: number, count: number, day: string): PatentRecord[] {
  const out: PatentRecord[] = [];
  const fresh = Math.ceil(count * 0.9);
  for (let k = 0; k < fresh; k++) {
    const p = patentAt(geo, seed, base + k);
    const filed = addDays(day, -(p.patent_type === 'invention' ? 900 : 200));
    out.push({ ...p, application_no: number(Number(day.slice(0, 4)), p.patent_type, base + k), application_date: filed, grant_date: day, legal_status: 'valid', status_date: null });
  }
  const rng = new Rng(hash(`${seed}:day:${day}`));
  for (let k = 0; out.length < count && k < count * 50; k++) {
    const p = patentAt(geo, seed, rng.int(0, base - 1));
    if (p.legal_status === 'valid') out.push({ ...p, legal_status: 'lapsed', status_date: day });
  }
  return out;
}

/** Baseline rows (import-file format) of every city, province and the nation for every year. */
export function baselineLines(tree: RegionTree, geo: Geography): string[] {
  const header = '行政区划,年份,年末常住人口（万人）,人口来源,地区生产总值（亿元）,GDP来源,土地面积（平方公里）,面积来源\n';
  const lines = [header];
  const src = '演示数据（模拟）';
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const sums = new Map<string, { population: number; gdp: number; area: number }>();
    for (const c of geo.cities) {
      const b = cityBaseline(c, y);
      lines.push(`${c.code},${y},${b.population},${src},${b.gdp},${src},${b.area},${src}\n`);
      const prov = tree.chain(c.code).find((code) => tree.get(code)?.level === 'province');
      if (prov && prov !== c.code) {
        const s = sums.get(prov) ?? { population: 0, gdp: 0, area: 0 };
        sums.set(prov, { population: s.population + b.population, gdp: s.gdp + b.gdp, area: s.area + b.area });
      }
    }
    for (const [prov, s] of sums) {
      lines.push(`${prov},${y},${s.population.toFixed(2)},演示数据（各市合计）,${s.gdp.toFixed(2)},演示数据（各市合计）,${s.area},演示数据（各市合计）\n`);
    }
    const [population, gdp] = NATION_BASELINES[y];
    lines.push(`000000,${y},${population},国家统计局（近似值）,${gdp},国家统计局（近似值）,9600000,国家统计局\n`);
  }
  return lines;
}

/** Writes patents.csv (N patents) and baselines.csv into `dir`; answers the file paths. */
export async function writeDataset(tree: RegionTree, opts: { patents: number; seed: number; dir: string; onProgress?: (done: number) => void }): Promise<{ patents: string; baselines: string }> {
  fs.mkdirSync(opts.dir, { recursive: true });
  const geo = geography(tree);
  const patents = path.join(opts.dir, 'patents.csv');
  const baselines = path.join(opts.dir, 'baselines.csv');
  fs.writeFileSync(baselines, baselineLines(tree, geo).join(''));
  const out = fs.createWriteStream(patents);
  const write = (text: string) => new Promise<void>((resolve, reject) => (out.write(text, (err) => (err ? reject(err) : resolve()))));
  await write(PATENT_FILE_HEADER);
  for (let i = 0; i < opts.patents; i += 20_000) {
    const lines: string[] = [];
    for (let k = i; k < Math.min(opts.patents, i + 20_000); k++) lines.push(patentFileLine(patentAt(geo, opts.seed, k)));
    await write(lines.join(''));
    opts.onProgress?.(Math.min(opts.patents, i + 20_000));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { patents, baselines };
}
