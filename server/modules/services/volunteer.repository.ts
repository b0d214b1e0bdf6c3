import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { ServicesVolunteerTable } from '../../db/tables/services-volunteer';
import type { VolunteerScope } from './services.policy';

/** A volunteer as stored, with the number of cases they have now and their approved minutes. */
export type VolunteerRow = Omit<Selectable<ServicesVolunteerTable>, 'vetted_by' | 'vetted_at' | 'updated_at'> & { active_count: number; approved_minutes: number };

/** A volunteer as the matching sees them. */
export type CandidateRow = Pick<Selectable<ServicesVolunteerTable>, 'id' | 'name' | 'kind' | 'affiliation' | 'skills' | 'languages' | 'districts' | 'max_active'> & { active_count: number };

/** The filters of the volunteer list. */
export interface VolunteerFilter {
  q?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  skill?: string | undefined;
  language?: string | undefined;
  district?: string | undefined;
}

/** The weights the SQL pre-ranking uses: the same as the domain's, passed in so there is one table of them. */
export interface MatchSqlWeights {
  skill: number;
  district: number;
  cityWide: number;
  language: number;
  perActive: number;
  full: number;
}

const SORT = { createdAt: 'v.created_at', name: 'v.name', approvedMinutes: 'approved_minutes' } as const;
const ACTIVE = sql<number>`(select count(*)::int from services_volunteer_offer o where o.volunteer_id = v.id and o.status in ('offered', 'accepted'))`;
const MINUTES = sql<number>`(select coalesce(sum(r.minutes), 0)::int from services_service_record r where r.volunteer_id = v.id and r.status = 'approved')`;
const COLUMNS = ['v.id', 'v.region_code', 'v.user_id', 'v.name', 'v.kind', 'v.affiliation', 'v.phone', 'v.skills', 'v.languages', 'v.districts', 'v.availability', 'v.weekly_hours', 'v.max_active', 'v.status', 'v.vet_note', 'v.created_at'] as const;

function scopeSql(scope: VolunteerScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`(v.region_code like ${scope.prefix + '%'} or exists (select 1 from unnest(v.districts) d where d like ${scope.prefix + '%'}))`;
    case 'volunteer':
      return sql<boolean>`v.user_id = ${scope.userId}`;
    case 'enterprise':
    case 'none':
      return sql<boolean>`false`;
  }
}

