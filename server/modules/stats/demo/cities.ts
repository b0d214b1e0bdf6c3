import type { RegionTree } from '../domain/region-tree';
import { hash, Rng } from './rng';

/** The size of a city in 2023: baselines and the counts its published figures are built from. */
export interface CityProfile {
  code: string;
  name: string;
  population: number;
  gdp: number;
  area: number;
  grants: number;
  invStock: number;
  hv: number;
  tmRegs: number;
  tmStock: number;
  pct: number;
  gi: number;
  /** True for the approximate real figures below, false for the made-up rest. */
  known: boolean;
}

/**
 * Approximate 2023 values of large cities (population 万人, GDP 亿元, area km², domestic patent
 * grants, domestic invention patents in force, high-value per 10k, trademark registrations, PCT).
 * They are close to public figures but serve the demo only; every figure they produce is labelled
 * as demo data.
 */
const MAJOR: [string, number, number, number, number, number, number, number, number][] = [
  ['110000', 2185.8, 43760.7, 16410, 208000, 573000, 132.0, 215000, 11500],
  ['310000', 2487.45, 47218.66, 6340.5, 150000, 220000, 50.6, 205000, 6200],
  ['120000', 1364, 16737.3, 11966, 58000, 48000, 15.0, 48000, 520],
  ['500000', 3191.43, 30145.79, 82402, 55000, 52000, 7.5, 70000, 480],
  ['440100', 1882.7, 30355.73, 7434, 115000, 120000, 35.0, 228000, 2100],
  ['330100', 1252.2, 20059, 16850, 122000, 130000, 60.0, 175000, 2500],
  ['510100', 2140.3, 22074.7, 14335, 75000, 90000, 22.0, 120000, 1100],
  ['420100', 1377.4, 20011.65, 8569, 70000, 85000, 30.0, 85000, 1700],
  ['320500', 1295.8, 24653.4, 8657, 150000, 95000, 40.0, 110000, 2800],
  ['320100', 954.7, 17421.4, 6587, 75000, 110000, 68.0, 70000, 1600],
  ['610100', 1307.82, 12010.76, 10752, 58000, 70000, 30.0, 60000, 700],
  ['441900', 1048.54, 11438.13, 2460, 68000, 55000, 30.0, 105000, 3000],
  ['440600', 961.26, 13276.14, 3798, 70000, 40000, 22.0, 100000, 1300],
  ['330200', 969.7, 16452.8, 9816, 65000, 45000, 25.0, 70000, 900],
  ['370200', 1037.15, 15760.34, 11293, 52000, 48000, 25.0, 65000, 1100],
  ['430100', 1051.31, 14331.98, 11819, 48000, 50000, 26.0, 70000, 800],
  ['410100', 1300.8, 13617.8, 7567, 45000, 30000, 12.0, 75000, 300],
  ['340100', 985.3, 12673.8, 11445, 50000, 60000, 35.0, 50000, 900],
  ['320200', 749.5, 15456.2, 4627, 55000, 40000, 30.0, 40000, 1200],
  ['370100', 943.7, 12757.4, 10244, 42000, 45000, 28.0, 50000, 500],
  ['350200', 532.7, 8066.49, 1700, 28000, 18000, 20.0, 60000, 600],
  ['350100', 844.8, 12928.47, 11968, 30000, 22000, 12.0, 50000, 200],
  ['440400', 249.41, 4233.22, 1736, 24000, 25000, 60.0, 30000, 900],
  ['320400', 537.9, 10116.4, 4372, 40000, 25000, 22.0, 30000, 400],
  ['210200', 753.9, 8752.9, 12574, 20000, 22000, 15.0, 25000, 200],
  ['210100', 920.4, 8122.1, 12860, 24000, 30000, 17.0, 30000, 150],
  ['230100', 939.5, 5576.3, 53076, 15000, 25000, 14.0, 20000, 80],
  ['530100', 868, 7864.76, 21013, 14000, 12000, 7.0, 35000, 60],
  ['360100', 656.82, 7203.5, 7195, 20000, 12000, 9.0, 30000, 60],
  ['130100', 1123.36, 7534.2, 14530, 22000, 12000, 5.5, 35000, 80],
  ['330300', 976.4, 8730.6, 12110, 45000, 15000, 6.0, 90000, 150],
  ['350500', 887, 12172.33, 11015, 40000, 10000, 4.5, 80000, 120],
  ['330600', 537.9, 7791.0, 8274, 30000, 14000, 12.0, 40000, 100],
  ['330400', 558.4, 7062.45, 4237, 30000, 15000, 13.0, 30000, 150],
  ['442000', 445.13, 3850.65, 1784, 20000, 9000, 10.0, 45000, 200],
  ['441300', 606.6, 5639.68, 11347, 22000, 14000, 12.0, 25000, 600],
  ['320600', 773.1, 11813.3, 8001, 30000, 18000, 11.0, 30000, 200],
  ['220100', 910.19, 7002.1, 24744, 13000, 16000, 10.0, 20000, 80],
  ['140100', 545.39, 5573.74, 6988, 10000, 10000, 10.0, 15000, 40],
  ['520100', 640.29, 5154.75, 8034, 10000, 9000, 8.0, 20000, 40],
  ['450100', 894.08, 5469.06, 22112, 9000, 8000, 5.0, 25000, 30],
  ['620100', 442.51, 3487.3, 13192, 6000, 6000, 7.0, 8000, 20],
  ['650100', 408.48, 4168.46, 13788, 5000, 4000, 5.0, 8000, 15],
  ['460100', 299.9, 2358.4, 3127, 4000, 2500, 4.0, 15000, 20],
  ['540100', 86.79, 958.14, 29518, 500, 300, 1.5, 1500, 2],
];

