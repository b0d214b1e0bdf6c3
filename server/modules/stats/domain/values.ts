import { INDICATOR_IDS, type IndicatorId } from '../../../../common/indicators';
import type { Basis } from '../../../../common/stats';
import { type BaselineValues, computeIndicator, type ComputedValue, FORMULAS } from './indicator-definitions';
import type { RegionTree } from './region-tree';
import { NO_PROVIDED, type ProvidedIndex } from './provided';
import type { Rollup } from './rollup';

/** A provided indicator's value: the sum, or the average of the numerator over the denominator. */
function providedValue(provided: ProvidedIndex, kind: 'sum' | 'average', code: string, year: number, id: IndicatorId): ComputedValue {
  const p = provided.get(code, year, id);
  if (!p) return { value: null, numerator: null, denominator: null };
  if (kind === 'sum') return { value: p.numerator, numerator: p.numerator, denominator: null };
  return { value: p.denominator ? p.numerator / p.denominator : null, numerator: p.numerator, denominator: p.denominator };
}

/** One indicator of one region and year as stored in stats_value. */
export interface ValueRow {
  regionCode: string;
  year: number;
  indicatorId: IndicatorId;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  basis: Basis | null;
  peer: string | null;
  rank: number | null;
  rankOf: number | null;
  peer2: string | null;
  rank2: number | null;
  rank2Of: number | null;
}

/** Baselines by region code, then year. */
export type BaselineIndex = Map<string, Map<number, BaselineValues>>;

/**
 * Every indicator of every region with data, for the years in `years` (all years of the roll-up
 * when left out), ranked within each peer group (competition ranking: 1, 2, 2, 4).
 */
export function computeValues(tree: RegionTree, rollup: Rollup, baselines: BaselineIndex, years?: { from: number; to: number }, provided: ProvidedIndex = NO_PROVIDED): ValueRow[] {
  return [...valuesByYear(tree, rollup, baselines, years, provided)].flat();
}

/**
 * The values of computeValues one year at a time, each year's rows grouped by region: a caller
 * may store one year while the next is computed (ranks never cross years).
 */
export function* valuesByYear(tree: RegionTree, rollup: Rollup, baselines: BaselineIndex, years?: { from: number; to: number }, provided: ProvidedIndex = NO_PROVIDED): Generator<ValueRow[]> {
  // Provided values may reach years and regions the records do not.
  const first = rollup.to < rollup.from ? provided.from : Math.min(rollup.from, provided.from);
  const last = Math.max(rollup.to, provided.to);
  const from = Math.max(first, years?.from ?? first);
  const to = Math.min(last, years?.to ?? last);
  const codes = [...new Set([...rollup.codes, ...provided.codes])];
  const regions = codes.map((code) => ({ code, peers: tree.peersOf(code), baselines: baselines.get(code) }));
  for (let year = from; year <= to; year++) {
    const rows: ValueRow[] = [];
    for (const { code, peers, baselines: byYear } of regions) {
      const baseline = byYear?.get(year);
      for (const id of INDICATOR_IDS) {
        const formula = FORMULAS[id];
        const v = formula.provided ? providedValue(provided, formula.provided, code, year, id) : computeIndicator(formula, (m) => rollup.get(code, year, m), baseline);
        if (v.numerator === null) continue;
        rows.push({
          regionCode: code,
          year,
          indicatorId: id,
          value: v.value,
          numerator: v.numerator,
          denominator: v.denominator,
          basis: formula.provided ? 'records' : rollup.basis(code, year, formula.numerator),
          peer: peers.main,
          rank: null,
          rankOf: null,
          peer2: peers.second,
          rank2: null,
          rank2Of: null,
        });
      }
    }
    rank(rows);
    yield rows;
  }
}

/** Ranks every peer group; a region may be a member through its main or its second group (Beijing: cities and provinces). */
function rank(rows: ValueRow[]): void {
  type Member = { row: ValueRow; second: boolean; value: number | null };
  const groups = new Map<string, Member[]>();
  const join = (row: ValueRow, peer: string | null, second: boolean) => {
    if (peer === null || row.value === null) return;
    const key = `${row.year}|${row.indicatorId}|${peer}`;
    const member = { row, second, value: row.value };
    const g = groups.get(key);
    if (g) g.push(member);
    else groups.set(key, [member]);
  };
  for (const r of rows) {
    join(r, r.peer, false);
    join(r, r.peer2, true);
  }
  for (const g of groups.values()) {
    rankGroup(g, (m, rank, of) => {
      if (m.second) {
        m.row.rank2 = rank;
        m.row.rank2Of = of;
      } else {
        m.row.rank = rank;
        m.row.rankOf = of;
      }
    });
  }
}

/** Competition ranks of a peer group, largest value first. */
export function rankGroup<T extends { value: number | null }>(group: T[], set: (r: T, rank: number, of: number) => void): void {
  group.sort((a, b) => b.value! - a.value!);
  let prev = NaN;
  let rank = 0;
  group.forEach((r, i) => {
    if (r.value !== prev) rank = i + 1;
    prev = r.value!;
    set(r, rank, group.length);
  });
}

/** Consecutive years up to and including `year` ranked first (0 when `year` is not first). */
export function streakOf(history: readonly { year: number; rank: number | null }[], year: number): number {
  const sorted = history.filter((h) => h.year <= year).sort((a, b) => b.year - a.year);
  let n = 0;
  let expected = year;
  for (const h of sorted) {
    if (h.year !== expected || h.rank !== 1) break;
    n++;
    expected = h.year - 1;
  }
  return n;
}
