import type { ComplianceAction, ComplianceCreate, ComplianceDetail, InspectionCreate, InspectionRecord } from '../../../common/enforcement-compliance';
import type { Actor } from '../../platform/access';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { inTransaction } from '../../db/unit-of-work';
import type { Db } from '../../db/database';
import type { ComplianceRow } from './compliance.repository';
import type { ComplianceDeps, ComplianceSupport } from './compliance-support.service';
import { teamActions } from './domain/compliance-flow';
import { opensCompliance } from './enforcement.policy';
import { complianceFacts } from './compliance-support.service';

const ENTITY = 'enforcementCompliance';

/** The writes of compliance procedures: the procuratorate opens one; its supervision team runs it. */
export function createComplianceCommands(deps: ComplianceDeps, support: ComplianceSupport) {
  const { db, repo, agency, audit, clock, engine } = deps;

  const checkDay = (field: string, on: string, notBefore: string) => {
    if (on > support.today()) throw fieldError(field, '日期不能晚于今天');
    if (on < notBefore) throw fieldError(field, `日期不能早于${notBefore}`);
  };

  async function reload(actor: Actor, id: string): Promise<ComplianceDetail> {
    const agent = await agency.agentOf(actor);
    const { row, team } = await support.visible(db, actor, agent, id);
    return support.detail(actor, agent, row, team, await repo.inspections(db, id), await deps.rules(db));
  }

  /** Locks the procedure, checks the caller sits on its team, and hands it to `change` inside one transaction. */
  async function asTeam(actor: Actor, id: string, change: (trx: Db, row: ComplianceRow & { inspections_done: number }) => Promise<void>): Promise<ComplianceDetail> {
    const agent = await agency.agentOf(actor);
    await inTransaction(db, async (trx) => {
      const { row, team } = await support.visible(trx, actor, agent, id, true);
      if (support.sideOf(actor, agent, row, team) !== 'team') throw forbidden('只有第三方监督评估组织的成员单位可以办理');
      await change(trx, row);
    });
    return reload(actor, id);
  }

  /** The patch of one action, checked against the procedure's state and the rules. */
  function patchOf(row: ComplianceRow, inspectionsDone: number, a: ComplianceAction, rules: Awaited<ReturnType<ComplianceDeps['rules']>>): Partial<ComplianceRow> {
    const f = complianceFacts(row);
    if (!teamActions(f, inspectionsDone).includes(a.action)) throw fieldError('action', a.action === 'evaluate' && row.status === 'inspecting' ? '至少完成一次检查后才能作出评估' : '当前状态下不能办理此事项');
    const on = 'on' in a ? (a.on ?? support.today()) : support.today();
    switch (a.action) {
      case 'submitPlan':
        checkDay('on', on, row.started_on);
        return { plan_title: a.title, plan_summary: a.summary, plan_submitted_on: on };
      case 'approvePlan':
        checkDay('on', on, row.plan_submitted_on!);
        return { plan_approved_on: on, status: 'inspecting' };
      case 'extendTerm': {
        const citation = engine.citation(rules, 'complianceTerm', row.region_code);
        if (!a.approval) throw fieldError('approval', `延长考察期须经检察机关同意，请填写同意的文号（${citation}）`);
        const max = engine.maxExtension(rules, 'complianceTerm', row.region_code);
        if (row.term_extension_months + a.months > max) throw fieldError('months', `考察期累计延长不得超过${max}个月（${citation}）`);
        return { term_extension_months: row.term_extension_months + a.months, term_extension_approval: a.approval };
      }
      case 'evaluate':
        checkDay('on', on, row.plan_approved_on!);
        return { evaluated_on: on, evaluation_result: a.result, evaluation_summary: a.summary, status: 'evaluated' };
      case 'send':
        checkDay('on', on, row.evaluated_on!);
        return { sent_on: on, status: 'sent' };
    }
  }

  return {
    /** The procuratorate opens a procedure with its supervision team, in which the IP office takes part. */
    async create(actor: Actor, input: ComplianceCreate): Promise<ComplianceDetail> {
      const agent = await agency.agentOf(actor);
      if (!opensCompliance(agent)) throw forbidden('只有检察机关可以启动企业合规考察');
      const orgs = await agency.byId([actor.orgId, input.officeOrgId, input.enterpriseOrgId ?? null, ...input.team.map((m) => m.orgId ?? null)]);
      const office = orgs.get(input.officeOrgId);
      if (!office || (office.kind !== 'ipOffice' && office.kind !== 'districtOffice')) throw fieldError('officeOrgId', '请选择知识产权管理部门（市场监管局或其监管局）');
      if (input.enterpriseOrgId && orgs.get(input.enterpriseOrgId)?.kind !== 'enterprise') throw fieldError('enterpriseOrgId', '请选择企业');
      const missing = input.team.findIndex((m) => m.orgId && !orgs.has(m.orgId));
      if (missing >= 0) throw fieldError(`team.${missing}.orgId`, '成员单位不存在');
      if (!input.team.some((m) => m.orgId === input.officeOrgId)) throw fieldError('team', '第三方监督评估组织应当有知识产权管理部门的人员参加（《知识产权合规机制备忘录》）');
      if (input.team.filter((m) => m.leader).length !== 1) throw fieldError('team', '请指定一名组长');
      if (input.startedOn > support.today()) throw fieldError('startedOn', '日期不能晚于今天');
      const rules = await deps.rules(db);
      const id = await inTransaction(db, async (trx) => {
        const values = {
          region_code: actor.regionCode,
          procuratorate_org_id: actor.orgId,
          office_org_id: input.officeOrgId,
          enterprise_name: input.enterpriseName,
          enterprise_credit_code: input.enterpriseCreditCode ?? null,
          enterprise_org_id: input.enterpriseOrgId ?? null,
          case_ref: input.caseRef,
          summary: input.summary,
          status: 'planPending',
          started_on: input.startedOn,
          updated_at: clock.now(),
        };
        const draft = { ...values, plan_submitted_on: null, plan_approved_on: null, term_extension_months: 0, evaluated_on: null, sent_on: null } as ComplianceRow;
        const newId = await repo.insert(trx, { ...values, ...support.derived(draft, rules) }, input.team.map((m) => ({ name: m.name, unit: m.unit, org_id: m.orgId ?? null, leader: m.leader })));
        await audit.record(trx, actor, { action: 'create', entityType: ENTITY, entityId: newId, after: input });
        return newId;
      });
      return reload(actor, id);
    },

    /** The team records the plan, approves it, extends the term, evaluates, and sends the evaluation. */
    async act(actor: Actor, id: string, action: ComplianceAction): Promise<ComplianceDetail> {
      const rules = await deps.rules(db);
      return asTeam(actor, id, async (trx, row) => {
        const patch = patchOf(row, row.inspections_done, action, rules);
        const next = { ...row, ...patch };
        await repo.update(trx, id, { ...patch, ...support.derived(next, rules), updated_at: clock.now() });
        await audit.record(trx, actor, { action: action.action, entityType: ENTITY, entityId: id, before: { status: row.status }, after: { ...action, status: next.status } });
      });
    },

    /** The team schedules an inspection within the inspection period. */
    async schedule(actor: Actor, id: string, input: InspectionCreate): Promise<ComplianceDetail> {
      const rules = await deps.rules(db);
      return asTeam(actor, id, async (trx, row) => {
        if (row.status !== 'inspecting') throw fieldError('plannedOn', '合规计划经审查同意后才能安排检查');
        const end = engine.dueOn(rules, 'complianceTerm', row.region_code, row.plan_approved_on!, row.term_extension_months);
        if (input.plannedOn < row.plan_approved_on! || input.plannedOn > end) throw fieldError('plannedOn', `检查日期应在考察期内（${row.plan_approved_on} 至 ${end}）`);
        const childId = await repo.insertInspection(trx, { compliance_id: id, planned_on: input.plannedOn, focus: input.focus });
        await audit.record(trx, actor, { action: 'scheduleInspection', entityType: ENTITY, entityId: id, after: { inspectionId: childId, ...input } });
      });
    },

    /** The team records what an inspection found. */
    async record(actor: Actor, id: string, childId: string, input: InspectionRecord): Promise<ComplianceDetail> {
      return asTeam(actor, id, async (trx, row) => {
        if (row.status !== 'inspecting') throw fieldError('doneOn', '考察已结束，不能再记录检查');
        const inspection = (await repo.inspections(trx, id)).find((i) => i.id === childId);
        if (!inspection) throw notFound('检查');
        if (inspection.done_on) throw conflict('该次检查已记录');
        checkDay('doneOn', input.doneOn, row.plan_approved_on!);
        await repo.updateInspection(trx, id, childId, { done_on: input.doneOn, findings: input.findings, rating: input.rating });
        await audit.record(trx, actor, { action: 'recordInspection', entityType: ENTITY, entityId: id, after: { inspectionId: childId, ...input } });
      });
    },
  };
}