/** Every city of China (prefecture-level and the municipalities) with a 2023 profile; `except` is left out. */
export function cityProfiles(tree: RegionTree, except: readonly string[] = []): CityProfile[] {
  const major = new Map(MAJOR.map((m) => [m[0], m]));
  const out: CityProfile[] = [];
  for (const node of tree.nodes.values()) {
    if (!tree.isCity(node.code) || except.includes(node.code)) continue;
    const m = major.get(node.code);
    const rng = new Rng(hash(node.code));
    if (m) {
      const [, population, gdp, area, grants, invStock, hvPer10k, tmRegs, pct] = m;
      out.push({ code: node.code, name: node.name, population, gdp, area, grants, invStock, hv: Math.round(hvPer10k * population), tmRegs, tmStock: Math.round(tmRegs * (9 + rng.next() * 3)), pct, gi: rng.int(3, 40), known: true });
      continue;
    }
    const population = Math.round((60 + rng.next() ** 2 * 700) * 100) / 100;
    const gdp = Math.round(population * (3 + rng.next() * 6) * 100) / 100;
    const grants = Math.round(gdp * (0.6 + rng.next() * 2.8));
    const invStock = Math.round(grants * (0.25 + rng.next() * 0.6));
    out.push({
      code: node.code,
      name: node.name,
      population,
      gdp,
      area: Math.round(1500 + rng.next() * 22000),
      grants,
      invStock,
      hv: Math.round(invStock * (0.15 + rng.next() * 0.2)),
      tmRegs: Math.round(population * (8 + rng.next() * 40)),
      tmStock: 0,
      pct: Math.round(grants * (0.001 + rng.next() * 0.006)),
      gi: rng.int(1, 30),
      known: false,
    });
    out[out.length - 1].tmStock = Math.round(out[out.length - 1].tmRegs * (8 + rng.next() * 3));
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

export const FIRST_YEAR = 2003;
export const LAST_YEAR = 2023;

/** Growth of yearly counts relative to 2023 (grants peaked in 2021 nationally, then fell). */
export const FLOW_CURVE: Record<number, number> = {
  2003: 0.04, 2004: 0.05, 2005: 0.06, 2006: 0.075, 2007: 0.095, 2008: 0.12, 2009: 0.15, 2010: 0.2, 2011: 0.25, 2012: 0.3, 2013: 0.33,
  2014: 0.36, 2015: 0.45, 2016: 0.5, 2017: 0.55, 2018: 0.68, 2019: 0.72, 2020: 1.0, 2021: 1.25, 2022: 1.17, 2023: 1,
};
/** Growth of stocks (in force at year end) relative to 2023. */
export const STOCK_CURVE: Record<number, number> = {
  2003: 0.02, 2004: 0.025, 2005: 0.03, 2006: 0.04, 2007: 0.05, 2008: 0.065, 2009: 0.08, 2010: 0.11, 2011: 0.14, 2012: 0.18, 2013: 0.22,
  2014: 0.26, 2015: 0.31, 2016: 0.37, 2017: 0.43, 2018: 0.49, 2019: 0.56, 2020: 0.65, 2021: 0.76, 2022: 0.87, 2023: 1,
};

/** A city's baselines in a year, derived back from 2023 (population −0.8 %, GDP −7 % a year). */
export function cityBaseline(p: CityProfile, year: number): { population: number; gdp: number; area: number } {
  const back = 2023 - year;
  return { population: Math.round(p.population * (1 - 0.008 * back) * 100) / 100, gdp: Math.round((p.gdp / 1.07 ** back) * 100) / 100, area: p.area };
}

/** The whole country's year-end population (万人), GDP (亿元) and land area (km²), approximately as published. */
export const NATION_BASELINES: Record<number, [number, number]> = {
  2003: [129227, 137422], 2004: [129988, 161840], 2005: [130756, 187319], 2006: [131448, 219439], 2007: [132129, 270232], 2008: [132802, 319516],
  2009: [133450, 349081], 2010: [134091, 413030], 2011: [134916, 489301], 2012: [135922, 540367], 2013: [136726, 595244], 2014: [137646, 643974],
  2015: [138326, 689052], 2016: [139232, 744127], 2017: [140011, 827122], 2018: [140541, 900309], 2019: [141008, 990865], 2020: [141212, 1015986],
  2021: [141260, 1143670], 2022: [141175, 1210207], 2023: [140967, 1260582],
};
