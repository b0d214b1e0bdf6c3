import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { DetentionListQuery, RecordalListQuery } from '../../../common/enforcement-agency';
import type { Db } from '../../db/database';
import { containsPattern, pageWindow, totalOver } from '../../db/query-helpers';
import type { EnforcementDetentionTable, EnforcementRecordalTable } from '../../db/tables/enforcement';
import { scopeSql } from './case.repository';
import type { EnforcementScope } from './enforcement.policy';
import { applyRollup } from '../../db/rollup';
import { detentionParts } from './domain/figure-parts';

const FIGURE_COLUMNS = ['region_code', 'customs_org_id', 'detained_on', 'notified_on'] as const;

export type RecordalRow = Selectable<EnforcementRecordalTable>;
export type DetentionRow = Selectable<EnforcementDetentionTable>;

/** Customs recordals and detentions. */
export const customsRepository = {
  async insertRecordal(trx: Db, v: Insertable<EnforcementRecordalTable>): Promise<string> {
    return (await trx.insertInto('enforcement_recordal').values(v).returning('id').executeTakeFirstOrThrow()).id;
  },
  async recordal(db: Db, id: string): Promise<RecordalRow | undefined> {
    return db.selectFrom('enforcement_recordal').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async recordalByNo(db: Db, no: string): Promise<RecordalRow | undefined> {
    return db.selectFrom('enforcement_recordal').selectAll().where('recordal_no', '=', no).executeTakeFirst();
  },
  async updateRecordal(trx: Db, id: string, patch: Updateable<EnforcementRecordalTable>): Promise<void> {
    await trx.updateTable('enforcement_recordal').set(patch).where('id', '=', id).execute();
  },
  /** Recordals; `holderOrgId` limits them to one holder's. */
  async recordals(db: Db, holderOrgId: string | null, q: RecordalListQuery): Promise<{ rows: RecordalRow[]; total: number }> {
    let query = db.selectFrom('enforcement_recordal').selectAll().select(totalOver.as('total'));
    if (holderOrgId) query = query.where('holder_org_id', '=', holderOrgId);
    if (q.rightKind) query = query.where('right_kind', '=', q.rightKind);
    if (q.q) query = query.where((eb) => eb.or([eb('recordal_no', 'ilike', containsPattern(q.q!)), eb('right_name', 'ilike', containsPattern(q.q!)), eb('right_no', 'ilike', containsPattern(q.q!))]));
    const column = q.sort === 'expiresOn' ? 'expires_on' : q.sort === 'recordalNo' ? 'recordal_no' : 'approved_on';
    const dir = q.order === 'desc' || !q.sort ? 'desc' : 'asc';
    const w = pageWindow(q.page, q.pageSize);
    const rows = await query.orderBy(sql`${sql.ref(column)} ${sql.raw(dir)}`).orderBy('id').limit(w.limit).offset(w.offset).execute();
    return { rows, total: rows[0]?.total ?? 0 };
  },

  /** Adds a detention and its part of the monthly figures. */
  async insertDetention(trx: Db, v: Insertable<EnforcementDetentionTable>): Promise<string> {
    const row = await trx.insertInto('enforcement_detention').values(v).returning(['id', ...FIGURE_COLUMNS]).executeTakeFirstOrThrow();
    await applyRollup(trx, 'enforcement_figure_month', [], detentionParts(row));
    return row.id;
  },
  async detention(db: Db, id: string, lock = false): Promise<DetentionRow | undefined> {
    const q = db.selectFrom('enforcement_detention').selectAll().where('id', '=', id);
    return (lock ? q.forUpdate() : q).executeTakeFirst();
  },
  /** Changes a detention and moves its part of the monthly figures with it. */
  async updateDetention(trx: Db, id: string, patch: Updateable<EnforcementDetentionTable>): Promise<void> {
    const before = await trx.selectFrom('enforcement_detention').select(FIGURE_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
    const after = await trx.updateTable('enforcement_detention').set(patch).where('id', '=', id).returning(FIGURE_COLUMNS).executeTakeFirst();
    await applyRollup(trx, 'enforcement_figure_month', detentionParts(before), detentionParts(after));
  },
  async detentions(db: Db, scope: EnforcementScope, q: DetentionListQuery, exportAll = false): Promise<{ rows: DetentionRow[]; total: number }> {
    let query = db.selectFrom('enforcement_detention').selectAll().select(totalOver.as('total')).where(scopeSql(scope, 'region_code', ['customs_org_id', 'holder_org_id']));
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.status) query = query.where('status', '=', q.status);
    if (q.q) query = query.where('goods', 'ilike', containsPattern(q.q));
    const column = q.sort === 'notifiedOn' ? 'notified_on' : q.sort === 'status' ? 'status' : 'detained_on';
    const dir = q.order === 'desc' || !q.sort ? 'desc' : 'asc';
    query = query.orderBy(sql`${sql.ref(column)} ${sql.raw(dir)} nulls last`).orderBy('id');
    if (!exportAll) {
      const w = pageWindow(q.page, q.pageSize);
      query = query.limit(w.limit).offset(w.offset);
    }
    const rows = await query.execute();
    return { rows, total: rows[0]?.total ?? 0 };
  },
};
export type CustomsRepository = typeof customsRepository;
