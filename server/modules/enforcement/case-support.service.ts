import type { CaseDetail, CaseListItem, CaseStatus, Limit } from '../../../common/enforcement';
import type { Org } from '../../../common/org';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { SearchIndexer } from '../../platform/search/search.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { Db } from '../../db/database';
import { type AgencyService, named } from './agency.service';
import type { CaseRepository, CaseRow, MeasureRow, RuleRow } from './case.repository';
import type { CaseFacts, CaseFlow, MeasureFacts } from './domain/case-flow';
import { currentLimit } from './domain/limits';
import { caseScope, type EnforcementAgent, handlesCase, inEnforcementScope } from './enforcement.policy';

/** What the case services need. */
export interface CaseDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  repo: CaseRepository;
  flow: CaseFlow;
  agency: AgencyService;
  /** The full-text index: a case is indexed in the transaction that writes it. */
  search: SearchIndexer;
}

/** The clock facts of a stored case. */
export function factsOf(r: CaseRow): CaseFacts {
  return {
    status: r.status as CaseStatus,
    regionCode: r.region_code,
    receivedOn: r.received_on,
    openExtensionDays: r.open_extension_days,
    openedOn: r.opened_on,
    decideExtensionDays: r.decide_extension_days,
    hearingNotifiedOn: r.hearing_notified_on,
    hearingRequested: r.hearing_requested,
    decidedOn: r.decided_on,
    decision: r.decision as CaseFacts['decision'],
    servedOn: r.served_on,
    publishedOn: r.published_on,
    closedOn: r.closed_on,
  };
}

/** A stored measure's clock facts. */
export const measureFacts = (m: MeasureRow): MeasureFacts => ({ startedOn: m.started_on, extensionDays: m.extension_days, liftedOn: m.lifted_on });

/** Helpers both halves of the case service use. */
export function createCaseSupport(deps: CaseDeps) {
  const { repo, flow, agency, clock } = deps;
  const today = () => chinaDate(clock.now());

  /** The case if the caller may see it; otherwise 404, exactly as for a missing one. */
  async function visible(db: Db, actor: Actor, agent: EnforcementAgent, id: string, lock = false): Promise<CaseRow> {
    const row = lock ? await repo.lock(db, id) : await repo.get(db, id);
    if (!row || !inEnforcementScope(caseScope(actor, agent), { regionCode: row.region_code, orgIds: [row.org_id, row.party_org_id] })) throw notFound('执法案件');
    return row;
  }

  /** The stored "earliest open duty" and next actor, recomputed after a change (lists filter and sort by them). */
  function derived(row: CaseRow, measures: readonly MeasureRow[], rules: readonly RuleRow[]): { due_on: string | null; next_actor: string } {
    const duties = flow.limits(factsOf(row), measures.map(measureFacts), rules, today()).filter((l) => l.actor !== 'party');
    const open = duties.filter((l) => !l.metOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    return { due_on: open[0]?.dueOn ?? null, next_actor: flow.nextActor(factsOf(row), duties) };
  }

  function listItem(r: CaseRow, orgs: Map<string, Org>, day: string): CaseListItem {
    return {
      id: r.id,
      caseNo: r.case_no,
      regionCode: r.region_code,
      org: named(orgs, r.org_id),
      source: r.source as CaseListItem['source'],
      rightKind: r.right_kind as CaseListItem['rightKind'],
      partyName: r.party_name,
      status: r.status as CaseStatus,
      receivedOn: r.received_on,
      openedOn: r.opened_on,
      decidedOn: r.decided_on,
      fineFen: r.fine_fen,
      nextDueOn: r.due_on,
      overdue: r.due_on !== null && r.due_on < day,
      nextActor: r.next_actor as CaseListItem['nextActor'],
      typicalCandidate: r.typical_candidate,
    };
  }

  /** The case page: the list columns, every particular, the limits, measures and what the caller may do. */
  async function detail(db: Db, actor: Actor, agent: EnforcementAgent, r: CaseRow): Promise<CaseDetail> {
    const [measures, rules, transferIds, orgs] = await Promise.all([repo.measures(db, r.id), repo.rules(db), repo.transferIds(db, r.id), agency.byId([r.org_id])]);
    const day = today();
    const limits: Limit[] = flow.limits(factsOf(r), measures.map(measureFacts), rules, day);
    const measureLimits = limits.filter((l) => l.code === 'measure');
    const current = currentLimit(limits.filter((l) => l.actor !== 'party'));
    return {
      ...listItem(r, orgs, day),
      nextDueOn: current?.dueOn ?? null,
      overdue: current?.state === 'overdue',
      nextActor: flow.nextActor(factsOf(r), limits),
      summary: r.summary,
      partyCreditCode: r.party_credit_code,
      partyOrgId: r.party_org_id,
      complainant: r.complainant,
      notOpenedReason: r.not_opened_reason,
      openExtensionApproval: r.open_extension_approval,
      decideExtensionDays: r.decide_extension_days,
      decideExtensionApproval: r.decide_extension_approval,
      hearingNotifiedOn: r.hearing_notified_on,
      hearingRequested: r.hearing_requested,
      decision: r.decision as CaseDetail['decision'],
      decisionNo: r.decision_no,
      confiscatedFen: r.confiscated_fen,
      confiscatedGoods: r.confiscated_goods,
      servedOn: r.served_on,
      publishedOn: r.published_on,
      remedy: r.remedy as CaseDetail['remedy'],
      closedOn: r.closed_on,
      closedOutcome: r.closed_outcome as CaseDetail['closedOutcome'],
      limits,
      measures: measures.map((m, i) => ({
        id: m.id,
        kind: m.kind as 'seizure' | 'sealing',
        goods: m.goods,
        startedOn: m.started_on,
        extensionDays: m.extension_days,
        extensionApproval: m.extension_approval,
        liftedOn: m.lifted_on,
        limit: measureLimits[i],
      })),
      transferIds,
      actions: handlesCase(actor, agent, r.org_id) ? flow.allowedActions(factsOf(r)) : [],
    };
  }

  return { today, visible, derived, listItem, detail };
}
export type CaseSupport = ReturnType<typeof createCaseSupport>;
