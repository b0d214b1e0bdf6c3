import type { ImportRowError, Job } from '../../../common/jobs';
import type { LoanActionInput, LoanCreate, LoanDetail, LoanStatus, RepaymentCreate } from '../../../common/finance-loans';
import type { TypicalCaseInput } from '../../../common/finance';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import { addMonths } from '../../platform/calendar';
import { conflict, fieldError, forbidden } from '../../platform/errors';
import { startImport, type ValidRow } from '../../platform/import';
import { acceptsRepayments, nextStatus } from './domain/loan-states';
import { actsForBank, canManageFinance } from './finance.policy';
import type { LoanDeps, LoanSupport } from './loan-support.service';
import type { LoanRow } from './loan.repository';
import { LOAN_IMPORT_COLUMNS, type LoanImportRow, LoanImportRowSchema, REPAYMENT_IMPORT_COLUMNS, type RepaymentImportRow, RepaymentImportRowSchema } from './loan.workbook';

type Tx = LoanDeps['db'];

/** The bank's own loan, locked; another bank's answers 404 (it cannot see it), a reader 403. */
async function ownLoan(support: LoanSupport, trx: Tx, actor: Actor, id: string): Promise<LoanRow> {
  const l = await support.visibleLoan(trx, actor, id, true);
  if (!actsForBank(actor, l.bank_org_id)) throw forbidden('只有贷款银行可以办理');
  return l;
}

