import type { AgendaItem, AgendaPut, Meeting, MeetingCreate, MeetingUpdate } from '../../../common/conference';
import type { Actor } from '../../platform/access';
import { conflict, fieldError } from '../../platform/errors';
import { canManageRegion } from './conference.policy';
import { indexMeeting } from './meeting-lookup.service';
import type { MeetingValues } from './meeting.repository';
import { fillFromWaitlist } from './waitlist.service';
import { inTransaction } from '../../db/unit-of-work';
import type { MeetingDeps, MeetingSupport } from './meeting-support.service';

/** Writes of meetings: each change in one transaction with its audit event. */
export function createMeetingCommands(deps: MeetingDeps, support: MeetingSupport) {
  const { db, repo, regs, access, org, audit, clock, notifications, search } = deps;
  const { summary, detail, agendaTree } = support;

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

  return {
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
export type MeetingCommands = ReturnType<typeof createMeetingCommands>;
