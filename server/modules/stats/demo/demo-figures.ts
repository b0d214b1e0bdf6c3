import type { Measure } from '../../../../common/stats';
import type { RegionTree } from '../domain/region-tree';
import { type CityProfile, cityBaseline, cityProfiles, FIRST_YEAR, FLOW_CURVE, LAST_YEAR, NATION_BASELINES, STOCK_CURVE } from './cities';
import { apportion, hash, Rng } from './rng';
import { DISTRICT_BASELINES, DISTRICT_WEIGHTS, SZ, SZ_2023, SZ_BASELINES, SZ_DISTRICTS, SZ_HISTORY, typeShares } from './shenzhen';

export interface DemoFigure {
  regionCode: string;
  year: number;
  measure: Measure;
  value: number;
  source: string;
}
export interface DemoBaseline {
  regionCode: string;
  year: number;
  population: number;
  gdp: number;
  area: number;
  source: string;
}

const SOURCE_CITY = '演示数据：按城市规模模拟的公开统计数';
const SOURCE_SZ = '演示数据：深圳市知识产权统计（近似值）';
type Series = Partial<Record<Measure, number>>;

function citySeries(p: CityProfile, year: number, rng: Rng): Series {
  const jitter = () => 0.9 + rng.next() * 0.2;
  const grants = p.grants * FLOW_CURVE[year] * jitter();
  const [inv, um, des] = typeShares(year);
  const invStock = Math.round(p.invStock * STOCK_CURVE[year] * jitter());
  const hvShare = 0.6 + 0.4 * ((year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR));
  return {
    grants_inv_dom: Math.round(grants * inv),
    grants_um_dom: Math.round(grants * um),
    grants_des_dom: Math.round(grants * des),
    inv_stock_dom: invStock,
    hv_stock_dom: year === LAST_YEAR ? p.hv : Math.min(invStock, Math.round(p.hv * STOCK_CURVE[year] * hvShare)),
    tm_regs_dom: Math.round(p.tmRegs * FLOW_CURVE[year] * jitter()),
    tm_stock_dom: Math.round(p.tmStock * STOCK_CURVE[year]),
    pct_dom: Math.round(p.pct * Math.min(1, 0.04 + (year - FIRST_YEAR) * 0.05) * jitter()),
    gi_stock: Math.round(p.gi * Math.min(1, (year - FIRST_YEAR + 1) / 21)),
  };
}

const grantsOf = (s: Series) => (s.grants_inv_dom ?? 0) + (s.grants_um_dom ?? 0) + (s.grants_des_dom ?? 0);
function scaleGrants(s: Series, total: number): void {
  const [a, b, c] = apportion(Math.round(total), [s.grants_inv_dom ?? 0, s.grants_um_dom ?? 0, s.grants_des_dom ?? 0]);
  s.grants_inv_dom = a;
  s.grants_um_dom = b;
  s.grants_des_dom = c;
}

/** Shenzhen's published history (2003–2022) as measures. */
function shenzhenSeries(year: number): Series {
  const [grants, invStock, pct, tmRegs, tmStock, hv] = SZ_HISTORY[year];
  const s: Series = { inv_stock_dom: invStock, hv_stock_dom: hv, pct_dom: pct, tm_regs_dom: tmRegs, tm_stock_dom: tmStock };
  const [inv, um, des] = typeShares(year);
  s.grants_inv_dom = inv;
  s.grants_um_dom = um;
  s.grants_des_dom = des;
  scaleGrants(s, grants);
  return s;
}

/**
 * Published figures of the demo: every other city 2003–2023, and Shenzhen and its districts for
 * the years before its records (2003–2022; trademarks in force for 2023 too). Other cities are
 * kept below Shenzhen where seed 002 states a first place, and the stated streaks are made to
 * start where the seed says (18 years of invention density, 20 of PCT filings).
 */
