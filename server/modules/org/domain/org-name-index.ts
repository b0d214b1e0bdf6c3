import type { Org } from '../../../../common/org';

/** Organisations the caller may see, by full name and short name (imports and pasted text name units this way). */
export interface OrgNameIndex {
  /** The one organisation of that name; an error text when there is none or several. */
  resolve(name: string): { id: string; name: string; regionCode: string } | { problem: string };
}

/** Builds the name index from the organisations in the caller's scope (see OrgService.nameIndex). */
export function orgNameIndex(all: readonly Pick<Org, 'id' | 'name' | 'shortName' | 'regionCode'>[]): OrgNameIndex {
  const byName = new Map<string, { id: string; name: string; regionCode: string }[]>();
  for (const o of all) {
    for (const n of new Set([o.name, o.shortName].filter((x): x is string => !!x))) byName.set(n, [...(byName.get(n) ?? []), { id: o.id, name: o.name, regionCode: o.regionCode }]);
  }
  return {
    resolve(name) {
      const hits = byName.get(name.trim()) ?? [];
      if (hits.length === 1) return hits[0];
      return { problem: hits.length ? `有多个单位名为「${name}」` : `找不到单位「${name}」` };
    },
  };
}
