import { type Adjustment, type Notice } from '../../../common/tasks-progress';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import { type Clock } from '../../platform/clock';
import { conflict, forbidden, notFound } from '../../platform/errors';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { OrgServices } from '../org/org.contract';
import type { AdjustmentRow, NoticeRow, SupervisionRepository } from './supervision.repository';
import { canManageTasks } from './tasks.policy';
import type { TaskRepository } from './task.repository';
import type { TaskService } from './task.service';

export interface SupervisionDeps {
  db: Db;
  repo: SupervisionRepository;
  taskRepo: TaskRepository;
  tasks: TaskService;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  notifications: NotificationService;
}

/** A supervision notice as the API answers it. */
export const mapNotice = (n: NoticeRow): Notice => ({
  id: n.id,
  number: n.number,
  taskId: n.task_id,
  taskTitle: n.task_title,
  taskPath: n.task_path,
  orgId: n.org_id,
  orgName: n.org_name,
  kind: n.kind as Notice['kind'],
  reason: n.reason,
  requirement: n.requirement,
  issuedAt: n.issued_at.toISOString(),
  issuedByName: n.issued_by_name,
  responseDue: n.response_due,
  status: n.status as Notice['status'],
  level: n.level,
  escalatedAt: n.escalated_at?.toISOString() ?? null,
  response: n.response,
  respondedAt: n.responded_at?.toISOString() ?? null,
  respondedByName: n.responded_by_name,
});

/** An adjustment request as the API answers it. */
export const mapAdjustment = (a: AdjustmentRow): Adjustment => ({
  id: a.id,
  taskId: a.task_id,
  taskTitle: a.task_title,
  taskPath: a.task_path,
  orgId: a.org_id,
  orgName: a.org_name,
  kind: a.kind as Adjustment['kind'],
  oldDeadline: a.old_deadline,
  newDeadline: a.new_deadline,
  oldTargetValue: a.old_target_value,
  newTargetValue: a.new_target_value,
  reason: a.reason,
  status: a.status as Adjustment['status'],
  requestedByName: a.requested_by_name,
  createdAt: a.created_at.toISOString(),
  decidedByName: a.decided_by_name,
  decidedAt: a.decided_at?.toISOString() ?? null,
  decisionComment: a.decision_comment,
});

/** Helpers the queries and the commands share. */
export function createSupervisionSupport(deps: SupervisionDeps) {
  const { repo, tasks } = deps;

  async function visibleNotice(trx: Db, actor: Actor, id: string): Promise<NoticeRow> {
    const n = await repo.findNotice(trx, id);
    if (!n) throw notFound('督办单');
    await tasks.visibleTask(trx, actor, n.task_id);
    return n;
  }

  async function pendingAdjustment(trx: Db, actor: Actor, id: string): Promise<AdjustmentRow> {
    const a = await repo.findAdjustment(trx, id);
    if (!a) throw notFound('调整申请');
    await tasks.visibleTask(trx, actor, a.task_id);
    if (!canManageTasks(actor, a.plan_region_code)) throw forbidden('只有联席会议办公室可以审批调整申请');
    if (a.status !== 'pending') throw conflict('该申请已处理');
    return a;
  }

  return { visibleNotice, pendingAdjustment };
}
