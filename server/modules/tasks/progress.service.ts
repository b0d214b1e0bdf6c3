import type { Job } from '../../../common/jobs';
import type { Page } from '../../../common/pagination';
import type { ProgressReport, ProgressReportCreate, ReportListQuery } from '../../../common/tasks-progress';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, isUniqueViolation, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { FileService } from '../../platform/files/file.service';
import { startImport } from '../../platform/import';
import type { JobService } from '../../platform/jobs/job.service';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { OrgServices } from '../org/org.contract';
import type { ProgressRepository, ReportRow } from './progress.repository';
import { canManageTasks, isResponsible, taskScope } from './tasks.policy';
import { refreshTask } from './task-state.service';
import type { TaskRepository, TaskRow } from './task.repository';
import type { TaskService } from './task.service';
import { PROGRESS_IMPORT_COLUMNS, ProgressImportRowSchema, REPORT_COLUMNS } from './tasks.workbook';
import { officeUserIds, unitUserIds } from './recipients.service';
import { inTransaction } from '../../db/unit-of-work';

export interface ProgressDeps {
  db: Db;
  repo: ProgressRepository;
  taskRepo: TaskRepository;
  tasks: TaskService;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  files: FileService;
  jobs: JobService;
  notifications: NotificationService;
}

/** Files accepted as evidence of progress. */
export const EVIDENCE_EXTENSIONS = ['pdf', 'doc', 'docx', 'xlsx', 'xls', 'pptx', 'jpg', 'jpeg', 'png', 'ofd', 'zip', 'txt'] as const;

export const mapReport = (r: ReportRow): ProgressReport => ({
  id: r.id,
  taskId: r.task_id,
  taskTitle: r.task_title,
  taskPath: r.task_path,
  orgId: r.org_id,
  orgName: r.org_name,
  percent: r.percent,
  narrative: r.narrative,
  actualValue: r.actual_value,
  status: r.status as ProgressReport['status'],
  reportedByName: r.reported_by_name,
  createdAt: r.created_at.toISOString(),
  reviewComment: r.review_comment,
  reviewedByName: r.reviewed_by_name,
  reviewedAt: r.reviewed_at?.toISOString() ?? null,
  files: r.files ?? [],
});

