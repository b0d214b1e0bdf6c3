import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { totalOver } from '../../db/query-helpers';
import type { FinanceSigningTable } from '../../db/tables/finance';
import type { FinanceScope } from './finance.policy';
import { financeScopeSql } from './finance-scope.repository';

/** A signing with the names of its bank and enterprise and its loan's contract number. */
export type SigningRow = Omit<Selectable<FinanceSigningTable>, 'created_by' | 'created_at'> & { bank_name: string; enterprise_name: string; contract_no: string | null };

const SORT = { signedOn: 'g.signed_on', amountFen: 'g.amount_fen', kind: 'g.kind' } as const;

/** The filters of the signing list. */
export interface SigningFilter {
  meetingId?: string | undefined;
  bankOrgId?: string | undefined;
  kind?: string | undefined;
  year?: number | undefined;
}

function signings(db: Db) {
  return db
    .selectFrom('finance_signing as g')
    .innerJoin('org as b', 'b.id', 'g.bank_org_id')
    .innerJoin('org as e', 'e.id', 'g.enterprise_org_id')
    .leftJoin('finance_loan as l', 'l.id', 'g.loan_id')
    .select(['g.id', 'g.region_code', 'g.meeting_id', 'g.bank_org_id', 'g.enterprise_org_id', 'g.kind', 'g.amount_fen', 'g.signed_on', 'g.loan_id', 'g.note', 'b.name as bank_name', 'e.name as enterprise_name', 'l.contract_no']);
}

/** Loans and intentions signed at meetings. */
export const signingRepository = {
  async list(db: Db, f: SigningFilter, scope: FinanceScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = signings(db).where(financeScopeSql(scope, 'g'));
    if (f.meetingId) q = q.where('g.meeting_id', '=', f.meetingId);
    if (f.bankOrgId) q = q.where('g.bank_org_id', '=', f.bankOrgId);
    if (f.kind) q = q.where('g.kind', '=', f.kind);
    if (f.year) q = q.where('g.signed_on', '>=', `${f.year}-01-01`).where('g.signed_on', '<=', `${f.year}-12-31`);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('g.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (SigningRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async ofMeeting(db: Db, meetingId: string): Promise<SigningRow[]> {
    return signings(db).where('g.meeting_id', '=', meetingId).orderBy('g.signed_on').orderBy('e.name_pinyin').orderBy('g.id').execute();
  },

  async ofLoan(db: Db, loanId: string): Promise<SigningRow[]> {
    return signings(db).where('g.loan_id', '=', loanId).orderBy('g.signed_on').orderBy('g.id').execute();
  },

  async find(db: Db, id: string): Promise<SigningRow | undefined> {
    return signings(db).where('g.id', '=', id).executeTakeFirst();
  },

  /** True when this loan is already recorded as signed at this meeting. */
  async loanSignedAt(db: Db, meetingId: string, loanId: string): Promise<boolean> {
    return !!(await db.selectFrom('finance_signing').select('id').where('meeting_id', '=', meetingId).where('loan_id', '=', loanId).executeTakeFirst());
  },

  async insert(trx: Db, v: Omit<Selectable<FinanceSigningTable>, 'id' | 'created_at'>, at: Date): Promise<string> {
    return (await trx.insertInto('finance_signing').values({ ...v, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async remove(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('finance_signing').where('id', '=', id).execute();
  },
};
export type SigningRepository = typeof signingRepository;
