import type { AuditEvent } from '../../../common/audit';
import type { Loan, LoanDetail, LoanListQuery, LoanStatus } from '../../../common/finance-loans';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { actsForBank, financeScope } from './finance.policy';
import { allowedActions } from './domain/loan-states';
import type { LoanDeps, LoanSupport } from './loan-support.service';
import type { LoanFilter } from './loan.repository';
import { LOAN_EXPORT_COLUMNS, LOAN_IMPORT_COLUMNS, REPAYMENT_IMPORT_COLUMNS } from './loan.workbook';

const EXPORT_MAX = 50_000;

/** The list filters of a loan query. */
export function loanFilter(q: LoanListQuery): LoanFilter {
  return {
    status: q.status === undefined ? undefined : [q.status].flat(),
    bankOrgId: q.bankOrgId,
    enterpriseOrgId: q.enterpriseOrgId,
    regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined,
    year: q.year,
    overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
    typicalCase: q.typicalCase === undefined ? undefined : q.typicalCase === 'true',
    q: q.q,
  };
}

/** Reads of loans: the list, its export, one loan with its repayments and pledges, its history. */
export function createLoanQueries(deps: LoanDeps, support: LoanSupport) {
  const { db, repo } = deps;
  const { mapLoan, visibleLoan } = support;

  return {
    /** A page of the loans the caller may see. */
    async list(actor: Actor, q: LoanListQuery): Promise<Page<Loan>> {
      const { rows, total } = await repo.list(db, loanFilter(q), financeScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'signedOn', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapLoan), total, page: q.page, pageSize: q.pageSize };
    },

    /** The filtered list as an Excel workbook. */
    async exportXlsx(actor: Actor, q: LoanListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '知识产权质押贷款', columns: LOAN_EXPORT_COLUMNS, rows: page.items });
    },

    /** One loan with its repayments, the pledges behind it and what the caller may do next. */
    async get(actor: Actor, id: string): Promise<LoanDetail> {
      const l = await visibleLoan(db, actor, id);
      const [repayments, pledgeIds] = await Promise.all([repo.repayments(db, id), repo.pledgeIds(db, id)]);
      const described = deps.pledges && pledgeIds.length ? await deps.pledges.describe(pledgeIds) : pledgeIds.map((p) => ({ id: p, rightCount: 0, kinds: [], status: 'unknown' }));
      const canManage = actsForBank(actor, l.bank_org_id);
      return {
        ...mapLoan(l),
        repayments: repayments.map((r) => ({ id: r.id, loanId: r.loan_id, paidOn: r.paid_on, principalFen: r.principal_fen, interestFen: r.interest_fen })),
        pledges: described,
        actions: canManage ? allowedActions(l.status as LoanStatus) : [],
        canManage,
      };
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visibleLoan(db, actor, id);
      return deps.history('financeLoan', id);
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('贷款', LOAN_IMPORT_COLUMNS);
    },

    async repaymentTemplate(): Promise<Buffer> {
      return writeTemplate('还款', REPAYMENT_IMPORT_COLUMNS);
    },
  };
}
