import type { CaseSource, CaseStatus, NextActor, NoteVisibility, PartyRole, Procedure } from '../../../common/protection';
import type { CaseDeadline } from '../../../common/protection-case';
import type { ActorSide } from '../../../common/protection-workflow';
import { regionPrefix } from '../../../common/region';
import { hasAnyRole } from '../../../common/roles';
import { type Actor, inScope, scopeOf } from '../../platform/access';
import type { CaseRow, CaseScope } from './case.repository';
import type { CaseClock } from './deadlines';

/** Roles that work cases for the city or a district (their data scope decides which). */
export const OFFICE_ROLES = ['admin', 'office', 'district'] as const;

/** The facts of a case that decide who may see it. */
export interface CaseAccessFacts {
  region_code: string;
  org_id: string;
  court_id: string | null;
  confirm_court_id: string | null;
  mediator_user_id: string | null;
}

/**
 * How the caller stands to a case: office staff in scope, the assigned mediator, the linked court,
 * or a party's side (an enterprise whose organisation is the party). Empty means the case is hidden.
 */
export function sidesOf(actor: Actor, c: CaseAccessFacts, parties: readonly { role: string; org_id: string | null }[]): ActorSide[] {
  const sides: ActorSide[] = [];
  if (hasAnyRole(actor.roles, OFFICE_ROLES) && inScope(scopeOf(actor), { regionCode: c.region_code, orgId: c.org_id })) sides.push('office');
  if (actor.roles.includes('mediator') && c.mediator_user_id === actor.userId) sides.push('mediator');
  if (actor.roles.includes('court') && (c.court_id === actor.orgId || c.confirm_court_id === actor.orgId)) sides.push('court');
  if (actor.roles.includes('enterprise')) {
    for (const role of ['applicant', 'respondent'] as const) {
      if (parties.some((p) => p.role === role && p.org_id === actor.orgId)) sides.push(role);
    }
  }
  return sides;
}

/** The SQL scope of the case lists for a caller (`mediatorIds`: the mediator records of the caller's account). */
export function caseScopeFor(actor: Actor, mediatorIds: readonly string[]): CaseScope {
  const scope: CaseScope = {};
  if (hasAnyRole(actor.roles, OFFICE_ROLES)) {
    const s = scopeOf(actor);
    if (s.kind === 'all') return { all: true };
    if (s.kind === 'region') scope.regionPrefix = s.prefix;
    else scope.orgId = s.orgId;
  }
  if (actor.roles.includes('mediator')) scope.mediatorIds = mediatorIds;
  if (actor.roles.includes('court')) scope.courtOrgId = actor.orgId;
  if (actor.roles.includes('enterprise')) scope.partyOrgId = actor.orgId;
  return scope;
}

/** The notes a caller may read: a side sees its own private notes and shared ones, never the other side's. */
export function readableNotes(sides: readonly ActorSide[]): NoteVisibility[] {
  const out = new Set<NoteVisibility>(['all']);
  if (sides.includes('office') || sides.includes('mediator')) ['applicant', 'respondent', 'internal'].forEach((v) => out.add(v as NoteVisibility));
  if (sides.includes('applicant')) out.add('applicant');
  if (sides.includes('respondent')) out.add('respondent');
  return [...out];
}

/** The visibilities a caller may write a note with. */
export function writableNotes(sides: readonly ActorSide[]): NoteVisibility[] {
  if (sides.includes('office') || sides.includes('mediator')) return ['applicant', 'respondent', 'all', 'internal'];
  const out: NoteVisibility[] = ['all'];
  if (sides.includes('applicant')) out.push('applicant');
  if (sides.includes('respondent')) out.push('respondent');
  return sides.length ? out : [];
}

/** A reader who sees the organisations of the actor's whole city (the public directory of where to turn). */
export function cityWide(actor: Actor): Actor {
  return { ...actor, roles: ['office'], scope: 'region', regionCode: `${actor.regionCode.slice(0, 4)}00` };
}

/** True when the region code lies in the caller's region scope (used when an office files a case). */
export function regionAllowed(actor: Actor, regionCode: string): boolean {
  const s = scopeOf(actor);
  return s.kind === 'all' || (s.kind === 'region' && regionCode.startsWith(s.prefix)) || (s.kind !== 'region' && regionCode.startsWith(regionPrefix(actor.regionCode)));
}

/** The clock facts of a case row. */
export function clockOf(c: CaseRow): CaseClock {
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
