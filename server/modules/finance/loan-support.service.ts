import type { AuditEvent } from '../../../common/audit';
import type { Collateral, Loan, LoanStatus } from '../../../common/finance-loans';
import type { IpRightKind } from '../../../common/finance';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import type { Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { JobService } from '../../platform/jobs/job.service';
import type { OrgServices } from '../org/org.contract';
import { canSeeFinanceRecord } from './finance.policy';
import type { LoanRepository, LoanRow } from './loan.repository';

/** What the pledge register tells about the pledges behind a loan (wired to the pledge service when present). */
export interface PledgeReader {
  describe(ids: string[]): Promise<{ id: string; rightCount: number; kinds: IpRightKind[]; status: string }[]>;
}

/** What the loan service needs. */
export interface LoanDeps {
  db: Db;
  repo: LoanRepository;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  jobs: JobService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
  pledges?: PledgeReader | undefined;
}

/** What the loan queries and commands share. */
export function createLoanSupport(deps: LoanDeps) {
  const { repo, org } = deps;

  const mapLoan = (l: LoanRow): Loan => ({
    id: l.id,
    regionCode: l.region_code,
    regionName: org.regions.fullName(l.region_code),
    enterpriseOrgId: l.enterprise_org_id,
    enterpriseName: l.enterprise_name,
    bankOrgId: l.bank_org_id,
    bankName: l.bank_name,
    contractNo: l.contract_no,
    collateral: l.collateral as Collateral,
    ipShareBp: l.ip_share_bp,
    amountFen: l.amount_fen,
    rateBp: l.rate_bp,
    termMonths: l.term_months,
    signedOn: l.signed_on,
    disbursedOn: l.disbursed_on,
    maturityOn: l.maturity_on,
    status: l.status as LoanStatus,
    principalRepaidFen: l.principal_repaid_fen,
    interestRepaidFen: l.interest_repaid_fen,
    outstandingFen: l.disbursed_on ? l.amount_fen - l.principal_repaid_fen : 0,
    overdueDays: l.overdue_days,
    defaultOn: l.default_on,
    closedOn: l.closed_on,
    writtenOffOn: l.written_off_on,
    typicalCase: l.typical_case,
    caseStory: l.case_story,
  });

  /** The loan if the caller may see it; otherwise 404, exactly as for a missing one. */
  async function visibleLoan(db: Db, actor: Actor, id: string, lock = false): Promise<LoanRow> {
    const l = lock ? await repo.lock(db, id) : await repo.find(db, id);
    if (!l || !canSeeFinanceRecord(actor, l)) throw notFound('贷款');
    return l;
  }

  return { mapLoan, visibleLoan };
}
export type LoanSupport = ReturnType<typeof createLoanSupport>;
