import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { ServicesTimeLimitTable, ServicesVolunteerOfferTable, ServicesVolunteerRequestTable } from '../../db/tables/services-volunteer';
import type { VolunteerScope } from './services.policy';

/** A request as stored, with its enterprise's name and the accounts of the volunteers it was offered to. */
export type RequestRow = Omit<Selectable<ServicesVolunteerRequestTable>, 'created_by' | 'rated_at'> & { enterprise_name: string; offered_to: string[] };

/** An offer with its volunteer's name, kind and account. */
export type OfferRow = Selectable<ServicesVolunteerOfferTable> & { volunteer_name: string; volunteer_kind: string; volunteer_user_id: string | null };

/** The filters of the request list. */
export interface RequestFilter {
  q?: string | undefined;
  status?: string | undefined;
  urgency?: string | undefined;
  skill?: string | undefined;
  district?: string | undefined;
}

const SORT = { createdAt: 'r.created_at', dueOn: 'r.due_on', urgency: 'r.urgency', number: 'r.number' } as const;
const OFFERED_TO = sql<string[]>`coalesce((select array_agg(v.user_id::text) from services_volunteer_offer o join services_volunteer v on v.id = o.volunteer_id where o.request_id = r.id and v.user_id is not null), '{}')`;
const COLUMNS = ['r.id', 'r.region_code', 'r.number', 'r.enterprise_org_id', 'r.title', 'r.need', 'r.skill', 'r.language', 'r.urgency', 'r.status', 'r.due_on', 'r.sign_code', 'r.rating', 'r.rating_comment', 'r.created_at', 'r.updated_at', 'org.name as enterprise_name'] as const;

function scopeSql(scope: VolunteerScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`r.region_code like ${scope.prefix + '%'}`;
    case 'enterprise':
      return sql<boolean>`r.enterprise_org_id = ${scope.orgId}`;
    case 'volunteer':
      return sql<boolean>`exists (select 1 from services_volunteer_offer o join services_volunteer v on v.id = o.volunteer_id where o.request_id = r.id and v.user_id = ${scope.userId})`;
    case 'none':
      return sql<boolean>`false`;
  }
}

