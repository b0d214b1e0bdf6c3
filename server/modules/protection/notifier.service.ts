import { CaseStatusLabels, type CaseStatus, type NextActor, NextActorLabels } from '../../../common/protection';
import { DEADLINE_CODES, type DeadlineCode } from '../../../common/protection-admin';
import { ActionLabels } from '../../../common/protection-workflow';
import type { Db } from '../../db/database';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { CasePartsRepository } from './case-parts.repository';
import type { CaseRepository, CaseRow } from './case.repository';
import type { OutboxRepository } from './outbox.repository';
import { type DirectoryPort, recipientsOf } from './recipients.service';

export interface ChangeEvent {
  eventId: number;
  eventType: 'case.created' | 'case.statusChanged' | 'case.updated';
  action: string;
  from: CaseStatus | null;
  to: CaseStatus;
  at: Date;
  nextActor: NextActor;
  /** The user who made the change (not told about it). */
  actorId?: string | null;
}

/** The event another system (a court's case system) receives for a change: no notes, no evidence, no party contacts. */
export function eventPayload(c: CaseRow, e: ChangeEvent, names: Map<string, string>) {
  const named = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  return {
    id: e.eventId,
    type: e.eventType,
    at: e.at.toISOString(),
    action: e.action,
    case: {
      id: c.id,
      caseNo: c.case_no,
      kind: c.kind,
      source: c.source,
      status: e.to,
      previousStatus: e.from,
      organisation: named(c.org_id),
      court: named(c.court_id),
      courtCaseNo: c.court_case_no,
      confirmationCourt: named(c.confirm_court_id),
      confirmationNo: c.confirmation_no,
      confirmationResult: c.confirmation_result,
      applicants: c.applicant_names,
      respondents: c.respondent_names,
      nextActor: e.nextActor,
      dueOn: c.due_on,
    },
  };
}

/**
 * After every change of a case: the court-docking event goes into the outbox inside the change's
 * transaction; the message to whoever must act next is sent once the transaction has committed
 * (finding the recipients reads the org module, which must not run inside our transaction).
 */
export function createNotifier(deps: {
  db: Db;
  repo: CaseRepository;
  parts: CasePartsRepository;
  outbox: OutboxRepository;
  notifications: NotificationService;
  directory: DirectoryPort;
  quiet?: boolean;
}) {
  const { db, repo, parts, outbox, notifications, directory, quiet } = deps;
  return {
    /** Queues the event for the court-docking endpoints, in the caller's transaction. `names`: organisation names known beforehand. */
    async record(trx: Db, c: CaseRow, e: ChangeEvent, names: Map<string, string>): Promise<void> {
      const courtIds = [c.court_id, c.confirm_court_id].filter((x): x is string => !!x);
      await outbox.enqueue(trx, { case_id: c.id, event_type: e.eventType, court_ids: [...new Set(courtIds)], payload: eventPayload(c, e, names), at: e.at });
    },

    /** Tells whoever must act next (after commit; a failure here never undoes the change). */
    async notifyNext(caseId: string, e: ChangeEvent): Promise<void> {
      if (e.nextActor === 'none' || quiet) return;
      const c = await repo.find(db, caseId);
      if (!c) return;
      const users = (await recipientsOf(directory, c, await parts.parties(db, caseId), e.nextActor)).filter((u) => u !== e.actorId);
      if (users.length === 0) return;
      const due = c.due_on && c.due_kind ? `，「${DEADLINE_CODES[c.due_kind as DeadlineCode]?.label.zh ?? c.due_kind}」截止 ${c.due_on}` : '';
      await notifications.notify(db, {
        userIds: users,
        kind: 'protection.case',
        title: `${c.case_no}：${ActionLabels[e.action]?.zh ?? '新案件'}，${CaseStatusLabels[e.to].zh}`,
        body: `请${NextActorLabels[e.nextActor].zh}办理${due}。`,
        link: `/protection/cases/${c.id}`,
        dedupeKey: `protection:event:${caseId}:${e.eventId}`,
      });
    },
  };
}
export type Notifier = ReturnType<typeof createNotifier>;
