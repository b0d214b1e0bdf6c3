import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern } from '../../db/query-helpers';
import type { UtilisationDeclarationTable, UtilisationRuleTable } from '../../db/tables/utilisation';
import type { UtilisationScope } from './utilisation.policy';

/** A declaration as stored, with how many licences were granted on it (counted). */
export type DeclarationRow = Omit<Selectable<UtilisationDeclarationTable>, 'search_text' | 'created_by' | 'created_at'> & { licences: number };
export type DeclarationValues = Omit<Selectable<UtilisationDeclarationTable>, 'id' | 'status' | 'withdrawn_on' | 'withdraw_reason' | 'created_by' | 'created_at' | 'updated_at'>;
export type RuleRow = Selectable<UtilisationRuleTable>;

const SORT = { declaredOn: 'd.declared_on', title: 'd.title', expiryDate: 'd.expiry_date' } as const;
const COLUMNS = ['d.id', 'd.region_code', 'd.holder_org_id', 'd.holder_name', 'd.holder_kind', 'd.patent_no', 'd.patent_type', 'd.title', 'd.main_ipc', 'd.field', 'd.grant_date', 'd.expiry_date', 'd.evaluation_report_no', 'd.pay_kind', 'd.rate_bp', 'd.lump_sum_fen', 'd.term_from', 'd.term_to', 'd.field_of_use', 'd.annual_fee_fen', 'd.status', 'd.declared_on', 'd.withdrawn_on', 'd.withdraw_reason', 'd.updated_at'] as const;
const licences = sql<number>`(select count(*)::int from utilisation_application a where a.declaration_id = d.id and a.status = 'granted')`;
/** The public catalogue counts at most this many matches; beyond it the page says "more than". */
export const CATALOGUE_COUNT_CAP = 10_000;

/** The filters of the catalogue and of the declaration list. */
export interface DeclarationFilter {
  q?: string | undefined;
  fields?: readonly string[] | undefined;
  ipcPrefix?: string | undefined;
  holderKinds?: readonly string[] | undefined;
  holderOrgId?: string | undefined;
  patentTypes?: readonly string[] | undefined;
  statuses?: readonly string[] | undefined;
  regionPrefix?: string | undefined;
}

function scopeSql(scope: UtilisationScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`d.region_code like ${scope.prefix + '%'}`;
    case 'org':
      return sql<boolean>`(d.holder_org_id = ${scope.orgId}::uuid or exists (select 1 from utilisation_application a where a.declaration_id = d.id and a.applicant_org_id = ${scope.orgId}::uuid))`;
    case 'none':
      return sql<boolean>`false`;
  }
}

function filtered(db: Db, f: DeclarationFilter, scope: UtilisationScope) {
  let q = db.selectFrom('utilisation_declaration as d').where(scopeSql(scope));
  if (f.q) q = q.where('d.search_text', 'ilike', containsPattern(f.q));
  if (f.fields?.length) q = q.where('d.field', 'in', f.fields);
  if (f.ipcPrefix) q = q.where('d.main_ipc', 'like', `${f.ipcPrefix.replace(/[\\%_]/g, '')}%`);
  if (f.holderKinds?.length) q = q.where('d.holder_kind', 'in', f.holderKinds);
  if (f.holderOrgId) q = q.where('d.holder_org_id', '=', f.holderOrgId);
  if (f.patentTypes?.length) q = q.where('d.patent_type', 'in', f.patentTypes);
  if (f.statuses?.length) q = q.where('d.status', 'in', f.statuses);
  if (f.regionPrefix) q = q.where('d.region_code', 'like', `${f.regionPrefix}%`);
  return q;
}

/** Open-licence declarations and the configurable rules they are checked against. */
export const declarationRepository = {
  /** One page of declarations and the number matching, counted up to CATALOGUE_COUNT_CAP + 1. */
  async list(db: Db, f: DeclarationFilter, scope: UtilisationScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    const rows = await filtered(db, f, scope).select(COLUMNS).select(licences.as('licences')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('d.id').limit(page.limit).offset(page.offset).execute();
    // The count stops early: the public catalogue needs "how many pages", not an exact total of every open patent.
    const counted = await db
      .selectFrom(filtered(db, f, scope).select(sql`1`.as('one')).limit(CATALOGUE_COUNT_CAP + 1).as('m'))
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    return { rows: rows as DeclarationRow[], total: Number(counted.n) };
  },

  async find(db: Db, id: string): Promise<DeclarationRow | undefined> {
    return (await db.selectFrom('utilisation_declaration as d').select(COLUMNS).select(licences.as('licences')).where('d.id', '=', id).executeTakeFirst());
  },

  /** The row locked for a change in the caller's transaction. */
  async lock(trx: Db, id: string): Promise<{ id: string; status: string } | undefined> {
    return trx.selectFrom('utilisation_declaration').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /** The open declarations of these patent numbers, locked so two declarations of one patent cannot both pass. */
  async openOnPatents(trx: Db, patentNos: readonly string[]): Promise<{ id: string; patent_no: string }[]> {
    if (!patentNos.length) return [];
    return trx.selectFrom('utilisation_declaration').select(['id', 'patent_no']).where('patent_no', 'in', patentNos).where('status', '=', 'open').forUpdate().execute();
  },

  async insert(trx: Db, v: DeclarationValues & { search_text: string }, by: string, at: Date): Promise<string> {
    return (await trx.insertInto('utilisation_declaration').values({ ...v, created_by: by, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async withdraw(trx: Db, id: string, on: string, reason: string, at: Date): Promise<void> {
    await trx.updateTable('utilisation_declaration').set({ status: 'withdrawn', withdrawn_on: on, withdraw_reason: reason, updated_at: at }).where('id', '=', id).execute();
  },

  /** Open declarations and those of universities, and this year's annual-fee reduction base, inside a region prefix. */
  async openCounts(db: Db, prefix: string): Promise<{ open: number; universities: number; annual_fee_fen: number }> {
    const r = await db
      .selectFrom('utilisation_declaration')
      .select([sql<number>`count(*)::int`.as('open'), sql<number>`count(*) filter (where holder_kind = 'university')::int`.as('universities'), sql<number>`coalesce(sum(annual_fee_fen), 0)::bigint`.as('annual_fee_fen')])
      .where('status', '=', 'open')
      .where('region_code', 'like', `${prefix}%`)
      .executeTakeFirstOrThrow();
    return { open: Number(r.open), universities: Number(r.universities), annual_fee_fen: Number(r.annual_fee_fen) };
  },

  async rules(db: Db): Promise<RuleRow[]> {
    return db.selectFrom('utilisation_rule').selectAll().orderBy('position').execute();
  },

  async lockRule(trx: Db, code: string): Promise<RuleRow | undefined> {
    return trx.selectFrom('utilisation_rule').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  },

  async updateRule(trx: Db, code: string, v: { value: number; source: string; citation: string }, at: Date): Promise<void> {
    await trx.updateTable('utilisation_rule').set({ ...v, updated_at: at }).where('code', '=', code).execute();
  },
};
export type DeclarationRepository = typeof declarationRepository;
