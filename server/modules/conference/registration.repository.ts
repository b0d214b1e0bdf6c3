import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { MeetingAttendeeTable, MeetingInvitationTable, MeetingRegistrationTable } from '../../db/tables/conference';
import { containsPattern, totalOver } from '../../db/query-helpers';

/** An invitation with the invited organisation's name (joined). */
export type InvitationRow = Pick<Selectable<MeetingInvitationTable>, 'id' | 'org_id' | 'person_id' | 'person_name' | 'invited_at'> & {
  org_name: string;
};

/** A registration with its organisation's name and place on the waitlist (joined and counted). */
export type RegistrationRow = Pick<
  Selectable<MeetingRegistrationTable>,
  'id' | 'meeting_id' | 'seq' | 'user_id' | 'org_id' | 'name' | 'title' | 'status' | 'code' | 'registered_at' | 'promoted_at' | 'cancelled_at' | 'checked_in_at'
> & {
  org_name: string;
  waitlist_position: number | null;
};

export type AttendeeRow = Pick<Selectable<MeetingAttendeeTable>, 'id' | 'meeting_id' | 'person_id' | 'name' | 'title' | 'org_id' | 'org_name' | 'role' | 'online' | 'source'>;

export type AttendeeValues = Pick<Selectable<MeetingAttendeeTable>, 'person_id' | 'name' | 'title' | 'org_id' | 'org_name' | 'role' | 'online' | 'source'> &
  Partial<Pick<Selectable<MeetingAttendeeTable>, 'registration_id'>>;

const REG_SORT = { registeredAt: 'r.seq', name: 'r.name', orgName: 'o.name_pinyin', status: 'r.status' } as const;

function registrations(db: Db) {
  return db
    .selectFrom('meeting_registration as r')
    .innerJoin('org as o', 'o.id', 'r.org_id')
    .select(['r.id', 'r.meeting_id', 'r.seq', 'r.user_id', 'r.org_id', 'o.name as org_name', 'r.name', 'r.title', 'r.status', 'r.code', 'r.registered_at', 'r.promoted_at', 'r.cancelled_at', 'r.checked_in_at'])
    .select(
      sql<number | null>`case when r.status = 'waitlisted' then (select count(*) from meeting_registration w where w.meeting_id = r.meeting_id and w.status = 'waitlisted' and w.seq <= r.seq) end`.as('waitlist_position'),
    );
}

