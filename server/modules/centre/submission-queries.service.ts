import type { Queue, Submission, SubmissionListQuery } from '../../../common/centre-submissions';
import type { Page } from '../../../common/pagination';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { centreScope } from './centre.policy';
import { OUTCOME_IMPORT_COLUMNS, SUBMISSION_COLUMNS } from './centre.workbook';
import type { SubmissionDeps, SubmissionSupport } from './submission-support.service';

const QUEUE_SIZE = 50;

/** Reads of pre-examinations: the lists, one record, its history and the examiner's queue. */
export function createSubmissionQueries(deps: SubmissionDeps, support: SubmissionSupport) {
  const { db, repo, config } = deps;
  const { map, visible, today } = support;

  async function list(actor: Actor, q: SubmissionListQuery): Promise<Page<Submission>> {
    const windows = await config.windowRows();
    const filter = { q: q.q, status: q.status, kind: q.kind, windowId: q.windowId, fieldCode: q.fieldCode, outcome: q.outcome, from: q.from, to: q.to };
    const { rows, total } = await repo.list(db, centreScope(actor, windows), filter, { ...pageWindow(q.page, q.pageSize), order: q.order, sort: q.sort ?? 'submittedOn' });
    return { items: rows.map((r) => map(r, actor, windows)), total, page: q.page, pageSize: q.pageSize };
  }

  async function get(actor: Actor, id: string): Promise<Submission> {
    const { row, windows } = await visible(db, actor, id);
    return map(row, actor, windows);
  }

  return {
    list,
    get,
    history: async (actor: Actor, id: string) => (await visible(db, actor, id), deps.history('centreSubmission', id)),

    async exportXlsx(actor: Actor, q: SubmissionListQuery): Promise<Buffer> {
      const page = await list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '快速预审', columns: SUBMISSION_COLUMNS, rows: page.items });
    },

    outcomeTemplate: () => writeTemplate('国家知识产权局审查结果', OUTCOME_IMPORT_COLUMNS),

    /** The open pre-examinations of the caller's windows, soonest due first; `mine` keeps the caller's and the unassigned. */
    async queue(actor: Actor, mine: boolean): Promise<Queue> {
      const windows = await config.windowRows();
      const scope = centreScope(actor, windows);
      const ids = scope.kind === 'windows' ? scope.ids : scope.kind === 'all' ? windows.map((w) => w.id) : scope.kind === 'region' ? windows.filter((w) => w.region_code.startsWith(scope.prefix)).map((w) => w.id) : [];
      const examiner = mine ? actor.userId : null;
      const [rows, counts] = await Promise.all([repo.queue(db, ids, examiner, QUEUE_SIZE), repo.queueCounts(db, ids, examiner, today())]);
      return { items: rows.map((r) => map(r, actor, windows)), ...counts };
    },
  };
}
