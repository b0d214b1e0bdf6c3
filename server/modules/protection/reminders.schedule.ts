import { NextActorLabels, type NextActor } from '../../../common/protection';
import { DEADLINE_CODES, type DeadlineCode } from '../../../common/protection-admin';
import type { Db } from '../../db/database';
import type { WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { Deriver } from './case-derive.service';
import type { CasePartsRepository } from './case-parts.repository';
import type { CaseRepository } from './case.repository';
import { type DirectoryPort, recipientsOf } from './recipients.service';
import type { WorkflowService } from './workflow.service';
import { inTransaction } from '../../db/unit-of-work';

/** Working days before a deadline when the first reminder goes out. */
export const REMIND_WORKING_DAYS = 2;
const BATCH = 5000;

/**
 * The hourly deadline run: mediators' lapsed acceptances go back for reassignment, stale "current
 * deadline" facts are recomputed, and whoever must act gets one reminder before the day and one
 * when it has passed (the dedupe key makes a second run in the same state a no-op).
 */
export function createReminders(deps: {
  db: Db;
  clock: Clock;
  calendar: WorkingCalendar;
  repo: CaseRepository;
  parts: CasePartsRepository;
  deriver: Deriver;
  workflow: WorkflowService;
  notifications: NotificationService;
  directory: DirectoryPort;
}) {
  const { db, clock, calendar, repo, parts, deriver, workflow, notifications, directory } = deps;
  return {
    async run(): Promise<{ reassigned: number; refreshed: number; reminded: number }> {
      const reassigned = await workflow.expireAcceptances();
      const today = chinaDate(clock.now());
      const horizon = calendar.addWorkingDays(today, REMIND_WORKING_DAYS);
      let refreshed = 0;
      let reminded = 0;
      for (const stale of await repo.dueBy(db, calendar.addWorkingDays(today, -1), BATCH)) {
        if (!stale.due_on || stale.due_on >= today) continue;
        // A lapsed option (the parties' choice, an answer) hands the case to the next actor; store that.
        await inTransaction(db, (trx) => deriver.refresh(trx, stale.id, today, clock.now()));
        refreshed++;
      }
      for (const c of await repo.dueBy(db, horizon, BATCH)) {
        const who = c.next_actor as NextActor;
        if (!c.due_on || !c.due_kind || who === 'none') continue;
        const users = await recipientsOf(directory, c, await parts.parties(db, c.id), who);
        if (users.length === 0) continue;
        const overdue = c.due_on < today;
        const label = DEADLINE_CODES[c.due_kind as DeadlineCode]?.label.zh ?? c.due_kind;
        reminded += await notifications.notify(db, {
          userIds: users,
          kind: overdue ? 'protection.overdue' : 'protection.reminder',
          title: overdue ? `已逾期：${c.case_no}「${label}」（${c.due_on} 届满）` : `期限提醒：${c.case_no}「${label}」将于 ${c.due_on} 届满`,
          body: `请${NextActorLabels[who].zh}及时办理。`,
          link: `/protection/cases/${c.id}`,
          dedupeKey: `protection:${overdue ? 'overdue' : 'soon'}:${c.id}:${c.due_kind}:${c.due_on}`,
        });
      }
      return { reassigned, refreshed, reminded };
    },
  };
}
export type Reminders = ReturnType<typeof createReminders>;
