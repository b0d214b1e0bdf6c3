import type { AuditEvent } from '../../../common/audit';
import type { ComplianceDetail, ComplianceListItem, ComplianceStatus, EvaluationResult, InspectionRating } from '../../../common/enforcement-compliance';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { Db } from '../../db/database';
import { type AgencyService, named } from './agency.service';
import type { RuleRow } from './case.repository';
import type { ComplianceListRow, ComplianceRepository, ComplianceRow, InspectionRow, TeamMemberRow } from './compliance.repository';
import { complianceDerived, complianceLimits, type ComplianceFacts, teamActions } from './domain/compliance-flow';
import { currentLimit, type LimitEngine } from './domain/limits';
import { complianceScope, complianceSide, type EnforcementAgent, inEnforcementScope } from './enforcement.policy';

/** What the compliance services need. */
export interface ComplianceDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  repo: ComplianceRepository;
  rules: (db: Db) => Promise<RuleRow[]>;
  engine: LimitEngine;
  agency: AgencyService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** The clock facts of a stored procedure. */
export function complianceFacts(r: ComplianceRow): ComplianceFacts {
  return {
    status: r.status as ComplianceStatus,
    regionCode: r.region_code,
    startedOn: r.started_on,
    planSubmittedOn: r.plan_submitted_on,
    planApprovedOn: r.plan_approved_on,
    termExtensionMonths: r.term_extension_months,
    evaluatedOn: r.evaluated_on,
    sentOn: r.sent_on,
  };
}

/** Helpers both halves of the compliance service use. */
export function createComplianceSupport(deps: ComplianceDeps) {
  const { repo, engine, agency, clock } = deps;
  const today = () => chinaDate(clock.now());

  /** The procedure if the caller may see it (the team's units through their membership); otherwise 404. */
  async function visible(db: Db, actor: Actor, agent: EnforcementAgent, id: string, lock = false): Promise<{ row: ComplianceListRow; team: TeamMemberRow[] }> {
    const row = await repo.get(db, id, lock);
    const team = row ? await repo.team(db, id) : [];
    const orgIds = row ? [row.procuratorate_org_id, row.office_org_id, row.enterprise_org_id, ...team.map((m) => m.org_id)] : [];
    if (!row || !inEnforcementScope(complianceScope(actor, agent), { regionCode: row.region_code, orgIds })) throw notFound('合规考察');
    return { row, team };
  }

  /** The side the caller acts for on this procedure. */
  const sideOf = (actor: Actor, agent: EnforcementAgent, row: ComplianceRow, team: readonly TeamMemberRow[]) =>
    complianceSide(actor, agent, { procuratorateOrgId: row.procuratorate_org_id, teamOrgIds: [row.office_org_id, ...team.map((m) => m.org_id)] });

  /** The stored due day and next actor after a change. */
  function derived(row: ComplianceRow, rules: readonly RuleRow[]) {
    const f = complianceFacts(row);
    return complianceDerived(f, complianceLimits(engine, rules, f, today()));
  }

  async function items(rows: readonly ComplianceListRow[], rules: readonly RuleRow[]): Promise<ComplianceListItem[]> {
    const orgs = await agency.byId(rows.flatMap((r) => [r.procuratorate_org_id, r.office_org_id]));
    const day = today();
    return rows.map((r): ComplianceListItem => {
      const f = complianceFacts(r);
      const limits = complianceLimits(engine, rules, f, day);
      const term = limits.find((l) => l.code === 'complianceTerm');
      const d = complianceDerived(f, limits);
      return {
        id: r.id,
        regionCode: r.region_code,
        procuratorate: named(orgs, r.procuratorate_org_id),
        office: named(orgs, r.office_org_id),
        enterpriseName: r.enterprise_name,
        caseRef: r.case_ref,
        status: f.status,
        startedOn: r.started_on,
        termEndsOn: term?.dueOn ?? null,
        inspectionsDone: r.inspections_done,
        inspectionsPlanned: r.inspections_planned,
        evaluationResult: r.evaluation_result as EvaluationResult | null,
        nextDueOn: r.status === 'sent' ? null : (currentLimit(limits)?.dueOn ?? null),
        overdue: r.status !== 'sent' && limits.some((l) => l.state === 'overdue'),
        nextActor: d.next_actor,
      };
    });
  }

  /** The detail page's shape: team, inspections, limits and what the caller may do. */
  async function detail(actor: Actor, agent: EnforcementAgent, row: ComplianceListRow, team: readonly TeamMemberRow[], inspections: readonly InspectionRow[], rules: readonly RuleRow[]): Promise<ComplianceDetail> {
    const [item] = await items([row], rules);
    const f = complianceFacts(row);
    const side = sideOf(actor, agent, row, team);
    const day = today();
    return {
      ...item,
      enterpriseCreditCode: row.enterprise_credit_code,
      enterpriseOrgId: row.enterprise_org_id,
      summary: row.summary,
      planTitle: row.plan_title,
      planSummary: row.plan_summary,
      planSubmittedOn: row.plan_submitted_on,
      planApprovedOn: row.plan_approved_on,
      termExtensionMonths: row.term_extension_months,
      termExtensionApproval: row.term_extension_approval,
      evaluatedOn: row.evaluated_on,
      evaluationSummary: row.evaluation_summary,
      sentOn: row.sent_on,
      team: team.map((m) => ({ id: m.id, name: m.name, unit: m.unit, orgId: m.org_id, leader: m.leader })),
      inspections: inspections.map((i) => ({ id: i.id, plannedOn: i.planned_on, focus: i.focus, doneOn: i.done_on, findings: i.findings, rating: i.rating as InspectionRating | null, overdue: !i.done_on && i.planned_on < day })),
      limits: complianceLimits(engine, rules, f, day),
      actions: side === 'team' ? teamActions(f, row.inspections_done) : [],
    };
  }

  return { today, visible, sideOf, derived, items, detail };
}
export type ComplianceSupport = ReturnType<typeof createComplianceSupport>;
