import type { ClaimCreate, ClaimDetail, ClaimReview, RecoveryCreate } from '../../../common/finance-loans';
import type { TypicalCaseInput } from '../../../common/finance';
import type { Tx } from '../../db/database';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { conflict, fieldError, forbidden } from '../../platform/errors';
import type { ClaimDeps, ClaimSupport } from './claim-support.service';
import type { ClaimRow } from './claim.repository';
import { eligibleLoss, fundPayment, splitByRatios } from './domain/loss-sharing';
import { actsForBank, canManageFinance } from './finance.policy';

const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;

/** Writes of compensation claims: applying, the office's review and payout, recoveries shared back. */
export function createClaimCommands(deps: ClaimDeps, support: ClaimSupport, get: (actor: Actor, id: string) => Promise<ClaimDetail>) {
  const { db, repo, loans, pools, audit, clock, calendar } = deps;

  /**
   * Pays a claim's fund share from the pool, under the pool row's lock: the whole share when the
   * balance covers it, otherwise by the pool's rule (what the balance allows, or queued). Never
   * more than the balance; the ledger's check refuses a negative balance besides.
   */
  async function payout(trx: Tx, actor: Actor, c: ClaimRow, on: string): Promise<'paid' | 'queued'> {
    const pool = (await pools.lock(trx, c.pool_id))!;
    const shares = splitByRatios(c.eligible_fen, support.sharingParties(await pools.parties(trx, [c.pool_id]), c.bank_org_id));
    const fundShare = shares.find((s) => s.role === 'fund')?.amountFen ?? 0;
    const { payFen, queued } = fundPayment(fundShare, pool.balance_fen, pool.overflow as 'proRata' | 'queued');
    if (queued) {
      await repo.update(trx, c.id, { status: 'queued' }, clock.now());
      await audit.record(trx, actor, { action: 'queue', entityType: 'financeClaim', entityId: c.id, after: { fundShareFen: fundShare, balanceFen: pool.balance_fen } });
      return 'queued';
    }
    const paid = shares.map((s) => (s.role === 'fund' ? { ...s, amountFen: payFen } : s));
    if (payFen > 0) await pools.append(trx, c.pool_id, { kind: 'payout', amount_fen: -payFen, claim_id: c.id, occurred_on: on, note: `代偿：合同 ${c.contract_no}` });
    if (c.eligible_fen > 0) await repo.addMovement(trx, { loan_id: c.loan_id, claim_id: c.id, kind: 'payout', total_fen: c.eligible_fen, shares: paid, occurred_on: on });
    const note = payFen < fundShare ? `资金池余额不足，按余额支付 ${yuan(payFen)}（应承担 ${yuan(fundShare)}）` : null;
    await repo.update(trx, c.id, { status: 'paid', paid_fen: payFen, ...(note ? { review_note: note } : {}) }, clock.now());
    await audit.record(trx, actor, { action: 'payout', entityType: 'financeClaim', entityId: c.id, after: { shares: paid, fundPaidFen: payFen } });
    return 'paid';
  }

  return {
    /** The lending bank applies for compensation on a loan in default, within the pool's deadline. */
    async apply(actor: Actor, input: ClaimCreate): Promise<ClaimDetail> {
      const files = input.evidenceFileIds.length ? await deps.files.describe(input.evidenceFileIds) : [];
      const today = chinaDate(clock.now());
      const id = await inTransaction(db, async (trx) => {
        const l = await loans.lock(trx, input.loanId);
        if (!l || !actsForBank(actor, l.bank_org_id)) throw fieldError('loanId', '贷款不存在');
        if (l.status !== 'defaulted' || !l.default_on) throw fieldError('loanId', '贷款未认定为不良，不能申请代偿');
        if (input.defaultConfirmedOn < l.default_on) throw fieldError('defaultConfirmedOn', '不良确认日期早于贷款的不良认定日期');
        if (input.defaultConfirmedOn > today) throw fieldError('defaultConfirmedOn', '不良确认日期不能晚于今天');
        const pool = await pools.find(trx, input.poolId);
        if (!pool || !(await pools.banks(trx, [pool.id])).some((b) => b.bank_org_id === l.bank_org_id)) throw fieldError('poolId', '本行未参加该资金池');
        if (!l.region_code.startsWith(pool.region_code.slice(0, 4))) throw fieldError('poolId', '贷款企业不在该资金池的覆盖范围');
        const deadline = calendar.addWorkingDays(input.defaultConfirmedOn, pool.claim_deadline_days);
        if (today > deadline) throw fieldError('defaultConfirmedOn', `应在不良确认后 ${pool.claim_deadline_days} 个工作日内（${deadline} 前）申请，已逾期（依据：${pool.claim_deadline_source}）`);
        const outstanding = l.amount_fen - l.principal_repaid_fen;
        if (input.lossFen > outstanding) throw fieldError('lossFen', `损失金额超过未还本金 ${yuan(outstanding)}`);
        const { eligibleFen, reason } = eligibleLoss(input.lossFen, { collateral: l.collateral as 'pureIp' | 'mixed', ipShareBp: l.ip_share_bp }, { qualifying: pool.qualifying as 'pureIpOnly' | 'ipShare', perLoanCapFen: pool.per_loan_cap_fen });
        if (reason) throw fieldError('loanId', reason);
        input.evidenceFileIds.forEach((f, i) => {
          if (!files.some((x) => x.id === f)) throw fieldError(`evidenceFileIds.${i}`, '文件不存在');
        });
        if (await repo.liveForLoan(trx, l.id)) throw conflict('该贷款已有代偿申请');
        const v = { loan_id: l.id, pool_id: pool.id, region_code: l.region_code, enterprise_org_id: l.enterprise_org_id, bank_org_id: l.bank_org_id, default_confirmed_on: input.defaultConfirmedOn, applied_on: today, deadline_on: deadline, loss_fen: input.lossFen, eligible_fen: eligibleFen, recovery_efforts: input.recoveryEfforts, evidence_file_ids: input.evidenceFileIds };
        const id = await repo.insert(trx, v, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'financeClaim', entityId: id, after: v });
        return id;
      });
      return get(actor, id);
    },

    /** The office reviews a claim: a rejection ends it; an approval pays the fund's share by the pool's rule. */
    async review(actor: Actor, id: string, input: ClaimReview): Promise<ClaimDetail> {
      await inTransaction(db, async (trx) => {
        const c = await support.visibleClaim(trx, actor, id, true);
        if (!canManageFinance(actor, c.region_code)) throw forbidden('只有知识产权局可以审核代偿申请');
        if (c.status !== 'submitted') throw conflict('该申请已审核，不能再次代偿');
        await repo.update(trx, id, { status: input.approve ? 'submitted' : 'rejected', review_note: input.note, reviewed_at: clock.now(), reviewed_by_name: actor.displayName }, clock.now());
        await audit.record(trx, actor, { action: input.approve ? 'approve' : 'reject', entityType: 'financeClaim', entityId: id, after: { note: input.note } });
        if (input.approve) await payout(trx, actor, c, chinaDate(clock.now()));
      });
      return get(actor, id);
    },

    /** Pays queued claims of a pool, oldest first, while its balance covers them (after new funding). */
    async payQueuedIn(trx: Tx, actor: Actor, poolId: string): Promise<void> {
      for (const { id } of await repo.queued(trx, poolId)) {
        const c = (await repo.lock(trx, id))!;
        if ((await payout(trx, actor, c, chinaDate(clock.now()))) === 'queued') break;
      }
    },

    /** Money recovered later flows back by the same ratios: the fund's share returns to the pool. */
    async recover(actor: Actor, id: string, input: RecoveryCreate): Promise<ClaimDetail> {
      await inTransaction(db, async (trx) => {
        const c = await support.visibleClaim(trx, actor, id, true);
        if (!canManageFinance(actor, c.region_code) && !actsForBank(actor, c.bank_org_id)) throw forbidden('只有知识产权局或贷款银行可以登记追偿');
        if (c.status !== 'paid') throw conflict('只有已代偿的申请可以登记追偿');
        const before = (await repo.movements(trx, id)).filter((m) => m.kind === 'recovery').reduce((s, m) => s + m.total_fen, 0);
        if (before + input.amountFen > c.eligible_fen) throw fieldError('amountFen', `累计追偿不能超过可补偿金额 ${yuan(c.eligible_fen)}`);
        await pools.lock(trx, c.pool_id);
        const shares = splitByRatios(input.amountFen, support.sharingParties(await pools.parties(trx, [c.pool_id]), c.bank_org_id));
        // The fund never takes back more than it paid (a pro-rata payout paid less than its share).
        const fundBack = Math.min(shares.find((s) => s.role === 'fund')?.amountFen ?? 0, c.paid_fen - c.recovered_fen);
        if (fundBack > 0) await pools.append(trx, c.pool_id, { kind: 'recovery', amount_fen: fundBack, claim_id: id, occurred_on: input.on, note: `追偿收回：合同 ${c.contract_no}` });
        await repo.addMovement(trx, { loan_id: c.loan_id, claim_id: id, kind: 'recovery', total_fen: input.amountFen, shares, occurred_on: input.on });
        await repo.update(trx, id, { recovered_fen: c.recovered_fen + fundBack }, clock.now());
        await audit.record(trx, actor, { action: 'recover', entityType: 'financeClaim', entityId: id, after: { amountFen: input.amountFen, shares, fundBackFen: fundBack } });
      });
      return get(actor, id);
    },

    /** Marks a claim as a candidate typical case with its story. */
    async setTypicalCase(actor: Actor, id: string, input: TypicalCaseInput): Promise<ClaimDetail> {
      await inTransaction(db, async (trx) => {
        const c = await support.visibleClaim(trx, actor, id, true);
        if (!canManageFinance(actor, c.region_code) && !actsForBank(actor, c.bank_org_id)) throw forbidden('只有知识产权局或贷款银行可以推荐典型案例');
        await repo.update(trx, id, { typical_case: input.typicalCase, case_story: input.caseStory }, clock.now());
        await audit.record(trx, actor, { action: 'typicalCase', entityType: 'financeClaim', entityId: id, before: { typicalCase: c.typical_case }, after: input });
      });
      return get(actor, id);
    },
  };
}
