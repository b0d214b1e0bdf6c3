import {
  type AgendaItem,
  type AgendaPut,
  type Meeting,
  type MeetingCreate,
  type MeetingListQuery,
  type MeetingOrg,
  type MeetingSummary,
  type MeetingUpdate,
  ONLINE_LINK_LEAD_MINUTES,
  type Registration,
} from '../../../common/conference';
import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { SearchIndexer } from '../../platform/search/search.service';
import type { OrgServices } from '../org/org.contract';
import { MEETING_COLUMNS } from './conference-excel';
import { canManageRegion, conferenceScope } from './conference.policy';
import { indexMeeting, type MeetingAccess } from './meeting-lookup.service';
import type { MeetingRepository, MeetingRow, MeetingValues } from './meeting.repository';
import type { RegistrationRepository, RegistrationRow } from './registration.repository';
import { fillFromWaitlist } from './waitlist';
import { inTransaction } from '../../db/unit-of-work';

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

/** Meetings of every kind: the record, its organisers, its agenda, and who may see its online link when. */
export function createMeetingService(deps: MeetingDeps) {
  const { db, repo, regs, access, org, audit, clock, notifications, search } = deps;

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

  function checkRegion(actor: Actor, code: string): void {
    if (!org.regions.exists(code)) throw fieldError('regionCode', `行政区划代码 ${code} 不存在`);
    if (!canManageRegion(actor, code)) throw fieldError('regionCode', '超出您的管辖范围');
  }

  async function resolveOrgs(input: MeetingCreate['orgs']): Promise<{ role: string; org_id: string | null; org_name: string }[]> {
    const ids = input.flatMap((o) => (o.orgId ? [o.orgId] : []));
    const found = new Map((await org.orgs.lookup(null, ids)).map((o) => [o.id, o.name]));
    return input.map((o, i) => {
      if (o.orgId) {
        const name = found.get(o.orgId);
        if (!name) throw fieldError(`orgs.${i}.orgId`, '单位不存在');
        return { role: o.role, org_id: o.orgId, org_name: name };
      }
      if (!o.orgName) throw fieldError(`orgs.${i}.orgName`, '请选择单位或填写单位名称');
      return { role: o.role, org_id: null, org_name: o.orgName };
    });
  }

  function checkTimes(startsAt: Date, endsAt: Date | null): void {
    if (endsAt && endsAt.getTime() < startsAt.getTime()) throw fieldError('endsAt', '结束时间不能早于开始时间');
  }

  const values = (m: MeetingCreate): MeetingValues => ({
    region_code: m.regionCode,
    kind: m.kind,
    title: m.title,
    starts_at: new Date(m.startsAt),
    ends_at: m.endsAt ? new Date(m.endsAt) : null,
    venue: m.venue,
    mode: m.mode,
    online_url: m.onlineUrl ?? null,
    online_audience: m.onlineAudience ?? null,
    attendee_count: m.attendeeCount ?? null,
    capacity: m.capacity ?? null,
    waitlist: m.waitlist,
    theme: m.theme,
    summary: m.summary,
    source_article_id: null,
  });

  function agendaTree(rows: Awaited<ReturnType<MeetingRepository['agenda']>>): AgendaItem[] {
    const leaf = (r: (typeof rows)[number]) => ({ id: r.id, title: r.title, speaker: r.speaker, durationMinutes: r.duration_minutes, notes: r.notes });
    const top: AgendaItem[] = rows.filter((r) => !r.parent_id).map((r) => ({ ...leaf(r), children: [] }));
    const byId = new Map(top.map((t) => [t.id, t]));
    for (const r of rows) if (r.parent_id) byId.get(r.parent_id)?.children.push(leaf(r));
    return top;
  }

  return {
    summary,
    detailOf: detail,

    async list(actor: Actor, q: MeetingListQuery): Promise<Page<MeetingSummary>> {
      const { rows, total } = await repo.list(
        db,
        {
          q: q.q,
          kinds: q.kind,
          mode: q.mode,
          status: q.status,
          regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined,
          from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined,
          to: q.to ? new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined,
          toRegister: q.toRegister === 'true' ? { orgId: actor.orgId, userId: actor.userId, now: clock.now() } : undefined,
        },
        conferenceScope(actor),
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'startsAt', order: q.sort ? q.order : 'desc' },
      );
      return { items: rows.map(summary), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: MeetingListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '会议', columns: MEETING_COLUMNS, rows: page.items });
    },

    async get(actor: Actor, id: string): Promise<Meeting> {
      return detail(db, actor, await access.visible(db, actor, id));
    },

    /** Scheduled meetings the caller may see that start within the next `days` days. */
    async upcoming(actor: Actor, days: number): Promise<MeetingSummary[]> {
      const now = clock.now();
      const rows = await repo.between(db, now, new Date(now.getTime() + days * 86_400_000), conferenceScope(actor), 50);
      return rows.map(summary);
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await access.visible(db, actor, id);
      return deps.history('meeting', id);
    },

    async create(actor: Actor, input: MeetingCreate): Promise<Meeting> {
      checkRegion(actor, input.regionCode);
      const v = values(input);
      checkTimes(v.starts_at, v.ends_at);
      const orgs = await resolveOrgs(input.orgs);
      return inTransaction(db, async (trx) => {
        const id = await repo.insert(trx, v, actor.userId, clock.now());
        await repo.setOrgs(trx, id, orgs);
        const after = await detail(trx, actor, (await repo.find(trx, id))!);
        await audit.record(trx, actor, { action: 'create', entityType: 'meeting', entityId: id, after: { ...after, myRegistration: undefined } });
        await indexMeeting(trx, search, repo, regs, id);
        return after;
      });
    },

    async update(actor: Actor, id: string, patch: MeetingUpdate): Promise<Meeting> {
      if (patch.regionCode) checkRegion(actor, patch.regionCode);
      const orgs = patch.orgs ? await resolveOrgs(patch.orgs) : null;
      return inTransaction(db, async (trx) => {
        await repo.lock(trx, id);
        const row = await access.managed(trx, actor, id);
        const before = await detail(trx, actor, row);
        const startsAt = patch.startsAt ? new Date(patch.startsAt) : row.starts_at;
        const endsAt = patch.endsAt !== undefined ? (patch.endsAt ? new Date(patch.endsAt) : null) : row.ends_at;
        checkTimes(startsAt, endsAt);
        if (patch.capacity !== undefined && patch.capacity !== null) {
          const registered = await regs.countRegistered(trx, id);
          if (patch.capacity < registered) throw fieldError('capacity', `名额不能少于已报名人数（${registered}人）`);
        }
        const v: Partial<MeetingValues> & { status?: string } = {};
        if (patch.title !== undefined) v.title = patch.title;
        if (patch.kind !== undefined) v.kind = patch.kind;
        if (patch.regionCode !== undefined) v.region_code = patch.regionCode;
        if (patch.startsAt !== undefined) v.starts_at = startsAt;
        if (patch.endsAt !== undefined) v.ends_at = endsAt;
        if (patch.venue !== undefined) v.venue = patch.venue;
        if (patch.mode !== undefined) v.mode = patch.mode;
        if (patch.onlineUrl !== undefined) v.online_url = patch.onlineUrl;
        if (patch.onlineAudience !== undefined) v.online_audience = patch.onlineAudience;
        if (patch.attendeeCount !== undefined) v.attendee_count = patch.attendeeCount;
        if (patch.capacity !== undefined) v.capacity = patch.capacity;
        if (patch.waitlist !== undefined) v.waitlist = patch.waitlist;
        if (patch.theme !== undefined) v.theme = patch.theme;
        if (patch.summary !== undefined) v.summary = patch.summary;
        if (patch.status !== undefined) v.status = patch.status;
        await repo.update(trx, id, v, clock.now());
        if (orgs) await repo.setOrgs(trx, id, orgs);
        const fresh = (await repo.find(trx, id))!;
        if (fresh.status === 'scheduled') await fillFromWaitlist(trx, { regs, audit, notifications, clock }, actor, { id, title: fresh.title, capacity: fresh.capacity });
        if (patch.status === 'cancelled' && row.status !== 'cancelled') {
          const { rows } = await regs.list(trx, id, { status: 'registered' }, { limit: 10_000, offset: 0, sort: 'registeredAt', order: 'asc' });
          await notifications.notify(trx, {
            userIds: rows.flatMap((r) => (r.user_id ? [r.user_id] : [])),
            kind: 'meeting.cancelled',
            title: `会议取消：${fresh.title}`,
            link: `/meetings/${id}`,
            dedupeKey: `meeting-cancelled:${id}`,
          });
        }
        const after = await detail(trx, actor, (await repo.find(trx, id))!);
        await audit.record(trx, actor, { action: 'update', entityType: 'meeting', entityId: id, before: { ...before, myRegistration: undefined }, after: { ...after, myRegistration: undefined } });
        await indexMeeting(trx, search, repo, regs, id);
        return after;
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const row = await access.managed(trx, actor, id);
        if (await repo.hasTasks(trx, id)) {
          throw conflict('该会议的议定事项已转为重点任务，不能删除；可以将会议状态改为“已取消”');
        }
        await repo.delete(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'meeting', entityId: id, before: summary(row) });
        await search.remove(trx, 'meeting', id);
      });
    },

    async agenda(actor: Actor, id: string): Promise<AgendaItem[]> {
      await access.visible(db, actor, id);
      return agendaTree(await repo.agenda(db, id));
    },

    /** Replaces the whole agenda (items and their parts) in one step. */
    async putAgenda(actor: Actor, id: string, input: AgendaPut): Promise<AgendaItem[]> {
      return inTransaction(db, async (trx) => {
        await access.managed(trx, actor, id);
        const before = agendaTree(await repo.agenda(trx, id));
        const leaf = (x: { title: string; speaker: string | null; durationMinutes?: number | null | undefined; notes: string | null }) => ({ title: x.title, speaker: x.speaker, duration_minutes: x.durationMinutes ?? null, notes: x.notes });
        await repo.replaceAgenda(trx, id, input.items.map((i) => ({ ...leaf(i), children: (i.children ?? []).map(leaf) })));
        const after = agendaTree(await repo.agenda(trx, id));
        await audit.record(trx, actor, { action: 'agenda', entityType: 'meeting', entityId: id, before: { agenda: before }, after: { agenda: after } });
        return after;
      });
    },
  };
}
export type MeetingService = ReturnType<typeof createMeetingService>;
