import { type MeetingListQuery, MeetingListQuerySchema } from '../../../common/conference';
import { type ConferenceHome, HOME_LIST_SIZE } from '../../../common/home';
import type { Actor } from '../../platform/access';
import { chinaDate, type Clock } from '../../platform/clock';
import { countOf } from '../../platform/home-count';
import { runsMeetings } from './conference.policy';
import type { MeetingService } from './meeting.service';

/** Monday and Sunday of the week (in China) holding `now`, as YYYY-MM-DD. */
export function weekOf(now: Date): { from: string; to: string } {
  const today = new Date(`${chinaDate(now)}T00:00:00Z`);
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86_400_000);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { from: day(monday), to: day(new Date(monday.getTime() + 6 * 86_400_000)) };
}

/** The conference card of a home page: this week's meetings, and for the units the meetings they may still register for. */
export function createConferenceHomeService(deps: { meetings: MeetingService; clock: Clock }) {
  const { meetings, clock } = deps;
  return {
    async home(actor: Actor): Promise<ConferenceHome> {
      const week = weekOf(clock.now());
      const list = (q: MeetingListQuery) => meetings.list(actor, q);
      const thisWeek = { from: week.from, to: week.to, status: 'scheduled', sort: 'startsAt', order: 'asc' };
      const counts = [await countOf('thisWeek', MeetingListQuerySchema, thisWeek, list)];
      // Those who run meetings invite rather than register; the units register.
      if (!runsMeetings(actor)) counts.push(await countOf('toRegister', MeetingListQuerySchema, { toRegister: 'true', sort: 'startsAt', order: 'asc' }, list));
      const shown = await meetings.list(actor, MeetingListQuerySchema.parse({ ...thisWeek, pageSize: String(HOME_LIST_SIZE) }));
      return { counts, meetings: shown.items };
    },
  };
}
export type ConferenceHomeService = ReturnType<typeof createConferenceHomeService>;
