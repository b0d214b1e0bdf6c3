import { MEASURE_KEYS, type Measure, NATION_CODE } from '../../../../common/stats';
import { eventsOfKey, pledgedPatentKey, type RecordKind } from './event-key';
import type { FactRow } from './rollup';

/** What one event of each code adds to (+1) or takes from (-1) the measures. */
export const EVENT_MEASURES: Readonly<Record<number, Partial<Record<Measure, 1 | -1>>>> = {
  // Patent granted: 2 × type (invention 0, utility model 1, design 2) + holder (domestic 0, foreign 1).
  0: { grants_inv_dom: 1, inv_stock_dom: 1 },
  1: { grants_inv_for: 1, inv_stock_for: 1 },
  2: { grants_um_dom: 1 },
  3: { grants_um_for: 1 },
  4: { grants_des_dom: 1 },
  5: { grants_des_for: 1 },
  // Invention patent ended; 8 and 9 when it had become high-value before the year it ended.
  6: { inv_stock_dom: -1 },
  7: { inv_stock_for: -1 },
  8: { inv_stock_dom: -1, hv_stock_dom: -1 },
  9: { inv_stock_for: -1, hv_stock_for: -1 },
  // Invention patent became high-value.
  10: { hv_stock_dom: 1 },
  11: { hv_stock_for: 1 },
  // Trademark registered, and ended.
  12: { tm_regs_dom: 1, tm_stock_dom: 1 },
  13: { tm_regs_for: 1, tm_stock_for: 1 },
  14: { tm_stock_dom: -1 },
  15: { tm_stock_for: -1 },
  // PCT application filed.
  16: { pct_dom: 1 },
  17: { pct_for: 1 },
  // Geographical indication registered, and revoked.
  18: { gi_stock: 1 },
  19: { gi_stock: -1 },
};

/** Per event code, the measures it moves as pairs of (index in MEASURE_KEYS, sign). */
const MOVES: readonly (readonly [number, number])[][] = Object.entries(EVENT_MEASURES).reduce<[number, number][][]>((acc, [k, contributes]) => {
  acc[Number(k)] = Object.entries(contributes).map(([m, sign]) => [MEASURE_KEYS.indexOf(m as Measure), sign]);
  return acc;
}, []);

/** Records counted per region and event key, as the facts SQL answers them (a null key emits nothing). */
export interface EventGroups {
  regions: (string | null)[];
  keys: (number | null)[];
  counts: number[];
}

/**
 * Sums groups of records into facts: per region code (records without one count for the nation)
 * and year, the net change of every measure. Groups of several kinds and calls add up.
 */
export class FactSums {
  private readonly byRegion = new Map<string, Map<number, Float64Array>>();

  /** Adds the groups of one kind of record. */
  add(kind: RecordKind, groups: EventGroups): this {
    for (let i = 0; i < groups.keys.length; i++) this.addGroup(kind, groups.regions[i], groups.keys[i], groups.counts[i]);
    return this;
  }

  /**
   * Moves the inventions pledged at or above the high-value threshold (their groups by stored key,
   * already added with the rest) to the key that applies the threshold.
   */
  addPledged(groups: EventGroups): this {
    for (let i = 0; i < groups.keys.length; i++) {
      const key = groups.keys[i];
      if (key === null) continue;
      this.addGroup('patent', groups.regions[i], key, -groups.counts[i]);
      this.addGroup('patent', groups.regions[i], pledgedPatentKey(key), groups.counts[i]);
    }
    return this;
  }

  /** The facts, leaving out region-years whose every measure nets to zero. */
  rows(): FactRow[] {
    const rows: FactRow[] = [];
    for (const [regionCode, years] of this.byRegion) {
      for (const [year, sums] of years) if (sums.some((v) => v !== 0)) rows.push({ regionCode, year, values: Array.from(sums) });
    }
    return rows;
  }

  private addGroup(kind: RecordKind, region: string | null, key: number | null, count: number): void {
    if (key === null || count === 0) return;
    const years = this.regionYears(region ?? NATION_CODE);
    eventsOfKey(kind, key, count, (year, k, n) => {
      let sums = years.get(year);
      if (!sums) years.set(year, (sums = new Float64Array(MEASURE_KEYS.length)));
      for (const [m, sign] of MOVES[k]) sums[m] += sign * n;
    });
  }

  private regionYears(code: string): Map<number, Float64Array> {
    let years = this.byRegion.get(code);
    if (!years) this.byRegion.set(code, (years = new Map<number, Float64Array>()));
    return years;
  }
}
