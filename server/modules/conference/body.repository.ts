import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { ConferenceLiaisonTable, ConferenceMemberTable, JointConferenceTable } from '../../db/tables/conference';
import { containsPattern, totalOver } from '../../db/query-helpers';
import { pinyinSortKey } from '../../platform/text-sort';

/** A joint conference with its office's name and head counts (joined and counted). */
export type ConferenceRow = Pick<Selectable<JointConferenceTable>, 'id' | 'region_code' | 'name' | 'office_org_id' | 'established_on'> & {
  office_org_name: string | null;
  member_count: number;
  liaison_count: number;
};

/** A member unit with its organisation and current liaison (joined). */
export type MemberRow = Pick<Selectable<ConferenceMemberTable>, 'id' | 'conference_id' | 'org_id' | 'position' | 'joined_on' | 'left_on' | 'duties' | 'sort_order'> & {
  org_name: string;
  org_kind: string;
  region_code: string;
  liaison_name: string | null;
};

/** A liaison with their organisation's name (joined). */
export type LiaisonRow = Pick<Selectable<ConferenceLiaisonTable>, 'id' | 'conference_id' | 'org_id' | 'person_id' | 'name' | 'title' | 'phone' | 'email' | 'term_start' | 'term_end'> & {
  org_name: string;
};

export type MemberValues = Pick<Selectable<ConferenceMemberTable>, 'position' | 'joined_on' | 'left_on' | 'duties' | 'sort_order'>;

export type LiaisonValues = Pick<Selectable<ConferenceLiaisonTable>, 'person_id' | 'name' | 'title' | 'phone' | 'email' | 'term_start' | 'term_end'>;

type Page = { limit: number; offset: number; order: 'asc' | 'desc' };
const MEMBER_SORT = { sortOrder: 'm.sort_order', orgName: 'o.name_pinyin', position: 'm.position', joinedOn: 'm.joined_on' } as const;
const LIAISON_SORT = { name: 'l.name_pinyin', orgName: 'o.name_pinyin', termStart: 'l.term_start', termEnd: 'l.term_end' } as const;

/** A liaison whose term has begun and not ended on `today`. */
const currentLiaison = (today: string) => sql<boolean>`l.term_start <= ${today} and (l.term_end is null or l.term_end >= ${today})`;

