import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { ComplianceListQuery } from '../../../common/enforcement-compliance';
import type { Db } from '../../db/database';
import { containsPattern, pageWindow, totalOver } from '../../db/query-helpers';
import type { EnforcementComplianceInspectionTable, EnforcementComplianceMemberTable, EnforcementComplianceTable } from '../../db/tables/enforcement';
import type { EnforcementScope } from './enforcement.policy';

export type ComplianceRow = Selectable<EnforcementComplianceTable>;
/** A procedure with its inspection counts (counted). */
export type ComplianceListRow = ComplianceRow & { inspections_done: number; inspections_planned: number };
export type TeamMemberRow = Selectable<EnforcementComplianceMemberTable>;
export type InspectionRow = Selectable<EnforcementComplianceInspectionTable>;

const SORT: Record<NonNullable<ComplianceListQuery['sort']>, string> = { startedOn: 'p.started_on', enterpriseName: 'p.enterprise_name', status: 'p.status' };

/** A scope over procedures: the org kind matches the procuratorate, the office, the enterprise or a team member's unit. */
function scopeSql(scope: EnforcementScope) {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`p.region_code like ${scope.prefix + '%'}`;
    case 'org':
      return sql<boolean>`(p.procuratorate_org_id = ${scope.orgId} or p.office_org_id = ${scope.orgId} or p.enterprise_org_id = ${scope.orgId}
        or exists (select 1 from enforcement_compliance_member m where m.compliance_id = p.id and m.org_id = ${scope.orgId}))`;
    case 'none':
      return sql<boolean>`false`;
  }
}

const counts = [
  sql<number>`(select count(*)::int from enforcement_compliance_inspection i where i.compliance_id = p.id and i.done_on is not null)`.as('inspections_done'),
  sql<number>`(select count(*)::int from enforcement_compliance_inspection i where i.compliance_id = p.id)`.as('inspections_planned'),
];

/** Compliance procedures, their supervision teams and inspections. */
export const complianceRepository = {
  async insert(trx: Db, v: Insertable<EnforcementComplianceTable>, team: Omit<Insertable<EnforcementComplianceMemberTable>, 'compliance_id'>[]): Promise<string> {
    const id = (await trx.insertInto('enforcement_compliance').values(v).returning('id').executeTakeFirstOrThrow()).id;
    await trx.insertInto('enforcement_compliance_member').values(team.map((m) => ({ ...m, compliance_id: id }))).execute();
    return id;
  },
  async get(db: Db, id: string, lock = false): Promise<ComplianceListRow | undefined> {
    const q = db.selectFrom('enforcement_compliance as p').selectAll('p').select(counts).where('p.id', '=', id);
    return (lock ? q.forUpdate('p') : q).executeTakeFirst();
  },
  async update(trx: Db, id: string, patch: Updateable<EnforcementComplianceTable>): Promise<void> {
    await trx.updateTable('enforcement_compliance').set(patch).where('id', '=', id).execute();
  },
  async team(db: Db, id: string): Promise<TeamMemberRow[]> {
    return db.selectFrom('enforcement_compliance_member').selectAll().where('compliance_id', '=', id).orderBy('leader', 'desc').orderBy('name').execute();
  },
  async inspections(db: Db, id: string): Promise<InspectionRow[]> {
    return db.selectFrom('enforcement_compliance_inspection').selectAll().where('compliance_id', '=', id).orderBy('planned_on').orderBy('id').execute();
  },
  async insertInspection(trx: Db, v: Insertable<EnforcementComplianceInspectionTable>): Promise<string> {
    return (await trx.insertInto('enforcement_compliance_inspection').values(v).returning('id').executeTakeFirstOrThrow()).id;
  },
  async updateInspection(trx: Db, complianceId: string, id: string, patch: Updateable<EnforcementComplianceInspectionTable>): Promise<number> {
    const r = await trx.updateTable('enforcement_compliance_inspection').set(patch).where('compliance_id', '=', complianceId).where('id', '=', id).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  async list(db: Db, scope: EnforcementScope, q: ComplianceListQuery, today: string, exportAll = false): Promise<{ rows: ComplianceListRow[]; total: number }> {
    let query = db.selectFrom('enforcement_compliance as p').selectAll('p').select([...counts, totalOver.as('total')]).where(scopeSql(scope));
    if (q.status) query = query.where('p.status', '=', q.status);
    if (q.overdue === 'true') query = query.where('p.due_on', '<', today);
    if (q.overdue === 'false') query = query.where((eb) => eb.or([eb('p.due_on', 'is', null), eb('p.due_on', '>=', today)]));
    if (q.q) {
      const like = containsPattern(q.q);
      query = query.where((eb) => eb.or([eb('p.enterprise_name', 'ilike', like), eb('p.case_ref', 'ilike', like)]));
    }
    const dir = q.order === 'desc' || !q.sort ? 'desc' : 'asc';
    query = query.orderBy(sql`${sql.ref(SORT[q.sort ?? 'startedOn'])} ${sql.raw(dir)}`).orderBy('p.id');
    if (!exportAll) {
      const w = pageWindow(q.page, q.pageSize);
      query = query.limit(w.limit).offset(w.offset);
    }
    const rows = await query.execute();
    return { rows, total: rows[0]?.total ?? 0 };
  },
};
export type ComplianceRepository = typeof complianceRepository;