/** Enterprises' requests for a volunteer, and the offers made on them. */
export const volunteerRequestRepository = {
  async list(db: Db, f: RequestFilter, scope: VolunteerScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('services_volunteer_request as r').innerJoin('org', 'org.id', 'r.enterprise_org_id').select([...COLUMNS, OFFERED_TO.as('offered_to')]).where(scopeSql(scope));
    if (f.q) {
      const p = containsPattern(f.q);
      q = q.where((eb) => eb.or([eb('r.number', 'ilike', p), eb('r.title', 'ilike', p), eb('org.name', 'ilike', p)]));
    }
    if (f.status) q = q.where('r.status', '=', f.status);
    if (f.urgency) q = q.where('r.urgency', '=', f.urgency);
    if (f.skill) q = q.where('r.skill', '=', f.skill);
    if (f.district) q = q.where('r.region_code', '=', f.district);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('r.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (RequestRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async find(db: Db, id: string): Promise<RequestRow | undefined> {
    return db.selectFrom('services_volunteer_request as r').innerJoin('org', 'org.id', 'r.enterprise_org_id').select([...COLUMNS, OFFERED_TO.as('offered_to')]).where('r.id', '=', id).executeTakeFirst();
  },

  async lock(trx: Db, id: string): Promise<{ id: string; status: string; updated_at: Date } | undefined> {
    return trx.selectFrom('services_volunteer_request').select(['id', 'status', 'updated_at']).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /** The next number of a year: ZZ{year}-0001 onwards (the counter row stays locked until the transaction ends). */
  async nextNumber(trx: Db, year: number): Promise<string> {
    const r = await trx
      .insertInto('services_counter')
      .values({ series: 'request', year, last_seq: 1 })
      .onConflict((oc) => oc.columns(['series', 'year']).doUpdateSet({ last_seq: sql`services_counter.last_seq + 1` }))
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    return `ZZ${year}-${String(r.last_seq).padStart(4, '0')}`;
  },

  async insert(trx: Db, v: Pick<Selectable<ServicesVolunteerRequestTable>, 'region_code' | 'number' | 'enterprise_org_id' | 'title' | 'need' | 'skill' | 'language' | 'urgency' | 'due_on' | 'created_by'>, at: Date): Promise<string> {
    return (await trx.insertInto('services_volunteer_request').values({ ...v, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async update(trx: Db, id: string, v: Partial<Pick<Selectable<ServicesVolunteerRequestTable>, 'status' | 'sign_code' | 'rating' | 'rating_comment' | 'rated_at'>>, at: Date): Promise<void> {
    await trx.updateTable('services_volunteer_request').set({ ...v, updated_at: at }).where('id', '=', id).execute();
  },

  async timeLimit(db: Db, code: string): Promise<Selectable<ServicesTimeLimitTable>> {
    return db.selectFrom('services_time_limit').select(['code', 'name', 'working_days', 'source', 'citation']).where('code', '=', code).executeTakeFirstOrThrow();
  },

  async offers(db: Db, requestId: string): Promise<OfferRow[]> {
    return db
      .selectFrom('services_volunteer_offer as o')
      .innerJoin('services_volunteer as v', 'v.id', 'o.volunteer_id')
      .select(['o.id', 'o.request_id', 'o.volunteer_id', 'o.status', 'o.score', 'o.reasons', 'o.decline_reason', 'o.offered_by', 'o.offered_at', 'o.answered_at', 'v.name as volunteer_name', 'v.kind as volunteer_kind', 'v.user_id as volunteer_user_id'])
      .where('o.request_id', '=', requestId)
      .orderBy('o.offered_at')
      .execute();
  },

  async insertOffer(trx: Db, v: { request_id: string; volunteer_id: string; score: number; reasons: unknown; offered_by: string }, at: Date): Promise<string> {
    return (await trx.insertInto('services_volunteer_offer').values({ ...v, reasons: JSON.stringify(v.reasons), offered_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async answerOffer(trx: Db, requestId: string, offerId: string, v: { status: string; decline_reason: string | null }, at: Date): Promise<void> {
    await trx.updateTable('services_volunteer_offer').set({ ...v, answered_at: at }).where('request_id', '=', requestId).where('id', '=', offerId).execute();
  },

  /** Withdraws the offers still waiting for an answer (another volunteer accepted, or the request ended). */
  async withdrawOpenOffers(trx: Db, requestId: string, at: Date): Promise<void> {
    await trx.updateTable('services_volunteer_offer').set({ status: 'withdrawn', answered_at: at }).where('request_id', '=', requestId).where('status', '=', 'offered').execute();
  },

  /** Closes the accepted offer when the request is completed, so it no longer counts as the volunteer's load. */
  async closeAccepted(trx: Db, requestId: string, at: Date): Promise<void> {
    await trx.updateTable('services_volunteer_offer').set({ status: 'completed', answered_at: at }).where('request_id', '=', requestId).where('status', '=', 'accepted').execute();
  },

  /** Requests of a year inside a region prefix, by skill and status, with the average rating. */
  async figures(db: Db, prefix: string, year: number): Promise<{ skill: string; requests: number; completed: number; rating_sum: number; rated: number }[]> {
    const rows = await db
      .selectFrom('services_volunteer_request')
      .select(['skill', sql<number>`count(*)::int`.as('requests'), sql<number>`count(*) filter (where status = 'completed')::int`.as('completed'), sql<number>`coalesce(sum(rating), 0)::int`.as('rating_sum'), sql<number>`count(rating)::int`.as('rated')])
      .where('region_code', 'like', `${prefix}%`)
      .where('created_at', '>=', new Date(`${year}-01-01T00:00:00+08:00`))
      .where('created_at', '<', new Date(`${year + 1}-01-01T00:00:00+08:00`))
      .groupBy('skill')
      .execute();
    return rows.map((r) => ({ skill: r.skill, requests: Number(r.requests), completed: Number(r.completed), rating_sum: Number(r.rating_sum), rated: Number(r.rated) }));
  },
};
export type VolunteerRequestRepository = typeof volunteerRequestRepository;
