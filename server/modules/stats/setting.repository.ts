import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** Key-value settings of the stats module (stats_setting). */
export const settingRepository = {
  async get<T>(db: Db, key: string): Promise<T | undefined> {
    const r = await db.selectFrom('stats_setting').select('value').where('key', '=', key).executeTakeFirst();
    return r?.value as T | undefined;
  },
  async set(db: Db, key: string, value: unknown, at: Date): Promise<void> {
    await db
      .insertInto('stats_setting')
      .values({ key, value: JSON.stringify(value), updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: at }))
      .execute();
  },
  /** Serialises work that rewrites the facts and values (imports, recomputes) across server processes. */
  async lockValues(db: Db): Promise<void> {
    await sql`select pg_advisory_xact_lock(726226101)`.execute(db);
  },
};
export type SettingRepository = typeof settingRepository;
