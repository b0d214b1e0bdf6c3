import type { ProgressReport } from '../../../common/tasks-progress';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import { type Clock } from '../../platform/clock';
import { conflict, forbidden, notFound } from '../../platform/errors';
import type { FileService } from '../../platform/files/file.service';
import type { JobService } from '../../platform/jobs/job.service';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { OrgServices } from '../org/org.contract';
import type { ProgressRepository, ReportRow } from './progress.repository';
import { canManageTasks, isResponsible, taskScope } from './tasks.policy';
import type { TaskRepository, TaskRow } from './task.repository';
import type { TaskService } from './task.service';

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

/** A progress report as the API answers it. */
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

/** Helpers the queries and the commands share. */
export function createProgressSupport(deps: ProgressDeps) {
  const { repo, taskRepo } = deps;

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

  return { reportProblem, reviewable };
}
