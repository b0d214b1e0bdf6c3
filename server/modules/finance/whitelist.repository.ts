import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { FinanceCreditLineTable, FinanceWhitelistApplicationTable, FinanceWhitelistBatchTable } from '../../db/tables/finance';
import type { FinanceScope } from './finance.policy';
import { financeScopeSql } from './finance-scope.repository';

/** A batch with its applicant counts (counted). */
export type BatchRow = Selectable<FinanceWhitelistBatchTable> & { application_count: number; approved_count: number };
/** An application with its batch and the names of the enterprise and the recommending unit (joined). */
export type ApplicationRow = Selectable<FinanceWhitelistApplicationTable> & {
  batch_title: string;
  batch_status: string;
  batch_region: string;
  criteria: unknown;
  pass_score: number;
  enterprise_name: string;
  channel_org_name: string | null;
};
/** A credit line with the names of the bank and the enterprise (joined). */
export type CreditLineRow = Selectable<FinanceCreditLineTable> & { bank_name: string; enterprise_name: string };

type Page = { limit: number; offset: number; order: 'asc' | 'desc' };
const BATCH_SORT = { createdAt: 'b.created_at', validTo: 'b.valid_to', title: 'b.title' } as const;
const APP_SORT = { createdAt: 'a.created_at', enterpriseName: 'e.name_pinyin', status: 'a.status' } as const;
const CREDIT_SORT = { updatedAt: 'c.updated_at', amountFen: 'c.amount_fen', grantedOn: 'c.granted_on' } as const;

function batches(db: Db) {
  return db
    .selectFrom('finance_whitelist_batch as b')
    .selectAll('b')
    .select(sql<number>`(select count(*) from finance_whitelist_application a where a.batch_id = b.id and a.status <> 'withdrawn')`.as('application_count'))
    .select(sql<number>`(select count(*) from finance_whitelist_application a where a.batch_id = b.id and a.status = 'approved')`.as('approved_count'));
}

function applications(db: Db) {
  return db
    .selectFrom('finance_whitelist_application as a')
    .innerJoin('finance_whitelist_batch as b', 'b.id', 'a.batch_id')
    .innerJoin('org as e', 'e.id', 'a.enterprise_org_id')
    .leftJoin('org as c', 'c.id', 'a.channel_org_id')
    .selectAll('a')
    .select(['b.title as batch_title', 'b.status as batch_status', 'b.region_code as batch_region', 'b.criteria', 'b.pass_score', 'e.name as enterprise_name', 'c.name as channel_org_name']);
}

function creditLines(db: Db) {
  return db.selectFrom('finance_credit_line as c').innerJoin('org as b', 'b.id', 'c.bank_org_id').innerJoin('org as e', 'e.id', 'c.enterprise_org_id').selectAll('c').select(['b.name as bank_name', 'e.name as enterprise_name']);
}

