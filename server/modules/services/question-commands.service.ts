import { CLOSED_QUESTION_STATUSES, type KnowledgePublish, type MessageCreate, type QuestionAssign, type QuestionCreate, type QuestionDetail, type QuestionStatus, type Rating } from '../../../common/services-desk';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import { conflict, fieldError, forbidden } from '../../platform/errors';
import { openClocks, resumeClocks, slaDaysFor } from './domain/sla-clock';
import type { KnowledgeService } from './knowledge.service';
import type { QuestionFullRow, QuestionPatch } from './question.repository';
import type { QuestionQueries } from './question-queries.service';
import type { QuestionDeps, QuestionSupport } from './question-support.service';
import { canAnswer, canSeeNotes, isAsker } from './services.policy';

const isClosed = (q: QuestionFullRow) => CLOSED_QUESTION_STATUSES.includes(q.status as QuestionStatus);

/** Writes of the consultation desk: each change one transaction with its audit event. */
export function createQuestionCommands(deps: QuestionDeps, support: QuestionSupport, queries: QuestionQueries, knowledge: KnowledgeService) {
  const { db, repo, org, audit, clock, calendar } = deps;
  const { today, visible, attachments, deskOf } = support;
  const mustBeOpen = (q: QuestionFullRow) => {
    if (isClosed(q)) throw conflict('该咨询已办结，不能再办理', 'status');
  };

  /** The clock changes of a reply from the desk or the assignee. */
  function replyPatch(q: QuestionFullRow, effect: MessageCreate['effect'], day: string): QuestionPatch {
    const patch: QuestionPatch = { first_answered_on: q.first_answered_on ?? day, next_answer_due: null };
    if (effect === 'waitForAsker') return { ...patch, status: 'waitingAsker', paused_since: q.paused_since ?? day };
    if (effect === 'resolve') {
      // Resolved while waiting: the days waited still do not count against the desk.
      const paused = q.paused_since ? resumeClocks(calendar, { askedOn: q.asked_on, resolutionDays: q.resolution_days, nextAnswerDays: q.next_answer_days, pausedSince: q.paused_since, pausedDays: q.paused_days }, day) : null;
      return { ...patch, status: 'resolved', resolved_on: day, paused_since: null, ...(paused ? { paused_days: paused.pausedDays, resolution_due: paused.resolutionDue } : {}) };
    }
    return { ...patch, status: 'answered' };
  }

  /** The clock changes of the asker's follow-up: a pause ends and the next answer falls due. */
  function followUpPatch(q: QuestionFullRow, day: string): QuestionPatch {
    const status = q.assignee_kind ? 'assigned' : 'submitted';
    if (!q.paused_since) return { status, next_answer_due: calendar.addWorkingDays(day, q.next_answer_days) };
    const r = resumeClocks(calendar, { askedOn: q.asked_on, resolutionDays: q.resolution_days, nextAnswerDays: q.next_answer_days, pausedSince: q.paused_since, pausedDays: q.paused_days }, day);
    return { status, paused_since: null, paused_days: r.pausedDays, resolution_due: r.resolutionDue, next_answer_due: r.nextAnswerDue };
  }

  return {
    /** An enterprise or a member unit asks; the number and the clocks come from the service-level rules. */
    async ask(actor: Actor, input: QuestionCreate): Promise<QuestionDetail> {
      const files = await attachments(actor, input.fileIds);
      const days = slaDaysFor(await repo.slaRules(db), input.category);
      const day = today();
      const due = openClocks(calendar, day, days);
      const id = await inTransaction(db, async (trx) => {
        const number = await repo.nextNumber(trx, Number(day.slice(0, 4)));
        const values = { region_code: actor.regionCode, category: input.category, title: input.title, body: input.body, asker_org_id: actor.orgId, asker_user_id: actor.userId, asked_on: day, first_answer_due: due.firstAnswerDue, resolution_due: due.resolutionDue, resolution_days: days.resolution, next_answer_days: days.nextAnswer };
        const id = await repo.insert(trx, { ...values, number }, clock.now());
        await repo.insertMessage(trx, id, { kind: 'question', body: input.body, author_user_id: actor.userId, author_name: actor.orgName, file_ids: files.map((f) => f.id) }, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'servicesQuestion', entityId: id, after: { number, category: input.category, title: input.title, firstAnswerDue: due.firstAnswerDue, resolutionDue: due.resolutionDue } });
        return id;
      });
      return queries.get(actor, id);
    },

    /** The desk gives the question to one of its staff, a member unit or a volunteer. */
    async assign(actor: Actor, id: string, input: QuestionAssign): Promise<QuestionDetail> {
      const seen = await visible(db, actor, id);
      if (!deskOf(actor, seen)) throw forbidden('只有联席办可以分派咨询');
      let assignee: { orgId: string; userId: string | null; name: string };
      if (input.assigneeKind === 'memberUnit') {
        const [unit] = await org.orgs.lookup(actor, [input.orgId!]);
        if (!unit || unit.kind === 'enterprise' || unit.kind === 'bank') throw fieldError('orgId', '请选择成员单位');
        assignee = { orgId: unit.id, userId: null, name: unit.name };
      } else {
        const pool = await queries.assignees(actor);
        const person = (input.assigneeKind === 'staff' ? pool.staff : pool.volunteers).find((p) => p.id === input.userId);
        if (!person) throw fieldError('userId', input.assigneeKind === 'staff' ? '请选择本单位工作人员' : '请选择志愿者');
        assignee = { orgId: person.orgId, userId: person.id, name: person.name };
      }
      await inTransaction(db, async (trx) => {
        const q = await visible(trx, actor, id, true);
        if (!deskOf(actor, q)) throw forbidden('只有联席办可以分派咨询');
        mustBeOpen(q);
        const status = q.status === 'submitted' ? 'assigned' : q.status;
        await repo.update(trx, id, { assignee_kind: input.assigneeKind, assignee_org_id: assignee.orgId, assignee_user_id: assignee.userId, status }, clock.now());
        await audit.record(trx, actor, { action: 'assign', entityType: 'servicesQuestion', entityId: id, before: { assignee: q.assignee_name }, after: { assigneeKind: input.assigneeKind, assignee: assignee.name } });
      });
      return queries.get(actor, id);
    },

    /** A public reply, an internal note, or the asker's follow-up; each moves the clocks its own way. */
    async message(actor: Actor, id: string, input: MessageCreate): Promise<QuestionDetail> {
      const files = await attachments(actor, input.fileIds);
      const day = today();
      await inTransaction(db, async (trx) => {
        const q = await visible(trx, actor, id, true);
        let patch: QuestionPatch | null = null;
        if (input.kind === 'note') {
          if (!canSeeNotes(actor, q)) throw forbidden('内部备注只有承办方可以填写');
        } else if (input.kind === 'reply') {
          if (!canAnswer(actor, q)) throw forbidden('只有联席办或承办方可以答复');
          mustBeOpen(q);
          patch = replyPatch(q, input.effect, day);
        } else {
          if (!isAsker(actor, q)) throw forbidden('只有咨询人可以补充');
          mustBeOpen(q);
          patch = followUpPatch(q, day);
        }
        await repo.insertMessage(trx, id, { kind: input.kind, body: input.body, author_user_id: actor.userId, author_name: input.kind === 'followUp' ? actor.orgName : actor.displayName, file_ids: files.map((f) => f.id) }, clock.now());
        if (patch) await repo.update(trx, id, patch, clock.now());
        // The history is shown to the asker too, so a note's text stays out of it.
        await audit.record(trx, actor, { action: input.kind, entityType: 'servicesQuestion', entityId: id, before: { status: q.status }, after: { status: patch?.status ?? q.status, files: files.length } });
      });
      return queries.get(actor, id);
    },

    /** The asker rates a resolved question once. */
    async rate(actor: Actor, id: string, input: Rating): Promise<QuestionDetail> {
      await inTransaction(db, async (trx) => {
        const q = await visible(trx, actor, id, true);
        if (!isAsker(actor, q)) throw forbidden('只有提出咨询的单位可以评价');
        if (q.status !== 'resolved') throw conflict('咨询办结后才能评价', 'score');
        if (q.rating !== null) throw conflict('已经评价过了', 'score');
        await repo.update(trx, id, { rating: input.score, rating_comment: input.comment ?? null }, clock.now());
        await audit.record(trx, actor, { action: 'rate', entityType: 'servicesQuestion', entityId: id, after: { score: input.score, comment: input.comment ?? null } });
      });
      return queries.get(actor, id);
    },

    /** The desk publishes the question's answer to the knowledge base (edited, without the asker's name). */
    async publish(actor: Actor, id: string, input: KnowledgePublish): Promise<QuestionDetail> {
      await inTransaction(db, async (trx) => {
        const q = await visible(trx, actor, id, true);
        if (!deskOf(actor, q)) throw forbidden('只有联席办可以发布到知识库');
        if (!q.first_answered_on) throw conflict('咨询答复后才能发布到知识库', 'body');
        if (q.knowledge_id) throw conflict('该咨询已发布到知识库', 'title');
        const kid = await knowledge.insertIn(trx, actor, { ...input, regionCode: q.region_code, questionId: q.id, questionNumber: q.number });
        await repo.update(trx, id, { knowledge_id: kid }, clock.now());
      });
      return queries.get(actor, id);
    },
  };
}
export type QuestionCommands = ReturnType<typeof createQuestionCommands>;