export function demoFigures(tree: RegionTree): DemoFigure[] {
  const out: DemoFigure[] = [];
  const cities = cityProfiles(tree, [SZ]);
  // The country's high-value stock of 2023 is fixed by the seed; unknown cities share what the known ones leave.
  const known = cities.filter((c) => c.known);
  const rest = cities.filter((c) => !c.known);
  const left = SZ_2023.nationalHighValue - SZ_2023.highValue - known.reduce((a, c) => a + c.hv, 0);
  apportion(left, rest.map((c) => c.hv)).forEach((hv, i) => {
    rest[i].hv = hv;
    rest[i].invStock = Math.max(rest[i].invStock, Math.ceil(hv / 0.45));
  });
  const szDensity = (y: number) => (y >= 2023 ? SZ_2023.inventionsInForce : SZ_HISTORY[y][1]) / SZ_BASELINES[y][2];
  const szGrants = (y: number) => (y >= 2023 ? 235_100 : SZ_HISTORY[y][0]);
  const szTm = (y: number) => (y >= 2023 ? 249_700 : SZ_HISTORY[y][3]);
  const szPct = (y: number) => (y >= 2023 ? 15_900 : SZ_HISTORY[y][2]);
  for (const c of cities) {
    const rng = new Rng(hash(`figures:${c.code}`));
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      const s = citySeries(c, y, rng);
      const gdp = cityBaseline(c, y).gdp;
      if (y >= 2006) s.inv_stock_dom = Math.min(s.inv_stock_dom!, Math.floor(0.9 * szDensity(y) * c.area));
      s.hv_stock_dom = Math.min(s.hv_stock_dom!, s.inv_stock_dom!);
      if (y >= 2004) s.pct_dom = Math.min(s.pct_dom!, Math.floor(0.9 * szPct(y)));
      if (y >= 2022) {
        scaleGrants(s, Math.min(grantsOf(s), 0.95 * szGrants(y), 0.95 * (szGrants(y) / SZ_BASELINES[y][1]) * gdp));
        s.tm_regs_dom = Math.min(s.tm_regs_dom!, Math.floor(0.95 * szTm(y)));
      }
      // Where the seed's streaks begin: someone else led the year before.
      if (c.code === '310000' && y === 2005) s.inv_stock_dom = 12_000;
      if (c.code === '110000' && y === 2003) s.pct_dom = 700;
      if (c.code === '110000' && y === 2021) scaleGrants(s, 285_000);
      if (c.code === '440100' && y === 2021) s.tm_regs_dom = 380_000;
      if (c.code === '441900' && y === 2021) scaleGrants(s, 100_000);
      for (const [measure, value] of Object.entries(s)) out.push({ regionCode: c.code, year: y, measure: measure as Measure, value, source: SOURCE_CITY });
    }
  }
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const s: Series = y < LAST_YEAR ? shenzhenSeries(y) : { tm_stock_dom: SZ_2023.trademarksInForce };
    for (const [measure, value] of Object.entries(s) as [Measure, number][]) {
      out.push({ regionCode: SZ, year: y, measure, value, source: SOURCE_SZ });
      const weights = measure.startsWith('tm_') ? DISTRICT_WEIGHTS.trademark : measure.startsWith('pct') ? DISTRICT_WEIGHTS.pct : measure.startsWith('grants_inv') || measure.startsWith('inv_') || measure.startsWith('hv_') ? DISTRICT_WEIGHTS.invention : DISTRICT_WEIGHTS.other;
      apportion(value, weights).forEach((v, i) => out.push({ regionCode: SZ_DISTRICTS[i], year: y, measure, value: v, source: SOURCE_SZ }));
    }
  }
  return out;
}

/** Baselines of the demo: Shenzhen (published), its districts, every other city, the provinces (sums) and the nation. */
export function demoBaselines(tree: RegionTree): DemoBaseline[] {
  const out: DemoBaseline[] = [];
  const cities = cityProfiles(tree, [SZ]);
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const [population, gdp, area] = SZ_BASELINES[y];
    out.push({ regionCode: SZ, year: y, population, gdp, area, source: y === 2023 ? '深圳市2023年国民经济和社会发展统计公报；深圳统计年鉴' : '深圳统计年鉴（近似值）' });
    if (y >= 2019) {
      for (const [code, [p, g, a]] of Object.entries(DISTRICT_BASELINES)) {
        const k = population / SZ_BASELINES[2023][0];
        out.push({ regionCode: code, year: y, population: Math.round(p * k * 100) / 100, gdp: Math.round(g * (gdp / SZ_BASELINES[2023][1]) * 100) / 100, area: a, source: '演示数据（各区统计公报近似值）' });
      }
    }
    const sums = new Map<string, { population: number; gdp: number; area: number }>([['440000', { population, gdp, area }]]);
    for (const c of cities) {
      const b = cityBaseline(c, y);
      out.push({ regionCode: c.code, year: y, ...b, source: c.known ? '演示数据（近似公开数）' : '演示数据（模拟）' });
      const prov = c.code.slice(0, 2) + '0000';
      if (prov !== c.code && tree.get(prov)) {
        const s = sums.get(prov) ?? { population: 0, gdp: 0, area: 0 };
        sums.set(prov, { population: s.population + b.population, gdp: s.gdp + b.gdp, area: s.area + b.area });
      }
    }
    for (const [prov, s] of sums) out.push({ regionCode: prov, year: y, population: Math.round(s.population * 100) / 100, gdp: Math.round(s.gdp * 100) / 100, area: s.area, source: '演示数据（各市合计）' });
    const [np, ng] = NATION_BASELINES[y];
    out.push({ regionCode: '000000', year: y, population: np, gdp: ng, area: 9_600_000, source: '国家统计局年度数据（近似值）' });
  }
  return out;
}
