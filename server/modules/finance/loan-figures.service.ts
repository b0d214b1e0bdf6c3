import type { LoanFigures } from '../../../common/finance-subsidies';
import { FULL_BP } from '../../../common/finance-loans';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { OrgServices } from '../org/org.contract';
import { financeScope } from './finance.policy';
import type { FigureRow, LoanFiguresRepository } from './loan-figures.repository';

const row = (r: FigureRow, name: string) => ({ key: r.key, name, loans: Number(r.loans), amountFen: Number(r.amount_fen), inclusiveLoans: Number(r.inclusive_loans), inclusiveAmountFen: Number(r.inclusive_amount_fen) });
const ratio = (part: number, whole: number, unit: number) => (whole > 0 ? Math.round((part * unit) / whole) : 0);

/** The loan half of the finance statistics: inclusive loans and their share, pool leverage and loss rate, subsidies paid. */
export function createLoanFiguresService(deps: { db: Db; repo: LoanFiguresRepository; org: OrgServices }) {
  const { db, repo, org } = deps;
  return {
    /** Fills the monthly loan figures again from the loans (after a bulk load that went around the repositories). */
    async rebuildFigures(): Promise<void> {
      await inTransaction(db, (trx) => repo.rebuildFigures(trx));
    },

    /** The amount lent in a year inside a region prefix, within the caller's scope (the growth on the year before). */
    async lentAmount(actor: Actor, year: number, prefix: string): Promise<number> {
      return repo.lentAmount(db, year, prefix, financeScope(actor));
    },

    /**
     * The figures of a year inside a region prefix (the caller's own region when none is given, or a
     * narrower one), limited by the caller's scope like the loan list: a bank sees its own loans.
     */
    async loanFigures(actor: Actor, year: number, prefix?: string | null): Promise<LoanFigures> {
      const scope = financeScope(actor);
      const own = scope.kind === 'region' ? scope.prefix : '';
      const p = prefix && prefix.startsWith(own) ? prefix : own || (prefix ?? '');
      const [{ district: districts, bank: banks }, outstanding, ledger, balance, subsidies] = await Promise.all([
        repo.loansByDistrictAndBank(db, year, p, scope),
        repo.outstanding(db, p, scope),
        scope.kind === 'all' || scope.kind === 'region' ? repo.ledger(db, p, year) : Promise.resolve([]),
        scope.kind === 'all' || scope.kind === 'region' ? repo.balance(db, p) : Promise.resolve(0),
        repo.subsidiesPaid(db, year, p, scope),
      ]);
      const sum = (k: 'loans' | 'amountFen' | 'inclusiveLoans' | 'inclusiveAmountFen', rows: ReturnType<typeof row>[]) => rows.reduce((s, r) => s + r[k], 0);
      const byDistrict = districts.map((r) => row(r, org.regions.fullName(r.key))).sort((a, b) => b.amountFen - a.amountFen);
      // Bank names come from the org module, which owns the organisations.
      const bankNames = new Map((await org.orgs.lookup(null, banks.map((b) => b.key))).map((o) => [o.id, o.name]));
      const byBank = banks.map((r) => row(r, bankNames.get(r.key) ?? '')).sort((a, b) => b.amountFen - a.amountFen);
      const fen = (kind: string) => Number(ledger.find((l) => l.kind === kind)?.fen ?? 0);
      const payout = -fen('payout');
      const recovered = fen('recovery');
      const amountFen = sum('amountFen', byDistrict);
      const inclusiveAmountFen = sum('inclusiveAmountFen', byDistrict);
      return {
        year,
        regionPrefix: p,
        loans: sum('loans', byDistrict),
        amountFen,
        inclusiveLoans: sum('inclusiveLoans', byDistrict),
        inclusiveAmountFen,
        inclusiveShareBp: ratio(inclusiveAmountFen, amountFen, FULL_BP),
        poolFundFen: fen('funding'),
        poolBalanceFen: balance,
        leverageX100: ratio(outstanding, fen('funding'), 100),
        payoutFen: payout,
        recoveredFen: recovered,
        lossRateBp: ratio(payout - recovered, amountFen, FULL_BP),
        subsidiesPaidFen: subsidies,
        byDistrict,
        byBank,
      };
    },
  };
}
export type LoanFiguresService = ReturnType<typeof createLoanFiguresService>;