/** Writes of loans: recording, state changes, repayments, typical-case marks and the Excel imports. */
export function createLoanCommands(deps: LoanDeps, support: LoanSupport, get: (actor: Actor, id: string) => Promise<LoanDetail>) {
  const { db, repo, org, audit, clock } = deps;

  async function enterprise(id: string, field: string): Promise<{ id: string; name: string; regionCode: string }> {
    const [e] = await org.orgs.lookup(null, [id]);
    if (!e || e.kind !== 'enterprise') throw fieldError(field, '企业不存在');
    return e;
  }

  /** Adds repayments to a locked loan after checking them against its state and amount. */
  async function repay(trx: Tx, actor: Actor, l: LoanRow, rows: RepaymentCreate[], field = (_i: number, f: string) => f): Promise<void> {
    if (!acceptsRepayments(l.status as LoanStatus)) throw conflict(`贷款状态为「${l.status}」，不能登记还款`);
    let principal = l.principal_repaid_fen;
    rows.forEach((r, i) => {
      if (l.disbursed_on && r.paidOn < l.disbursed_on) throw fieldError(field(i, 'paidOn'), '还款日期早于放款日期');
      principal += r.principalFen;
      if (principal > l.amount_fen) throw fieldError(field(i, 'principalFen'), '累计归还本金超过贷款金额');
    });
    await repo.addRepayments(trx, l.id, rows.map((r) => ({ paid_on: r.paidOn, principal_fen: r.principalFen, interest_fen: r.interestFen })), clock.now());
    await audit.record(trx, actor, { action: 'repay', entityType: 'financeLoan', entityId: l.id, after: { repayments: rows } });
  }

  return {
    /** A bank records a loan of its own to an enterprise; it starts as submitted. */
    async create(actor: Actor, input: LoanCreate): Promise<LoanDetail> {
      if (!actor.roles.includes('bank')) throw forbidden('只有银行可以登记贷款');
      const e = await enterprise(input.enterpriseOrgId, 'enterpriseOrgId');
      const id = await inTransaction(db, async (trx) => {
        if ((await repo.findByContract(trx, actor.orgId, [input.contractNo])).length) throw fieldError('contractNo', '本行已登记该合同编号');
        const loan = { region_code: e.regionCode, enterprise_org_id: e.id, bank_org_id: actor.orgId, contract_no: input.contractNo, collateral: input.collateral, ip_share_bp: input.ipShareBp, amount_fen: input.amountFen, rate_bp: input.rateBp, term_months: input.termMonths, signed_on: input.signedOn };
        const id = await repo.insert(trx, loan, [...new Set(input.pledgeIds)], clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'financeLoan', entityId: id, after: { ...loan, enterprise: e.name, pledgeIds: input.pledgeIds } });
        return id;
      });
      return get(actor, id);
    },

    /** Moves a loan by the state machine: only the lending bank, only an allowed transition. */
    async act(actor: Actor, id: string, input: LoanActionInput): Promise<LoanDetail> {
      await inTransaction(db, async (trx) => {
        const l = await ownLoan(support, trx, actor, id);
        const to = nextStatus(l.status as LoanStatus, input.action);
        if (!to) throw conflict(`贷款当前状态不允许「${input.action}」`);
        if (input.on < l.signed_on) throw fieldError('on', '日期早于签约日期');
        const set: Parameters<typeof repo.update>[2] = { status: to };
        if (input.action === 'disburse') Object.assign(set, { disbursed_on: input.on, maturity_on: addMonths(input.on, l.term_months) });
        if (input.action === 'payOff') {
          if (l.disbursed_on && l.principal_repaid_fen < l.amount_fen) throw fieldError('action', `尚有未还本金 ${((l.amount_fen - l.principal_repaid_fen) / 100).toFixed(2)} 元，请先登记还款`);
          Object.assign(set, { closed_on: input.on, overdue_days: 0 });
        }
        if (input.action === 'markDefault') {
          if (input.overdueDays === undefined) throw fieldError('overdueDays', '请填写逾期天数');
          Object.assign(set, { default_on: input.on, overdue_days: input.overdueDays });
        }
        if (input.action === 'writeOff') Object.assign(set, { written_off_on: input.on });
        if (input.note) set.recovery_note = input.note;
        await repo.update(trx, id, set, clock.now());
        await audit.record(trx, actor, { action: input.action, entityType: 'financeLoan', entityId: id, before: { status: l.status }, after: { status: to, on: input.on, overdueDays: input.overdueDays, note: input.note } });
      });
      return get(actor, id);
    },

    /** Records one repayment of the bank's own loan. */
    async addRepayment(actor: Actor, id: string, input: RepaymentCreate): Promise<LoanDetail> {
      await inTransaction(db, async (trx) => repay(trx, actor, await ownLoan(support, trx, actor, id), [input]));
      return get(actor, id);
    },

    /** Marks a loan as a candidate typical case with its story (the office, or the lending bank). */
    async setTypicalCase(actor: Actor, id: string, input: TypicalCaseInput): Promise<LoanDetail> {
      await inTransaction(db, async (trx) => {
        const l = await support.visibleLoan(trx, actor, id, true);
        if (!actsForBank(actor, l.bank_org_id) && !canManageFinance(actor, l.region_code)) throw forbidden('只有贷款银行或知识产权局可以推荐典型案例');
        await repo.update(trx, id, { typical_case: input.typicalCase, case_story: input.caseStory }, clock.now());
        await audit.record(trx, actor, { action: 'typicalCase', entityType: 'financeLoan', entityId: id, before: { typicalCase: l.typical_case, caseStory: l.case_story }, after: input });
      });
      return get(actor, id);
    },

    /** Imports a bank's loans from Excel: all rows or none. */
    async importLoans(actor: Actor, bytes: Buffer): Promise<Job> {
      if (!actor.roles.includes('bank')) throw forbidden('只有银行可以导入贷款');
      // A bank lends to any enterprise of the platform, so names are resolved against all of them.
      const names = await org.orgs.nameIndex({ ...actor, scope: 'all' });
      return startImport(deps.jobs, actor, bytes, {
        kind: 'finance.loans',
        columns: LOAN_IMPORT_COLUMNS,
        rowSchema: LoanImportRowSchema,
        async check(rows: ValidRow<LoanImportRow>[], errors: ImportRowError[]) {
          const existing = new Set((await repo.findByContract(db, actor.orgId, rows.map((r) => r.value.contractNo))).map((r) => r.contract_no));
          const seen = new Set<string>();
          const resolved = rows.map((r) => ({ r, hit: names.resolve(r.value.enterprise) }));
          const kinds = new Map((await org.orgs.lookup(null, resolved.flatMap(({ hit }) => ('id' in hit ? [hit.id] : [])))).map((o) => [o.id, o.kind]));
          return resolved.flatMap(({ r, hit }) => {
            const bad = (field: string, message: string) => (errors.push({ row: r.rowNumber, field, message }), []);
            if (existing.has(r.value.contractNo) || seen.has(r.value.contractNo)) return bad('合同编号', '合同编号重复');
            seen.add(r.value.contractNo);
            if (!('id' in hit)) return bad('企业', hit.problem);
            if (kinds.get(hit.id) !== 'enterprise') return bad('企业', `「${hit.name}」不是企业`);
            const ipShareBp = r.value.collateral === 'pureIp' ? 10_000 : r.value.ipShare;
            if (!ipShareBp) return bad('知识产权占比(%)', '组合担保请填写知识产权占比');
            return [{ rowNumber: r.rowNumber, value: { ...r.value, ipShareBp, enterpriseOrgId: hit.id, regionCode: hit.regionCode } }];
          });
        },
        async persist(rows, progress) {
          await inTransaction(db, async (trx) => {
            for (const { value: v } of rows) {
              const loan = { region_code: v.regionCode, enterprise_org_id: v.enterpriseOrgId, bank_org_id: actor.orgId, contract_no: v.contractNo, collateral: v.collateral, ip_share_bp: v.ipShareBp, amount_fen: v.amount, rate_bp: v.rate, term_months: v.termMonths, signed_on: v.signedOn };
              const id = await repo.insert(trx, loan, [], clock.now());
              await audit.record(trx, actor, { action: 'import', entityType: 'financeLoan', entityId: id, after: loan });
            }
          });
          progress(rows.length);
        },
      });
    },

    /** Imports a bank's repayments by contract number from Excel: all rows or none. */
    async importRepayments(actor: Actor, bytes: Buffer): Promise<Job> {
      if (!actor.roles.includes('bank')) throw forbidden('只有银行可以导入还款');
      return startImport(deps.jobs, actor, bytes, {
        kind: 'finance.repayments',
        columns: REPAYMENT_IMPORT_COLUMNS,
        rowSchema: RepaymentImportRowSchema,
        async check(rows: ValidRow<RepaymentImportRow>[], errors: ImportRowError[]) {
          const loans = new Map((await repo.findByContract(db, actor.orgId, [...new Set(rows.map((r) => r.value.contractNo))])).map((l) => [l.contract_no, l]));
          const principal = new Map<string, number>();
          return rows.flatMap((r) => {
            const bad = (field: string, message: string) => (errors.push({ row: r.rowNumber, field, message }), []);
            const l = loans.get(r.value.contractNo);
            if (!l) return bad('合同编号', '本行没有该合同编号的贷款');
            if (!acceptsRepayments(l.status as LoanStatus)) return bad('合同编号', '该贷款当前状态不能登记还款');
            if (r.value.principal + r.value.interest === 0) return bad('归还本金(元)', '本金和利息不能都为零');
            const total = (principal.get(l.id) ?? l.principal_repaid_fen) + r.value.principal;
            if (total > l.amount_fen) return bad('归还本金(元)', '累计归还本金超过贷款金额');
            principal.set(l.id, total);
            return [{ rowNumber: r.rowNumber, value: { loanId: l.id, paidOn: r.value.paidOn, principalFen: r.value.principal, interestFen: r.value.interest } }];
          });
        },
        async persist(rows, progress) {
          await inTransaction(db, async (trx) => {
            const byLoan = new Map<string, typeof rows>();
            for (const r of rows) byLoan.set(r.value.loanId, [...(byLoan.get(r.value.loanId) ?? []), r]);
            for (const [loanId, list] of byLoan) {
              const l = await ownLoan(support, trx, actor, loanId);
              await repay(trx, actor, l, list.map((x) => x.value), (i, f) => `${list[i]?.rowNumber ?? ''}.${f}`);
            }
          });
          progress(rows.length);
        },
      });
    },
  };
}
