import type { Job } from '../../../common/jobs';
import type { ProgressReport, ProgressReportCreate } from '../../../common/tasks-progress';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { conflict, fieldError, isUniqueViolation } from '../../platform/errors';
import { startImport } from '../../platform/import';
import { taskScope } from './tasks.policy';
import { refreshTask } from './task-state.service';
import { PROGRESS_IMPORT_COLUMNS, ProgressImportRowSchema } from './tasks.workbook';
import { officeUserIds, unitUserIds } from './recipients.service';
import { inTransaction } from '../../db/unit-of-work';
import { type ProgressDeps, mapReport, createProgressSupport } from './progress-support.service';

/** Reporting progress: submit, accept or return a report, and report many tasks at once from Excel. */
export function createProgressCommands(deps: ProgressDeps) {
  const { db, repo, taskRepo, tasks, org, audit, clock, calendar, files, jobs, notifications } = deps;
  const stateDeps = { repo: taskRepo, calendar, clock, audit };
  const { reportProblem, reviewable } = createProgressSupport(deps);

  const commands = {
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
  return commands;
}
