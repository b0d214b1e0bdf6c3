import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { CentreAgencyTable, CentreConditionTable, CentreFieldTable, CentreIpcClassTable, CentreRuleTable, CentreWindowTable } from '../../db/tables/centre';

/** A window with the name of the organisation that runs it (joined). */
export type WindowRow = Selectable<CentreWindowTable> & { org_name: string };

/** The centre's configuration: IPC classes, fields, windows, conditions, rules and agencies. */
export const centreConfigRepository = {
  async ipcClasses(db: Db, prefix: string | null): Promise<Selectable<CentreIpcClassTable>[]> {
    let q = db.selectFrom('centre_ipc_class').select(['code', 'section', 'section_title']).orderBy('code');
    if (prefix) q = q.where('code', 'like', `${prefix.replace(/[\\%_]/g, '')}%`);
    return q.execute();
  },
  async ipcClassExists(db: Db, code: string): Promise<boolean> {
    return !!(await db.selectFrom('centre_ipc_class').select('code').where('code', '=', code).executeTakeFirst());
  },
  async fields(db: Db): Promise<Selectable<CentreFieldTable>[]> {
    return db.selectFrom('centre_field').select(['code', 'name', 'ipc_prefixes', 'position']).orderBy('position').execute();
  },
  async windows(db: Db): Promise<WindowRow[]> {
    return db.selectFrom('centre_window as w').innerJoin('org as o', 'o.id', 'w.org_id').selectAll('w').select('o.name as org_name').orderBy('w.created_at').execute();
  },
  async insertWindow(db: Db, row: Insertable<CentreWindowTable>): Promise<string> {
    return (await db.insertInto('centre_window').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },
  async conditions(db: Db): Promise<Selectable<CentreConditionTable>[]> {
    return db.selectFrom('centre_condition').select(['id', 'code', 'name', 'threshold', 'source', 'citation', 'active', 'position']).orderBy('position').execute();
  },
  async updateCondition(db: Db, id: string, patch: Pick<Selectable<CentreConditionTable>, 'threshold' | 'source' | 'citation' | 'active'>): Promise<boolean> {
    const r = await db.updateTable('centre_condition').set(patch).where('id', '=', id).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  async rules(db: Db): Promise<Selectable<CentreRuleTable>[]> {
    return db.selectFrom('centre_rule').select(['kind', 'working_days', 'time_limit_source', 'yearly_quota', 'quota_source']).orderBy('kind').execute();
  },
  async updateRule(db: Db, kind: string, patch: Omit<Selectable<CentreRuleTable>, 'kind'>): Promise<void> {
    await db.updateTable('centre_rule').set(patch).where('kind', '=', kind).execute();
  },
  async agencies(db: Db): Promise<Selectable<CentreAgencyTable>[]> {
    return db.selectFrom('centre_agency').select(['id', 'name', 'credit_code', 'region_code', 'active', 'created_at']).orderBy('name').execute();
  },
  async insertAgency(db: Db, row: Insertable<CentreAgencyTable>): Promise<string> {
    return (await db.insertInto('centre_agency').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },
};
export type CentreConfigRepository = typeof centreConfigRepository;