export const registrationRepository = {
  async invitations(db: Db, meetingId: string): Promise<InvitationRow[]> {
    return db
      .selectFrom('meeting_invitation as i')
      .innerJoin('org as o', 'o.id', 'i.org_id')
      .select(['i.id', 'i.org_id', 'o.name as org_name', 'i.person_id', 'i.person_name', 'i.invited_at'])
      .where('i.meeting_id', '=', meetingId)
      .orderBy('o.name_pinyin')
      .orderBy('i.person_name')
      .execute();
  },

  /** Adds invitations, skipping those that exist; answers the ids of organisations newly invited. */
  async invite(trx: Db, meetingId: string, rows: { org_id: string; person_id: string | null; person_name: string | null }[], by: string, at: Date): Promise<string[]> {
    if (rows.length === 0) return [];
    const r = await trx
      .insertInto('meeting_invitation')
      .values(rows.map((x) => ({ meeting_id: meetingId, ...x, invited_by: by, invited_at: at })))
      .onConflict((oc) => oc.doNothing())
      .returning('org_id')
      .execute();
    return [...new Set(r.map((x) => x.org_id))];
  },

  async findInvitation(db: Db, meetingId: string, id: string): Promise<InvitationRow | undefined> {
    return db
      .selectFrom('meeting_invitation as i')
      .innerJoin('org as o', 'o.id', 'i.org_id')
      .select(['i.id', 'i.org_id', 'o.name as org_name', 'i.person_id', 'i.person_name', 'i.invited_at'])
      .where('i.meeting_id', '=', meetingId)
      .where('i.id', '=', id)
      .executeTakeFirst();
  },

  async deleteInvitation(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('meeting_invitation').where('id', '=', id).execute();
  },

  async orgInvited(db: Db, meetingId: string, orgId: string): Promise<boolean> {
    return !!(await db.selectFrom('meeting_invitation').select('id').where('meeting_id', '=', meetingId).where('org_id', '=', orgId).executeTakeFirst());
  },

  async list(db: Db, meetingId: string, f: { status?: string | undefined; q?: string | undefined; checkedIn?: boolean | undefined; userId?: string | undefined }, page: { limit: number; offset: number; sort: keyof typeof REG_SORT; order: 'asc' | 'desc' }) {
    let q = registrations(db).where('r.meeting_id', '=', meetingId);
    if (f.status) q = q.where('r.status', '=', f.status);
    if (f.q) q = q.where((eb) => eb.or([eb('r.name', 'ilike', containsPattern(f.q!)), eb('o.name', 'ilike', containsPattern(f.q!))]));
    if (f.checkedIn === true) q = q.where('r.checked_in_at', 'is not', null);
    if (f.checkedIn === false) q = q.where('r.checked_in_at', 'is', null);
    if (f.userId) q = q.where('r.user_id', '=', f.userId);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(REG_SORT[page.sort]), page.order).orderBy('r.seq').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (RegistrationRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },

  async find(db: Db, id: string): Promise<RegistrationRow | undefined> {
    return registrations(db).where('r.id', '=', id).executeTakeFirst();
  },

  async findByCode(db: Db, meetingId: string, code: string): Promise<RegistrationRow | undefined> {
    return registrations(db).where('r.meeting_id', '=', meetingId).where('r.code', '=', code).executeTakeFirst();
  },

  async active(db: Db, meetingId: string, userId: string): Promise<RegistrationRow | undefined> {
    return registrations(db).where('r.meeting_id', '=', meetingId).where('r.user_id', '=', userId).where('r.status', '<>', 'cancelled').executeTakeFirst();
  },

  async countRegistered(db: Db, meetingId: string): Promise<number> {
    const r = await db.selectFrom('meeting_registration').select((eb) => eb.fn.countAll<number>().as('n')).where('meeting_id', '=', meetingId).where('status', '=', 'registered').executeTakeFirstOrThrow();
    return r.n;
  },

  async insert(trx: Db, v: { meeting_id: string; user_id: string | null; org_id: string; name: string; title: string | null; status: string; code: string }, at: Date): Promise<string> {
    const r = await trx.insertInto('meeting_registration').values({ ...v, registered_at: at }).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },

  async setStatus(trx: Db, id: string, status: string, at: Date): Promise<void> {
    const stamp = status === 'cancelled' ? { cancelled_at: at } : status === 'registered' ? { promoted_at: at } : {};
    await trx.updateTable('meeting_registration').set({ status, ...stamp }).where('id', '=', id).execute();
  },

  /** The first `n` on the waitlist, in the order they registered. */
  async nextWaitlisted(trx: Db, meetingId: string, n: number): Promise<RegistrationRow[]> {
    if (n <= 0) return [];
    return registrations(trx).where('r.meeting_id', '=', meetingId).where('r.status', '=', 'waitlisted').orderBy('r.seq').limit(n).execute();
  },

  async checkIn(trx: Db, id: string, at: Date): Promise<void> {
    await trx.updateTable('meeting_registration').set({ checked_in_at: at }).where('id', '=', id).execute();
  },

  async attendees(db: Db, meetingId: string): Promise<AttendeeRow[]> {
    return db
      .selectFrom('meeting_attendee')
      .select(['id', 'meeting_id', 'person_id', 'name', 'title', 'org_id', 'org_name', 'role', 'online', 'source'])
      .where('meeting_id', '=', meetingId)
      .orderBy('position')
      .execute();
  },

  async findAttendee(db: Db, id: string): Promise<AttendeeRow | undefined> {
    return db.selectFrom('meeting_attendee').select(['id', 'meeting_id', 'person_id', 'name', 'title', 'org_id', 'org_name', 'role', 'online', 'source']).where('id', '=', id).executeTakeFirst();
  },

  async insertAttendees(trx: Db, meetingId: string, rows: AttendeeValues[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const last = await trx.selectFrom('meeting_attendee').select((eb) => eb.fn.max('position').as('p')).where('meeting_id', '=', meetingId).executeTakeFirst();
    const start = (last?.p ?? -1) + 1;
    const r = await trx
      .insertInto('meeting_attendee')
      .values(rows.map((a, i) => ({ meeting_id: meetingId, position: start + i, registration_id: null, ...a })))
      .returning('id')
      .execute();
    return r.map((x) => x.id);
  },

  async deleteAttendee(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('meeting_attendee').where('id', '=', id).execute();
  },
};
export type RegistrationRepository = typeof registrationRepository;
