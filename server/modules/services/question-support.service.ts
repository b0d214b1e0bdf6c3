import type { AuditEvent } from '../../../common/audit';
import { ATTACHMENT_BYTES_MAX, type EscalationTarget, type Question, type QuestionDetail, type QuestionMessage } from '../../../common/services-desk';
import type { Db, Tx } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import { fieldError, notFound } from '../../platform/errors';
import type { FileService, StoredFile } from '../../platform/files/file.service';
import type { OrgServices } from '../org/org.contract';
import type { ProtectionServices } from '../protection/protection.contract';
import { lateness } from './domain/sla-clock';
import type { MessageRow, QuestionFullRow, QuestionRepository, QuestionRow } from './question.repository';
import { canRunDesk, canSeeNotes, canSeeQuestion } from './services.policy';

/**
 * Where an escalation into a protection-centre filing goes: the centre module starts a filing for the
 * asking enterprise and calls `alsoIn` inside its transaction, answering the filing's id and the
 * window's name as its number.
 */
export interface CentreFilingPort {
  fileFromQuestion(actor: Actor, question: { facts: string; askerOrgId: string }, alsoIn: (trx: Tx, filed: { id: string; number: string }) => Promise<void>): Promise<void>;
}

export interface QuestionDeps {
  db: Db;
  repo: QuestionRepository;
  org: OrgServices;
  protection: ProtectionServices;
  centre: CentreFilingPort;
  files: FileService;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** Mapping and the checks the question reads and writes share. */
export function createQuestionSupport(deps: QuestionDeps) {
  const { db, repo, files, clock } = deps;
  const today = () => chinaDate(clock.now());

  function mapQuestion(r: QuestionRow, day = today()): Question {
    const late = lateness({ firstAnswerDue: r.first_answer_due, firstAnsweredOn: r.first_answered_on, resolutionDue: r.resolution_due, resolvedOn: r.resolved_on, pausedSince: r.paused_since }, day);
    return {
      id: r.id, number: r.number, category: r.category as Question['category'], title: r.title, status: r.status as Question['status'], regionCode: r.region_code, askerName: r.asker_name,
      assigneeKind: r.assignee_kind as Question['assigneeKind'], assigneeName: r.assignee_name, askedOn: r.asked_on, firstAnswerDue: r.first_answer_due, firstAnsweredOn: r.first_answered_on,
      nextAnswerDue: r.next_answer_due, resolutionDue: r.resolution_due, resolvedOn: r.resolved_on, pausedDays: r.paused_days, lateFirstAnswer: late.lateFirstAnswer, lateResolution: late.lateResolution, rating: r.rating,
    };
  }

  async function mapMessages(rows: MessageRow[]): Promise<QuestionMessage[]> {
    const described = new Map((await files.describe(rows.flatMap((m) => m.file_ids))).map((f) => [f.id, f]));
    return rows.map((m) => ({
      id: m.id, kind: m.kind as QuestionMessage['kind'], body: m.body, authorName: m.author_name, createdAt: m.created_at.toISOString(),
      files: m.file_ids.flatMap((id) => { const f = described.get(id); return f ? [{ id: f.id, name: f.name, size: f.size }] : []; }),
    }));
  }

  /** The question if the caller may see it; otherwise exactly as if it did not exist. */
  async function visible(trx: Db, actor: Actor, id: string, lock = false): Promise<QuestionFullRow> {
    const q = lock ? await repo.lock(trx, id) : await repo.find(trx, id);
    if (!q || !canSeeQuestion(actor, q)) throw notFound('咨询');
    return q;
  }

  /** The caller's own uploads named on a message, each within the attachment size limit. */
  async function attachments(actor: Actor, ids: readonly string[]): Promise<StoredFile[]> {
    const found: StoredFile[] = [];
    for (const [i, id] of ids.entries()) {
      const own = await files.readOwn(actor, id).catch(() => null);
      if (!own) throw fieldError(`fileIds.${i}`, '附件不存在');
      if (own.file.size > ATTACHMENT_BYTES_MAX) throw fieldError(`fileIds.${i}`, `附件「${own.file.name}」超过 ${ATTACHMENT_BYTES_MAX / 1024 / 1024} MB`);
      found.push(own.file);
    }
    return found;
  }

  /** The detail of a question as the caller sees it: internal notes only for those who may answer. */
  async function detail(actor: Actor, id: string, can: (q: QuestionFullRow) => QuestionDetail['can']): Promise<QuestionDetail> {
    const q = await visible(db, actor, id);
    const messages = await mapMessages(await repo.messages(db, id, canSeeNotes(actor, q)));
    const escalation = q.escalation_target && q.escalation_case_id ? { target: q.escalation_target as EscalationTarget, caseId: q.escalation_case_id, caseNo: q.escalation_case_no ?? '' } : null;
    return { ...mapQuestion(q), body: q.body, messages, ratingComment: q.rating_comment, escalation, knowledgeId: q.knowledge_id, can: can(q) };
  }

  return { today, mapQuestion, visible, attachments, detail, deskOf: (actor: Actor, q: QuestionRow) => canRunDesk(actor, q.region_code) };
}
export type QuestionSupport = ReturnType<typeof createQuestionSupport>;
