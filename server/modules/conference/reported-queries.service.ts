import type { YearEvent } from '../../../common/conference-report';
import { regionPrefix } from '../../../common/region';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { canSeeEventsOf } from './conference.policy';
import type { ReportedDeps } from './reported-support.service';

/** Reads of reported meetings: the year's meetings, agreements and unveilings in a region (the top ten draws on them). */
export function createReportedQueries(deps: ReportedDeps) {
  const { db, records } = deps;
  return {
    /** Meetings, agreements and unveilings of a year in a region subtree the caller may see. */
    async eventsOfYear(actor: Actor, regionCode: string, year: number): Promise<YearEvent[]> {
      if (!canSeeEventsOf(actor, regionCode)) return [];
      const prefix = regionPrefix(regionCode);
      const r = await records.eventsBetween(db, prefix, `${year}-01-01`, `${year}-12-31`);
      const events: YearEvent[] = [
        ...r.meetings.map((m): YearEvent => ({ type: 'meeting', id: m.id, title: m.title, date: chinaDate(m.starts_at), regionCode: m.region_code, summary: m.theme ?? m.summary?.slice(0, 200) ?? null, url: `/meetings/${m.id}` })),
        ...r.agreements.map((a): YearEvent => ({ type: 'agreement', id: a.id, title: `《${a.title}》`, date: a.signed_on!, regionCode: a.region_code, summary: a.summary, url: `/agreements/${a.id}` })),
        ...r.unveilings.map((u): YearEvent => ({ type: 'unveiling', id: u.id, title: `${u.what}揭牌`, date: u.on_date, regionCode: u.region_code, summary: u.unveiled_by.length ? `揭牌：${u.unveiled_by.join('、')}` : null, url: u.meeting_id ? `/meetings/${u.meeting_id}` : '/meetings' })),
      ];
      return events.sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type));
    },
  };
}
export type ReportedQueries = ReturnType<typeof createReportedQueries>;
