import type { Db } from '../../db/database';

export interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}
const COLUMNS = ['id', 'user_id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'] as const;

export const notificationRepository = {
  /** Inserts the messages; one whose dedupe key exists already is skipped. Returns how many were new. */
  async insertMany(
    trx: Db,
    rows: { user_id: string; kind: string; title: string; body: string | null; link: string | null; dedupe_key: string | null }[],
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const r = await trx
      .insertInto('notification')
      .values(rows)
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('id')
      .execute();
    return r.length;
  },
  async list(db: Db, userId: string, unreadOnly: boolean, limit: number, offset: number) {
    let q = db.selectFrom('notification').where('user_id', '=', userId);
    if (unreadOnly) q = q.where('read_at', 'is', null);
    const [rows, count, unread] = await Promise.all([
      q.select(COLUMNS).orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      db
        .selectFrom('notification')
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows: rows as NotificationRow[], total: count.n, unread: unread.n };
  },
  async exists(db: Db, userId: string, id: string): Promise<boolean> {
    const r = await db.selectFrom('notification').select('id').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
    return !!r;
  },
  async markRead(db: Db, userId: string, id: string | null, at: Date): Promise<number> {
    let q = db.updateTable('notification').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
    if (id) q = q.where('id', '=', id);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
export type NotificationRepository = typeof notificationRepository;
