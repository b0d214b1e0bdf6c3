import { createHash, randomBytes } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import type { CalendarFeed } from '../../../common/conference-records';
import { MeetingKindLabels } from '../../../common/conference-report';
import { DATA_SCOPE_BREADTH, type DataScopeKind } from '../../../common/roles';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { AppError, notFound, orNullIfNotFound } from '../../platform/errors';
import type { OrgServices } from '../org/org.contract';
import { conferenceScope } from './conference.policy';
import type { MeetingAccess } from './meeting-lookup.service';
import { feedRepository } from './feed.repository';
import type { MeetingRepository, MeetingRow } from './meeting.repository';
import { inTransaction } from '../../db/unit-of-work';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** One meeting as an iCalendar event; instants are written in UTC so every calendar app places them right. */
function event(m: MeetingRow, baseUrl: string): EventAttributes {
  const start = m.starts_at.getTime();
  const end = (m.ends_at ?? new Date(start + 2 * 3600_000)).getTime();
  return {
    uid: `${m.id}@zhichan`,
    title: m.title,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    location: m.venue ?? undefined,
    description: [MeetingKindLabels[m.kind as keyof typeof MeetingKindLabels]?.zh, m.theme].filter(Boolean).join(' · ') || undefined,
    url: `${baseUrl}/meetings/${m.id}`,
    status: m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    categories: [MeetingKindLabels[m.kind as keyof typeof MeetingKindLabels]?.zh ?? m.kind],
    lastModified: m.updated_at.getTime(),
  };
}

function render(events: EventAttributes[], calName: string): string {
  // ics refuses an empty list with an error; an empty calendar is still a valid, subscribable feed.
  if (events.length === 0) return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Zhichan//Meetings//ZH', `X-WR-CALNAME:${calName}`, 'END:VCALENDAR', ''].join('\r\n');
  const r = createEvents(events, { productId: '-//Zhichan//Meetings//ZH', calName });
  if (r.error || !r.value) throw new AppError('INTERNAL', `日历生成失败：${r.error?.message ?? ''}`);
  return r.value;
}

/** The .ics file of a meeting, and a subscribable per-user feed whose URL carries a revocable token. */
export function createCalendarService(deps: { db: Db; meetings: MeetingRepository; access: MeetingAccess; org: OrgServices; audit: AuditWriter; clock: Clock }) {
  const { db, meetings, access, org, audit, clock } = deps;

  /** The actor a feed token stands for: the user with their organisation, roles and widest data scope. */
  async function actorOf(userId: string): Promise<Actor | null> {
    const user = await orNullIfNotFound(org.users.get(userId));
    if (!user || user.status !== 'active') return null;
    const [o] = await org.orgs.lookup(null, [user.orgId]);
    if (!o) return null;
    const scopes = new Map((await org.users.roles()).map((r) => [r.code, r.dataScope]));
    let scope: DataScopeKind = 'own';
    for (const r of user.roles) {
      const s = scopes.get(r) ?? 'own';
      if (DATA_SCOPE_BREADTH[s] > DATA_SCOPE_BREADTH[scope]) scope = s;
    }
    return { userId: user.id, username: user.username, displayName: user.displayName, orgId: o.id, orgName: o.name, regionCode: o.regionCode, roles: user.roles, scope };
  }

  return {
    async meetingIcs(actor: Actor, id: string, baseUrl: string): Promise<{ name: string; text: string }> {
      const m = await access.visible(db, actor, id);
      return { name: `${m.title}.ics`, text: render([event(m, baseUrl)], m.title) };
    },

    async feedStatus(actor: Actor): Promise<CalendarFeed> {
      const f = await feedRepository.find(db, actor.userId);
      return { active: !!f, createdAt: f?.created_at.toISOString() ?? null, lastUsedAt: f?.last_used_at?.toISOString() ?? null, url: null };
    },

    /** Issues a new feed token (the old URL stops working) and answers the URL once. */
    async createFeed(actor: Actor, baseUrl: string): Promise<CalendarFeed> {
      const token = randomBytes(24).toString('base64url');
      const now = clock.now();
      await inTransaction(db, async (trx) => {
        await feedRepository.put(trx, actor.userId, hash(token), now);
        await audit.record(trx, actor, { action: 'createCalendarFeed', entityType: 'user', entityId: actor.userId });
      });
      return { active: true, createdAt: now.toISOString(), lastUsedAt: null, url: `${baseUrl}/api/v1/conference/calendar-feed/${token}.ics` };
    },

    async revokeFeed(actor: Actor): Promise<void> {
      await inTransaction(db, async (trx) => {
        if ((await feedRepository.remove(trx, actor.userId)) === 0) throw notFound('日历订阅');
        await audit.record(trx, actor, { action: 'revokeCalendarFeed', entityType: 'user', entityId: actor.userId });
      });
    },

    /** The feed behind a token: the meetings its user may see, from 90 days ago to a year ahead. */
    async feed(token: string, baseUrl: string): Promise<string> {
      const f = await feedRepository.byHash(db, hash(token));
      const actor = f ? await actorOf(f.user_id) : null;
      if (!f || !actor) throw notFound('日历订阅');
      const now = clock.now();
      const rows = await meetings.between(db, new Date(now.getTime() - 90 * 86_400_000), new Date(now.getTime() + 366 * 86_400_000), conferenceScope(actor), 1000);
      await feedRepository.touch(db, f.user_id, now);
      return render(rows.map((m) => event(m, baseUrl)), `知产 · ${actor.displayName}的会议`);
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
