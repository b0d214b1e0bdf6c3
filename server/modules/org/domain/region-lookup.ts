import { fieldError } from '../../../platform/errors';

/** What resolving typed region names needs of a region: plain data, so it can cross to a worker thread. */
export interface RegionLookupRow {
  code: string;
  name: string;
  full_name: string;
}

/** Resolution of what people type for a region (a code or a name) over a fixed list of regions. */
export interface RegionLookup {
  /**
   * Resolves what a person typed in a spreadsheet (a 6-digit code, 坪山区, or 深圳市坪山区) to a code.
   * Throws a 400 naming `field` when it matches nothing or more than one region.
   */
  resolve(text: string, field?: string): string;
  /** The full name (广东省深圳市坪山区), or the code itself when unknown. */
  fullName(code: string): string;
}

/** A lookup over `rows`; pure, so the import's worker threads build the same one from the same rows. */
export function createRegionLookup(rows: readonly RegionLookupRow[]): RegionLookup {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return {
    resolve(text, field = 'regionCode') {
      const t = text.trim();
      if (/^\d{6}$/.test(t)) {
        if (!byCode.has(t)) throw fieldError(field, `行政区划代码 ${t} 不存在`);
        return t;
      }
      const exact = rows.filter((r) => r.full_name === t || r.full_name.endsWith(t) || r.name === t);
      const precise = exact.filter((r) => r.full_name === t);
      const pick = precise.length === 1 ? precise : exact;
      if (pick.length === 1) return pick[0].code;
      if (pick.length === 0) throw fieldError(field, `找不到行政区划「${t}」`);
      throw fieldError(field, `「${t}」对应多个行政区划，请填写6位代码或带上级名称，如 ${pick.slice(0, 2).map((r) => r.full_name).join('、')}`);
    },
    fullName: (code) => byCode.get(code)?.full_name ?? code,
  };
}
