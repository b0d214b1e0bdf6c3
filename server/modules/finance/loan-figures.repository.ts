import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { FinanceScope } from './finance.policy';
import { financeScopeSql } from './finance-scope.repository';
import { rebuildRollup, type RollupSum, rollupSums } from '../../db/rollup';
import { LOAN_MEASURES, loanParts } from './domain/loan-figure-parts';

export type FigureRow = { key: string; loans: number; amount_fen: number; inclusive_loans: number; inclusive_amount_fen: number };

/** The part of the monthly figures a scope may read: a region, one bank, or nothing (an enterprise has no figures of its own). */
function figureFilter(scope: FinanceScope): { prefix?: string; orgId?: string } | null {
  if (scope.kind === 'all') return {};
  if (scope.kind === 'region') return { prefix: scope.prefix };
  if (scope.kind === 'bank') return { orgId: scope.orgId };
  return null;
}

export const loanFiguresRepository = {
  /** Loans signed in a year inside a region prefix, summed by district (county code) and by bank from the monthly figures. */
  async loansByDistrictAndBank(db: Db, year: number, prefix: string, scope: FinanceScope): Promise<{ district: FigureRow[]; bank: FigureRow[] }> {
    const narrow = figureFilter(scope);
    const sums = narrow ? await rollupSums(db, 'finance_figure_month', { measures: [LOAN_MEASURES.lent, LOAN_MEASURES.inclusive], from: `${year}-01-01`, to: `${year}-12-31`, prefix, ...narrow }) : [];
    const group = (keyOf: (r: RollupSum) => string) => {
      const m = new Map<string, FigureRow>();
      for (const r of sums) {
        const row = m.get(keyOf(r)) ?? { key: keyOf(r), loans: 0, amount_fen: 0, inclusive_loans: 0, inclusive_amount_fen: 0 };
        if (r.measure === LOAN_MEASURES.lent) {
          row.loans += r.n;
          row.amount_fen += r.total;
        } else {
          row.inclusive_loans += r.n;
          row.inclusive_amount_fen += r.total;
        }
        m.set(row.key, row);
      }
      return [...m.values()];
    };
    return { district: group((r) => r.region_code), bank: group((r) => r.org_id) };
  },

  /** Fills the monthly figures again from every loan (after a bulk load that went around the repositories). */
  async rebuildFigures(trx: Db): Promise<void> {
    const rows = await trx.selectFrom('finance_loan').select(['region_code', 'bank_org_id', 'signed_on', 'status', 'amount_fen', 'principal_repaid_fen']).execute();
    await rebuildRollup(trx, 'finance_figure_month', rows.flatMap(loanParts));
  },

  /** Principal outstanding on running loans inside a region prefix (what the pools back). */
  async outstanding(db: Db, prefix: string, scope: FinanceScope): Promise<number> {
    const narrow = figureFilter(scope);
    const sums = narrow ? await rollupSums(db, 'finance_figure_month', { measures: [LOAN_MEASURES.owed], prefix, ...narrow }) : [];
    return sums.reduce((s, r) => s + r.total, 0);
  },

  /** The amount lent in a year inside a region prefix, for the growth on the year before. */
  async lentAmount(db: Db, year: number, prefix: string, scope: FinanceScope): Promise<number> {
    const narrow = figureFilter(scope);
    const sums = narrow ? await rollupSums(db, 'finance_figure_month', { measures: [LOAN_MEASURES.lent], from: `${year}-01-01`, to: `${year}-12-31`, prefix, ...narrow }) : [];
    return sums.reduce((s, r) => s + r.total, 0);
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
