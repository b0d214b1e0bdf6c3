import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { FinanceScope } from './finance.policy';
import { financeScopeSql } from './finance-scope.repository';

/** Loans under this amount are inclusive (普惠) loans: 10 million yuan. */
export const INCLUSIVE_LIMIT_FEN = 1_000_000_000;
const LIVE = ['active', 'rescheduled', 'defaulted'];

export type FigureRow = { key: string; name: string | null; loans: number; amount_fen: number; inclusive_loans: number; inclusive_amount_fen: number };

export const loanFiguresRepository = {
  /**
   * Loans signed in a year inside a region prefix, grouped by district (county code) and by bank in
   * one scan (grouping sets), each row saying which it is.
   */
  async loansByDistrictAndBank(db: Db, year: number, prefix: string, scope: FinanceScope): Promise<{ district: FigureRow[]; bank: FigureRow[] }> {
    const rows = await db
      .selectFrom('finance_loan as l')
      .select([
        sql<boolean>`grouping(l.region_code) = 0`.as('by_district'),
        sql<string>`coalesce(l.region_code, l.bank_org_id::text)`.as('key'),
        sql<number>`count(*)`.as('loans'),
        sql<number>`coalesce(sum(l.amount_fen), 0)::bigint`.as('amount_fen'),
        sql<number>`count(*) filter (where l.amount_fen < ${INCLUSIVE_LIMIT_FEN})`.as('inclusive_loans'),
        sql<number>`coalesce(sum(l.amount_fen) filter (where l.amount_fen < ${INCLUSIVE_LIMIT_FEN}), 0)::bigint`.as('inclusive_amount_fen'),
      ])
      .where('l.signed_on', '>=', `${year}-01-01`)
      .where('l.signed_on', '<=', `${year}-12-31`)
      .where('l.region_code', 'like', `${prefix}%`)
      .where('l.status', 'not in', ['rejected', 'withdrawn', 'submitted'])
      .where(financeScopeSql(scope, 'l'))
      .groupBy(sql`grouping sets ((l.region_code), (l.bank_org_id))`)
      .execute();
    const banks = rows.filter((r) => !r.by_district);
    const names = banks.length ? await db.selectFrom('org').select(['id', 'name']).where('id', 'in', banks.map((r) => r.key)).execute() : [];
    const byId = new Map(names.map((n) => [n.id, n.name]));
    const row = (r: (typeof rows)[number], name: string | null): FigureRow => ({ key: r.key, name, loans: r.loans, amount_fen: r.amount_fen, inclusive_loans: r.inclusive_loans, inclusive_amount_fen: r.inclusive_amount_fen });
    return { district: rows.filter((r) => r.by_district).map((r) => row(r, null)), bank: banks.map((r) => row(r, byId.get(r.key) ?? null)) };
  },

  /** Principal outstanding on live loans inside a region prefix (what the pools back). */
  async outstanding(db: Db, prefix: string, scope: FinanceScope): Promise<number> {
    const r = await db
      .selectFrom('finance_loan as l')
      .select(sql<number>`coalesce(sum(l.amount_fen - l.principal_repaid_fen), 0)::bigint`.as('fen'))
      .where('l.status', 'in', LIVE)
      .where('l.region_code', 'like', `${prefix}%`)
      .where(financeScopeSql(scope, 'l'))
      .executeTakeFirstOrThrow();
    return Number(r.fen);
  },

  /** The ledger totals of the pools covering a region prefix (a pool covers its city), by kind, up to a year's end. */
  async ledger(db: Db, prefix: string, year: number): Promise<{ kind: string; fen: number }[]> {
    const city = prefix.slice(0, 4);
    return db
      .selectFrom('finance_pool_ledger as g')
      .innerJoin('finance_pool as p', 'p.id', 'g.pool_id')
      .select(['g.kind', sql<number>`sum(g.amount_fen)::bigint`.as('fen')])
      .where(sql<boolean>`(p.region_code like ${city + '%'} or ${city} like p.region_code || '%')`)
      .where('g.occurred_on', '<=', `${year}-12-31`)
      .groupBy('g.kind')
      .execute();
  },

  /** The pools' current balance for a region prefix. */
  async balance(db: Db, prefix: string): Promise<number> {
    const city = prefix.slice(0, 4);
    const r = await db
      .selectFrom('finance_pool as p')
      .select(sql<number>`coalesce(sum((select g.balance_after_fen from finance_pool_ledger g where g.pool_id = p.id order by g.seq desc limit 1)), 0)::bigint`.as('fen'))
      .where(sql<boolean>`(p.region_code like ${city + '%'} or ${city} like p.region_code || '%')`)
      .executeTakeFirstOrThrow();
    return Number(r.fen);
  },

  /** Subsidies in approved payment batches for a year, inside a region prefix. */
  async subsidiesPaid(db: Db, year: number, prefix: string, scope: FinanceScope): Promise<number> {
    const r = await db
      .selectFrom('finance_subsidy_application as a')
      .innerJoin('finance_subsidy_batch as b', 'b.id', 'a.batch_id')
      .select(sql<number>`coalesce(sum(a.amount_fen), 0)::bigint`.as('fen'))
      .where('b.status', '=', 'approved')
      .where('a.year', '=', year)
      .where('a.region_code', 'like', `${prefix}%`)
      .where(financeScopeSql(scope.kind === 'bank' ? { kind: 'none' } : scope, 'a'))
      .executeTakeFirstOrThrow();
    return Number(r.fen);
  },
};
export type LoanFiguresRepository = typeof loanFiguresRepository;
