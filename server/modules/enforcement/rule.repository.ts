import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { EnforcementDeadlineRuleTable } from '../../db/tables/enforcement';

export type RuleRow = Selectable<EnforcementDeadlineRuleTable>;

/** The time-limit rules: national defaults and regional overrides. */
export const ruleRepository = {
  async all(db: Db): Promise<RuleRow[]> {
    return db.selectFrom('enforcement_deadline_rule').selectAll().orderBy('code').orderBy('region_prefix').execute();
  },
  async get(db: Db, id: string): Promise<RuleRow | undefined> {
    return db.selectFrom('enforcement_deadline_rule').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async find(db: Db, code: string, prefix: string): Promise<RuleRow | undefined> {
    return db.selectFrom('enforcement_deadline_rule').selectAll().where('code', '=', code).where('region_prefix', '=', prefix).executeTakeFirst();
  },
  /** Sets the rule of a code and region prefix (one row each): inserts it, or changes the one there. */
  async upsert(trx: Db, v: Insertable<EnforcementDeadlineRuleTable>): Promise<string> {
    const r = await trx
      .insertInto('enforcement_deadline_rule')
      .values(v)
      .onConflict((oc) => oc.columns(['code', 'region_prefix']).doUpdateSet({ length: v.length, unit: v.unit, extension_length: v.extension_length, citation: v.citation, updated_at: v.updated_at }))
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },
  async remove(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('enforcement_deadline_rule').where('id', '=', id).execute();
  },
};
export type RuleRepository = typeof ruleRepository;
