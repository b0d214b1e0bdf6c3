import type { Region } from '../../../common/region';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { notFound } from '../../platform/errors';
import { createRegionLookup, type RegionLookup, type RegionLookupRow } from './domain/region-lookup';
import type { RegionRepository, RegionRow } from './region.repository';

function rank(r: RegionRow, q: string): number {
  // Exact name first, then name prefix, pinyin/initials prefix, then a match inside the name.
  if (r.name === q || r.full_name === q) return 0;
  if (r.name.startsWith(q)) return 1;
  if (r.initials.startsWith(q) || r.pinyin.startsWith(q)) return 2;
  return 3;
}

const LEVEL_ORDER = { province: 0, city: 1, county: 2 } as const;

/** GB/T 2260 regions: lookups, children, search by name, pinyin or initials; loaded once and kept in memory. */
export function createRegionService(deps: { db: Db; repo: RegionRepository }) {
  let rows: RegionRow[] = [];
  const byCode = new Map<string, RegionRow>();
  const children = new Map<string | null, RegionRow[]>();
  let lookup: RegionLookup = createRegionLookup([]);

  function toRegion(r: RegionRow): Region {
    return {
      code: r.code,
      name: r.name,
      fullName: r.full_name,
      level: r.level,
      parentCode: r.parent_code,
      hasChildren: (children.get(r.code)?.length ?? 0) > 0,
    };
  }

  function must(code: string): RegionRow {
    const r = byCode.get(code);
    if (!r) throw notFound('行政区划');
    return r;
  }

  return {
    /** Loads the table into memory; call once at start. */
    async load(): Promise<void> {
      rows = await deps.repo.all(deps.db);
      byCode.clear();
      children.clear();
      for (const r of rows) {
        byCode.set(r.code, r);
        const list = children.get(r.parent_code) ?? [];
        list.push(r);
        children.set(r.parent_code, list);
      }
      lookup = createRegionLookup(rows);
    },
    get(code: string): Region {
      return toRegion(must(code));
    },
    find(code: string): Region | null {
      const r = byCode.get(code);
      return r ? toRegion(r) : null;
    },
    exists(code: string): boolean {
      return byCode.has(code);
    },
    /** The full name (广东省深圳市坪山区), or the code itself when unknown. */
    fullName(code: string): string {
      return lookup.fullName(code);
    },
    name(code: string): string {
      return byCode.get(code)?.name ?? code;
    },
    /** Children of a region, or the provinces when `parent` is null. */
    children(parent: string | null): Region[] {
      if (parent !== null) must(parent);
      return (children.get(parent) ?? []).map(toRegion);
    },
    /** The region and its ancestors, from the province down. */
    path(code: string): Region[] {
      const out: Region[] = [];
      for (let r: RegionRow | undefined = must(code); r; r = r.parent_code ? byCode.get(r.parent_code) : undefined) {
        out.unshift(toRegion(r));
      }
      return out;
    },
    /** Every region in the subtree of `code`, itself included. */
    subtree(code: string): Region[] {
      const prefix = regionPrefix(must(code).code);
      return rows.filter((r) => r.code.startsWith(prefix)).map(toRegion);
    },
    /**
     * Regions whose Chinese name, full pinyin or initials match; `ps` finds 坪山区. Matches near
     * `near` (the caller's own city, then province) come first.
     */
    search(q: string, limit = 20, within?: string, near?: string): Region[] {
      const needle = q.trim().toLowerCase().replace(/\s+/g, '');
      if (!needle) return [];
      const prefix = within ? regionPrefix(within) : '';
      const latin = /^[a-z]+$/.test(needle);
      const hits = rows.filter(
        (r) =>
          r.code.startsWith(prefix) &&
          (latin ? r.initials.startsWith(needle) || r.pinyin.startsWith(needle) : r.name.includes(needle) || r.full_name === needle || r.code === needle),
      );
      const closeness = (r: RegionRow) => (!near ? 0 : r.code.startsWith(near.slice(0, 4)) ? 0 : r.code.startsWith(near.slice(0, 2)) ? 1 : 2);
      hits.sort(
        (a, b) =>
          rank(a, needle) - rank(b, needle) || closeness(a) - closeness(b) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code),
      );
      return hits.slice(0, limit).map(toRegion);
    },
    /**
     * Resolves what a person typed in a spreadsheet (a 6-digit code, 坪山区, or 深圳市坪山区) to a code.
     * Throws a 400 naming `field` when it matches nothing or more than one region.
     */
    resolve(text: string, field = 'regionCode'): string {
      return lookup.resolve(text, field);
    },
    /** The rows a worker thread builds the same lookup from (createRegionLookup). */
    lookupRows(): RegionLookupRow[] {
      return rows.map((r) => ({ code: r.code, name: r.name, full_name: r.full_name }));
    },
  };
}
export type RegionService = ReturnType<typeof createRegionService>;