/** Progress reports: the responsible unit reports, the office accepts or returns, and progress rolls up. */
export function createProgressService(deps: ProgressDeps) {
  const { db, repo, taskRepo, tasks, org, audit, clock, calendar, files, jobs, notifications } = deps;
  const stateDeps = { repo: taskRepo, calendar, clock, audit };

  /** Why the caller may not report on this task now, naming the field; null when they may. */
  function reportProblem(actor: Actor, t: TaskRow): string | null {
    if (!isResponsible(actor, t.lead_org_id)) return '只有该任务的牵头单位可以报送进展';
    if (t.has_children) return '该任务有下级任务，进度由下级任务汇总，请在下级任务上报送';
    if (t.status === 'completed') return '任务已完成，不能再报送进展';
    if (t.status === 'cancelled') return '任务已取消，不能报送进展';
    return null;
  }

  async function reviewable(trx: Db, actor: Actor, id: string): Promise<ReportRow> {
    const r = await repo.find(trx, id);
    if (!r) throw notFound('进展报告');
    const manager = canManageTasks(actor, r.plan_region_code);
    if (!manager && !(await taskRepo.isVisible(trx, r.task_id, taskScope(actor)))) throw notFound('进展报告');
    if (!manager) throw forbidden('只有联席会议办公室可以审核进展报告');
    if (r.status !== 'submitted') throw conflict(`该报告已${r.status === 'accepted' ? '采纳' : '退回'}`);
    return r;
  }

  return {
    async list(actor: Actor, q: ReportListQuery): Promise<Page<ProgressReport>> {
      const { rows, total } = await repo.list(db, { status: q.status, taskId: q.taskId, orgId: q.orgId, year: q.year }, taskScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapReport), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: ReportListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 50_000 });
      return writeSheet({ name: '进展报告', columns: REPORT_COLUMNS, rows: page.items });
    },

    /** The responsible unit reports progress with evidence files it uploaded; the office is told. */
    async submit(actor: Actor, taskId: string, input: ProgressReportCreate): Promise<ProgressReport> {
      for (const [i, id] of input.fileIds.entries()) {
        await files.readOwn(actor, id).catch(() => {
          throw fieldError(`fileIds.${i}`, '证明材料不存在，请重新上传');
        });
      }
      const head = await tasks.visibleTask(db, actor, taskId);
      const recipients = await officeUserIds(org, head.plan_region_code);
      try {
        return await inTransaction(db, async (trx) => {
          const t = await tasks.visibleTask(trx, actor, taskId);
          const problem = reportProblem(actor, t);
          if (problem) throw fieldError('taskId', problem);
          if (await repo.pending(trx, taskId)) throw conflict('该任务已有一份待审核的进展报告，请等待审核结果', 'taskId');
          const id = await repo.insert(trx, { task_id: taskId, org_id: actor.orgId, percent: input.percent, narrative: input.narrative, actual_value: input.actualValue ?? null, reported_by: actor.userId, reported_by_name: actor.displayName }, clock.now());
          await repo.addEvidence(trx, id, input.fileIds);
          const report = mapReport((await repo.find(trx, id))!);
          await audit.record(trx, actor, { action: 'report', entityType: 'task', entityId: taskId, after: { reportId: id, percent: report.percent, narrative: report.narrative, files: report.files.map((f) => f.name) } });
          await notifications.notify(trx, { userIds: recipients, kind: 'task.report', title: `进展待审核：${t.path} ${t.title}`, body: `${actor.orgName} 报送进度 ${input.percent}%`, link: `/tasks/${taskId}`, dedupeKey: `task-report:${id}` });
          return report;
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict('该任务已有一份待审核的进展报告，请等待审核结果', 'taskId');
        throw err;
      }
    },

    /** The office accepts a report: the task takes its progress (100% completes it) and parents roll up. */
    async accept(actor: Actor, id: string, comment: string | null): Promise<ProgressReport> {
      const pre = await repo.find(db, id);
      const recipients = pre ? await unitUserIds(org, pre.org_id) : [];
      return inTransaction(db, async (trx) => {
        const r = await reviewable(trx, actor, id);
        await repo.review(trx, id, { status: 'accepted', review_comment: comment, reviewed_by: actor.userId, reviewed_by_name: actor.displayName }, clock.now());
        const t = (await taskRepo.find(trx, r.task_id))!;
        await taskRepo.update(trx, t.id, { progress: r.percent, ...(r.actual_value !== null && { actual_value: r.actual_value }), completed_on: r.percent === 100 ? chinaDate(r.created_at) : null }, clock.now());
        await audit.record(trx, actor, { action: 'acceptReport', entityType: 'task', entityId: t.id, before: { progress: t.progress }, after: { reportId: id, progress: r.percent, comment } });
        await refreshTask(trx, stateDeps, actor, t.id);
        await tasks.indexTask(trx, t.id);
        await notifications.notify(trx, { userIds: recipients, kind: 'task.accepted', title: `进展已采纳：${t.path} ${t.title}`, body: comment, link: `/tasks/${t.id}`, dedupeKey: `task-accepted:${id}` });
        return mapReport((await repo.find(trx, id))!);
      });
    },

    /** The office returns a report with a comment; the unit reports again. */
    async return(actor: Actor, id: string, comment: string): Promise<ProgressReport> {
      const pre = await repo.find(db, id);
      const recipients = pre ? await unitUserIds(org, pre.org_id) : [];
      return inTransaction(db, async (trx) => {
        const r = await reviewable(trx, actor, id);
        await repo.review(trx, id, { status: 'returned', review_comment: comment, reviewed_by: actor.userId, reviewed_by_name: actor.displayName }, clock.now());
        await audit.record(trx, actor, { action: 'returnReport', entityType: 'task', entityId: r.task_id, after: { reportId: id, percent: r.percent, comment } });
        await notifications.notify(trx, { userIds: recipients, kind: 'task.returned', title: `进展被退回：${r.task_path} ${r.task_title}`, body: comment, link: `/tasks/${r.task_id}`, dedupeKey: `task-returned:${id}` });
        return mapReport((await repo.find(trx, id))!);
      });
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

    /** Reports progress on many tasks from the filled-in workbook; all rows or none. */
    async bulkImport(actor: Actor, bytes: Buffer): Promise<Job> {
      const header = (k: string) => PROGRESS_IMPORT_COLUMNS.find((c) => c.key === k)!.header;
      return startImport(jobs, actor, bytes, {
        kind: 'tasks.progress.import',
        columns: PROGRESS_IMPORT_COLUMNS,
        rowSchema: ProgressImportRowSchema,
        check: async (rows, errors) => {
          const ids = [...new Set(rows.map((r) => r.value.taskId))];
          const found = new Map((await taskRepo.list(db, { ids }, taskScope(actor), { limit: ids.length + 1, offset: 0, sort: 'number', order: 'asc' })).rows.map((t) => [t.id, t]));
          const seen = new Map<string, number>();
          const out = [];
          for (const { rowNumber, value } of rows) {
            const t = found.get(value.taskId);
            const before = errors.length;
            if (!t) errors.push({ row: rowNumber, field: header('taskId'), message: '找不到该任务，或不是本单位的任务' });
            else {
              const problem = reportProblem(actor, t);
              if (problem) errors.push({ row: rowNumber, field: header('taskId'), message: problem });
              else if (Number(t.pending_reports) > 0) errors.push({ row: rowNumber, field: header('taskId'), message: '该任务已有待审核的进展报告' });
            }
            const first = seen.get(value.taskId);
            if (first) errors.push({ row: rowNumber, field: header('taskId'), message: `与第 ${first} 行是同一任务` });
            seen.set(value.taskId, rowNumber);
            if (errors.length === before) out.push({ rowNumber, value });
          }
          return out;
        },
        persist: async (rows, progress) => {
          const plans = new Set<string>();
          const recipients = new Set<string>();
          for (const { value } of rows) {
            const t = await taskRepo.find(db, value.taskId);
            if (t && !plans.has(t.plan_region_code)) {
              plans.add(t.plan_region_code);
              for (const u of await officeUserIds(org, t.plan_region_code)) recipients.add(u);
            }
          }
          await inTransaction(db, async (trx) => {
            for (const [i, { value }] of rows.entries()) {
              const id = await repo.insert(trx, { task_id: value.taskId, org_id: actor.orgId, percent: value.percent, narrative: value.narrative, actual_value: value.actualValue ?? null, reported_by: actor.userId, reported_by_name: actor.displayName }, clock.now());
              await audit.record(trx, actor, { action: 'report', entityType: 'task', entityId: value.taskId, after: { reportId: id, percent: value.percent, narrative: value.narrative, via: 'excel' } });
              if (i % 20 === 0) progress(i);
            }
            await notifications.notify(trx, { userIds: [...recipients], kind: 'task.report', title: `${actor.orgName} 批量报送了 ${rows.length} 项任务进展`, link: '/progress-reviews', dedupeKey: null });
          });
        },
      });
    },
  };
}
export type ProgressService = ReturnType<typeof createProgressService>;
