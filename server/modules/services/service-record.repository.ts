import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { totalOver } from '../../db/query-helpers';
import type { ServicesServiceRecordTable } from '../../db/tables/services-volunteer';
import type { VolunteerScope } from './services.policy';

/** A service record with its request's number, title and enterprise and its volunteer's name and account. */
export type RecordRow = Omit<Selectable<ServicesServiceRecordTable>, 'reviewed_by' | 'reviewed_at' | 'created_at'> & {
  request_number: string;
  request_title: string;
  request_region: string;
  enterprise_org_id: string;
  enterprise_name: string;
  volunteer_name: string;
  volunteer_user_id: string | null;
};

const SORT = { servedOn: 's.served_on', minutes: 's.minutes' } as const;

function scopeSql(scope: VolunteerScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`r.region_code like ${scope.prefix + '%'}`;
    case 'enterprise':
      return sql<boolean>`r.enterprise_org_id = ${scope.orgId}`;
    case 'volunteer':
      return sql<boolean>`v.user_id = ${scope.userId}`;
    case 'none':
      return sql<boolean>`false`;
  }
}

const base = (db: Db) =>
  db
    .selectFrom('services_service_record as s')
    .innerJoin('services_volunteer_request as r', 'r.id', 's.request_id')
    .innerJoin('org', 'org.id', 'r.enterprise_org_id')
    .innerJoin('services_volunteer as v', 'v.id', 's.volunteer_id')
    .select([
      's.id',
      's.request_id',
      's.volunteer_id',
      's.method',
      's.served_on',
      's.minutes',
      's.outcome',
      's.status',
      's.review_due_on',
      's.signed_in_at',
      's.signed_out_at',
      's.review_note',
      'r.number as request_number',
      'r.title as request_title',
      'r.region_code as request_region',
      'r.enterprise_org_id',
      'org.name as enterprise_name',
      'v.name as volunteer_name',
      'v.user_id as volunteer_user_id',
    ]);

/** Service records: what a volunteer did on a request and for how long. */
export const serviceRecordRepository = {
  async list(db: Db, f: { status?: string | undefined; volunteerId?: string | undefined; year?: number | undefined }, scope: VolunteerScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = base(db).where(scopeSql(scope));
    if (f.status) q = q.where('s.status', '=', f.status);
    if (f.volunteerId) q = q.where('s.volunteer_id', '=', f.volunteerId);
    if (f.year) q = q.where('s.served_on', '>=', `${f.year}-01-01`).where('s.served_on', '<=', `${f.year}-12-31`);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('s.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (RecordRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async forRequest(db: Db, requestId: string): Promise<RecordRow[]> {
    return base(db).where('s.request_id', '=', requestId).orderBy('s.served_on').orderBy('s.id').execute();
  },

  async find(db: Db, id: string): Promise<RecordRow | undefined> {
    return base(db).where('s.id', '=', id).executeTakeFirst();
  },

  async lock(trx: Db, requestId: string, id: string): Promise<{ status: string } | undefined> {
    return trx.selectFrom('services_service_record').select('status').where('request_id', '=', requestId).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async insert(trx: Db, v: Pick<Selectable<ServicesServiceRecordTable>, 'request_id' | 'volunteer_id' | 'method' | 'served_on' | 'minutes' | 'outcome' | 'status' | 'review_due_on' | 'signed_in_at'>, at: Date): Promise<string> {
    return (await trx.insertInto('services_service_record').values({ ...v, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async update(trx: Db, requestId: string, id: string, v: Partial<Pick<Selectable<ServicesServiceRecordTable>, 'status' | 'minutes' | 'outcome' | 'signed_out_at' | 'reviewed_by' | 'reviewed_at' | 'review_note'>>): Promise<void> {
    await trx.updateTable('services_service_record').set(v).where('request_id', '=', requestId).where('id', '=', id).execute();
  },

  /** The open sign-in of a volunteer on a request, if any. */
  async openSignIn(db: Db, requestId: string, volunteerId: string): Promise<{ id: string; signed_in_at: Date | null } | undefined> {
    return db.selectFrom('services_service_record').select(['id', 'signed_in_at']).where('request_id', '=', requestId).where('volunteer_id', '=', volunteerId).where('status', '=', 'signedIn').executeTakeFirst();
  },

  /** The volunteers with the most approved minutes in a year inside a region prefix. */
  async honours(db: Db, prefix: string, year: number, limit: number) {
    const rows = await db
      .selectFrom('services_service_record as s')
      .innerJoin('services_volunteer_request as r', 'r.id', 's.request_id')
      .innerJoin('services_volunteer as v', 'v.id', 's.volunteer_id')
      .select(['v.id', 'v.name', 'v.kind', 'v.affiliation', sql<number>`sum(s.minutes)::int`.as('minutes'), sql<number>`count(distinct s.request_id)::int`.as('services'), sql<number | null>`avg(r.rating)::float8`.as('average_rating')])
      .where('s.status', '=', 'approved')
      .where('s.served_on', '>=', `${year}-01-01`)
      .where('s.served_on', '<=', `${year}-12-31`)
      .where('v.region_code', 'like', `${prefix}%`)
      .groupBy(['v.id', 'v.name', 'v.kind', 'v.affiliation'])
      .orderBy('minutes', 'desc')
      .orderBy('v.name')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, minutes: Number(r.minutes), services: Number(r.services), average_rating: r.average_rating === null ? null : Number(r.average_rating) }));
  },

  /** One volunteer's approved service of a year, for the certificate. */
  async approvedOf(db: Db, volunteerId: string, year: number): Promise<RecordRow[]> {
    return base(db).where('s.volunteer_id', '=', volunteerId).where('s.status', '=', 'approved').where('s.served_on', '>=', `${year}-01-01`).where('s.served_on', '<=', `${year}-12-31`).orderBy('s.served_on').execute();
  },

  /** Approved minutes of a year inside a region prefix, by the skill of the request. */
  async minutesBySkill(db: Db, prefix: string, year: number): Promise<{ skill: string; minutes: number }[]> {
    const rows = await db
      .selectFrom('services_service_record as s')
      .innerJoin('services_volunteer_request as r', 'r.id', 's.request_id')
      .select(['r.skill', sql<number>`sum(s.minutes)::int`.as('minutes')])
      .where('s.status', '=', 'approved')
      .where('s.served_on', '>=', `${year}-01-01`)
      .where('s.served_on', '<=', `${year}-12-31`)
      .where('r.region_code', 'like', `${prefix}%`)
      .groupBy('r.skill')
      .execute();
    return rows.map((r) => ({ skill: r.skill, minutes: Number(r.minutes) }));
  },
};
export type ServiceRecordRepository = typeof serviceRecordRepository;
