import type { Db } from '../../db/database';

/** Feed tokens: one per user, stored hashed; creating a new one revokes the old. */
export const feedRepository = {
  async find(db: Db, userId: string) {
    return db.selectFrom('calendar_feed').select(['user_id', 'created_at', 'last_used_at']).where('user_id', '=', userId).executeTakeFirst();
  },
  async byHash(db: Db, tokenHash: string) {
    return db.selectFrom('calendar_feed').select(['user_id']).where('token_hash', '=', tokenHash).executeTakeFirst();
  },
  async put(trx: Db, userId: string, tokenHash: string, at: Date): Promise<void> {
    await trx
      .insertInto('calendar_feed')
      .values({ user_id: userId, token_hash: tokenHash, created_at: at, last_used_at: null })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: at, last_used_at: null }))
      .execute();
  },
  async remove(trx: Db, userId: string): Promise<number> {
    const r = await trx.deleteFrom('calendar_feed').where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows);
  },
  async touch(db: Db, userId: string, at: Date): Promise<void> {
    await db.updateTable('calendar_feed').set({ last_used_at: at }).where('user_id', '=', userId).execute();
  },
};
