import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { TaskBookTable } from '../../db/tables/tasks';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { TaskScope } from './tasks.policy';

/** A task book with its receiver's name and the counts and progress of its tasks. */
export type BookRow = Omit<Selectable<TaskBookTable>, 'issued_by' | 'acknowledged_by'> & {
  receiver_org_name: string;
  task_count: number;
  completed: number;
  progress: number | null;
};

/** Task books a caller may see: the region's (district offices: their district's) and those issued to their unit. */
function bookVisible(scope: TaskScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`(b.region_code like ${scope.prefix + '%'} or b.receiver_org_id = ${scope.orgId})`;
    case 'unit':
      return sql<boolean>`b.receiver_org_id = ${scope.orgId}`;
  }
}

const SORT = { issuedAt: 'b.issued_at', title: 'b.title', receiver: 'o.name_pinyin' } as const;

function books(db: Db) {
  return db
    .selectFrom('task_book as b')
    .innerJoin('org as o', 'o.id', 'b.receiver_org_id')
    .select(['b.id', 'b.work_plan_id', 'b.region_code', 'b.year', 'b.title', 'b.receiver_org_id', 'o.name as receiver_org_name', 'b.receiver_kind', 'b.note', 'b.issued_at', 'b.issued_by_name', 'b.acknowledged_at', 'b.acknowledged_by_name'])
    .select([
      sql<number>`(select count(*) from task_book_item i where i.task_book_id = b.id)`.as('task_count'),
      sql<number>`(select count(*) from task_book_item i join task t on t.work_plan_id = i.work_plan_id and t.id = i.task_id where i.task_book_id = b.id and t.status = 'completed')`.as('completed'),
      sql<number | null>`(select round(sum(t.progress * t.weight)::numeric / nullif(sum(t.weight), 0)) from task_book_item i join task t on t.work_plan_id = i.work_plan_id and t.id = i.task_id where i.task_book_id = b.id and t.status <> 'cancelled')`.as('progress'),
    ]);
}

export const bookRepository = {
  async list(db: Db, f: { year?: number | undefined; regionPrefix?: string | undefined; acknowledged?: boolean | undefined; receiverOrgId?: string | undefined; q?: string | undefined }, scope: TaskScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = books(db).where(bookVisible(scope));
    if (f.year) q = q.where('b.year', '=', f.year);
    if (f.regionPrefix) q = q.where('b.region_code', 'like', `${f.regionPrefix}%`);
    if (f.acknowledged === true) q = q.where('b.acknowledged_at', 'is not', null);
    if (f.acknowledged === false) q = q.where('b.acknowledged_at', 'is', null);
    if (f.receiverOrgId) q = q.where('b.receiver_org_id', '=', f.receiverOrgId);
    if (f.q) q = q.where((eb) => eb.or([eb('b.title', 'ilike', containsPattern(f.q!)), eb('o.name', 'ilike', containsPattern(f.q!))]));
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('b.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (BookRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },
  async find(db: Db, id: string): Promise<BookRow | undefined> {
    return books(db).where('b.id', '=', id).executeTakeFirst();
  },
  async taskIds(db: Db, id: string): Promise<string[]> {
    return (await db.selectFrom('task_book_item').select('task_id').where('task_book_id', '=', id).execute()).map((r) => r.task_id);
  },
  async insert(trx: Db, v: { work_plan_id: string | null; region_code: string; year: number; title: string; receiver_org_id: string; receiver_kind: string; note: string | null; issued_by: string; issued_by_name: string }, taskIds: readonly string[], at: Date): Promise<string> {
    const id = (await trx.insertInto('task_book').values({ ...v, issued_at: at }).returning('id').executeTakeFirstOrThrow()).id;
    const plans = await trx.selectFrom('task').select(['id', 'work_plan_id']).where('id', 'in', taskIds).execute();
    await trx.insertInto('task_book_item').values(plans.map((t) => ({ work_plan_id: t.work_plan_id, task_book_id: id, task_id: t.id }))).execute();
    return id;
  },
  async acknowledge(trx: Db, id: string, by: { id: string; name: string }, at: Date): Promise<number> {
    const r = await trx.updateTable('task_book').set({ acknowledged_at: at, acknowledged_by: by.id, acknowledged_by_name: by.name }).where('id', '=', id).where('acknowledged_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
  async delete(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('task_book').where('id', '=', id).execute();
  },
};
export type BookRepository = typeof bookRepository;