export const bodyRepository = {
  async findConference(db: Db, regionCode: string, today: string): Promise<ConferenceRow | undefined> {
    return db
      .selectFrom('joint_conference as c')
      .leftJoin('org as o', 'o.id', 'c.office_org_id')
      .select(['c.id', 'c.region_code', 'c.name', 'c.office_org_id', 'o.name as office_org_name', 'c.established_on'])
      .select((eb) => [
        eb.selectFrom('conference_member as m').whereRef('m.conference_id', '=', 'c.id').where('m.left_on', 'is', null).select((e) => e.fn.countAll<number>().as('n')).as('member_count'),
        eb.selectFrom('conference_liaison as l').whereRef('l.conference_id', '=', 'c.id').where(currentLiaison(today)).select((e) => e.fn.countAll<number>().as('n')).as('liaison_count'),
      ])
      .where('c.region_code', '=', regionCode)
      .executeTakeFirst() as Promise<ConferenceRow | undefined>;
  },

  async conferenceRegion(db: Db, id: string): Promise<string> {
    return (await db.selectFrom('joint_conference').select('region_code').where('id', '=', id).executeTakeFirstOrThrow()).region_code;
  },

  async upsertConference(trx: Db, v: { region_code: string; name: string; office_org_id: string | null; established_on: string | null }, at: Date): Promise<string> {
    const r = await trx
      .insertInto('joint_conference')
      .values({ ...v, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('region_code').doUpdateSet({ name: v.name, office_org_id: v.office_org_id, established_on: v.established_on, updated_at: at }))
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },

  async listMembers(db: Db, conferenceId: string, f: { q?: string | undefined; position?: string | undefined; current?: boolean | undefined }, page: Page & { sort: keyof typeof MEMBER_SORT }, today: string) {
    let q = this.membersWhere(db, today).where('m.conference_id', '=', conferenceId);
    if (f.q) q = q.where((eb) => eb.or([eb('o.name', 'ilike', containsPattern(f.q!)), eb('o.short_name', 'ilike', containsPattern(f.q!))]));
    if (f.position) q = q.where('m.position', '=', f.position);
    if (f.current === true) q = q.where('m.left_on', 'is', null);
    if (f.current === false) q = q.where('m.left_on', 'is not', null);
    const rows = await q
      .select(totalOver.as('total'))
      .orderBy(sql.ref(MEMBER_SORT[page.sort]), page.order)
      .orderBy('o.name_pinyin')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { rows: rows as (MemberRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },

  async findMember(db: Db, id: string, today: string): Promise<MemberRow | undefined> {
    const r = await this.membersWhere(db, today).where('m.id', '=', id).executeTakeFirst();
    return r;
  },

  membersWhere(db: Db, today: string) {
    return db
      .selectFrom('conference_member as m')
      .innerJoin('org as o', 'o.id', 'm.org_id')
      .select(['m.id', 'm.conference_id', 'm.org_id', 'o.name as org_name', 'o.kind as org_kind', 'o.region_code', 'm.position', 'm.joined_on', 'm.left_on', 'm.duties', 'm.sort_order'])
      .select((eb) =>
        eb
          .selectFrom('conference_liaison as l')
          .whereRef('l.conference_id', '=', 'm.conference_id')
          .whereRef('l.org_id', '=', 'm.org_id')
          .where(currentLiaison(today))
          .select(sql<string>`string_agg(l.name, '、' order by l.term_start)`.as('names'))
          .as('liaison_name'),
      );
  },

  async memberOrgIds(db: Db, conferenceId: string): Promise<string[]> {
    return (await db.selectFrom('conference_member').select('org_id').where('conference_id', '=', conferenceId).where('left_on', 'is', null).execute()).map((r) => r.org_id);
  },

  async insertMember(trx: Db, conferenceId: string, orgId: string, v: MemberValues, at: Date): Promise<string> {
    const r = await trx.insertInto('conference_member').values({ conference_id: conferenceId, org_id: orgId, ...v, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },
  async updateMember(trx: Db, id: string, v: Partial<MemberValues>, at: Date): Promise<void> {
    await trx.updateTable('conference_member').set({ ...v, updated_at: at }).where('id', '=', id).execute();
  },
  async deleteMember(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('conference_member').where('id', '=', id).execute();
  },

  async listLiaisons(db: Db, conferenceId: string, f: { q?: string | undefined; orgId?: string | undefined; current?: boolean | undefined }, page: Page & { sort: keyof typeof LIAISON_SORT }, today: string) {
    let q = db.selectFrom('conference_liaison as l').innerJoin('org as o', 'o.id', 'l.org_id').where('l.conference_id', '=', conferenceId);
    if (f.q) q = q.where((eb) => eb.or([eb('l.name', 'ilike', containsPattern(f.q!)), eb('o.name', 'ilike', containsPattern(f.q!))]));
    if (f.orgId) q = q.where('l.org_id', '=', f.orgId);
    if (f.current === true) q = q.where(currentLiaison(today));
    if (f.current === false) q = q.where(sql<boolean>`not (${currentLiaison(today)})`);
    const rows = await q
      .select(['l.id', 'l.conference_id', 'l.org_id', 'o.name as org_name', 'l.person_id', 'l.name', 'l.title', 'l.phone', 'l.email', 'l.term_start', 'l.term_end'])
      .select(totalOver.as('total'))
      .orderBy(sql.ref(LIAISON_SORT[page.sort]), page.order)
      .orderBy('l.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { rows: rows as (LiaisonRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },

  async findLiaison(db: Db, id: string): Promise<LiaisonRow | undefined> {
    return db
      .selectFrom('conference_liaison as l')
      .innerJoin('org as o', 'o.id', 'l.org_id')
      .select(['l.id', 'l.conference_id', 'l.org_id', 'o.name as org_name', 'l.person_id', 'l.name', 'l.title', 'l.phone', 'l.email', 'l.term_start', 'l.term_end'])
      .where('l.id', '=', id)
      .executeTakeFirst();
  },
  async insertLiaison(trx: Db, conferenceId: string, orgId: string, v: LiaisonValues, at: Date): Promise<string> {
    const r = await trx
      .insertInto('conference_liaison')
      .values({ conference_id: conferenceId, org_id: orgId, ...v, name_pinyin: pinyinSortKey(v.name), created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },
  async updateLiaison(trx: Db, id: string, v: Partial<LiaisonValues>, at: Date): Promise<void> {
    const key = v.name !== undefined ? { name_pinyin: pinyinSortKey(v.name) } : {};
    await trx.updateTable('conference_liaison').set({ ...v, ...key, updated_at: at }).where('id', '=', id).execute();
  },
  async deleteLiaison(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('conference_liaison').where('id', '=', id).execute();
  },
};
export type BodyRepository = typeof bodyRepository;
