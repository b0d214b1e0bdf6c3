import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { MeetingAgendaItemTable, MeetingTable } from '../../db/tables/conference';
import { containsPattern, totalOver } from '../../db/query-helpers';
import { pinyinSortKey } from '../../platform/text-sort';
import type { ConferenceScope } from './conference.policy';

/** A meeting with its registration counts and minutes status (counted and joined). */
export type MeetingRow = Pick<
  Selectable<MeetingTable>,
  'id' | 'region_code' | 'kind' | 'title' | 'starts_at' | 'ends_at' | 'venue' | 'mode' | 'online_url' | 'online_audience' | 'attendee_count' | 'capacity' | 'waitlist' | 'status' | 'theme' | 'summary' | 'source_article_id' | 'created_at' | 'updated_at'
> & {
  registered: number;
  waitlisted: number;
  minutes_status: string | null;
};

export type MeetingValues = Pick<
  Selectable<MeetingTable>,
  'region_code' | 'kind' | 'title' | 'starts_at' | 'ends_at' | 'venue' | 'mode' | 'online_url' | 'online_audience' | 'attendee_count' | 'capacity' | 'waitlist' | 'theme' | 'summary' | 'source_article_id'
>;

export interface MeetingFilter {
  q?: string | undefined;
  kinds?: readonly string[] | undefined;
  mode?: string | undefined;
  status?: string | undefined;
  regionPrefix?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Meetings not yet begun that this unit is invited to and this user holds no registration for. */
  toRegister?: { orgId: string; userId: string; now: Date } | undefined;
}

export type AgendaRow = Pick<Selectable<MeetingAgendaItemTable>, 'id' | 'parent_id' | 'position' | 'title' | 'speaker' | 'duration_minutes' | 'notes'>;

const SORT = { startsAt: 'm.starts_at', title: 'm.title_pinyin', kind: 'm.kind', createdAt: 'm.created_at' } as const;
export type MeetingSort = keyof typeof SORT;

/** True when the organisation is invited to, organises, registered for or attended the meeting `m`. */
function involves(orgId: string): RawBuilder<boolean> {
  return sql<boolean>`(exists (select 1 from meeting_invitation i where i.meeting_id = m.id and i.org_id = ${orgId})
    or exists (select 1 from meeting_org mo where mo.meeting_id = m.id and mo.org_id = ${orgId})
    or exists (select 1 from meeting_registration r where r.meeting_id = m.id and r.org_id = ${orgId} and r.status <> 'cancelled')
    or exists (select 1 from meeting_attendee a where a.meeting_id = m.id and a.org_id = ${orgId}))`;
}

/** The meetings a caller may see: those in their region (office staff, district offices) and those their unit takes part in. */
function meetingVisible(scope: ConferenceScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`(m.region_code like ${scope.prefix + '%'} or ${involves(scope.orgId)})`;
    case 'unit':
      return involves(scope.orgId);
  }
}

function base(db: Db) {
  return db
    .selectFrom('meeting as m')
    .leftJoin('meeting_minutes as mm', 'mm.meeting_id', 'm.id')
    .select([
      'm.id',
      'm.region_code',
      'm.kind',
      'm.title',
      'm.starts_at',
      'm.ends_at',
      'm.venue',
      'm.mode',
      'm.online_url',
      'm.online_audience',
      'm.attendee_count',
      'm.capacity',
      'm.waitlist',
      'm.status',
      'm.theme',
      'm.summary',
      'm.source_article_id',
      'm.created_at',
      'm.updated_at',
      'mm.status as minutes_status',
    ])
    .select((eb) => [
      eb.selectFrom('meeting_registration as r').whereRef('r.meeting_id', '=', 'm.id').where('r.status', '=', 'registered').select((e) => e.fn.countAll<number>().as('n')).as('registered'),
      eb.selectFrom('meeting_registration as r').whereRef('r.meeting_id', '=', 'm.id').where('r.status', '=', 'waitlisted').select((e) => e.fn.countAll<number>().as('n')).as('waitlisted'),
    ]);
}

