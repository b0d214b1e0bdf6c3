import { describe, expect, it } from 'vitest';
import { MEASURE_KEYS } from '../../../../common/stats';
import { eventsOfKey, pledgedPatentKey } from './event-key';
import { type EventGroups, FactSums } from './facts';
import type { FactRow } from './rollup';

/** A patent key as patentKeySql packs it. */
const patentKey = (grantYear: number, code: number, hvYear = 0, exitYear = 0) => (grantYear * 10 + code) * 1e8 + hvYear * 1e4 + exitYear;
const groups = (...rows: [string | null, number | null, number][]): EventGroups => ({ regions: rows.map((r) => r[0]), keys: rows.map((r) => r[1]), counts: rows.map((r) => r[2]) });
/** The non-zero measures of each region-year, for reading. */
const readable = (rows: FactRow[]) =>
  Object.fromEntries(rows.map((r) => [`${r.regionCode} ${r.year}`, Object.fromEntries(MEASURE_KEYS.flatMap((m, i) => (r.values[i] ? [[m, r.values[i]]] : [])))]));

function events(kind: Parameters<typeof eventsOfKey>[0], key: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  eventsOfKey(kind, key, 1, (year, k, n) => out.push([year, k, n]));
  return out;
}

describe('event keys', () => {
  it('reads a granted utility model back as one grant event of its type and holder', () => {
    expect(events('patent', patentKey(2023, 3))).toEqual([[2023, 3, 1]]);
  });
  it('reads an invention that became high-value and later ended: grant, exit as a high-value one, high-value', () => {
    expect(events('patent', patentKey(2015, 0, 2020, 2023))).toEqual([
      [2015, 0, 1],
      [2023, 8, 1],
      [2020, 10, 1],
    ]);
  });
  it('gives an invention that ended before it would have become high-value no high-value event', () => {
    expect(events('patent', patentKey(2015, 1, 2024, 2019))).toEqual([
      [2015, 1, 1],
      [2019, 7, 1],
    ]);
  });
  it('reads trademarks, PCT applications and geographical indications', () => {
    expect(events('trademark', (2020 * 10 + 1) * 1e4 + 2022)).toEqual([
      [2020, 13, 1],
      [2022, 15, 1],
    ]);
    expect(events('pct', 2023 * 10)).toEqual([[2023, 16, 1]]);
    expect(events('gi', 2010 * 1e4)).toEqual([[2010, 18, 1]]);
  });
  it('moves a pledged invention to high-value from its grant year, and leaves other patents alone', () => {
    expect(pledgedPatentKey(patentKey(2018, 0, 2028, 0))).toBe(patentKey(2018, 0, 2018, 0));
    expect(pledgedPatentKey(patentKey(2018, 4))).toBe(patentKey(2018, 4));
  });
});

describe('fact sums', () => {
  it('sums groups into measures per region and year, the region-less into the nation, netting signed counts', () => {
    const rows = new FactSums()
      .add('patent', groups(['440310', patentKey(2023, 0, 2023), 5], ['440310', patentKey(2023, 2), 7], [null, patentKey(2023, 1), 2], ['440305', patentKey(2022, 2), 3], ['440305', patentKey(2022, 2), -3], ['440305', null, 9]))
      .rows();
    expect(readable(rows)).toEqual({
      '440310 2023': { grants_inv_dom: 5, inv_stock_dom: 5, hv_stock_dom: 5, grants_um_dom: 7 },
      '000000 2023': { grants_inv_for: 2, inv_stock_for: 2 },
    });
  });
  it('applies the pledge threshold by moving the pledged groups, so the high-value stock starts at the grant', () => {
    const stored = groups(['440310', patentKey(2018, 0, 2028), 4]);
    const pledged = groups(['440310', patentKey(2018, 0, 2028), 1]);
    const rows = new FactSums().add('patent', stored).addPledged(pledged).rows();
    const hv = (year: number) => rows.find((r) => r.year === year)?.values[MEASURE_KEYS.indexOf('hv_stock_dom')];
    expect(hv(2018)).toBe(1);
    expect(hv(2028)).toBe(3);
  });
});