export const whitelistRepository = {
  async findBatch(db: Db, id: string): Promise<BatchRow | undefined> {
    return batches(db).where('b.id', '=', id).executeTakeFirst();
  },

  /** Batches of a region containing the viewer's region, or inside the viewer's scope (null: every batch). */
  async listBatches(db: Db, viewer: { regionCode: string; prefix: string | null } | null, f: { q?: string | undefined; status?: string | undefined }, page: Page & { sort: keyof typeof BATCH_SORT }) {
    let q = batches(db);
    if (viewer !== null) {
      const batchPrefix = sql`(case when b.region_code like '__0000' then substr(b.region_code, 1, 2) when b.region_code like '____00' then substr(b.region_code, 1, 4) else b.region_code end)`;
      q = q.where(sql<boolean>`(${viewer.regionCode} like ${batchPrefix} || '%' or (${viewer.prefix}::text is not null and b.region_code like ${viewer.prefix} || '%'))`);
    }
    if (f.q) q = q.where('b.title', 'ilike', containsPattern(f.q));
    if (f.status) q = q.where('b.status', '=', f.status);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(BATCH_SORT[page.sort]), page.order).orderBy('b.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (BatchRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async insertBatch(trx: Db, v: Omit<Insertable<FinanceWhitelistBatchTable>, 'id'>): Promise<string> {
    return (await trx.insertInto('finance_whitelist_batch').values(v).returning('id').executeTakeFirstOrThrow()).id;
  },

  async updateBatch(trx: Db, id: string, v: Updateable<FinanceWhitelistBatchTable>): Promise<void> {
    await trx.updateTable('finance_whitelist_batch').set(v).where('id', '=', id).execute();
  },

  async findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
    return applications(db).where('a.id', '=', id).executeTakeFirst();
  },

  /** Applications in the caller's scope; `published` adds the approved applicants of published batches (what banks see). */
  async listApplications(db: Db, scope: FinanceScope, published: boolean, f: { batchId?: string | undefined; q?: string | undefined; status?: string | undefined; channel?: string | undefined }, page: Page & { sort: keyof typeof APP_SORT }) {
    let q = applications(db).where((eb) => (published ? eb.or([financeScopeSql(scope, 'a'), eb.and([eb('b.status', '=', 'published'), eb('a.status', '=', 'approved')])]) : financeScopeSql(scope, 'a')));
    if (f.batchId) q = q.where('a.batch_id', '=', f.batchId);
    if (f.q) q = q.where('e.name', 'ilike', containsPattern(f.q));
    if (f.status) q = q.where('a.status', '=', f.status);
    if (f.channel) q = q.where('a.channel', '=', f.channel);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(APP_SORT[page.sort]), page.order).orderBy('a.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (ApplicationRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async insertApplication(trx: Db, v: Omit<Insertable<FinanceWhitelistApplicationTable>, 'id'>): Promise<string> {
    return (await trx.insertInto('finance_whitelist_application').values(v).returning('id').executeTakeFirstOrThrow()).id;
  },

  async updateApplication(trx: Db, batchId: string, id: string, v: Updateable<FinanceWhitelistApplicationTable>): Promise<void> {
    await trx.updateTable('finance_whitelist_application').set(v).where('batch_id', '=', batchId).where('id', '=', id).execute();
  },

  async findCreditLine(db: Db, id: string): Promise<CreditLineRow | undefined> {
    return creditLines(db).where('c.id', '=', id).executeTakeFirst();
  },

  async creditLineOf(db: Db, batchId: string, applicationId: string, bankOrgId: string): Promise<CreditLineRow | undefined> {
    return creditLines(db).where('c.batch_id', '=', batchId).where('c.application_id', '=', applicationId).where('c.bank_org_id', '=', bankOrgId).executeTakeFirst();
  },

  async listCreditLines(db: Db, scope: FinanceScope, f: { batchId?: string | undefined; q?: string | undefined; status?: string | undefined }, page: Page & { sort: keyof typeof CREDIT_SORT }) {
    let q = creditLines(db).where(financeScopeSql(scope, 'c'));
    if (f.batchId) q = q.where('c.batch_id', '=', f.batchId);
    if (f.q) q = q.where((eb) => eb.or([eb('e.name', 'ilike', containsPattern(f.q!)), eb('b.name', 'ilike', containsPattern(f.q!))]));
    if (f.status) q = q.where('c.status', '=', f.status);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(CREDIT_SORT[page.sort]), sql.raw(page.order === 'desc' ? 'desc nulls last' : 'asc nulls last')).orderBy('c.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (CreditLineRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async insertCreditLine(trx: Db, v: Omit<Insertable<FinanceCreditLineTable>, 'id'>): Promise<string> {
    return (await trx.insertInto('finance_credit_line').values(v).returning('id').executeTakeFirstOrThrow()).id;
  },

  async updateCreditLine(trx: Db, id: string, v: Updateable<FinanceCreditLineTable>): Promise<void> {
    await trx.updateTable('finance_credit_line').set(v).where('id', '=', id).execute();
  },
};
export type WhitelistRepository = typeof whitelistRepository;