export const meetingRepository = {
  async list(db: Db, f: MeetingFilter, scope: ConferenceScope, page: { limit: number; offset: number; sort: MeetingSort; order: 'asc' | 'desc' }) {
    let q = base(db).where(meetingVisible(scope));
    if (f.q) q = q.where((eb) => eb.or([eb('m.title', 'ilike', containsPattern(f.q!)), eb('m.venue', 'ilike', containsPattern(f.q!))]));
    if (f.kinds?.length) q = q.where('m.kind', 'in', f.kinds);
    if (f.mode) q = q.where('m.mode', '=', f.mode);
    if (f.status) q = q.where('m.status', '=', f.status);
    if (f.regionPrefix) q = q.where('m.region_code', 'like', `${f.regionPrefix}%`);
    if (f.from) q = q.where('m.starts_at', '>=', f.from);
    if (f.to) q = q.where('m.starts_at', '<', f.to);
    if (f.toRegister) {
      const { orgId, userId, now } = f.toRegister;
      q = q
        .where('m.status', '=', 'scheduled')
        .where('m.starts_at', '>', now)
        .where(sql<boolean>`exists (select 1 from meeting_invitation i where i.meeting_id = m.id and i.org_id = ${orgId})`)
        .where(sql<boolean>`not exists (select 1 from meeting_registration r where r.meeting_id = m.id and r.user_id = ${userId} and r.status <> 'cancelled')`);
    }
    const rows = await q
      .select(totalOver.as('total'))
      .orderBy(sql.ref(SORT[page.sort]), page.order)
      .orderBy('m.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { rows: rows as (MeetingRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },

  async find(db: Db, id: string): Promise<MeetingRow | undefined> {
    return base(db).where('m.id', '=', id).executeTakeFirst() as Promise<MeetingRow | undefined>;
  },

  /** Locks the meeting row: registrations take it so capacity cannot be overrun by two at once. */
  async lock(trx: Db, id: string): Promise<void> {
    await trx.selectFrom('meeting').select('id').where('id', '=', id).forUpdate().execute();
  },

  async isVisible(db: Db, id: string, scope: ConferenceScope): Promise<boolean> {
    return !!(await db.selectFrom('meeting as m').select('m.id').where('m.id', '=', id).where(meetingVisible(scope)).executeTakeFirst());
  },

  async isInvited(db: Db, meetingId: string, orgId: string, userId: string): Promise<boolean> {
    const r = await sql<{ yes: boolean }>`select exists (select 1 from meeting_invitation where meeting_id = ${meetingId} and org_id = ${orgId})
      or exists (select 1 from meeting_registration where meeting_id = ${meetingId} and user_id = ${userId} and status <> 'cancelled') as yes`.execute(db);
    return r.rows[0]?.yes ?? false;
  },

  async insert(trx: Db, v: MeetingValues, createdBy: string | null, at: Date): Promise<string> {
    const r = await trx
      .insertInto('meeting')
      .values({ ...v, title_pinyin: pinyinSortKey(v.title), created_by: createdBy, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },

  async update(trx: Db, id: string, v: Partial<MeetingValues> & { status?: string }, at: Date): Promise<void> {
    const key = v.title !== undefined ? { title_pinyin: pinyinSortKey(v.title) } : {};
    await trx.updateTable('meeting').set({ ...v, ...key, updated_at: at }).where('id', '=', id).execute();
  },

  /** True when a resolution of the meeting has become a key task. */
  async hasTasks(db: Db, id: string): Promise<boolean> {
    return !!(await db.selectFrom('meeting_resolution').select('id').where('meeting_id', '=', id).where('task_id', 'is not', null).executeTakeFirst());
  },

  /**
   * Deletes the meeting with its parts; its unveilings go with it and its agreements stay without
   * it. Those two sit on other shards, so no foreign key does this.
   */
  async delete(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('unveiling').where('meeting_id', '=', id).execute();
    await trx.updateTable('agreement').set({ meeting_id: null }).where('meeting_id', '=', id).execute();
    await trx.deleteFrom('meeting').where('id', '=', id).execute();
  },

  async orgs(db: Db, ids: readonly string[]): Promise<{ meeting_id: string; role: string; org_id: string | null; org_name: string }[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('meeting_org').select(['meeting_id', 'role', 'org_id', 'org_name']).where('meeting_id', 'in', ids).orderBy('role').orderBy('position').execute();
  },

  async setOrgs(trx: Db, meetingId: string, orgs: { role: string; org_id: string | null; org_name: string }[]): Promise<void> {
    await trx.deleteFrom('meeting_org').where('meeting_id', '=', meetingId).execute();
    if (orgs.length) await trx.insertInto('meeting_org').values(orgs.map((o, i) => ({ meeting_id: meetingId, position: i, ...o }))).execute();
  },

  async agenda(db: Db, meetingId: string): Promise<AgendaRow[]> {
    return db
      .selectFrom('meeting_agenda_item')
      .select(['id', 'parent_id', 'position', 'title', 'speaker', 'duration_minutes', 'notes'])
      .where('meeting_id', '=', meetingId)
      .orderBy('position')
      .execute();
  },

  async replaceAgenda(
    trx: Db,
    meetingId: string,
    items: { title: string; speaker: string | null; duration_minutes: number | null; notes: string | null; children: { title: string; speaker: string | null; duration_minutes: number | null; notes: string | null }[] }[],
  ): Promise<void> {
    await trx.deleteFrom('meeting_agenda_item').where('meeting_id', '=', meetingId).execute();
    let position = 0;
    for (const { children, ...item } of items) {
      const parent = await trx.insertInto('meeting_agenda_item').values({ meeting_id: meetingId, parent_id: null, position: position++, ...item }).returning('id').executeTakeFirstOrThrow();
      if (children.length) {
        await trx
          .insertInto('meeting_agenda_item')
          .values(children.map((c) => ({ meeting_id: meetingId, parent_id: parent.id, position: position++, ...c })))
          .execute();
      }
    }
  },

  /** Meetings starting in [from, to) that the caller may see, soonest first. */
  async between(db: Db, from: Date, to: Date, scope: ConferenceScope, limit: number): Promise<MeetingRow[]> {
    return base(db).where(meetingVisible(scope)).where('m.starts_at', '>=', from).where('m.starts_at', '<', to).where('m.status', '=', 'scheduled').orderBy('m.starts_at').limit(limit).execute() as Promise<MeetingRow[]>;
  },
};
export type MeetingRepository = typeof meetingRepository;
