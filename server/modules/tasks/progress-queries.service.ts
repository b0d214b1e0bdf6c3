import type { Page } from '../../../common/pagination';
import type { ProgressReport, ReportListQuery } from '../../../common/tasks-progress';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import { taskScope } from './tasks.policy';
import type { TaskRow } from './task.repository';
import { PROGRESS_IMPORT_COLUMNS, REPORT_COLUMNS } from './tasks.workbook';
import { type ProgressDeps, mapReport } from './progress-support.service';

/** Reading progress reports: the list and its export, an evidence file, the bulk-report template. */
export function createProgressQueries(deps: ProgressDeps) {
  const { db, repo, taskRepo, tasks, files } = deps;

  const queries = {
    async list(actor: Actor, q: ReportListQuery): Promise<Page<ProgressReport>> {
      const { rows, total } = await repo.list(db, { status: q.status, taskId: q.taskId, orgId: q.orgId, year: q.year }, taskScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapReport), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: ReportListQuery): Promise<Buffer> {
      const page = await queries.list(actor, { ...q, page: 1, pageSize: 50_000 });
      return writeSheet({ name: '进展报告', columns: REPORT_COLUMNS, rows: page.items });
    },

    /** An evidence file, for anyone who may see the task. */
    async evidence(actor: Actor, reportId: string, fileId: string) {
      const r = await repo.find(db, reportId);
      if (!r) throw notFound('证明材料');
      await tasks.visibleTask(db, actor, r.task_id);
      if (!(await repo.hasEvidence(db, reportId, fileId))) throw notFound('证明材料');
      return files.read(fileId);
    },

    /** A workbook listing the caller's unit's open tasks, to fill in and import. */
    async bulkTemplate(actor: Actor): Promise<Buffer> {
      const { rows } = await taskRepo.list(db, { leadOrgId: actor.orgId, leavesOnly: true, statuses: ['planned', 'inProgress', 'atRisk', 'overdue'] }, taskScope(actor), { limit: 5000, offset: 0, sort: 'deadline', order: 'asc' });
      const values: Record<string, (t: TaskRow) => string | number | null> = { taskId: (t) => t.id, path: (t) => t.path, title: (t) => t.title, deadline: (t) => t.deadline, current: (t) => t.progress };
      return writeSheet<TaskRow>({ name: '进展报送', columns: PROGRESS_IMPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width, value: (t: TaskRow) => values[c.key]?.(t) ?? null })), rows });
    },
  };
  return queries;
}
