import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { FinanceScope } from './finance.policy';
import { financeScopeSql } from './finance-scope.repository';
import { INCLUSIVE_LIMIT_FEN, NOT_LENT } from './domain/loan-figure-parts';

/** Pledges count from their registration at CNIPA: registered, and later changed or released. */
const REGISTERED = ['registered', 'changed', 'released'];

export type PledgeTotalsRow = { projects: number; amount_fen: number; enterprises: number };
/** A registered pledge of the year as the statistics page splits it. */
export type PledgeRow = { region_code: string; bank_org_id: string; enterprise_org_id: string; amount_fen: number; right_kinds: string[]; first_patent: string | null };
/** A registered pledge as the statistics catalogue sums it: where, when, how much, which kinds of right. */
export type PledgeFactRow = { region_code: string; year: number; enterprise_org_id: string; amount_fen: number; kinds: string[] };
/** A sum of one region code and year. */
export type RegionYearSum = { region_code: string; year: number; n: number; fen: number };

const totals = [
  sql<number>`count(*)::int`.as('projects'),
  sql<number>`coalesce(sum(p.secured_amount_fen), 0)::bigint`.as('amount_fen'),
  sql<number>`count(distinct p.enterprise_org_id)::int`.as('enterprises'),
] as const;

function registered(db: Db, year: number, prefix: string, scope: FinanceScope) {
  return db
    .selectFrom('finance_pledge as p')
    .where('p.status', 'in', REGISTERED)
    .where('p.registered_on', '>=', `${year}-01-01`)
    .where('p.registered_on', '<=', `${year}-12-31`)
    .where('p.region_code', 'like', `${prefix}%`)
    .where(financeScopeSql(scope, 'p'));
}

const num = (r: PledgeTotalsRow): PledgeTotalsRow => ({ projects: Number(r.projects), amount_fen: Number(r.amount_fen), enterprises: Number(r.enterprises) });

/** The sums behind the finance statistics page and the finance indicators of the statistics catalogue. */
export const financeStatsRepository = {
  /** Pledges registered in a year inside a region prefix. */
  async pledgeTotals(db: Db, year: number, prefix: string, scope: FinanceScope): Promise<PledgeTotalsRow> {
    return num(await registered(db, year, prefix, scope).select(totals).executeTakeFirstOrThrow());
  },

  /** The year's registered pledges inside a region prefix, each with the kinds of its rights and its first patent (one index read). */
  async pledgeRows(db: Db, year: number, prefix: string, scope: FinanceScope): Promise<PledgeRow[]> {
    const rows = await registered(db, year, prefix, scope)
      .select(['p.region_code', 'p.bank_org_id', 'p.enterprise_org_id', sql<number>`p.secured_amount_fen`.as('amount_fen'), 'p.right_kinds', 'p.first_patent'])
      .execute();
    return rows.map((r) => ({ ...r, amount_fen: Number(r.amount_fen) }));
  },

  /** Every registered pledge, for the catalogue's figures of every year and region. */
  async pledgeFacts(db: Db): Promise<PledgeFactRow[]> {
    const rows = await db
      .selectFrom('finance_pledge as p')
      .select([
        'p.region_code',
        sql<number>`extract(year from p.registered_on)::int`.as('year'),
        'p.enterprise_org_id',
        sql<number>`p.secured_amount_fen`.as('amount_fen'),
        sql<string[]>`p.right_kinds`.as('kinds'),
      ])
      .where('p.status', 'in', REGISTERED)
      .where('p.registered_on', 'is not', null)
      .execute();
    return rows.map((r) => ({ ...r, year: Number(r.year), amount_fen: Number(r.amount_fen) }));
  },

  /** Inclusive loans (under 10 million yuan) by region code and year of signing. */
  async inclusiveLoanSums(db: Db): Promise<RegionYearSum[]> {
    const year = sql<number>`extract(year from l.signed_on)::int`;
    const rows = await db
      .selectFrom('finance_loan as l')
      .select(['l.region_code', year.as('year'), sql<number>`count(*)::int`.as('n'), sql<number>`sum(l.amount_fen)::bigint`.as('fen')])
      .where('l.status', 'not in', NOT_LENT)
      .where('l.amount_fen', '<', INCLUSIVE_LIMIT_FEN)
      .groupBy(['l.region_code', year])
      .execute();
    return rows.map((r) => ({ region_code: r.region_code, year: Number(r.year), n: Number(r.n), fen: Number(r.fen) }));
  },

  /** Subsidies in approved payment batches by region code and year. */
  async subsidySums(db: Db): Promise<RegionYearSum[]> {
    const rows = await db
      .selectFrom('finance_subsidy_application as a')
      .innerJoin('finance_subsidy_batch as b', 'b.id', 'a.batch_id')
      .select(['a.region_code', 'a.year', sql<number>`count(*)::int`.as('n'), sql<number>`sum(a.amount_fen)::bigint`.as('fen')])
      .where('b.status', '=', 'approved')
      .groupBy(['a.region_code', 'a.year'])
      .execute();
    return rows.map((r) => ({ region_code: r.region_code, year: Number(r.year), n: Number(r.n), fen: Number(r.fen) }));
  },

  /** Securitisation products by region code and year of issue. */
  async securitisationSums(db: Db): Promise<RegionYearSum[]> {
    const year = sql<number>`extract(year from s.issue_date)::int`;
    const rows = await db
      .selectFrom('finance_securitisation as s')
      .select(['s.region_code', year.as('year'), sql<number>`count(*)::int`.as('n'), sql<number>`sum(s.amount_fen)::bigint`.as('fen')])
      .groupBy(['s.region_code', year])
      .execute();
    return rows.map((r) => ({ region_code: r.region_code, year: Number(r.year), n: Number(r.n), fen: Number(r.fen) }));
  },
};
export type FinanceStatsRepository = typeof financeStatsRepository;
