import type { AuditEvent } from '../../../common/audit';
import type { Assignee } from '../../../common/services-desk';
import type { Page } from '../../../common/pagination';
import { CLOSED_QUESTION_STATUSES, type Question, type QuestionDetail, type QuestionListQuery, type QuestionStatus, type SlaReport, type SlaReportQuery, type SlaRule } from '../../../common/services-desk';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { QuestionFullRow } from './question.repository';
import type { QuestionDeps, QuestionSupport } from './question-support.service';
import { QUESTION_EXPORT_COLUMNS } from './question.workbook';
import { canAnswer, canSeeNotes, isAsker, questionScope } from './services.policy';

/** Reads of the consultation desk: the queue, one question, its history and files, the SLA report. */
export function createQuestionQueries(deps: QuestionDeps, support: QuestionSupport) {
  const { db, repo, org, files } = deps;
  const { today, mapQuestion, visible, detail, deskOf } = support;
  const closed = (q: QuestionFullRow) => CLOSED_QUESTION_STATUSES.includes(q.status as QuestionStatus);

  /** What the caller may do with the question, for the detail page's buttons (the commands check again). */
  const can = (actor: Actor) => (q: QuestionFullRow): QuestionDetail['can'] => ({
    assign: deskOf(actor, q) && !closed(q),
    answer: canAnswer(actor, q) && !closed(q),
    note: canSeeNotes(actor, q),
    followUp: isAsker(actor, q) && !closed(q),
    rate: isAsker(actor, q) && q.status === 'resolved' && q.rating === null,
    escalate: deskOf(actor, q) && !closed(q),
    publish: deskOf(actor, q) && q.first_answered_on !== null && q.knowledge_id === null,
  });

  const queries = {
    /** The questions the caller may see: the office's queue, an enterprise's own, a volunteer's given ones. */
    async list(actor: Actor, q: QuestionListQuery): Promise<Page<Question>> {
      const day = today();
      const f = {
        status: q.status === undefined ? undefined : [q.status].flat(),
        category: q.category === undefined ? undefined : [q.category].flat(),
        late: q.late, assigneeUserId: q.mine === 'true' ? actor.userId : undefined, from: q.from, to: q.to, q: q.q,
      };
      const { rows, total } = await repo.list(db, f, questionScope(actor), day, { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'askedOn', order: q.sort ? q.order : 'desc' });
      return { items: rows.map((r) => mapQuestion(r, day)), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: QuestionListQuery): Promise<Buffer> {
      const page = await queries.list(actor, { ...q, page: 1, pageSize: 50_000 });
      return writeSheet({ name: '咨询', columns: QUESTION_EXPORT_COLUMNS, rows: page.items });
    },

    async get(actor: Actor, id: string): Promise<QuestionDetail> {
      return detail(actor, id, can(actor));
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(db, actor, id);
      return deps.history('servicesQuestion', id);
    },

    /** A file of a message the caller may read (internal notes' files only for those who see notes). */
    async file(actor: Actor, id: string, fileId: string): Promise<{ name: string; mime: string; bytes: Buffer }> {
      const q = await visible(db, actor, id);
      if (!(await repo.hasFile(db, id, fileId, canSeeNotes(actor, q)))) throw notFound('附件');
      const { file, bytes } = await files.read(fileId);
      return { name: file.name, mime: file.mime, bytes };
    },

    async slaRules(): Promise<SlaRule[]> {
      return (await repo.slaRules(db)).map((r) => ({ id: r.id, category: r.category as SlaRule['category'], clock: r.clock as SlaRule['clock'], workingDays: r.working_days, source: r.source }));
    },

    /** The share of service levels met per category over the questions asked in a period. */
    async slaReport(actor: Actor, q: SlaReportQuery): Promise<SlaReport> {
      const day = today();
      const from = q.from ?? `${day.slice(0, 4)}-01-01`;
      const to = q.to ?? day;
      const rows = (await repo.slaReport(db, questionScope(actor), from, to, day)).map((r) => ({
        category: r.category as SlaReport['rows'][number]['category'], total: r.total, firstMet: r.first_met, firstLate: r.first_late, resolved: r.resolved, resolutionMet: r.resolution_met, resolutionLate: r.resolution_late,
        averageRating: r.average_rating === null ? null : Math.round(r.average_rating * 10) / 10,
      }));
      const sum = (k: 'total' | 'firstMet' | 'firstLate' | 'resolved' | 'resolutionMet' | 'resolutionLate') => rows.reduce((n, r) => n + r[k], 0);
      const rated = rows.filter((r) => r.averageRating !== null);
      const total = { category: null, total: sum('total'), firstMet: sum('firstMet'), firstLate: sum('firstLate'), resolved: sum('resolved'), resolutionMet: sum('resolutionMet'), resolutionLate: sum('resolutionLate'), averageRating: rated.length ? Math.round((rated.reduce((n, r) => n + (r.averageRating ?? 0) * r.total, 0) / rated.reduce((n, r) => n + r.total, 0)) * 10) / 10 : null };
      return { from, to, rows: [...rows, total] };
    },

    /** Who the desk may give a question to: its own staff and the volunteers (member units come from the organisation picker). */
    async assignees(actor: Actor): Promise<{ staff: Assignee[]; volunteers: Assignee[] }> {
      const [staff, volunteers] = await Promise.all([
        org.users.list({ role: 'office', orgId: actor.orgId, status: 'active', page: 1, pageSize: 200, order: 'asc', sort: undefined }),
        org.users.list({ role: 'volunteer', status: 'active', page: 1, pageSize: 200, order: 'asc', sort: undefined }),
      ]);
      return { staff: staff.items.map((u) => ({ id: u.id, name: u.displayName, orgId: u.orgId })), volunteers: volunteers.items.map((u) => ({ id: u.id, name: `${u.displayName}（${u.orgName}）`, orgId: u.orgId })) };
    },
  };
  return queries;
}
export type QuestionQueries = ReturnType<typeof createQuestionQueries>;
