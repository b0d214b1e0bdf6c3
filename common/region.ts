import { z } from 'zod';

export const RegionLevel = { Province: 'province', City: 'city', County: 'county' } as const;
export type RegionLevel = (typeof RegionLevel)[keyof typeof RegionLevel];

export const RegionCodeSchema = z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字');

/** The level of a GB/T 2260 code: xx0000 province, xxxx00 city, otherwise county. */
export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The code prefix shared by a region and everything under it (province 2, city 4, county 6 digits). */
export function regionPrefix(code: string): string {
  const level = regionLevel(code);
  return level === 'province' ? code.slice(0, 2) : level === 'city' ? code.slice(0, 4) : code;
}

/** True when `code` lies in the subtree of `ancestor` (a region is in its own subtree). */
export function isInRegion(code: string, ancestor: string): boolean {
  return code.startsWith(regionPrefix(ancestor));
}

export const RegionSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    fullName: z.string().describe('name with its ancestors, e.g. 广东省深圳市坪山区'),
    level: z.enum(['province', 'city', 'county']),
    parentCode: z.string().nullable(),
    hasChildren: z.boolean(),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof RegionSchema>;

export const RegionSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(40).optional().describe('Chinese name, full pinyin or initials (ps finds 坪山区)'),
  parent: RegionCodeSchema.optional().describe('list the children of this region; omit for provinces'),
  near: RegionCodeSchema.optional().describe('rank matches in this region (city, then province) first'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
