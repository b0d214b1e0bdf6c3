import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { CentreFilingTable } from '../../db/tables/centre';
import type { CentreScope } from './centre.policy';
import { centreScopeSql } from './centre-scope.repository';

/** A filing with the names of its window, enterprise and agency (joined). */
export type FilingRow = Selectable<CentreFilingTable> & { window_name: string; enterprise_name: string; agency_name: string | null };

const SORT = { submittedOn: 'f.submitted_on', validTo: 'f.valid_to', enterprise: 'e.name_pinyin' } as const;

function filings(db: Db) {
  return db
    .selectFrom('centre_filing as f')
    .innerJoin('centre_window as w', 'w.id', 'f.window_id')
    .innerJoin('org as e', 'e.id', 'f.enterprise_org_id')
    .leftJoin('centre_agency as a', 'a.id', 'f.agency_id')
    .selectAll('f')
    .select(['w.name as window_name', 'e.name as enterprise_name', 'a.name as agency_name']);
}

export interface FilingFilter {
  q?: string | undefined;
  status?: string | undefined;
  windowId?: string | undefined;
  fieldCode?: string | undefined;
  today: string;
}

/** Filings and their review. */
export const filingRepository = {
  async find(db: Db, id: string): Promise<FilingRow | undefined> {
    return filings(db).where('f.id', '=', id).executeTakeFirst();
  },

  async list(db: Db, scope: CentreScope, f: FilingFilter, page: { limit: number; offset: number; order: 'asc' | 'desc'; sort: keyof typeof SORT }): Promise<{ rows: FilingRow[]; total: number }> {
    let q = filings(db).where(centreScopeSql(scope, 'f'));
    if (f.q) q = q.where('e.name', 'like', containsPattern(f.q));
    if (f.status === 'expired') q = q.where('f.status', '=', 'approved').where('f.valid_to', '<', f.today);
    else if (f.status === 'approved') q = q.where('f.status', '=', 'approved').where('f.valid_to', '>=', f.today);
    else if (f.status) q = q.where('f.status', '=', f.status);
    if (f.windowId) q = q.where('f.window_id', '=', f.windowId);
    if (f.fieldCode) q = q.where(sql<boolean>`${f.fieldCode} = any(f.field_codes)`);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('f.id').limit(page.limit).offset(page.offset).execute();
    return { rows, total: rows.length ? Number(rows[0].total) : 0 };
  },

  /** The enterprise's filing with this window that is not returned, if any (one open filing per window). */
  async openFor(db: Db, windowId: string, enterpriseOrgId: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('centre_filing').select('id').where('window_id', '=', windowId).where('enterprise_org_id', '=', enterpriseOrgId).where('status', '<>', 'returned').executeTakeFirst();
  },

  async insert(db: Db, row: Insertable<CentreFilingTable>): Promise<string> {
    return (await db.insertInto('centre_filing').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },

  async update(db: Db, id: string, patch: Updateable<CentreFilingTable>): Promise<void> {
    await db.updateTable('centre_filing').set(patch).where('id', '=', id).execute();
  },

  /** Filings of the scope by state (approved ones split by whether they have expired). */
  async counts(db: Db, scope: CentreScope, windowId: string | null, today: string): Promise<{ state: string; n: number }[]> {
    let q = db
      .selectFrom('centre_filing as f')
      .select([sql<string>`case when f.status = 'approved' and f.valid_to < ${today}::date then 'expired' else f.status end`.as('state'), sql<number>`count(*)`.as('n')])
      .where(centreScopeSql(scope, 'f'));
    if (windowId) q = q.where('f.window_id', '=', windowId);
    const rows = await q.groupBy(sql`1`).execute();
    return rows.map((r) => ({ state: r.state, n: Number(r.n) }));
  },
};
export type FilingRepository = typeof filingRepository;
