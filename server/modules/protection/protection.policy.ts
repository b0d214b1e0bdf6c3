import type { NoteVisibility } from '../../../common/protection';
import type { ActorSide } from '../../../common/protection-workflow';
import { regionPrefix } from '../../../common/region';
import { hasAnyRole, type Role } from '../../../common/roles';
import { type Actor, inScope, scopeOf } from '../../platform/access';

/** Roles that work cases for the city or a district (their data scope decides which). */
export const OFFICE_ROLES = ['admin', 'office', 'district'] as const;

/** Roles that read the complaints about a mediator. */
const SEE_COMPLAINTS: readonly Role[] = ['admin', 'office', 'district', 'court'];

/** The facts of a case that decide who may see it. */
export interface CaseAccessFacts {
  region_code: string;
  org_id: string;
  court_id: string | null;
  confirm_court_id: string | null;
  mediator_user_id: string | null;
}

/** What limits the cases a caller sees, as a value the repository turns into SQL; any one of the branches is enough. */
export interface CaseScope {
  all?: boolean;
  regionPrefix?: string;
  orgId?: string;
  mediatorIds?: readonly string[];
  courtOrgId?: string;
  partyOrgId?: string;
}

/** True when the caller works cases as office staff (city, district or platform admin). */
export function isCaseOffice(actor: Actor): boolean {
  return hasAnyRole(actor.roles, OFFICE_ROLES);
}

/** The capacity a caller files a mediation case in: office staff refer, a court delegates, anyone else applies as a party. */
export function filesAs(actor: Actor): 'office' | 'court' | 'party' {
  if (isCaseOffice(actor)) return 'office';
  return actor.roles.includes('court') ? 'court' : 'party';
}

/** Which side's waiting work a caller's home page shows: the office's, a mediator's, a court's, or a party's. */
export function homeSide(actor: Actor): 'office' | 'mediator' | 'court' | 'party' {
  if (isCaseOffice(actor)) return 'office';
  if (isCaseMediator(actor)) return 'mediator';
  return filesAs(actor);
}

/** True when the caller's account may be a mediator's, so the lists include that mediator's cases. */
export function isCaseMediator(actor: Actor): boolean {
  return actor.roles.includes('mediator');
}

/**
 * How the caller stands to a case: office staff in scope, the assigned mediator, the linked court,
 * or a party's side (an enterprise whose organisation is the party). Empty means the case is hidden.
 */
export function sidesOf(actor: Actor, c: CaseAccessFacts, parties: readonly { role: string; org_id: string | null }[]): ActorSide[] {
  const sides: ActorSide[] = [];
  if (isCaseOffice(actor) && inScope(scopeOf(actor), { regionCode: c.region_code, orgId: c.org_id })) sides.push('office');
  if (actor.roles.includes('mediator') && c.mediator_user_id === actor.userId) sides.push('mediator');
  if (actor.roles.includes('court') && (c.court_id === actor.orgId || c.confirm_court_id === actor.orgId)) sides.push('court');
  if (actor.roles.includes('enterprise')) {
    for (const role of ['applicant', 'respondent'] as const) {
      if (parties.some((p) => p.role === role && p.org_id === actor.orgId)) sides.push(role);
    }
  }
  return sides;
}

/** The scope of the case lists for a caller (`mediatorIds`: the mediator records of the caller's account). */
export function caseScope(actor: Actor, mediatorIds: readonly string[]): CaseScope {
  const scope: CaseScope = {};
  if (isCaseOffice(actor)) {
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

/** Whose eyes read the directory of mediation organisations: office staff their own scope, everyone else the city's public list. */
export function directoryViewer(actor: Actor): Actor {
  return isCaseOffice(actor) ? actor : cityWide(actor);
}

/** True when the region code lies in the caller's region scope (used when an office files a case). */
export function regionAllowed(actor: Actor, regionCode: string): boolean {
  const s = scopeOf(actor);
  return s.kind === 'all' || (s.kind === 'region' && regionCode.startsWith(s.prefix)) || (s.kind !== 'region' && regionCode.startsWith(regionPrefix(actor.regionCode)));
}

/** True when office staff may file a case in this region; callers who are not office staff are not limited by region. */
export function canFileInRegion(actor: Actor, regionCode: string): boolean {
  return !isCaseOffice(actor) || regionAllowed(actor, regionCode);
}

/** True when the caller reads the complaints on the roster (anonymous readers are the system: demo seeding, exports it runs). */
export function canSeeComplaints(actor: Actor | null): boolean {
  return !actor || hasAnyRole(actor.roles, SEE_COMPLAINTS);
}

/**
 * True when the caller may read and handle complaints about a mediator of an organisation in this
 * region: platform staff everywhere, anyone else only inside their own area, so complaints never cross cities.
 */
export function canHandleComplaintsIn(actor: Actor, orgRegionCode: string | undefined): boolean {
  if (actor.scope === 'all') return true;
  return !!orgRegionCode && orgRegionCode.startsWith(regionPrefix(actor.regionCode));
}

/** The region prefix of the caller's own district, or '' for a caller without a region scope. */
export function ownRegionPrefix(actor: Actor): string {
  const s = scopeOf(actor);
  return s.kind === 'region' ? s.prefix : '';
}

/** True when the caller may set deadline rules for a region prefix: the platform everywhere, an office for its own region only. */
export function canSetRulesFor(actor: Actor, prefix: string): boolean {
  const s = scopeOf(actor);
  if (s.kind === 'all') return true;
  return s.kind === 'region' && !!prefix && prefix.startsWith(s.prefix);
}

/**
 * The region prefix the statistics count: a filter narrower than the caller's scope applies, a wider
 * one is cut down to the scope; null counts every region.
 */
export function statisticsRegion(actor: Actor, asked: string | undefined): string | null {
  const scope = scopeOf(actor);
  const own = scope.kind === 'region' ? scope.prefix : null;
  if (!asked) return own;
  const wanted = regionPrefix(asked);
  return own === null || wanted.startsWith(own) ? wanted : own;
}
