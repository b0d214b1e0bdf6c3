import type { Page } from '../../../common/pagination';
import {
  type Adjustment,
  type AdjustmentCreate,
  type AdjustmentListQuery,
  type Comment,
  type CommentCreate,
  type Notice,
  type NoticeCreate,
  type NoticeListQuery,
} from '../../../common/tasks-progress';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, isUniqueViolation, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { OrgServices } from '../org/org.contract';
import { officeUserIds, unitUserIds } from './recipients.service';
import type { AdjustmentRow, NoticeRow, SupervisionRepository } from './supervision.repository';
import { canManageTasks, isResponsible, taskScope } from './tasks.policy';
import { refreshTask } from './task-state.service';
import type { TaskRepository } from './task.repository';
import type { TaskService } from './task.service';
import { NOTICE_COLUMNS } from './tasks.workbook';
import { inTransaction } from '../../db/unit-of-work';

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

const mapAdjustment = (a: AdjustmentRow): Adjustment => ({
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

/** Supervision notices (督办单) with their responses, leader comments (批示) and adjustment requests. */
export function createSupervisionService(deps: SupervisionDeps) {
  const { db, repo, taskRepo, tasks, org, audit, clock, calendar, notifications } = deps;
  const stateDeps = { repo: taskRepo, calendar, clock, audit };
  const today = () => chinaDate(clock.now());

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

  return {
    async notices(actor: Actor, q: NoticeListQuery): Promise<Page<Notice>> {
      const { rows, total } = await repo.listNotices(db, { status: q.status, taskId: q.taskId, orgId: q.orgId, year: q.year }, taskScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'issuedAt', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapNotice), total, page: q.page, pageSize: q.pageSize };
    },

    async exportNotices(actor: Actor, q: NoticeListQuery): Promise<Buffer> {
      const page = await this.notices(actor, { ...q, page: 1, pageSize: 50_000 });
      return writeSheet({ name: '督办单', columns: NOTICE_COLUMNS, rows: page.items });
    },

    /** The office issues a supervision notice on a task; the unit must answer within N working days. */
    async issue(actor: Actor, taskId: string, input: NoticeCreate): Promise<Notice> {
      const head = await tasks.visibleTask(db, actor, taskId);
      const recipients = await unitUserIds(org, head.lead_org_id);
      return inTransaction(db, async (trx) => {
        const t = await tasks.managedTask(trx, actor, taskId);
        if (t.status === 'completed' || t.status === 'cancelled') throw fieldError('taskId', '任务已关闭，不能督办');
        if (!t.lead_org_id) throw fieldError('taskId', '该任务没有牵头单位，无法督办');
        const number = await repo.nextNumber(trx, Number(today().slice(0, 4)));
        const due = calendar.addWorkingDays(today(), input.responseDays);
        const id = await repo.insertNotice(trx, { task_id: taskId, number, kind: 'manual', for_deadline: null, reason: input.reason, requirement: input.requirement, issued_by: actor.userId, issued_by_name: actor.displayName, response_due: due }, clock.now());
        await audit.record(trx, actor, { action: 'notice', entityType: 'task', entityId: taskId, after: { noticeId: id, number, reason: input.reason, responseDue: due } });
        await notifications.notify(trx, { userIds: recipients, kind: 'task.notice', title: `督办通知 ${number}：${t.path} ${t.title}`, body: `${input.reason}。请于 ${due} 前回复。`, link: `/tasks/${taskId}`, dedupeKey: `task-notice:${id}` });
        return mapNotice((await repo.findNotice(trx, id))!);
      });
    },

    /** The responsible unit answers a notice. */
    async respond(actor: Actor, id: string, response: string): Promise<Notice> {
      const pre = await repo.findNotice(db, id);
      const recipients = pre ? await officeUserIds(org, pre.plan_region_code) : [];
      return inTransaction(db, async (trx) => {
        const n = await visibleNotice(trx, actor, id);
        if (!isResponsible(actor, n.org_id)) throw forbidden('只有任务的牵头单位可以回复督办单');
        if (n.status !== 'open' && n.status !== 'escalated') throw conflict('该督办单已回复或已办结');
        await repo.updateNotice(trx, id, { status: 'responded', response, responded_at: clock.now(), responded_by: actor.userId, responded_by_name: actor.displayName });
        await audit.record(trx, actor, { action: 'noticeResponse', entityType: 'task', entityId: n.task_id, after: { noticeId: id, number: n.number, response } });
        await notifications.notify(trx, { userIds: recipients, kind: 'task.noticeResponse', title: `督办单已回复 ${n.number}：${n.task_title}`, body: response, link: `/tasks/${n.task_id}`, dedupeKey: `notice-response:${id}` });
        return mapNotice((await repo.findNotice(trx, id))!);
      });
    },

    async close(actor: Actor, id: string): Promise<Notice> {
      return inTransaction(db, async (trx) => {
        const n = await visibleNotice(trx, actor, id);
        if (!canManageTasks(actor, n.plan_region_code)) throw forbidden('只有联席会议办公室可以办结督办单');
        if (n.status === 'closed') throw conflict('该督办单已办结');
        await repo.updateNotice(trx, id, { status: 'closed' });
        await audit.record(trx, actor, { action: 'noticeClosed', entityType: 'task', entityId: n.task_id, after: { noticeId: id, number: n.number } });
        return mapNotice((await repo.findNotice(trx, id))!);
      });
    },

    async comments(actor: Actor, taskId: string): Promise<Comment[]> {
      await tasks.visibleTask(db, actor, taskId);
      return (await repo.comments(db, taskId)).map((c) => ({ id: c.id, taskId: c.task_id, authorName: c.author_name, authorTitle: c.author_title, body: c.body, createdAt: c.created_at.toISOString(), createdByName: c.created_by_name }));
    },

    /** Records a leader's comment (批示) on a task, and tells the responsible unit. */
    async comment(actor: Actor, taskId: string, input: CommentCreate): Promise<Comment> {
      const head = await tasks.visibleTask(db, actor, taskId);
      const recipients = await unitUserIds(org, head.lead_org_id);
      return inTransaction(db, async (trx) => {
        const t = await tasks.managedTask(trx, actor, taskId);
        const id = await repo.insertComment(trx, { task_id: taskId, author_name: input.authorName, author_title: input.authorTitle, body: input.body, created_by: actor.userId, created_by_name: actor.displayName }, clock.now());
        await audit.record(trx, actor, { action: 'leaderComment', entityType: 'task', entityId: taskId, after: { authorName: input.authorName, body: input.body } });
        await notifications.notify(trx, { userIds: recipients, kind: 'task.comment', title: `领导批示：${t.path} ${t.title}`, body: `${input.authorName}：${input.body}`, link: `/tasks/${taskId}`, dedupeKey: `task-comment:${id}` });
        return (await this.commentsIn(trx, taskId)).find((c) => c.id === id)!;
      });
    },

    async commentsIn(trx: Db, taskId: string): Promise<Comment[]> {
      return (await repo.comments(trx, taskId)).map((c) => ({ id: c.id, taskId: c.task_id, authorName: c.author_name, authorTitle: c.author_title, body: c.body, createdAt: c.created_at.toISOString(), createdByName: c.created_by_name }));
    },

    async adjustments(actor: Actor, q: AdjustmentListQuery): Promise<Page<Adjustment>> {
      const { rows, total } = await repo.listAdjustments(db, { status: q.status, taskId: q.taskId }, taskScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapAdjustment), total, page: q.page, pageSize: q.pageSize };
    },

    /** The responsible unit asks to move a deadline or change a target; refused on a closed task. */
    async request(actor: Actor, taskId: string, input: AdjustmentCreate): Promise<Adjustment> {
      const head = await tasks.visibleTask(db, actor, taskId);
      const recipients = await officeUserIds(org, head.plan_region_code);
      try {
        return await inTransaction(db, async (trx) => {
          const t = await tasks.visibleTask(trx, actor, taskId);
          if (!isResponsible(actor, t.lead_org_id)) throw fieldError('taskId', '只有该任务的牵头单位可以申请调整');
          if (t.status === 'completed' || t.status === 'cancelled') throw fieldError('taskId', `任务${t.status === 'completed' ? '已完成' : '已取消'}，不能申请调整`);
          if (input.kind === 'deadline') {
            if (input.newDeadline === t.deadline) throw fieldError('newDeadline', '新的完成时限与原时限相同');
            if (input.newDeadline! < today()) throw fieldError('newDeadline', '新的完成时限不能早于今天');
          }
          if (input.kind === 'target' && t.target_value === null) throw fieldError('kind', '该任务没有设置目标值，无需调整目标');
          const id = await repo.insertAdjustment(
            trx,
            {
              task_id: taskId,
              org_id: actor.orgId,
              kind: input.kind,
              old_deadline: t.deadline,
              new_deadline: input.kind === 'deadline' ? input.newDeadline! : null,
              old_target_value: t.target_value,
              new_target_value: input.kind === 'target' ? input.newTargetValue! : null,
              reason: input.reason,
              requested_by: actor.userId,
              requested_by_name: actor.displayName,
            },
            clock.now(),
          );
          const a = mapAdjustment((await repo.findAdjustment(trx, id))!);
          await audit.record(trx, actor, { action: 'adjustmentRequest', entityType: 'task', entityId: taskId, after: a });
          await notifications.notify(trx, { userIds: recipients, kind: 'task.adjustment', title: `调整申请待审批：${t.path} ${t.title}`, body: input.reason, link: `/tasks/${taskId}`, dedupeKey: `adjustment:${id}` });
          return a;
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict('该任务已有一项待审批的调整申请', 'taskId');
        throw err;
      }
    },

    /** Approves (the task takes the new deadline or target) or refuses an adjustment request. */
    async decide(actor: Actor, id: string, approve: boolean, comment: string | null): Promise<Adjustment> {
      const pre = await repo.findAdjustment(db, id);
      const recipients = pre ? await unitUserIds(org, pre.org_id) : [];
      return inTransaction(db, async (trx) => {
        const a = await pendingAdjustment(trx, actor, id);
        await repo.decideAdjustment(trx, id, { status: approve ? 'approved' : 'refused', decided_by: actor.userId, decided_by_name: actor.displayName, decision_comment: comment }, clock.now());
        if (approve) {
          await taskRepo.update(trx, a.task_id, a.kind === 'deadline' ? { deadline: a.new_deadline } : { target_value: a.new_target_value }, clock.now());
          await refreshTask(trx, stateDeps, actor, a.task_id);
          await tasks.indexTask(trx, a.task_id);
        }
        const after = mapAdjustment((await repo.findAdjustment(trx, id))!);
        await audit.record(trx, actor, { action: approve ? 'adjustmentApproved' : 'adjustmentRefused', entityType: 'task', entityId: a.task_id, before: { deadline: a.old_deadline, targetValue: a.old_target_value }, after: { deadline: approve && a.kind === 'deadline' ? a.new_deadline : a.old_deadline, targetValue: approve && a.kind === 'target' ? a.new_target_value : a.old_target_value, comment } });
        await notifications.notify(trx, { userIds: recipients, kind: 'task.adjustmentDecided', title: `调整申请${approve ? '已同意' : '未同意'}：${a.task_path} ${a.task_title}`, body: comment, link: `/tasks/${a.task_id}`, dedupeKey: `adjustment-decided:${id}` });
        return after;
      });
    },
  };
}
export type SupervisionService = ReturnType<typeof createSupervisionService>;
