import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { RegionTable } from '../../db/tables/org';

export type RegionRow = Selectable<RegionTable>;

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
