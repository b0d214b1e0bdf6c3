import { createHash, randomBytes } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import type { CalendarFeed } from '../../../common/conference-records';
import { MeetingKindLabels } from '../../../common/conference-report';
import { DATA_SCOPE_BREADTH, type DataScopeKind } from '../../../common/roles';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { notFound, orNullIfNotFound } from '../../platform/errors';
import type { OrgServices } from '../org/org.contract';
import { conferenceScope } from './conference.policy';
import type { MeetingAccess } from './meeting-lookup.service';
import { feedRepository } from './feed.repository';
import type { MeetingRepository, MeetingRow } from './meeting.repository';
import { inTransaction } from '../../db/unit-of-work';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

const calendarKind = (m: MeetingRow) => MeetingKindLabels[m.kind as keyof typeof MeetingKindLabels]?.zh;

/**
 * A calendar of meetings (RFC 5545), written by ical-generator: long lines folded at 75 octets
 * without splitting a character, text escaped, instants in UTC so every calendar app places them
 * right. A meeting without an end time has no DTEND: the end is not invented.
 */
function render(meetings: MeetingRow[], calName: string, baseUrl: string, now: Date): string {
  const cal = ical({ prodId: { company: 'Zhichan', product: 'Meetings', language: 'ZH' }, name: calName });
  for (const m of meetings) {
    cal.createEvent({
      id: `${m.id}@zhichan`,
      summary: m.title,
      start: m.starts_at,
      end: m.ends_at ?? null,
      stamp: now,
      location: m.venue ?? null,
      description: [calendarKind(m), m.theme].filter(Boolean).join(' · ') || null,
      url: `${baseUrl}/meetings/${m.id}`,
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: [{ name: calendarKind(m) ?? m.kind }],
      lastModified: m.updated_at,
    });
  }
  // Every content line ends with CRLF (RFC 5545 §3.1), the last one too; the library leaves it off.
  const text = cal.toString();
  return text.endsWith('\r\n') ? text : text + '\r\n';
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
      return { name: `${m.title}.ics`, text: render([m], m.title, baseUrl, clock.now()) };
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
      return render(rows, `知产 · ${actor.displayName}的会议`, baseUrl, now);
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
