import { ConferenceAccess } from '../../../common/conference';
import { regionPrefix } from '../../../common/region';
import { hasAnyRole } from '../../../common/roles';
import { type Actor, managesRegion, type ParticipationScope, participationScope, scopeOf } from '../../platform/access';

/**
 * Which meetings and agreements a caller sees, as a plain value the repositories turn into SQL:
 * everything, a region subtree plus what their unit takes part in, or only what their unit takes part in.
 */
export type ConferenceScope = ParticipationScope;

/** The meetings and agreements a caller may see. */
export const conferenceScope: (actor: Actor) => ConferenceScope = participationScope;

/** True when the caller runs meetings of this region (office staff of the city, a district office in its district). */
export function canManageRegion(actor: Actor, regionCode: string): boolean {
  return managesRegion(actor, ConferenceAccess.manage, regionCode);
}

/** True when the caller works in the conference office, which invites units rather than registering for meetings (district offices still register for the city's). */
export function runsMeetings(actor: Actor): boolean {
  return hasAnyRole(actor.roles, ConferenceAccess.body);
}

/** True when the caller may open the joint conference of a region (a regional scope reaches only its own subtree). */
export function canSeeConferenceOf(actor: Actor, regionCode: string): boolean {
  const scope = scopeOf(actor);
  return scope.kind !== 'region' || regionCode.startsWith(scope.prefix);
}

/** True when the caller may read the year's events of a region subtree: city-wide staff, or a region inside their own. */
export function canSeeEventsOf(actor: Actor, regionCode: string): boolean {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return true;
  return scope.kind === 'region' && regionPrefix(regionCode).startsWith(scope.prefix);
}

/** True when the caller may see a registration: the meeting's organisers, or the person it belongs to. */
export function canSeeRegistration(actor: Actor, meetingRegion: string, registrantUserId: string | null): boolean {
  return canManageRegion(actor, meetingRegion) || registrantUserId === actor.userId;
}