/** The 知助 volunteers: a few thousand per city. */
export const volunteerRepository = {
  async list(db: Db, f: VolunteerFilter, scope: VolunteerScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('services_volunteer as v').select([...COLUMNS, ACTIVE.as('active_count'), MINUTES.as('approved_minutes')]).where(scopeSql(scope));
    if (f.q) {
      const p = containsPattern(f.q);
      q = q.where((eb) => eb.or([eb('v.name', 'ilike', p), eb('v.affiliation', 'ilike', p)]));
    }
    if (f.status) q = q.where('v.status', '=', f.status);
    if (f.kind) q = q.where('v.kind', '=', f.kind);
    if (f.skill) q = q.where(sql<boolean>`${f.skill} = any(v.skills)`);
    if (f.language) q = q.where(sql<boolean>`${f.language} = any(v.languages)`);
    if (f.district) q = q.where(sql<boolean>`${f.district} = any(v.districts)`);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('v.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (VolunteerRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async find(db: Db, id: string): Promise<VolunteerRow | undefined> {
    return db.selectFrom('services_volunteer as v').select([...COLUMNS, ACTIVE.as('active_count'), MINUTES.as('approved_minutes')]).where('v.id', '=', id).executeTakeFirst();
  },

  async findByUser(db: Db, userId: string): Promise<VolunteerRow | undefined> {
    return db.selectFrom('services_volunteer as v').select([...COLUMNS, ACTIVE.as('active_count'), MINUTES.as('approved_minutes')]).where('v.user_id', '=', userId).executeTakeFirst();
  },

  async lock(trx: Db, id: string): Promise<{ id: string; status: string; user_id: string | null; max_active: number } | undefined> {
    return trx.selectFrom('services_volunteer').select(['id', 'status', 'user_id', 'max_active']).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async findByName(db: Db, regionCode: string, name: string, affiliation: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('services_volunteer').select('id').where('region_code', '=', regionCode).where('name', '=', name).where('affiliation', '=', affiliation).executeTakeFirst();
  },

  async insert(trx: Db, v: Pick<Selectable<ServicesVolunteerTable>, 'region_code' | 'user_id' | 'name' | 'kind' | 'affiliation' | 'phone' | 'skills' | 'languages' | 'districts' | 'availability' | 'weekly_hours'>, at: Date): Promise<string> {
    return (await trx.insertInto('services_volunteer').values({ ...v, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async vet(trx: Db, id: string, v: { status: string; vet_note: string | null; max_active: number; vetted_by: string }, at: Date): Promise<void> {
    await trx.updateTable('services_volunteer').set({ ...v, vetted_at: at, updated_at: at }).where('id', '=', id).execute();
  },

  /**
   * The best `limit` approved volunteers of a city for a request, pre-ranked in SQL with the
   * domain's weights so that only a page of rows leaves the database; the domain ranks them again
   * and gives the reasons.
   */
  async candidates(db: Db, cityPrefix: string, req: { skill: string; language: string | null; districtCode: string; cityCode: string }, w: MatchSqlWeights, limit: number): Promise<{ rows: CandidateRow[]; total: number }> {
    const active = sql<number>`coalesce(a.n, 0)`;
    const score = sql<number>`(case when ${req.skill}::text = any(v.skills) then ${w.skill}::int else 0 end
      + case when ${req.districtCode}::text = any(v.districts) then ${w.district}::int when ${req.cityCode}::text = any(v.districts) then ${w.cityWide}::int else 0 end
      + case when ${req.language}::text is not null and ${req.language}::text = any(v.languages) then ${w.language}::int else 0 end
      + case when ${active} >= v.max_active then ${w.full}::int else ${-w.perActive}::int * ${active} end)`;
    const rows = await db
      .selectFrom('services_volunteer as v')
      .leftJoin(
        (eb) => eb.selectFrom('services_volunteer_offer').select(['volunteer_id', sql<number>`count(*)::int`.as('n')]).where('status', 'in', ['offered', 'accepted']).groupBy('volunteer_id').as('a'),
        (join) => join.onRef('a.volunteer_id', '=', 'v.id'),
      )
      .select(['v.id', 'v.name', 'v.kind', 'v.affiliation', 'v.skills', 'v.languages', 'v.districts', 'v.max_active', active.as('active_count'), totalOver.as('total')])
      .where('v.status', '=', 'approved')
      .where('v.region_code', 'like', `${cityPrefix}%`)
      .orderBy(score, 'desc')
      .orderBy(active)
      .orderBy('v.id')
      .limit(limit)
      .execute();
    return { rows: rows.map(({ total: _t, ...r }) => r), total: Number(rows[0]?.total ?? 0) };
  },

  /** Volunteers enrolled and active in a year, by kind, with their approved minutes. */
  async figures(db: Db, prefix: string, year: number): Promise<{ kind: string; volunteers: number; active: number; minutes: number }[]> {
    const rows = await db
      .selectFrom('services_volunteer as v')
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('services_service_record')
            .select(['volunteer_id', sql<number>`sum(minutes)::int`.as('minutes')])
            .where('status', '=', 'approved')
            .where('served_on', '>=', `${year}-01-01`)
            .where('served_on', '<=', `${year}-12-31`)
            .groupBy('volunteer_id')
            .as('m'),
        (join) => join.onRef('m.volunteer_id', '=', 'v.id'),
      )
      .select(['v.kind', sql<number>`count(*)::int`.as('volunteers'), sql<number>`count(m.volunteer_id)::int`.as('active'), sql<number>`coalesce(sum(m.minutes), 0)::int`.as('minutes')])
      .where('v.status', '=', 'approved')
      .where('v.region_code', 'like', `${prefix}%`)
      .groupBy('v.kind')
      .execute();
    return rows.map((r) => ({ kind: r.kind, volunteers: Number(r.volunteers), active: Number(r.active), minutes: Number(r.minutes) }));
  },
};
export type VolunteerRepository = typeof volunteerRepository;
