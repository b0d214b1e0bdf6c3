import type { AuditEvent } from '../../../common/audit';
import type { Claim, ClaimStatus, PoolRole, Share } from '../../../common/finance-loans';
import type { Db } from '../../db/database';
import type { ShareRow } from '../../db/tables/finance-loans';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import type { Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { FileService } from '../../platform/files/file.service';
import type { OrgServices } from '../org/org.contract';
import type { SharingParty } from './domain/loss-sharing';
import { canSeeFinanceRecord } from './finance.policy';
import type { ClaimRepository, ClaimRow } from './claim.repository';
import type { LoanRepository } from './loan.repository';
import type { PoolPartyRow, PoolRepository } from './pool.repository';

/** What the claim service needs. */
export interface ClaimDeps {
  db: Db;
  repo: ClaimRepository;
  loans: LoanRepository;
  pools: PoolRepository;
  org: OrgServices;
  files: FileService;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** What the claim queries and commands share. */
export function createClaimSupport(deps: ClaimDeps) {
  const mapClaim = (c: ClaimRow): Claim => ({
    id: c.id,
    loanId: c.loan_id,
    contractNo: c.contract_no,
    poolId: c.pool_id,
    poolName: c.pool_name,
    regionCode: c.region_code,
    enterpriseOrgId: c.enterprise_org_id,
    enterpriseName: c.enterprise_name,
    bankOrgId: c.bank_org_id,
    bankName: c.bank_name,
    status: c.status as ClaimStatus,
    defaultConfirmedOn: c.default_confirmed_on,
    appliedOn: c.applied_on,
    deadlineOn: c.deadline_on,
    lossFen: c.loss_fen,
    eligibleFen: c.eligible_fen,
    paidFen: c.paid_fen,
    recoveredFen: c.recovered_fen,
    recoveryEfforts: c.recovery_efforts,
    evidenceFileIds: c.evidence_file_ids,
    reviewNote: c.review_note,
    reviewedByName: c.reviewed_by_name,
    typicalCase: c.typical_case,
    caseStory: c.case_story,
  });

  /** The claim if the caller may see it; otherwise 404, exactly as for a missing one. */
  async function visibleClaim(db: Db, actor: Actor, id: string, lock = false): Promise<ClaimRow> {
    const c = lock ? await deps.repo.lock(db, id) : await deps.repo.find(db, id);
    if (!c || !canSeeFinanceRecord(actor, c)) throw notFound('代偿申请');
    return c;
  }

  /** The pool's sharing parties for a claim: the "bank" share is the lending bank's. */
  function sharingParties(parties: PoolPartyRow[], bankOrgId: string): SharingParty[] {
    return parties.map((p) => ({ role: p.role as PoolRole, orgId: p.role === 'bank' ? bankOrgId : p.org_id, shareBp: p.share_bp }));
  }

  /** Shares with the names of their parties, for the answer. */
  async function named(shares: ShareRow[]): Promise<Share[]> {
    const names = new Map((await deps.org.orgs.lookup(null, shares.flatMap((s) => (s.orgId ? [s.orgId] : [])))).map((o) => [o.id, o.name]));
    return shares.map((s) => ({ role: s.role as PoolRole, orgId: s.orgId, orgName: s.orgId ? (names.get(s.orgId) ?? null) : null, shareBp: s.shareBp, amountFen: s.amountFen }));
  }

  return { mapClaim, visibleClaim, sharingParties, named };
}
export type ClaimSupport = ReturnType<typeof createClaimSupport>;
