import type { AuditEvent } from '../../../common/audit';
import type { Submission } from '../../../common/centre-submissions';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { daysBetween, type WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import type { JobService } from '../../platform/jobs/job.service';
import { notFound } from '../../platform/errors';
import type { OrgServices } from '../org/org.contract';
import { actsForEnterprise, centreScope, examinesFor, inCentreScope, type WindowRef } from './centre.policy';
import type { CentreConfigService } from './centre-config.service';
import type { TallySource } from './domain/submission-tally';
import { tallyChanges } from './domain/submission-tally';
import type { FilingService } from './filing.service';
import type { SubmissionRepository, SubmissionRow } from './submission.repository';

export interface SubmissionDeps {
  db: Db;
  repo: SubmissionRepository;
  config: CentreConfigService;
  filings: FilingService;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  jobs: JobService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** What the reads and writes of pre-examinations share: mapping, finding one the caller may see, and keeping the tally. */
export function createSubmissionSupport(deps: SubmissionDeps) {
  const { repo, config, org, clock } = deps;
  const today = () => chinaDate(clock.now());

  function actionsOf(r: SubmissionRow, actor: Actor, canExamine: boolean): Submission['actions'] {
    const a: Submission['actions'] = [];
    if (canExamine && (r.status === 'submitted' || r.status === 'examining')) a.push('assign', 'pass', 'return', 'refuse');
    if (canExamine && r.status === 'passed') a.push('outcome');
    if (actsForEnterprise(actor, r.enterprise_org_id) && r.status === 'returned') a.push('amend');
    return a;
  }

  /** The answer shape of a pre-examination, with what the caller may do next. */
  function map(r: SubmissionRow, actor: Actor, windows: readonly (WindowRef & { region_code: string })[]): Submission {
    const w = windows.find((x) => x.id === r.window_id);
    return {
      id: r.id,
      filingId: r.filing_id,
      windowId: r.window_id,
      windowName: r.window_name,
      regionCode: r.region_code,
      regionName: org.regions.fullName(r.region_code),
      enterpriseOrgId: r.enterprise_org_id,
      enterpriseName: r.enterprise_name,
      agencyName: r.agency_name,
      kind: r.kind as Submission['kind'],
      title: r.title,
      ipc: r.ipc,
      fieldCode: r.field_code,
      applicant: r.applicant,
      status: r.status as Submission['status'],
      round: r.round,
      examinerName: r.examiner_name,
      submittedOn: r.submitted_on,
      roundStartedOn: r.round_started_on,
      limitDays: r.limit_days,
      dueOn: r.due_on,
      examinerDays: r.examiner_days,
      defects: r.defects,
      refusalGround: r.refusal_ground as Submission['refusalGround'],
      decisionNote: r.decision_note,
      decidedOn: r.decided_on,
      cnipaApplicationNo: r.cnipa_application_no,
      cnipaOutcome: r.cnipa_outcome as Submission['cnipaOutcome'],
      cnipaOn: r.cnipa_on,
      actions: actionsOf(r, actor, !!w && examinesFor(actor, windows, w)),
    };
  }

  /** The pre-examination if the caller may see it, and whether the caller examines it. */
  async function visible(d: Db, actor: Actor, id: string): Promise<{ row: SubmissionRow; canExamine: boolean; windows: Awaited<ReturnType<CentreConfigService['windowRows']>> }> {
    const windows = await config.windowRows();
    const row = await repo.find(d, id);
    if (!row || !inCentreScope(centreScope(actor, windows), row)) throw notFound('预审申请');
    const w = windows.find((x) => x.id === row.window_id)!;
    return { row, canExamine: examinesFor(actor, windows, w), windows };
  }

  const tallySource = (r: Omit<SubmissionRow, 'window_name' | 'enterprise_name' | 'agency_name' | 'examiner_name'>): TallySource => ({
    ...r,
    grant_days: r.cnipa_outcome === 'granted' && r.cnipa_on ? daysBetween(r.submitted_on, r.cnipa_on) : null,
  });

  /** Brings the tally in line after a submission changed from `before` (null: new) to its current row. */
  async function retally(trx: Db, before: SubmissionRow | null, id: string): Promise<SubmissionRow> {
    const after = (await repo.find(trx, id))!;
    await repo.applyTally(trx, tallyChanges(before ? tallySource(before) : null, tallySource(after)));
    return after;
  }

  return { map, visible, retally, today };
}
export type SubmissionSupport = ReturnType<typeof createSubmissionSupport>;
