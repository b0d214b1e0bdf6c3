import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { totalOver } from '../../db/query-helpers';
import type { UtilisationApplicationTable } from '../../db/tables/utilisation';
import type { UtilisationScope } from './utilisation.policy';

/** An application with the declaration it is made on (joined). */
export type ApplicationRow = Omit<Selectable<UtilisationApplicationTable>, 'created_by' | 'created_at'> & { patent_no: string; title: string; holder_name: string; holder_org_id: string; region_code: string };

const SORT = { appliedOn: 'a.applied_on', replyDueOn: 'a.reply_due_on' } as const;
const COLUMNS = ['a.id', 'a.declaration_id', 'a.applicant_org_id', 'a.applicant_name', 'a.applicant_region', 'a.intended_use', 'a.status', 'a.applied_on', 'a.reply_due_on', 'a.decided_on', 'a.decision_note', 'a.transfer_id', 'a.updated_at', 'd.patent_no', 'd.title', 'd.holder_name', 'd.holder_org_id', 'd.region_code'] as const;

function scopeSql(scope: UtilisationScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`(d.region_code like ${scope.prefix + '%'} or a.applicant_region like ${scope.prefix + '%'})`;
    case 'org':
      return sql<boolean>`(d.holder_org_id = ${scope.orgId}::uuid or a.applicant_org_id = ${scope.orgId}::uuid)`;
    case 'none':
      return sql<boolean>`false`;
  }
}

/** Applications to take an open licence: a few per declaration. */
export const applicationRepository = {
  async list(db: Db, f: { statuses?: readonly string[] | undefined; holderOrgId?: string | undefined; applicantOrgId?: string | undefined }, scope: UtilisationScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('utilisation_application as a').innerJoin('utilisation_declaration as d', 'd.id', 'a.declaration_id').where(scopeSql(scope));
    if (f.statuses?.length) q = q.where('a.status', 'in', f.statuses);
    if (f.holderOrgId) q = q.where('d.holder_org_id', '=', f.holderOrgId);
    if (f.applicantOrgId) q = q.where('a.applicant_org_id', '=', f.applicantOrgId);
    const rows = await q.select(COLUMNS).select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('a.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (ApplicationRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async find(db: Db, id: string, lock = false): Promise<ApplicationRow | undefined> {
    const q = db.selectFrom('utilisation_application as a').innerJoin('utilisation_declaration as d', 'd.id', 'a.declaration_id').select(COLUMNS).where('a.id', '=', id);
    return (lock ? q.forUpdate('a') : q).executeTakeFirst();
  },

  /** A pending application of this enterprise on this declaration, if any. */
  async pending(trx: Db, declarationId: string, applicantOrgId: string): Promise<{ id: string } | undefined> {
    return trx.selectFrom('utilisation_application').select('id').where('declaration_id', '=', declarationId).where('applicant_org_id', '=', applicantOrgId).where('status', '=', 'applied').executeTakeFirst();
  },

  async insert(trx: Db, v: Omit<ApplicationRow, 'id' | 'status' | 'decided_on' | 'decision_note' | 'transfer_id' | 'updated_at' | 'patent_no' | 'title' | 'holder_name' | 'holder_org_id' | 'region_code'>, by: string, at: Date): Promise<string> {
    return (await trx.insertInto('utilisation_application').values({ ...v, created_by: by, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async decide(trx: Db, id: string, v: { status: string; decided_on: string; decision_note: string | null; transfer_id: string | null }, at: Date): Promise<void> {
    await trx.updateTable('utilisation_application').set({ ...v, updated_at: at }).where('id', '=', id).execute();
  },

  /** Granted open licences inside a region prefix in a year (the statistics). */
  async grantedIn(db: Db, year: number, prefix: string): Promise<number> {
    const r = await db
      .selectFrom('utilisation_application as a')
      .innerJoin('utilisation_declaration as d', 'd.id', 'a.declaration_id')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('a.status', '=', 'granted')
      .where('a.decided_on', '>=', `${year}-01-01`)
      .where('a.decided_on', '<=', `${year}-12-31`)
      .where('d.region_code', 'like', `${prefix}%`)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
};
export type ApplicationRepository = typeof applicationRepository;
