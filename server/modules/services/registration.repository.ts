import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { ServicesRegistrationTable } from '../../db/tables/services';

/** A registration with the name of the organisation already holding its credit code (the office's warning). */
export type RegistrationRow = Omit<Selectable<ServicesRegistrationTable>, 'password_hash' | 'updated_at' | 'reviewed_at'> & { duplicate_of_name: string | null };
export type RegistrationValues = Pick<Selectable<ServicesRegistrationTable>, 'region_code' | 'kind' | 'name' | 'credit_code' | 'contact_name' | 'channel' | 'target' | 'username' | 'password_hash' | 'status' | 'duplicate_of_org_id' | 'automatic' | 'org_id' | 'user_id'>;

const SORT = { createdAt: 'r.created_at', name: 'r.name', status: 'r.status' } as const;

function registrations(db: Db) {
  return db
    .selectFrom('services_registration as r')
    .leftJoin('org as d', 'd.id', 'r.duplicate_of_org_id')
    .select(['r.id', 'r.region_code', 'r.kind', 'r.name', 'r.credit_code', 'r.contact_name', 'r.channel', 'r.target', 'r.username', 'r.status', 'r.duplicate_of_org_id', 'r.automatic', 'r.review_note', 'r.reviewed_by_name', 'r.org_id', 'r.user_id', 'r.created_at', 'd.name as duplicate_of_name']);
}

export const registrationRepository = {
  async insert(trx: Db, v: RegistrationValues, at: Date): Promise<string> {
    return (await trx.insertInto('services_registration').values({ ...v, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async find(db: Db, id: string): Promise<RegistrationRow | undefined> {
    return registrations(db).where('r.id', '=', id).executeTakeFirst();
  },
  /** The registration with its password hash, locked for the review. */
  async lockForReview(trx: Db, id: string): Promise<(RegistrationRow & { password_hash: string | null }) | undefined> {
    return registrations(trx).select('r.password_hash').where('r.id', '=', id).forUpdate('r').executeTakeFirst();
  },
  /** A registration still pending or approved for this credit code or username (rejected ones do not count). */
  async live(db: Db, f: { creditCode: string | null; username: string }): Promise<{ id: string; credit_code: string | null; username: string; status: string } | undefined> {
    return db
      .selectFrom('services_registration')
      .select(['id', 'credit_code', 'username', 'status'])
      .where('status', '<>', 'rejected')
      .where((eb) => eb.or([eb('username', '=', f.username), ...(f.creditCode ? [eb('credit_code', '=', f.creditCode)] : [])]))
      .executeTakeFirst();
  },
  async update(trx: Db, id: string, v: Partial<Pick<Selectable<ServicesRegistrationTable>, 'status' | 'review_note' | 'reviewed_by_name' | 'org_id' | 'user_id' | 'password_hash' | 'duplicate_of_org_id'>>, at: Date): Promise<void> {
    await trx.updateTable('services_registration').set({ ...v, reviewed_at: at, updated_at: at }).where('id', '=', id).execute();
  },
  async list(db: Db, f: { status?: string[] | undefined; kind?: string | undefined; q?: string | undefined; regionPrefix: string | null }, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = registrations(db);
    if (f.regionPrefix) q = q.where('r.region_code', 'like', `${f.regionPrefix}%`);
    if (f.status?.length) q = q.where('r.status', 'in', f.status);
    if (f.kind) q = q.where('r.kind', '=', f.kind);
    if (f.q) {
      const like = containsPattern(f.q);
      q = q.where((eb) => eb.or([eb('r.name', 'ilike', like), eb('r.credit_code', '=', f.q!.toUpperCase()), eb('r.contact_name', 'ilike', like)]));
    }
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('r.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (RegistrationRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async insertVerification(trx: Db, v: { channel: string; target: string; code_hash: string; expires_at: Date }, at: Date): Promise<void> {
    await trx.insertInto('services_verification').values({ ...v, created_at: at }).execute();
  },
  /** The latest unused code sent to this address, locked so two tries cannot both use it. */
  async latestVerification(trx: Db, channel: string, target: string): Promise<{ id: string; code_hash: string; attempts: number; expires_at: Date } | undefined> {
    return trx.selectFrom('services_verification').select(['id', 'code_hash', 'attempts', 'expires_at']).where('channel', '=', channel).where('target', '=', target).where('used_at', 'is', null).orderBy('created_at', 'desc').limit(1).forUpdate().executeTakeFirst();
  },
  /** How many codes went to this address since `since`, against flooding one phone. */
  async verificationsSince(db: Db, channel: string, target: string, since: Date): Promise<number> {
    const r = await db.selectFrom('services_verification').select(sql<number>`count(*)::int`.as('n')).where('channel', '=', channel).where('target', '=', target).where('created_at', '>=', since).executeTakeFirstOrThrow();
    return Number(r.n);
  },
  async markVerification(trx: Db, id: string, v: { attempts?: number; used_at?: Date }): Promise<void> {
    await trx.updateTable('services_verification').set(v).where('id', '=', id).execute();
  },

  async setting(db: Db, key: string): Promise<unknown> {
    return (await db.selectFrom('services_setting').select('value').where('key', '=', key).executeTakeFirst())?.value;
  },
  async putSetting(trx: Db, key: string, value: unknown, at: Date): Promise<void> {
    const json = JSON.stringify(value);
    await trx.insertInto('services_setting').values({ key, value: json, updated_at: at }).onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: at })).execute();
  },
};
export type RegistrationRepository = typeof registrationRepository;
