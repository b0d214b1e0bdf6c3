import { type ExportColumn, MONEY_FORMAT } from '../../platform/excel';
import {
  type CaseListItem,
  CaseKindLabels,
  CaseSourceLabels,
  CaseStatusLabels,
  DisputeTypeLabels,
  NextActorLabels,
  type Party,
  type Right,
} from '../../../common/protection';
import { DEADLINE_CODES, type DeadlineCode } from '../../../common/protection-admin';
import type { CaseDetail } from '../../../common/protection-case';
import type { PartyRow, RightRow } from './case-parts.repository';
import type { CaseRow, ListItemRow } from './case.repository';

/** A party as the API answers it. */
export function mapParty(p: PartyRow): Party {
  return {
    id: p.id,
    role: p.role as Party['role'],
    kind: p.kind as Party['kind'],
    name: p.name,
    orgId: p.org_id,
    idNumber: p.id_number,
    address: p.address,
    phone: p.phone,
    serviceAddress: p.service_address,
    agentName: p.agent_name,
    agentPhone: p.agent_phone,
    agentAuthority: p.agent_authority as Party['agentAuthority'],
  };
}

export function mapRight(r: RightRow): Right {
  return { id: r.id, kind: r.kind as Right['kind'], number: r.number, title: r.title };
}

const named = (id: string | null, names: Map<string, string>) => (id ? { id, name: names.get(id) ?? '' } : null);

/** A list row as the API answers it. */
export function mapListItem(r: ListItemRow, names: Map<string, string>): CaseListItem {
  return {
    id: r.id,
    kind: r.kind as CaseListItem['kind'],
    caseNo: r.case_no,
    status: r.status as CaseListItem['status'],
    source: r.source as CaseListItem['source'],
    disputeType: r.dispute_type as CaseListItem['disputeType'],
    applicantNames: r.applicant_names,
    respondentNames: r.respondent_names,
    org: { id: r.org_id, name: names.get(r.org_id) ?? '' },
    mediator: r.mediator_id ? { id: r.mediator_id, name: r.mediator_name ?? '' } : null,
    court: named(r.court_id, names),
    regionCode: r.region_code,
    amountFen: r.amount_fen,
    receivedOn: r.received_on,
    endedOn: r.ended_on,
    outcome: r.outcome,
    nextActor: r.next_actor as CaseListItem['nextActor'],
    dueOn: r.due_on,
    dueKind: r.due_kind,
  };
}

/** The particulars part of a case page (everything not loaded from child tables). */
export function mapCaseHead(c: CaseRow, names: Map<string, string>, regionName: string) {
  return {
    id: c.id,
    kind: c.kind as CaseDetail['kind'],
    caseNo: c.case_no,
    status: c.status as CaseDetail['status'],
    source: c.source as CaseDetail['source'],
    procedure: c.procedure as CaseDetail['procedure'],
    disputeType: c.dispute_type as CaseDetail['disputeType'],
    summary: c.summary,
    claims: c.claims,
    amountFen: c.amount_fen,
    regionCode: c.region_code,
    regionName,
    org: { id: c.org_id, name: names.get(c.org_id) ?? '' },
    court: named(c.court_id, names),
    courtCaseNo: c.court_case_no,
    referringOrg: named(c.referring_org_id, names),
    mediator: c.mediator_id ? { id: c.mediator_id, name: c.mediator_name ?? '', phone: c.mediator_phone } : null,
    fromCaseId: c.from_case_id,
    dates: {
      receivedOn: c.received_on,
      admittedOn: c.admitted_on,
      assignedOn: c.assigned_on,
      acceptedOn: c.accepted_on,
      contactedOn: c.contacted_on,
      effectiveOn: c.effective_on,
      endedOn: c.ended_on,
      mediationEndedOn: c.mediation_ended_on,
      registeredOn: c.registered_on,
      servedOn: c.served_on,
      answeredOn: c.answered_on,
      suspendedSince: c.suspended_since,
      appraisalSince: c.appraisal_since,
      decidedOn: c.decided_on,
      decisionServedOn: c.decision_served_on,
      lawsuitFiledOn: c.lawsuit_filed_on,
    },
    periodDays: c.period_days,
    extensionDays: c.extension_days,
    pausedDays: c.paused_days,
    outcome: c.outcome,
    terminationGround: c.termination_ground as CaseDetail['terminationGround'],
    transferDestination: c.transfer_destination,
    documentNo: c.document_no,
    decisionResult: c.decision_result,
    invalidationNo: c.invalidation_no,
    decisionExtensionMonths: c.decision_extension_months,
    nextActor: c.next_actor as CaseDetail['nextActor'],
    dueOn: c.due_on,
    dueKind: c.due_kind,
    confirmation:
      c.kind === 'mediation' && (c.confirmation_consents.length || c.confirm_court_id)
        ? {
            court: named(c.confirm_court_id, names),
            consents: c.confirmation_consents,
            appliedOn: c.confirmation_applied_on,
            confirmationNo: c.confirmation_no,
            acceptedOn: c.confirmation_accepted_on,
            rulingExtensionDays: c.ruling_extension_days,
            decidedOn: c.confirmation_decided_on,
            result: c.confirmation_result as 'confirmed' | 'rejected' | 'notAccepted' | null,
            reason: c.confirmation_reason,
          }
        : null,
    createdAt: c.created_at.toISOString(),
    updatedAt: new Date(c.updated_at).toISOString(),
  };
}

const OUTCOMES: Record<string, string> = { agreement: '达成协议', failure: '调解不成', withdrawn: '撤回', returned: '退回', notAccepted: '不予受理', mediated: '调解结案', infringing: '侵权成立', notInfringing: '侵权不成立' };

/** Columns of the case list export. */
export const CASE_EXPORT_COLUMNS: ExportColumn<CaseListItem>[] = [
  { header: '案号', width: 28, value: (c) => c.caseNo },
  { header: '类型', width: 12, value: (c) => CaseKindLabels[c.kind].zh },
  { header: '来源', width: 16, value: (c) => CaseSourceLabels[c.source].zh },
  { header: '纠纷类型', value: (c) => DisputeTypeLabels[c.disputeType].zh },
  { header: '申请人/请求人', width: 30, value: (c) => c.applicantNames },
  { header: '被申请人/被请求人', width: 30, value: (c) => c.respondentNames },
  { header: '受理机构', width: 30, value: (c) => c.org.name },
  { header: '调解员', value: (c) => c.mediator?.name },
  { header: '法院', width: 24, value: (c) => c.court?.name },
  { header: '状态', width: 18, value: (c) => CaseStatusLabels[c.status].zh },
  { header: '收案日期', width: 12, value: (c) => c.receivedOn },
  { header: '结案日期', width: 12, value: (c) => c.endedOn },
  { header: '结果', value: (c) => (c.outcome ? (OUTCOMES[c.outcome] ?? c.outcome) : null) },
  { header: '待办方', value: (c) => NextActorLabels[c.nextActor].zh },
  { header: '当前期限', width: 22, value: (c) => (c.dueKind ? (DEADLINE_CODES[c.dueKind as DeadlineCode]?.label.zh ?? c.dueKind) : null) },
  { header: '期限届满日', width: 12, value: (c) => c.dueOn },
  { header: '标的额（元）', width: 14, numFmt: MONEY_FORMAT, value: (c) => c.amountFen / 100 },
];
