import { FULL_BP, type PoolRole } from '../../../../common/finance-loans';

/** A party of a pool's loss sharing, in its order on the pool. */
export interface SharingParty {
  role: PoolRole;
  orgId: string | null;
  shareBp: number;
}

/** One party's part of an amount, to the fen. */
export interface PartShare extends SharingParty {
  amountFen: number;
}

/** The problem with a pool's sharing ratios, or null when they hold: they sum to 100 %, one fund, one bank. */
export function ratioProblem(parties: readonly SharingParty[]): { field: string; message: string } | null {
  const sum = parties.reduce((s, p) => s + p.shareBp, 0);
  if (sum !== FULL_BP) return { field: 'parties', message: `分担比例合计应为 100%，现为 ${(sum / 100).toFixed(2)}%` };
  const funds = parties.filter((p) => p.role === 'fund').length;
  if (funds !== 1) return { field: 'parties', message: '应有且只有一个资金池份额' };
  if (parties.filter((p) => p.role === 'bank').length !== 1) return { field: 'parties', message: '应有且只有一个贷款银行份额' };
  const i = parties.findIndex((p) => p.role !== 'fund' && p.role !== 'bank' && !p.orgId);
  if (i >= 0) return { field: `parties.${i}.orgId`, message: '请选择承担该份额的机构' };
  return null;
}

/**
 * Splits an amount by the parties' ratios to the fen. Each party first gets the whole fen of its
 * exact part (amount × share ÷ 10,000, rounded down); the fen left over go one each to the parties
 * with the largest fractions dropped, ties to the party listed first (the fund is listed first).
 * So the parts always sum to the amount, and the same claim always splits the same way.
 */
export function splitByRatios(amountFen: number, parties: readonly SharingParty[]): PartShare[] {
  const amount = BigInt(amountFen);
  const exact = parties.map((p) => amount * BigInt(p.shareBp));
  const floors = exact.map((e) => e / BigInt(FULL_BP));
  let left = amount - floors.reduce((s, f) => s + f, 0n);
  const order = exact.map((e, i) => ({ i, rest: e % BigInt(FULL_BP) })).sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left <= 0n) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    left--;
  }
  return parties.map((p, i) => ({ ...p, amountFen: Number(floors[i]) }));
}

/** The pool rules a claim's eligible loss is computed under. */
export interface EligibilityRules {
  qualifying: 'pureIpOnly' | 'ipShare';
  perLoanCapFen: number;
}

/**
 * The part of a loss the sharing applies to: the IP share of mixed collateral (or nothing, when the
 * pool covers pure IP pledges only), capped per loan. Rounded down to the fen.
 */
export function eligibleLoss(lossFen: number, loan: { collateral: 'pureIp' | 'mixed'; ipShareBp: number }, rules: EligibilityRules): { eligibleFen: number; reason: string | null } {
  if (loan.collateral === 'mixed' && rules.qualifying === 'pureIpOnly') return { eligibleFen: 0, reason: '该资金池只补偿纯知识产权质押贷款' };
  const share = loan.collateral === 'pureIp' ? lossFen : Number((BigInt(lossFen) * BigInt(loan.ipShareBp)) / BigInt(FULL_BP));
  return { eligibleFen: Math.min(share, rules.perLoanCapFen), reason: null };
}

/** What the fund pays now for a claim, by the pool's rule when its balance falls short. */
export function fundPayment(fundShareFen: number, balanceFen: number, overflow: 'proRata' | 'queued'): { payFen: number; queued: boolean } {
  if (fundShareFen <= balanceFen) return { payFen: fundShareFen, queued: false };
  if (overflow === 'queued') return { payFen: 0, queued: true };
  return { payFen: Math.max(0, balanceFen), queued: false };
}
