import { randomInt } from 'node:crypto';
import type { Invitation, Invite, Register, Registration } from '../../../common/conference';
import type { Attendee, AttendeeCreate } from '../../../common/conference-records';
import type { Job } from '../../../common/jobs';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { conflict, fieldError, forbidden, isUniqueViolation, notFound } from '../../platform/errors';
import { startImport } from '../../platform/import';
import { ATTENDEE_IMPORT_COLUMNS, AttendeeImportRowSchema } from './conference.workbook';
import { canManageRegion, canSeeRegistration } from './conference.policy';
import { indexMeeting } from './meeting-lookup.service';
import type { MeetingRow } from './meeting.repository';
import { mapRegistration } from './meeting.service';
import type { RegistrationRow } from './registration.repository';
import { fillFromWaitlist } from './waitlist.service';
import { inTransaction } from '../../db/unit-of-work';
import { mapAttendee, type RegistrationDeps } from './registration-support.service';
import type { RegistrationQueries } from './registration-queries.service';

/** Roles of the people told about an invitation to their unit. */
const INVITEE_ROLES = ['liaison', 'district', 'office', 'court', 'bank'] as const;

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const newCode = () => Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** Writes of invitations, registrations and attendance: each change in one transaction with its audit event. */
export function createRegistrationCommands(deps: RegistrationDeps, queries: RegistrationQueries) {
  const { db, meetings, repo, access, org, audit, clock, jobs, notifications, search } = deps;

  const waitlistDeps = { regs: repo, audit, notifications, clock };

  async function registrationOf(trx: Db, actor: Actor, meeting: MeetingRow, id: string): Promise<RegistrationRow> {
    const r = await repo.find(trx, id);
    if (!r || r.meeting_id !== meeting.id) throw notFound('报名');
    if (!canSeeRegistration(actor, meeting.region_code, r.user_id)) throw notFound('报名');
    return r;
  }

  async function checkIn(trx: Db, actor: Actor, meeting: MeetingRow, r: RegistrationRow, field: string): Promise<Registration> {
    if (r.status === 'cancelled') throw fieldError(field, '该报名已取消');
    if (r.status === 'waitlisted') throw fieldError(field, '该报名仍在候补中，不能签到');
    if (r.checked_in_at) throw conflict(`${r.name} 已于 ${r.checked_in_at.toISOString()} 签到`, field);
    await repo.checkIn(trx, r.id, clock.now());
    const ids = await repo.insertAttendees(trx, meeting.id, [{ person_id: null, name: r.name, title: r.title, org_id: r.org_id, org_name: r.org_name, role: 'attendee', online: false, source: 'checkIn', registration_id: r.id }]);
    await audit.record(trx, actor, { action: 'checkIn', entityType: 'meeting', entityId: meeting.id, after: { registrationId: r.id, attendeeId: ids[0], name: r.name } });
    return mapRegistration((await repo.find(trx, r.id))!, true);
  }

  return {
    /** Invites units (all their people may register) and named people; invited units are told at once. */
    async invite(actor: Actor, meetingId: string, input: Invite): Promise<Invitation[]> {
      const orgs = await org.orgs.lookup(null, input.orgIds);
      if (orgs.length !== new Set(input.orgIds).size) throw fieldError('orgIds', '有单位不存在');
      const people = await org.people.lookup(null, input.personIds);
      if (people.length !== new Set(input.personIds).size) throw fieldError('personIds', '有人员不存在');
      // Read before the transaction: on the embedded engine a query outside it would wait for its connection.
      const usersByOrg = new Map<string, string[]>();
      for (const orgId of new Set([...input.orgIds, ...people.map((p) => p.orgId)])) usersByOrg.set(orgId, await org.users.userIdsWithRole(INVITEE_ROLES, [orgId]));
      await inTransaction(db, async (trx) => {
        const m = await access.managed(trx, actor, meetingId);
        const rows = [...orgs.map((o) => ({ org_id: o.id, person_id: null, person_name: null })), ...people.map((p) => ({ org_id: p.orgId, person_id: p.id, person_name: p.name }))];
        const newly = await repo.invite(trx, meetingId, rows, actor.userId, clock.now());
        await audit.record(trx, actor, { action: 'invite', entityType: 'meeting', entityId: meetingId, after: { orgs: orgs.map((o) => o.name), people: people.map((p) => p.name) } });
        const userIds = newly.flatMap((id) => usersByOrg.get(id) ?? []);
        await notifications.notify(trx, {
          userIds,
          kind: 'meeting.invited',
          title: `会议邀请：${m.title}`,
          body: `时间：${m.starts_at.toISOString()}${m.venue ? `；地点：${m.venue}` : ''}。请在会议页面报名。`,
          link: `/meetings/${meetingId}`,
          dedupeKey: `meeting-invited:${meetingId}`,
        });
        await indexMeeting(trx, search, meetings, repo, meetingId);
      });
      return queries.invitations(actor, meetingId);
    },

    async uninvite(actor: Actor, meetingId: string, invitationId: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        await access.managed(trx, actor, meetingId);
        const inv = await repo.findInvitation(trx, meetingId, invitationId);
        if (!inv) throw notFound('邀请');
        await repo.deleteInvitation(trx, invitationId);
        await audit.record(trx, actor, { action: 'uninvite', entityType: 'meeting', entityId: meetingId, before: { org: inv.org_name, person: inv.person_name } });
        await indexMeeting(trx, search, meetings, repo, meetingId);
      });
    },

    /**
     * Registers the caller (or, for organisers, someone of an invited unit). When the meeting is
     * full the registration joins the waitlist; a meeting without a waitlist refuses it naming the capacity.
     */
    async register(actor: Actor, meetingId: string, input: Register): Promise<Registration> {
      const orgNames = new Map((await org.orgs.lookup(null, [actor.orgId, ...(input.orgId ? [input.orgId] : [])])).map((o) => [o.id, o.name]));
      if (input.orgId && !orgNames.has(input.orgId)) throw fieldError('orgId', '单位不存在');
      const attempt = () =>
        inTransaction(db, async (trx) => {
          await meetings.lock(trx, meetingId);
          const m = await access.visible(trx, actor, meetingId);
          const manager = canManageRegion(actor, m.region_code);
          const orgId = manager && input.orgId ? input.orgId : actor.orgId;
          if (m.status !== 'scheduled') throw fieldError('status', '会议已取消，不能报名');
          if (clock.now().getTime() >= (m.ends_at ?? m.starts_at).getTime()) throw conflict('会议已结束，不能报名');
          if (!(await repo.orgInvited(trx, meetingId, orgId))) {
            throw manager ? fieldError('orgId', '该单位未被邀请参加本次会议') : forbidden('您的单位未被邀请参加本次会议');
          }
          const registering = manager && input.orgId ? null : actor.userId;
          const registered = await repo.countRegistered(trx, meetingId);
          const full = m.capacity !== null && registered >= m.capacity;
          if (full && !m.waitlist) throw fieldError('capacity', `名额已满（共 ${m.capacity} 个名额），本次会议不设候补`);
          const id = await repo.insert(
            trx,
            { meeting_id: meetingId, user_id: registering, org_id: orgId, name: input.name ?? actor.displayName, title: input.title, status: full ? 'waitlisted' : 'registered', code: newCode() },
            clock.now(),
          );
          const r = (await repo.find(trx, id))!;
          await audit.record(trx, actor, { action: 'register', entityType: 'meeting', entityId: meetingId, after: { registrationId: id, name: r.name, org: r.org_name, status: r.status } });
          return mapRegistration(r, true);
        });
      try {
        return await attempt();
      } catch (err) {
        if (isUniqueViolation(err, 'meeting_registration_user_idx')) throw conflict('您已报名本次会议', 'meetingId');
        // A clash of six-character check-in codes is rare; one retry draws a new one.
        if (isUniqueViolation(err, 'meeting_registration_code_idx')) return attempt();
        throw err;
      }
    },

    /** Cancels a registration; a place it frees goes to the first person on the waitlist. */
    async cancel(actor: Actor, meetingId: string, registrationId: string): Promise<Registration> {
      return inTransaction(db, async (trx) => {
        await meetings.lock(trx, meetingId);
        const m = await access.visible(trx, actor, meetingId);
        const r = await registrationOf(trx, actor, m, registrationId);
        if (r.status === 'cancelled') throw conflict('该报名已取消');
        await repo.setStatus(trx, r.id, 'cancelled', clock.now());
        await audit.record(trx, actor, { action: 'cancelRegistration', entityType: 'meeting', entityId: meetingId, before: { registrationId: r.id, name: r.name, status: r.status }, after: { registrationId: r.id, name: r.name, status: 'cancelled' } });
        if (r.status === 'registered' && m.status === 'scheduled') await fillFromWaitlist(trx, waitlistDeps, actor, { id: m.id, title: m.title, capacity: m.capacity });
        return mapRegistration((await repo.find(trx, r.id))!, true);
      });
    },

    async checkInById(actor: Actor, meetingId: string, registrationId: string): Promise<Registration> {
      return inTransaction(db, async (trx) => {
        const m = await access.managed(trx, actor, meetingId);
        return checkIn(trx, actor, m, await registrationOf(trx, actor, m, registrationId), 'registrationId');
      });
    },

    async checkInByCode(actor: Actor, meetingId: string, code: string): Promise<Registration> {
      return inTransaction(db, async (trx) => {
        const m = await access.managed(trx, actor, meetingId);
        const r = await repo.findByCode(trx, meetingId, code);
        if (!r) throw fieldError('code', `签到码 ${code} 不是本次会议的报名`);
        return checkIn(trx, actor, m, r, 'code');
      });
    },

    async addAttendee(actor: Actor, meetingId: string, input: AttendeeCreate): Promise<Attendee> {
      let orgName = input.orgName;
      if (input.orgId) {
        const [o] = await org.orgs.lookup(null, [input.orgId]);
        if (!o) throw fieldError('orgId', '单位不存在');
        orgName = o.name;
      }
      return inTransaction(db, async (trx) => {
        await access.managed(trx, actor, meetingId);
        const [id] = await repo.insertAttendees(trx, meetingId, [{ person_id: null, name: input.name, title: input.title, org_id: input.orgId ?? null, org_name: orgName, role: input.role, online: input.online, source: 'manual' }]);
        const a = mapAttendee((await repo.findAttendee(trx, id))!);
        await audit.record(trx, actor, { action: 'addAttendee', entityType: 'meeting', entityId: meetingId, after: a });
        return a;
      });
    },

    async removeAttendee(actor: Actor, meetingId: string, attendeeId: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        await access.managed(trx, actor, meetingId);
        const a = await repo.findAttendee(trx, attendeeId);
        if (!a || a.meeting_id !== meetingId) throw notFound('参会人员');
        await repo.deleteAttendee(trx, attendeeId);
        await audit.record(trx, actor, { action: 'removeAttendee', entityType: 'meeting', entityId: meetingId, before: mapAttendee(a) });
      });
    },

    /** Adds attendees from a spreadsheet (name, title at the time, unit); units are matched by name when they exist. */
    async importAttendees(actor: Actor, meetingId: string, bytes: Buffer): Promise<Job> {
      await access.managed(db, actor, meetingId);
      return startImport(jobs, actor, bytes, {
        kind: 'meeting.attendees.import',
        columns: ATTENDEE_IMPORT_COLUMNS,
        rowSchema: AttendeeImportRowSchema,
        check: async (rows) => {
          const names = await org.orgs.nameIndex(actor);
          return rows.map(({ rowNumber, value }) => {
            const found = value.orgName ? names.resolve(value.orgName) : null;
            const orgId = found && 'id' in found ? found.id : null;
            return { rowNumber, value: { person_id: null, name: value.name, title: value.title ?? null, org_id: orgId, org_name: found && 'id' in found ? found.name : (value.orgName ?? null), role: value.role, online: value.online, source: 'import' } };
          });
        },
        persist: async (rows, progress) => {
          await inTransaction(db, async (trx) => {
            await repo.insertAttendees(trx, meetingId, rows.map((r) => r.value));
            await audit.record(trx, actor, { action: 'importAttendees', entityType: 'meeting', entityId: meetingId, after: { count: rows.length } });
            progress(rows.length);
          });
        },
      });
    },
  };
}
export type RegistrationCommands = ReturnType<typeof createRegistrationCommands>;
