import {
  type AgendaItem,
  type Meeting,
  type MeetingOrg,
  type MeetingSummary,
  ONLINE_LINK_LEAD_MINUTES,
  type Registration,
} from '../../../common/conference';
import type { AuditEvent } from '../../../common/audit';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { SearchIndexer } from '../../platform/search/search.service';
import type { OrgServices } from '../org/org.contract';
import { canManageRegion } from './conference.policy';
import type { MeetingAccess } from './meeting-lookup.service';
import type { MeetingRepository, MeetingRow } from './meeting.repository';
import type { RegistrationRepository, RegistrationRow } from './registration.repository';

export interface MeetingDeps {
  db: Db;
  repo: MeetingRepository;
  regs: RegistrationRepository;
  access: MeetingAccess;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  notifications: NotificationService;
  search: SearchIndexer;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** A registration as its owner or the organisers see it; others do not get the check-in code. */
export function mapRegistration(r: RegistrationRow, showCode: boolean): Registration {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    userId: r.user_id,
    orgId: r.org_id,
    orgName: r.org_name,
    name: r.name,
    title: r.title,
    status: r.status as Registration['status'],
    waitlistPosition: r.waitlist_position === null ? null : Number(r.waitlist_position),
    code: showCode ? r.code : null,
    registeredAt: r.registered_at.toISOString(),
    promotedAt: r.promoted_at?.toISOString() ?? null,
    cancelledAt: r.cancelled_at?.toISOString() ?? null,
    checkedInAt: r.checked_in_at?.toISOString() ?? null,
  };
}

/** What the queries and commands of meetings share: mappers and the checks that find a record the caller may see. */
export function createMeetingSupport(deps: MeetingDeps) {
  const { repo, regs, org, clock } = deps;

  function summary(r: MeetingRow): MeetingSummary {
    return {
      id: r.id,
      title: r.title,
      kind: r.kind as MeetingSummary['kind'],
      regionCode: r.region_code,
      regionName: org.regions.fullName(r.region_code),
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at?.toISOString() ?? null,
      venue: r.venue,
      mode: r.mode as MeetingSummary['mode'],
      status: r.status as MeetingSummary['status'],
      capacity: r.capacity,
      registered: Number(r.registered),
      waitlisted: Number(r.waitlisted),
      minutesStatus: (r.minutes_status ?? 'none') as MeetingSummary['minutesStatus'],
    };
  }

  async function detail(trx: Db, actor: Actor, r: MeetingRow): Promise<Meeting> {
    const orgs = (await repo.orgs(trx, [r.id])).map((o): MeetingOrg => ({ role: o.role as MeetingOrg['role'], orgId: o.org_id, orgName: o.org_name }));
    const canManage = canManageRegion(actor, r.region_code);
    const invited = await repo.isInvited(trx, r.id, actor.orgId, actor.userId);
    const mine = await regs.active(trx, r.id, actor.userId);
    const opensAt = new Date(r.starts_at.getTime() - ONLINE_LINK_LEAD_MINUTES * 60_000);
    const closesAt = r.ends_at ?? new Date(r.starts_at.getTime() + 24 * 3600_000);
    const now = clock.now().getTime();
    const open = invited && now >= opensAt.getTime() && now <= closesAt.getTime() && r.status === 'scheduled';
    return {
      ...summary(r),
      theme: r.theme,
      summary: r.summary,
      onlineAudience: r.online_audience,
      attendeeCount: r.attendee_count,
      waitlist: r.waitlist,
      orgs,
      onlineUrl: r.online_url && (canManage || open) ? r.online_url : null,
      hasOnlineUrl: !!r.online_url,
      onlineUrlOpensAt: r.online_url ? opensAt.toISOString() : null,
      invited,
      registrationOpen: r.status === 'scheduled' && now < (r.ends_at ?? r.starts_at).getTime(),
      canManage,
      myRegistration: mine ? mapRegistration(mine, true) : null,
      sourceArticleId: r.source_article_id,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  }

  function agendaTree(rows: Awaited<ReturnType<MeetingRepository['agenda']>>): AgendaItem[] {
    const leaf = (r: (typeof rows)[number]) => ({ id: r.id, title: r.title, speaker: r.speaker, durationMinutes: r.duration_minutes, notes: r.notes });
    const top: AgendaItem[] = rows.filter((r) => !r.parent_id).map((r) => ({ ...leaf(r), children: [] }));
    const byId = new Map(top.map((t) => [t.id, t]));
    for (const r of rows) if (r.parent_id) byId.get(r.parent_id)?.children.push(leaf(r));
    return top;
  }

  return { summary, detail, agendaTree };
}
export type MeetingSupport = ReturnType<typeof createMeetingSupport>;
