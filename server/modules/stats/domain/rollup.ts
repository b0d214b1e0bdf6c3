import { type Basis, FIGURE_ONLY_PREFIX, MEASURES, MEASURE_KEYS, type Measure } from '../../../../common/stats';
import type { RegionTree } from './region-tree';

const M = MEASURE_KEYS.length;
const INDEX = new Map<Measure, number>(MEASURE_KEYS.map((k, i) => [k, i]));
const IS_STOCK = MEASURES.map((m) => m.kind === 'stock');
// Measures only figures give: records never cover them, so a region without the figure has no value, not zero.
const FIGURE_ONLY = MEASURE_KEYS.map((k) => k.startsWith(FIGURE_ONLY_PREFIX));
const HV = new Set(MEASURE_KEYS.flatMap((k, i) => (k.startsWith('hv_') ? [i] : [])));

/** Net yearly contributions of the records coded to one region (columns in MEASURE_KEYS order). */
export interface FactRow {
  regionCode: string;
  year: number;
  values: readonly number[];
}

/** A published total of one measure for one region and year. */
export interface FigureRow {
  regionCode: string;
  year: number;
  measure: Measure;
  value: number;
}

const RECORDS = 1;
const FIGURES = 2;

/** The rolled-up measures of every region with data: figures where published, otherwise records summed over the subtree. */
export interface Rollup {
  from: number;
  to: number;
  /** Regions with any data, children before parents. */
  codes: string[];
  get(code: string, year: number, measure: Measure): number | null;
  basis(code: string, year: number, measures: readonly Measure[]): Basis | null;
}

interface NodeData {
  values: Float64Array;
  /** Per year and measure: 1 records, 2 figures, 3 both; 0 no data. */
  source: Uint8Array;
}

/**
 * Rolls the facts and figures up the region tree. For each region, year and measure the value is
 * the published figure when there is one; otherwise the sum over its children plus the records
 * coded to the region itself. Stocks are running sums of the records' net entries.
 */
export function rollUp(tree: RegionTree, facts: readonly FactRow[], figures: readonly FigureRow[]): Rollup {
  let from = Infinity;
  let to = -Infinity;
  for (const f of facts) {
    from = Math.min(from, f.year);
    // Years holding only future high-value entries (maintenance passing ten years) are not data years.
    if (f.values.some((v, i) => v !== 0 && !HV.has(i))) to = Math.max(to, f.year);
  }
  for (const f of figures) {
    from = Math.min(from, f.year);
    to = Math.max(to, f.year);
  }
  if (!Number.isFinite(from) || !Number.isFinite(to)) return { from: 0, to: -1, codes: [], get: () => null, basis: () => null };
  const Y = to - from + 1;
  const at = (y: number, m: number) => (y - from) * M + m;

  const relevant = new Set<string>();
  const direct = new Map<string, { flows: Float64Array; first: number; rows: Uint8Array }>();
  for (const f of facts) {
    const code = tree.resolve(f.regionCode);
    for (const c of tree.chain(code)) relevant.add(c);
    let d = direct.get(code);
    if (!d) {
      // Net flows from before `from` cannot exist: `from` is the earliest fact year.
      d = { flows: new Float64Array((Y + 1) * M), first: Infinity, rows: new Uint8Array(Y) };
      direct.set(code, d);
    }
    const yi = Math.min(f.year, to + 1) - from;
    for (let m = 0; m < M; m++) d.flows[yi * M + m] += f.values[m] ?? 0;
    if (f.year <= to) {
      d.rows[f.year - from] = 1;
      d.first = Math.min(d.first, f.year);
    }
  }
  const published = new Map<string, Map<number, number>>();
  for (const f of figures) {
    const code = tree.resolve(f.regionCode);
    for (const c of tree.chain(code)) relevant.add(c);
    let byKey = published.get(code);
    if (!byKey) published.set(code, (byKey = new Map<number, number>()));
    byKey.set(at(f.year, INDEX.get(f.measure)!), f.value);
  }

  const depth = (code: string) => tree.chain(code).length;
  const codes = [...relevant].sort((a, b) => depth(b) - depth(a) || a.localeCompare(b));
  const data = new Map<string, NodeData>();
  for (const code of codes) {
    const values = new Float64Array(Y * M);
    const source = new Uint8Array(Y * M);
    for (const child of tree.children.get(code) ?? []) {
      const c = data.get(child);
      if (!c) continue;
      for (let i = 0; i < Y * M; i++) {
        if (c.source[i]) {
          values[i] += c.values[i];
          source[i] |= c.source[i];
        }
      }
    }
    const d = direct.get(code);
    if (d) {
      const running = new Float64Array(M);
      for (let y = 0; y < Y; y++) {
        for (let m = 0; m < M; m++) {
          const flow = d.flows[y * M + m];
          running[m] += flow;
          const covered = !FIGURE_ONLY[m] && (IS_STOCK[m] ? from + y >= d.first : d.rows[y] === 1);
          if (!covered) continue;
          values[y * M + m] += IS_STOCK[m] ? running[m] : flow;
          source[y * M + m] |= RECORDS;
        }
      }
    }
    const own = published.get(code);
    if (own) {
      for (const [i, v] of own) {
        values[i] = v;
        source[i] = FIGURES;
      }
    }
    data.set(code, { values, source });
  }

  return {
    from,
    to,
    codes,
    get(code, year, measure) {
      const d = data.get(code);
      if (!d || year < from || year > to) return null;
      const i = at(year, INDEX.get(measure)!);
      return d.source[i] ? d.values[i] : null;
    },
    basis(code, year, measures) {
      const d = data.get(code);
      if (!d || year < from || year > to) return null;
      let bits = 0;
      for (const m of measures) bits |= d.source[at(year, INDEX.get(m)!)];
      return bits === 0 ? null : bits === RECORDS ? 'records' : bits === FIGURES ? 'figures' : 'mixed';
    },
  };
}

