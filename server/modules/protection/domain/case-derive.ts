import type { CaseSource, CaseStatus, NextActor, PartyRole, Procedure } from '../../../../common/protection';
import type { CaseDeadline } from '../../../../common/protection-case';
import type { Selectable } from 'kysely';
import type { ProtectionCaseTable } from '../../../db/tables/protection';
import type { CaseClock } from './deadlines';

/** What a case page and the lists derive from a case row: its deadlines, the current one, and who acts next. */
export interface Derived {
  deadlines: CaseDeadline[];
  current: CaseDeadline | null;
  nextActor: NextActor;
}

/** The clock facts of a case row. */
export function clockOf(c: Selectable<ProtectionCaseTable>): CaseClock {
  return {
    kind: c.kind as CaseClock['kind'],
    status: c.status as CaseStatus,
    source: c.source as CaseSource,
    procedure: c.procedure as Procedure | null,
    regionCode: c.region_code,
    receivedOn: c.received_on,
    admittedOn: c.admitted_on,
    assignedOn: c.assigned_on,
    acceptedOn: c.accepted_on,
    contactedOn: c.contacted_on,
    periodDays: c.period_days,
    extensionDays: c.extension_days,
    pausedDays: c.paused_days,
    appraisalSince: c.appraisal_since,
    endedOn: c.ended_on,
    mediationEndedOn: c.mediation_ended_on,
    effectiveOn: c.effective_on,
    affectsValidity: c.affects_validity,
    confirmationAppliedOn: c.confirmation_applied_on,
    confirmationAcceptedOn: c.confirmation_accepted_on,
    rulingExtensionDays: c.ruling_extension_days,
    confirmationDecidedOn: c.confirmation_decided_on,
    registeredOn: c.registered_on,
    servedOn: c.served_on,
    answeredOn: c.answered_on,
    suspendedSince: c.suspended_since,
    decisionExtensionMonths: c.decision_extension_months,
    decisionServedOn: c.decision_served_on,
    lawsuitFiledOn: c.lawsuit_filed_on,
  };
}

/** What the next actor depends on beyond the status: missing signatures and consents. */
export interface PendingFacts {
  unsignedSides: readonly PartyRole[];
  agreementComplete: boolean;
  consents: readonly string[];
}

function sidesLeft(missing: readonly PartyRole[]): NextActor {
  if (missing.length === 1) return missing[0];
  return missing.length ? 'parties' : 'mediator';
}

/** Who must act next on a case. */
export function nextActorOf(c: CaseClock, current: CaseDeadline | null, pending: PendingFacts): NextActor {
  const byCourt = c.source === 'courtPreFiling' || c.source === 'courtInLitigation';
  switch (c.status) {
    case 'submitted':
    case 'received':
    case 'registered':
    case 'investigation':
    case 'suspended':
    case 'decided':
      return 'office';
    case 'awaitingAssignment':
      if (current?.code === 'chooseMediator') return 'parties';
      return byCourt ? 'court' : 'office';
    case 'assigned':
    case 'contactingRespondent':
    case 'inMediation':
    case 'appraisal':
    case 'terminated':
      return 'mediator';
    case 'agreementPending':
      return pending.agreementComplete ? 'mediator' : sidesLeft(pending.unsignedSides);
    case 'agreementSigned':
      if (c.source === 'courtInLitigation') return 'court';
      if (current?.code === 'confirmationApply') return sidesLeft((['applicant', 'respondent'] as const).filter((s) => !pending.consents.includes(s)));
      return 'mediator';
    case 'confirmationRequested':
    case 'confirmationAccepted':
      return 'court';
    case 'failureReported':
      return byCourt ? 'court' : c.source === 'officeReferral' ? 'office' : 'applicant';
    case 'served':
      return current?.code === 'adjAnswer' ? 'respondent' : 'office';
    case 'decisionServed':
      return current?.code === 'adjSue' ? 'parties' : 'office';
    case 'returned':
    case 'confirmed':
    case 'confirmationRejected':
    case 'closed':
    case 'withdrawn':
    case 'transferred':
    case 'notAccepted':
    case 'mediated':
    case 'litigation':
    case 'enforcementRequested':
    case 'final':
      return 'none';
  }
}
