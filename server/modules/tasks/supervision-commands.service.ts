import { type Adjustment, type AdjustmentCreate, type Comment, type CommentCreate, type Notice, type NoticeCreate } from '../../../common/tasks-progress';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { conflict, fieldError, forbidden, isUniqueViolation } from '../../platform/errors';
import { officeUserIds, unitUserIds } from './recipients.service';
import { canManageTasks, isResponsible } from './tasks.policy';
import { refreshTask } from './task-state.service';
import { inTransaction } from '../../db/unit-of-work';
import { createSupervisionQueries } from './supervision-queries.service';
import { type SupervisionDeps, mapNotice, mapAdjustment, createSupervisionSupport } from './supervision-support.service';

/** Supervising: issue, answer and close notices, record leader comments, request and decide adjustments. */
export function createSupervisionCommands(deps: SupervisionDeps) {
  const { db, repo, taskRepo, tasks, org, audit, clock, calendar, notifications } = deps;
  const stateDeps = { repo: taskRepo, calendar, clock, audit };
  const today = () => chinaDate(clock.now());
  const { visibleNotice, pendingAdjustment } = createSupervisionSupport(deps);
  const queries = createSupervisionQueries(deps);

  const commands = {
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

    /** Records a leader's comment (批示) on a task, and tells the responsible unit. */
    async comment(actor: Actor, taskId: string, input: CommentCreate): Promise<Comment> {
      const head = await tasks.visibleTask(db, actor, taskId);
      const recipients = await unitUserIds(org, head.lead_org_id);
      return inTransaction(db, async (trx) => {
        const t = await tasks.managedTask(trx, actor, taskId);
        const id = await repo.insertComment(trx, { task_id: taskId, author_name: input.authorName, author_title: input.authorTitle, body: input.body, created_by: actor.userId, created_by_name: actor.displayName }, clock.now());
        await audit.record(trx, actor, { action: 'leaderComment', entityType: 'task', entityId: taskId, after: { authorName: input.authorName, body: input.body } });
        await notifications.notify(trx, { userIds: recipients, kind: 'task.comment', title: `领导批示：${t.path} ${t.title}`, body: `${input.authorName}：${input.body}`, link: `/tasks/${taskId}`, dedupeKey: `task-comment:${id}` });
        return (await queries.commentsIn(trx, taskId)).find((c) => c.id === id)!;
      });
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
  return commands;
}
