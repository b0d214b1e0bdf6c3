import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { TransferListQuery } from '../../../common/enforcement-agency';
import type { Db } from '../../db/database';
import { containsPattern, pageWindow, totalOver } from '../../db/query-helpers';
import type { EnforcementTransferTable } from '../../db/tables/enforcement';
import { scopeSql } from './case.repository';
import type { EnforcementScope } from './enforcement.policy';
import { applyRollup } from '../../db/rollup';
import { transferParts } from './domain/figure-parts';

const FIGURE_COLUMNS = ['region_code', 'from_org_id', 'reported_on', 'status'] as const;

export type TransferRow = Selectable<EnforcementTransferTable>;
/** A transfer with its case's number and party (joined). */
export type TransferListRow = TransferRow & { case_no: string; party_name: string };

const SORT: Record<NonNullable<TransferListQuery['sort']>, string> = { reportedOn: 't.reported_on', status: 't.status', caseNo: 'c.case_no' };

/** Transfers of suspected crimes to the police. */
export const transferRepository = {
  /** Adds a transfer and its part of the monthly figures. */
  async insert(trx: Db, v: Insertable<EnforcementTransferTable>): Promise<string> {
    const row = await trx.insertInto('enforcement_transfer').values(v).returning(['id', ...FIGURE_COLUMNS]).executeTakeFirstOrThrow();
    await applyRollup(trx, 'enforcement_figure_month', [], transferParts(row));
    return row.id;
  },

  async get(db: Db, id: string, lock = false): Promise<TransferListRow | undefined> {
    const q = db
      .selectFrom('enforcement_transfer as t')
      .innerJoin('enforcement_case as c', 'c.id', 't.case_id')
      .selectAll('t')
      .select(['c.case_no', 'c.party_name'])
      .where('t.id', '=', id);
    return (lock ? q.forUpdate('t') : q).executeTakeFirst();
  },

  /** The transfers of a case still waiting for a decision. */
  async openForCase(db: Db, caseId: string): Promise<number> {
    const r = await db
      .selectFrom('enforcement_transfer')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('case_id', '=', caseId)
      .where('status', 'in', ['reported', 'sent', 'refused', 'reconsidering'])
      .executeTakeFirstOrThrow();
    return r.n;
  },

  /** Changes a transfer and moves its part of the monthly figures with its state. */
  async update(trx: Db, caseId: string, id: string, patch: Updateable<EnforcementTransferTable>): Promise<void> {
    const before = await trx.selectFrom('enforcement_transfer').select(FIGURE_COLUMNS).where('case_id', '=', caseId).where('id', '=', id).forUpdate().executeTakeFirst();
    const after = await trx.updateTable('enforcement_transfer').set(patch).where('case_id', '=', caseId).where('id', '=', id).returning(FIGURE_COLUMNS).executeTakeFirst();
    await applyRollup(trx, 'enforcement_figure_month', transferParts(before), transferParts(after));
  },

  async list(db: Db, scope: EnforcementScope, q: TransferListQuery, today: string, exportAll = false): Promise<{ rows: TransferListRow[]; total: number }> {
    let query = db
      .selectFrom('enforcement_transfer as t')
      .innerJoin('enforcement_case as c', 'c.id', 't.case_id')
      .selectAll('t')
      .select(['c.case_no', 'c.party_name', totalOver.as('total')])
      .where(scopeSql(scope, 't.region_code', ['t.from_org_id', 't.police_org_id']));
    if (q.status) query = query.where('t.status', '=', q.status);
    if (q.overdue === 'true') query = query.where('t.due_on', '<', today);
    if (q.overdue === 'false') query = query.where((eb) => eb.or([eb('t.due_on', 'is', null), eb('t.due_on', '>=', today)]));
    if (q.q) {
      const like = containsPattern(q.q);
      query = query.where((eb) => eb.or([eb('c.case_no', 'ilike', like), eb('c.party_name', 'ilike', like)]));
    }
    const dir = q.order === 'desc' || !q.sort ? 'desc' : 'asc';
    query = query.orderBy(sql`${sql.ref(SORT[q.sort ?? 'reportedOn'])} ${sql.raw(dir)}`).orderBy('t.id');
    if (!exportAll) {
      const w = pageWindow(q.page, q.pageSize);
      query = query.limit(w.limit).offset(w.offset);
    }
    const rows = await query.execute();
    return { rows, total: rows[0]?.total ?? 0 };
  },
};
export type TransferRepository = typeof transferRepository;
