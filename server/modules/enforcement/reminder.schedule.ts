import { NextAgentLabels, type NextAgent } from '../../../common/enforcement';
import type { Role } from '../../../common/roles';
import type { Db } from '../../db/database';
import type { WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { DueRow, ReminderRepository } from './reminder.repository';

/** Working days before a time limit runs out when the reminder goes out. */
export const REMIND_WORKING_DAYS = 2;
const BATCH = 5000;

const KIND_TEXT: Record<DueRow['kind'], { zh: string; path: string }> = {
  case: { zh: '执法案件', path: '/enforcement/cases/' },
  transfer: { zh: '移送案件', path: '/enforcement/transfers/' },
  clue: { zh: '线索', path: '/enforcement/clues/' },
  detention: { zh: '海关扣留', path: '/enforcement/detentions/' },
};

/** Liaisons of the receiving unit answer clues; a regulator's clue goes to its officers and staff as well. */
const CLUE_ROLES: readonly Role[] = ['liaison', 'officer', 'court', 'office', 'district'];

/** The users who must act next on a record: the handling officer, the police or customs liaisons, the receiving unit, the right holder. */
async function recipients(users: (roles: readonly Role[], orgIds: readonly string[]) => Promise<string[]>, r: DueRow): Promise<string[]> {
  const who = r.next_actor as NextAgent;
  const other = r.other_org_id ? [r.other_org_id] : [];
  switch (who) {
    case 'officer':
    case 'head':
      return r.officer_user_id ? [r.officer_user_id] : users(['officer'], [r.own_org_id]);
    case 'police':
      return users(['liaison'], other);
    case 'customs':
      return users(['liaison'], [r.own_org_id]);
    case 'holder':
    case 'party':
      return other.length ? users(['enterprise'], other) : [];
    case 'receiver':
      return users(CLUE_ROLES, [r.own_org_id]);
    // Compliance procedures (team) are not in the reminder run: their inspections are agreed dates, not limits of law.
    case 'procuratorate':
    case 'team':
    case 'none':
      return [];
  }
}

/**
 * The daily time-limit run: whoever must act on a case, transfer, clue or detention gets one reminder
 * two working days before the limit and one when it has passed. The dedupe key holds the record, the
 * stage and the due day, so a second run (or a second server) in the same state sends nothing more.
 */
export function createEnforcementReminders(deps: {
  db: Db;
  clock: Clock;
  calendar: WorkingCalendar;
  repo: ReminderRepository;
  notifications: NotificationService;
  userIdsWithRole: (roles: readonly Role[], orgIds: readonly string[]) => Promise<string[]>;
}) {
  const { db, clock, calendar, repo, notifications } = deps;
  return {
    async run(): Promise<{ reminded: number }> {
      const today = chinaDate(clock.now());
      const horizon = calendar.addWorkingDays(today, REMIND_WORKING_DAYS);
      let reminded = 0;
      for (const r of await repo.dueBy(db, horizon, BATCH)) {
        const userIds = await recipients(deps.userIdsWithRole, r);
        if (userIds.length === 0) continue;
        const overdue = r.due_on < today;
        const what = `${KIND_TEXT[r.kind].zh}「${r.label}」`;
        reminded += await notifications.notify(db, {
          userIds,
          kind: overdue ? 'enforcement.overdue' : 'enforcement.reminder',
          title: overdue ? `已逾期：${what}的办理期限已于 ${r.due_on} 届满` : `期限提醒：${what}的办理期限将于 ${r.due_on} 届满`,
          body: `请${NextAgentLabels[r.next_actor as NextAgent]?.zh ?? ''}及时办理。`,
          link: KIND_TEXT[r.kind].path + r.id,
          dedupeKey: `enforcement:${overdue ? 'overdue' : 'soon'}:${r.kind}:${r.id}:${r.next_actor}:${r.due_on}`,
        });
      }
      return { reminded };
    },
  };
}
export type EnforcementReminders = ReturnType<typeof createEnforcementReminders>;
