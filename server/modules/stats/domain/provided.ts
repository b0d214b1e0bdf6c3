import type { IndicatorId } from '../../../../common/indicators';
import type { RegionTree } from './region-tree';

/**
 * Values of indicators another module counts from its own records (enforcement's cases, transfers,
 * detentions): the numerator and, for an average, the denominator of one region and year. Stats
 * rolls them up the region tree and ranks them with the rest; it never reads the other module's
 * tables itself.
 */
export interface ProvidedRow {
  regionCode: string;
  year: number;
  indicatorId: IndicatorId;
  numerator: number;
  denominator: number | null;
}

/** Provided values rolled up: each region holds the sums of its own rows and its subtree's. */
export interface ProvidedIndex {
  from: number;
  to: number;
  codes: string[];
  get(code: string, year: number, id: IndicatorId): { numerator: number; denominator: number | null } | null;
}

/** Sums the rows into every region on the way up to the country. */
export function rollUpProvided(tree: RegionTree, rows: readonly ProvidedRow[]): ProvidedIndex {
  const sums = new Map<string, { numerator: number; denominator: number | null }>();
  const codes = new Set<string>();
  let from = Infinity;
  let to = -Infinity;
  for (const r of rows) {
    from = Math.min(from, r.year);
    to = Math.max(to, r.year);
    for (const code of tree.chain(tree.resolve(r.regionCode))) {
      codes.add(code);
      const key = `${code}|${r.year}|${r.indicatorId}`;
      const s = sums.get(key) ?? { numerator: 0, denominator: r.denominator === null ? null : 0 };
      s.numerator += r.numerator;
      if (s.denominator !== null && r.denominator !== null) s.denominator += r.denominator;
      sums.set(key, s);
    }
  }
  return { from, to, codes: [...codes], get: (code, year, id) => sums.get(`${code}|${year}|${id}`) ?? null };
}

/** No provided values. */
export const NO_PROVIDED: ProvidedIndex = { from: Infinity, to: -Infinity, codes: [], get: () => null };
