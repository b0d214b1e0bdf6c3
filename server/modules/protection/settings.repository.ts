import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { ProtectionDeadlineRuleTable, ProtectionOrgProfileTable } from '../../db/tables/protection';
import { TERMINAL_STATUS_SQL } from './case.repository';

export type OrgProfileRow = Selectable<ProtectionOrgProfileTable>;
export type DeadlineRuleRow = Selectable<ProtectionDeadlineRuleTable>;

/** Organisation profiles (case-number codes, mediation attributes) and the deadline rules. */
export const settingsRepository = {
  async profile(db: Db, orgId: string): Promise<OrgProfileRow | undefined> {
    return db.selectFrom('protection_org_profile').selectAll().where('org_id', '=', orgId).executeTakeFirst();
  },
  async profiles(db: Db, orgIds: readonly string[]): Promise<OrgProfileRow[]> {
    if (orgIds.length === 0) return [];
    return db.selectFrom('protection_org_profile').selectAll().where('org_id', 'in', orgIds).execute();
  },
  async upsertProfile(trx: Db, v: Omit<Insertable<ProtectionOrgProfileTable>, 'created_at'>): Promise<void> {
    await trx
      .insertInto('protection_org_profile')
      .values(v)
      .onConflict((oc) => oc.column('org_id').doUpdateSet(v))
      .execute();
  },

  /** Cases per receiving organisation: total, open, concluded and succeeded (the organisations page). */
  async caseCountsByOrg(db: Db, orgIds: readonly string[]): Promise<Map<string, { cases: number; open: number; concluded: number; succeeded: number }>> {
    if (orgIds.length === 0) return new Map();
    const r = await sql<{ org_id: string; cases: number; open: number; concluded: number; succeeded: number }>`
      select org_id, count(*)::int as cases,
             count(*) filter (where status not in ${sql.raw(TERMINAL_STATUS_SQL)})::int as open,
             count(*) filter (where outcome in ('agreement', 'failure'))::int as concluded,
             count(*) filter (where outcome = 'agreement')::int as succeeded
      from protection_case where org_id in (${sql.join(orgIds)}) group by org_id`.execute(db);
    return new Map(r.rows.map(({ org_id, ...counts }) => [org_id, counts]));
  },

  async rules(db: Db): Promise<DeadlineRuleRow[]> {
    return db.selectFrom('protection_deadline_rule').selectAll().orderBy('code').orderBy('region_prefix').execute();
  },
  async rule(db: Db, id: string): Promise<DeadlineRuleRow | undefined> {
    return db.selectFrom('protection_deadline_rule').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async findRule(db: Db, code: string, prefix: string): Promise<DeadlineRuleRow | undefined> {
    return db.selectFrom('protection_deadline_rule').selectAll().where('code', '=', code).where('region_prefix', '=', prefix).executeTakeFirst();
  },
  async upsertRule(trx: Db, v: Omit<Insertable<ProtectionDeadlineRuleTable>, 'id'>): Promise<string> {
    const r = await trx
      .insertInto('protection_deadline_rule')
      .values(v)
      .onConflict((oc) => oc.columns(['code', 'region_prefix']).doUpdateSet(v))
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },
  async deleteRule(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('protection_deadline_rule').where('id', '=', id).execute();
  },
};
export type SettingsRepository = typeof settingsRepository;
