import { ESCALATION_RESPONSE_WORKING_DAYS, MAX_ESCALATION_LEVEL, NOTICE_RESPONSE_WORKING_DAYS } from '../../../common/tasks-progress';
import type { Db } from '../../db/database';
import type { AuditActor, AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import type { Clock } from '../../platform/clock';
import { isUniqueViolation } from '../../platform/errors';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { OrgServices } from '../org/org.contract';
import { officeUserIds, unitUserIds } from './recipients.service';
import type { SupervisionRepository } from './supervision.repository';
import { shouldEscalate } from './domain/task-rules';
import { dueChanges, refreshTask } from './task-state.service';
import type { TaskRepository } from './task.repository';
import { inTransaction } from '../../db/unit-of-work';

export interface SuperviseDeps {
  db: Db;
  repo: TaskRepository;
  notices: SupervisionRepository;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  notifications: NotificationService;
}

const SCHEDULER: AuditActor = { system: '督办调度' };

/** What one run did, for logs and tests. */
export interface SuperviseResult {
  statusChanges: number;
  reminders: number;
  notices: number;
  escalations: number;
}

/**
 * The periodic supervision run: re-flags every open task for today (yellow within five working days
 * of its deadline, red past it), reminds the responsible unit when a task turns yellow, issues a
 * supervision notice when it turns red, and escalates notices left unanswered past their response
 * date. Every step is idempotent (dedupe keys, one automatic notice per task and deadline), so the
 * run can repeat, or race another server process, without sending anything twice.
 */
export async function supervise(deps: SuperviseDeps): Promise<SuperviseResult> {
  const { db, repo, notices, org, audit, clock, calendar, notifications } = deps;
  const stateDeps = { repo, calendar, clock, audit };
  const result: SuperviseResult = { statusChanges: 0, reminders: 0, notices: 0, escalations: 0 };
  const { today, rows } = await dueChanges(db, { repo, calendar, clock });
  const offices = new Map<string, string[]>();
  const officeFor = async (region: string) => {
    const key = region.slice(0, 4);
    if (!offices.has(key)) offices.set(key, await officeUserIds(org, region));
    return offices.get(key)!;
  };

  for (const t of rows) {
    if (t.next.status !== t.status || t.next.flag !== t.flag) {
      await inTransaction(db, (trx) => refreshTask(trx, stateDeps, SCHEDULER, t.id));
      result.statusChanges++;
    }
    if (t.has_children || !t.lead_org_id || !t.deadline) continue;
    if (t.next.flag === 'yellow') {
      const users = await unitUserIds(org, t.lead_org_id);
      await inTransaction(db, async (trx) => {
        result.reminders += await notifications.notify(trx, {
          userIds: users,
          kind: 'task.reminder',
          title: `任务临期提醒：${t.path} ${t.title}`,
          body: `完成时限 ${t.deadline}，当前进度 ${t.progress}%。请抓紧推进并及时报送进展。`,
          link: `/tasks/${t.id}`,
          dedupeKey: `task-reminder:${t.id}:${t.deadline}`,
        });
      });
    }
    if (t.next.flag === 'red' && !(await notices.autoNoticeExists(db, t.id, t.deadline))) {
      const users = [...(await unitUserIds(org, t.lead_org_id)), ...(await officeFor(t.region_code))];
      try {
        await inTransaction(db, async (trx) => {
          const number = await notices.nextNumber(trx, Number(today.slice(0, 4)));
          const due = calendar.addWorkingDays(today, NOTICE_RESPONSE_WORKING_DAYS);
          const reason = `任务已超过完成时限（${t.deadline}），当前进度 ${t.progress}%`;
          const id = await notices.insertNotice(trx, { task_id: t.id, number, kind: 'auto', for_deadline: t.deadline, reason, requirement: '请说明未按期完成的原因、下步措施和预计完成时间', issued_by: null, issued_by_name: '督办调度', response_due: due }, clock.now());
          await audit.record(trx, SCHEDULER, { action: 'notice', entityType: 'task', entityId: t.id, after: { noticeId: id, number, reason, responseDue: due } });
          await notifications.notify(trx, { userIds: users, kind: 'task.notice', title: `督办通知 ${number}：${t.path} ${t.title}`, body: `${reason}。请于 ${due} 前回复。`, link: `/tasks/${t.id}`, dedupeKey: `task-notice:${id}` });
        });
        result.notices++;
      } catch (err) {
        // Another process issued this task's notice (or took this number) first; the next run catches up.
        if (!isUniqueViolation(err)) throw err;
      }
    }
  }

  for (const n of await notices.overdueNotices(db, today)) {
    if (!shouldEscalate({ status: n.status, responseDue: n.response_due, level: n.level }, today, MAX_ESCALATION_LEVEL)) continue;
    const users = [...(await unitUserIds(org, n.org_id)), ...(await officeFor(n.plan_region_code))];
    await inTransaction(db, async (trx) => {
      const level = n.level + 1;
      const due = calendar.addWorkingDays(today, ESCALATION_RESPONSE_WORKING_DAYS);
      await notices.updateNotice(trx, n.id, { status: 'escalated', level, escalated_at: clock.now(), response_due: due });
      await audit.record(trx, SCHEDULER, { action: 'escalate', entityType: 'task', entityId: n.task_id, before: { noticeId: n.id, level: n.level, responseDue: n.response_due }, after: { noticeId: n.id, number: n.number, level, responseDue: due } });
      await notifications.notify(trx, {
        userIds: users,
        kind: 'task.escalated',
        title: `督办升级（第${level}次）${n.number}：${n.task_title}`,
        body: `督办单逾期未回复，已升级督办，请于 ${due} 前回复。`,
        link: `/tasks/${n.task_id}`,
        dedupeKey: `notice-escalated:${n.id}:${level}`,
      });
    });
    result.escalations++;
  }
  return result;
}
