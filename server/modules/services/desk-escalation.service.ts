import type { DisputeType } from '../../../common/protection';
import { CLOSED_QUESTION_STATUSES, type Escalation, type QuestionCategory, type QuestionDetail, type QuestionStatus } from '../../../common/services-desk';
import { Limits } from '../../../common/limits';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/access';
import { AppError, conflict, fieldError, forbidden } from '../../platform/errors';
import type { QuestionQueries } from './question-queries.service';
import type { QuestionDeps, QuestionSupport } from './question-support.service';

/** The mediation dispute type a question's category becomes. */
const DISPUTE_OF: Record<QuestionCategory, DisputeType> = {
  patent: 'patent', trademark: 'trademark', copyright: 'copyright', tradeSecret: 'tradeSecret', overseasDispute: 'other', finance: 'other', mediation: 'other', other: 'other',
};

/** Party details the desk does not know yet; the mediation organisation completes them. */
const NO_DETAILS = { idNumber: null, address: null, phone: null, serviceAddress: null, agentName: null, agentPhone: null };

/** The question's facts as the mediation case's summary: what was asked and what the desk answered. */
export function factsOf(q: { number: string; title: string; body: string }, replies: readonly string[]): string {
  const text = [`（由咨询 ${q.number} 转入）${q.title}`, q.body, ...replies.map((r, i) => `咨询答复${i + 1}：${r}`)].join('\n');
  return text.length > Limits.textMax ? `${text.slice(0, Limits.textMax - 1)}…` : text;
}

/** The mediation case's refusal of its organisation, named by the field the escalation form has for it. */
async function asEscalationField<T>(filing: Promise<T>): Promise<T> {
  try {
    return await filing;
  } catch (e) {
    if (e instanceof AppError && e.fields?.some((f) => f.field === 'orgId')) {
      throw fieldError('mediationOrgId', e.fields.find((f) => f.field === 'orgId')!.message);
    }
    throw e;
  }
}

/**
 * One-click escalation: the desk turns a question into a mediation case through the protection
 * module's own filing (its checks and numbering), carrying the question's facts and the asker as
 * applicant, or into a filing with the protection centre that the enterprise completes (through
 * `deps.centre`), then marks the question escalated. Either way the question is marked escalated in the
 * transaction that files the case, so both happen or neither.
 */
export function createDeskEscalation(deps: QuestionDeps, support: QuestionSupport, queries: QuestionQueries) {
  const { db, repo, protection, centre, audit, clock } = deps;
  return {
    async escalate(actor: Actor, id: string, input: Escalation): Promise<QuestionDetail> {
      const q = await support.visible(db, actor, id);
      if (!support.deskOf(actor, q)) throw forbidden('只有联席办可以转办');
      if (CLOSED_QUESTION_STATUSES.includes(q.status as QuestionStatus)) throw conflict('该咨询已办结，不能再转办', 'status');
      const replies = (await repo.messages(db, id, false)).filter((m) => m.kind === 'reply').map((m) => m.body);
      const facts = factsOf(q, replies);
      // The question's side is written in the same transaction as the case or filing it becomes,
      // so a refused filing leaves the question open and a failed update leaves no orphan case.
      const markEscalated = async (trx: Tx, filed: { id: string; number: string }) => {
        const locked = await support.visible(trx, actor, id, true);
        if (CLOSED_QUESTION_STATUSES.includes(locked.status as QuestionStatus)) throw conflict('该咨询已办结，不能再转办', 'status');
        // The escalation notice is the desk's answer to the asker: it ends the first-answer clock too.
        const day = support.today();
        await repo.update(trx, id, { status: 'escalated', first_answered_on: locked.first_answered_on ?? day, resolved_on: day, paused_since: null, escalation_target: input.target, escalation_case_id: filed.id, escalation_case_no: filed.number }, clock.now());
        await repo.insertMessage(trx, id, { kind: 'reply', body: `本咨询已转为${input.target === 'mediation' ? '调解案件' : '保护中心备案'}（${filed.number}），后续由承办机构与您联系。`, author_user_id: actor.userId, author_name: actor.displayName, file_ids: [] }, clock.now());
        await audit.record(trx, actor, { action: 'escalate', entityType: 'servicesQuestion', entityId: id, before: { status: locked.status }, after: { status: 'escalated', target: input.target, caseNo: filed.number } });
      };
      if (input.target === 'centreFiling') {
        await centre.fileFromQuestion(actor, { facts, askerOrgId: q.asker_org_id }, markEscalated);
      } else {
        await asEscalationField(protection.cases.createMediation(actor, {
          source: 'officeReferral', orgId: input.mediationOrgId!, regionCode: q.region_code, disputeType: DISPUTE_OF[q.category as QuestionCategory], procedure: null, courtId: null, courtCaseNo: null,
          summary: facts, claims: input.claims!, amountFen: input.amountFen,
          parties: [
            { ...NO_DETAILS, role: 'applicant', kind: 'organisation', name: q.asker_name, orgId: q.asker_org_id },
            { ...NO_DETAILS, role: 'respondent', kind: 'organisation', name: input.respondentName! },
          ],
          rights: [],
        }, (trx, made) => markEscalated(trx, { id: made.id, number: made.caseNo })));
      }
      return queries.get(actor, id);
    },
  };
}
export type DeskEscalation = ReturnType<typeof createDeskEscalation>;
