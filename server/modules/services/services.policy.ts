import { ServicesAccess } from '../../../common/services';
import { hasAnyRole } from '../../../common/roles';
import { type Actor, managesRegion, scopeOf } from '../../platform/access';
import { OverseasAccess } from '../../../common/services-overseas';
import { VolunteerAccess } from '../../../common/services-volunteer';

/**
 * The questions a caller may see, as a value the repositories turn into SQL: the desk everything of
 * its region; a member unit's liaison what its unit asked or was given; an enterprise what it asked;
 * a volunteer what was assigned to them; anyone else nothing.
 */
export type QuestionScope =
  | { kind: 'all' }
  | { kind: 'region'; prefix: string }
  | { kind: 'unit'; orgId: string }
  | { kind: 'asker'; orgId: string }
  | { kind: 'assignee'; userId: string }
  | { kind: 'none' };

/** The question scope of a caller. */
export function questionScope(actor: Actor): QuestionScope {
  const scope = scopeOf(actor);
  if (hasAnyRole(actor.roles, ServicesAccess.desk)) {
    if (scope.kind === 'all') return { kind: 'all' };
    if (scope.kind === 'region') return { kind: 'region', prefix: scope.prefix };
  }
  if (actor.roles.includes('liaison')) return { kind: 'unit', orgId: actor.orgId };
  if (actor.roles.includes('enterprise')) return { kind: 'asker', orgId: actor.orgId };
  if (actor.roles.includes('volunteer')) return { kind: 'assignee', userId: actor.userId };
  return { kind: 'none' };
}

/** The facts of a question that decide who may see and act on it. */
export interface QuestionParties {
  region_code: string;
  asker_org_id: string;
  assignee_kind: string | null;
  assignee_org_id: string | null;
  assignee_user_id: string | null;
}

/** True when the caller may see the question; the same rule the repository applies to lists. */
export function canSeeQuestion(actor: Actor, q: QuestionParties): boolean {
  const scope = questionScope(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return q.region_code.startsWith(scope.prefix);
    case 'unit':
      return q.asker_org_id === scope.orgId || q.assignee_org_id === scope.orgId;
    case 'asker':
      return q.asker_org_id === scope.orgId;
    case 'assignee':
      return q.assignee_user_id === scope.userId;
    case 'none':
      return false;
  }
}

/** True when the caller runs the desk of this region: assigns, escalates, publishes, reviews registrations. */
export function canRunDesk(actor: Actor, regionCode: string): boolean {
  return managesRegion(actor, ServicesAccess.desk, regionCode);
}

/** True when the caller asked this question (its organisation's user). */
export function isAsker(actor: Actor, q: QuestionParties): boolean {
  return hasAnyRole(actor.roles, ServicesAccess.ask) && actor.orgId === q.asker_org_id;
}

/** True when the question was given to the caller: the staff member or volunteer, or their member unit. */
export function isAssignee(actor: Actor, q: QuestionParties): boolean {
  if (q.assignee_kind === 'memberUnit') return actor.roles.includes('liaison') && actor.orgId === q.assignee_org_id;
  return q.assignee_user_id === actor.userId;
}

/** True when the caller may answer the asker: the desk of the region or the assignee. */
export function canAnswer(actor: Actor, q: QuestionParties): boolean {
  return canRunDesk(actor, q.region_code) || isAssignee(actor, q);
}

/** True when the caller sees and writes internal notes: everyone who may answer, never the asker alone. */
export function canSeeNotes(actor: Actor, q: QuestionParties): boolean {
  return canAnswer(actor, q);
}

/**
 * Who sees which volunteer-action rows, as a value the repositories turn into SQL: the
 * administrator everything, the office and districts their region, an enterprise its own requests,
 * a volunteer what was offered to them (found through their account), anyone else nothing.
 */
export type VolunteerScope =
  | { kind: 'all' }
  | { kind: 'region'; prefix: string }
  | { kind: 'enterprise'; orgId: string }
  | { kind: 'volunteer'; userId: string }
  | { kind: 'none' };

/** The volunteer-action scope of a caller. */
export function volunteerScope(actor: Actor): VolunteerScope {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return { kind: 'all' };
  if (scope.kind === 'region' && hasAnyRole(actor.roles, VolunteerAccess.staff)) return { kind: 'region', prefix: scope.prefix };
  if (actor.roles.includes('enterprise')) return { kind: 'enterprise', orgId: actor.orgId };
  if (actor.roles.includes('volunteer')) return { kind: 'volunteer', userId: actor.userId };
  return { kind: 'none' };
}

/** The facts of a request that decide who sees it. */
export interface RequestParties {
  region_code: string;
  enterprise_org_id: string;
  /** The accounts of the volunteers it was offered to. */
  offeredTo: readonly (string | null)[];
}

/** True when the caller may see the request; the same rule the repositories apply to lists. */
export function canSeeRequest(actor: Actor, r: RequestParties): boolean {
  const scope = volunteerScope(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return r.region_code.startsWith(scope.prefix);
    case 'enterprise':
      return r.enterprise_org_id === scope.orgId;
    case 'volunteer':
      return r.offeredTo.includes(scope.userId);
    case 'none':
      return false;
  }
}

/** True when the caller runs the volunteer action for this region: vetting, offering, approving hours. */
export function canManageVolunteers(actor: Actor, regionCode: string): boolean {
  return managesRegion(actor, VolunteerAccess.manage, regionCode);
}

/** True when the caller is the enterprise that asked: it rates the service and may withdraw the request. */
export function isRequester(actor: Actor, r: { enterprise_org_id: string }): boolean {
  return actor.roles.includes('enterprise') && actor.orgId === r.enterprise_org_id;
}

/** True when the caller is the volunteer behind this account. */
export function isVolunteer(actor: Actor, volunteerUserId: string | null): boolean {
  return actor.roles.includes('volunteer') && volunteerUserId === actor.userId;
}

/** True when the caller may see this volunteer's profile: staff of a region the volunteer serves, or the volunteer. */
export function canSeeVolunteer(actor: Actor, v: { region_code: string; districts: readonly string[]; user_id: string | null }): boolean {
  const scope = volunteerScope(actor);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'region') return v.region_code.startsWith(scope.prefix) || v.districts.some((d) => d.startsWith(scope.prefix));
  return scope.kind === 'volunteer' && v.user_id === scope.userId;
}

/** Who sees which overseas-guidance cases: the administrator all, staff their region, an enterprise its own. */
export type OverseasScope = { kind: 'all' } | { kind: 'region'; prefix: string } | { kind: 'enterprise'; orgId: string } | { kind: 'none' };

/** The overseas-guidance scope of a caller. */
export function overseasScope(actor: Actor): OverseasScope {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return { kind: 'all' };
  if (scope.kind === 'region' && hasAnyRole(actor.roles, OverseasAccess.staff)) return { kind: 'region', prefix: scope.prefix };
  if (actor.roles.includes('enterprise')) return { kind: 'enterprise', orgId: actor.orgId };
  return { kind: 'none' };
}

/** True when the caller may see the overseas case. */
export function canSeeOverseasCase(actor: Actor, c: { region_code: string; enterprise_org_id: string }): boolean {
  const scope = overseasScope(actor);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'region') return c.region_code.startsWith(scope.prefix);
  return scope.kind === 'enterprise' && c.enterprise_org_id === scope.orgId;
}

/** True when the caller runs overseas-dispute guidance for this region. */
export function canManageOverseas(actor: Actor, regionCode: string): boolean {
  return managesRegion(actor, OverseasAccess.manage, regionCode);
}
