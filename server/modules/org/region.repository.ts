import type { Db } from '../../db/database';

export interface RegionRow {
  code: string;
  name: string;
  full_name: string;
  level: 'province' | 'city' | 'county';
  parent_code: string | null;
  pinyin: string;
  initials: string;
}

export const regionRepository = {
  /** Every region; the table is small (about 3,200 rows) and never changes at run time. */
  async all(db: Db): Promise<RegionRow[]> {
    return db
      .selectFrom('region')
      .select(['code', 'name', 'full_name', 'level', 'parent_code', 'pinyin', 'initials'])
      .orderBy('code')
      .execute();
  },
};
export type RegionRepository = typeof regionRepository;
