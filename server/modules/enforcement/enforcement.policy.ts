import type { OrgKind } from '../../../common/org';
import { type Actor, scopeOf } from '../../platform/access';

/**
 * The part a caller plays in enforcement, from their role and the kind of their organisation. The
 * police, procuratorate and customs liaisons hold the one `liaison` role; the kind of their unit says
 * which agency they speak for, so each agency's part is decided here and nowhere else.
 */
export type EnforcementAgent = 'admin' | 'office' | 'district' | 'officer' | 'police' | 'procuratorate' | 'customs' | 'party' | 'member' | 'none';

/** The caller's part; a user with several roles plays the widest. */
export function enforcementAgent(actor: Actor, orgKind: OrgKind | null): EnforcementAgent {
  const has = (r: Actor['roles'][number]) => actor.roles.includes(r);
  if (has('admin')) return 'admin';
  if (has('office')) return 'office';
  if (has('district')) return 'district';
  if (has('officer')) return 'officer';
  if (has('liaison')) {
    if (orgKind === 'publicSecurity') return 'police';
    if (orgKind === 'procuratorate') return 'procuratorate';
    if (orgKind === 'customs') return 'customs';
    return 'member';
  }
  if (has('court')) return 'member';
  if (has('enterprise')) return 'party';
  return 'none';
}

/** Rows a caller may see, as a value the repositories turn into SQL. */
export type EnforcementScope =
  | { kind: 'all' }
  | { kind: 'region'; prefix: string }
  | { kind: 'org'; orgId: string }
  | { kind: 'none' };

const regionOf = (actor: Actor): EnforcementScope => {
  const s = scopeOf(actor);
  return s.kind === 'region' ? { kind: 'region', prefix: s.prefix } : s.kind === 'all' ? { kind: 'all' } : { kind: 'none' };
};
/** The region prefix of a unit's own region (a city procuratorate sees its city, a district one its district). */
const unitRegion = (actor: Actor): EnforcementScope => ({ kind: 'region', prefix: actor.regionCode.endsWith('00') ? actor.regionCode.replace(/(00)+$/, '') : actor.regionCode });

/** Cases: the office and districts their region, an officer the cases of the agency, a party its own (matched on `party_org_id`). */
export function caseScope(actor: Actor, agent: EnforcementAgent): EnforcementScope {
  if (agent === 'admin') return { kind: 'all' };
  if (agent === 'office' || agent === 'district') return regionOf(actor);
  if (agent === 'officer' || agent === 'party') return { kind: 'org', orgId: actor.orgId };
  return { kind: 'none' };
}

/** Transfers: the office and districts their region, the procuratorate every transfer of its region, the officer's agency and the police its own. */
export function transferScope(actor: Actor, agent: EnforcementAgent): EnforcementScope {
  if (agent === 'admin') return { kind: 'all' };
  if (agent === 'office' || agent === 'district') return regionOf(actor);
  if (agent === 'procuratorate') return unitRegion(actor);
  if (agent === 'officer' || agent === 'police') return { kind: 'org', orgId: actor.orgId };
  return { kind: 'none' };
}

/** Clues: the office and districts their region (supervision), every other member unit those it sent or received. */
export function clueScope(actor: Actor, agent: EnforcementAgent): EnforcementScope {
  if (agent === 'admin') return { kind: 'all' };
  if (agent === 'office' || agent === 'district') return regionOf(actor);
  if (agent === 'party' || agent === 'none') return { kind: 'none' };
  return { kind: 'org', orgId: actor.orgId };
}

/** Detentions: the office and districts their region, customs its own, the holder its own. Recordals: everyone who may see detentions, holders their own. */
export function customsScope(actor: Actor, agent: EnforcementAgent): EnforcementScope {
  if (agent === 'admin') return { kind: 'all' };
  if (agent === 'office' || agent === 'district') return regionOf(actor);
  if (agent === 'customs' || agent === 'party') return { kind: 'org', orgId: actor.orgId };
  return { kind: 'none' };
}

/** True when the row lies in the scope; `orgIds` are the organisations the scope's `org` kind may match on this row. */
export function inEnforcementScope(scope: EnforcementScope, row: { regionCode: string; orgIds: readonly (string | null)[] }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return row.regionCode.startsWith(scope.prefix);
    case 'org':
      return row.orgIds.includes(scope.orgId);
    case 'none':
      return false;
  }
}

/** True when the caller handles this case: an officer of the handling agency (or the administrator). */
export function handlesCase(actor: Actor, agent: EnforcementAgent, caseOrgId: string): boolean {
  return agent === 'admin' || (agent === 'officer' && actor.orgId === caseOrgId);
}

/** True when the caller may open cases for its agency. */
export function opensCases(agent: EnforcementAgent): boolean {
  return agent === 'admin' || agent === 'officer';
}

/** The side of a transfer the caller acts for: the transferring agency, the police that received it, or neither. */
export function transferSide(actor: Actor, agent: EnforcementAgent, t: { fromOrgId: string; policeOrgId: string }): 'agency' | 'police' | null {
  if (agent === 'officer' && actor.orgId === t.fromOrgId) return 'agency';
  if (agent === 'police' && actor.orgId === t.policeOrgId) return 'police';
  return null;
}

/** The side of a clue the caller acts for. */
export function clueSide(actor: Actor, agent: EnforcementAgent, c: { fromOrgId: string; toOrgId: string }): 'sender' | 'receiver' | null {
  if (agent === 'admin' || agent === 'party' || agent === 'none') return null;
  if (actor.orgId === c.toOrgId) return 'receiver';
  if (actor.orgId === c.fromOrgId) return 'sender';
  return null;
}

/** True when the caller may pass clues: any member unit (not a party). */
export function passesClues(agent: EnforcementAgent): boolean {
  return agent !== 'party' && agent !== 'none' && agent !== 'admin';
}

/** True when the caller enters customs records for this customs house. */
export function actsForCustoms(actor: Actor, agent: EnforcementAgent, customsOrgId?: string): boolean {
  return agent === 'customs' && (customsOrgId === undefined || actor.orgId === customsOrgId);
}

/** True when the caller may set time-limit rules for a region prefix: the administrator everywhere (the national defaults too), an office or district for its own region only. */
export function setsRulesFor(actor: Actor, agent: EnforcementAgent, prefix: string): boolean {
  if (agent === 'admin') return true;
  if (agent !== 'office' && agent !== 'district') return false;
  const s = scopeOf(actor);
  return s.kind === 'region' && prefix.length > 0 && prefix.startsWith(s.prefix);
}

/** Compliance procedures: the office and districts their region; the procuratorate, the team's units and the enterprise their own. */
export function complianceScope(actor: Actor, agent: EnforcementAgent): EnforcementScope {
  if (agent === 'admin') return { kind: 'all' };
  if (agent === 'office' || agent === 'district') return regionOf(actor);
  if (agent === 'none') return { kind: 'none' };
  return { kind: 'org', orgId: actor.orgId };
}

/** True when the caller may open a compliance procedure: the procuratorate. */
export function opensCompliance(agent: EnforcementAgent): boolean {
  return agent === 'procuratorate';
}

/** The side of a procedure the caller acts for: the procuratorate that opened it, a unit on its supervision team, or neither. */
export function complianceSide(actor: Actor, agent: EnforcementAgent, p: { procuratorateOrgId: string; teamOrgIds: readonly (string | null)[] }): 'procuratorate' | 'team' | null {
  if (agent === 'procuratorate' && actor.orgId === p.procuratorateOrgId) return 'procuratorate';
  const teamAgent = agent === 'office' || agent === 'district' || agent === 'officer' || agent === 'member';
  if (teamAgent && p.teamOrgIds.includes(actor.orgId)) return 'team';
  return null;
}

/** Cooperation bodies and their requests: the office and districts those with a member in their region, every other unit those it belongs to. */
export function cooperationScope(actor: Actor, agent: EnforcementAgent): EnforcementScope {
  if (agent === 'admin') return { kind: 'all' };
  if (agent === 'office' || agent === 'district') return regionOf(actor);
  if (agent === 'party' || agent === 'none') return { kind: 'none' };
  return { kind: 'org', orgId: actor.orgId };
}

/** True when the caller may set up a cooperation body: the office of a member region. */
export function foundsCooperationBody(agent: EnforcementAgent): boolean {
  return agent === 'office' || agent === 'admin';
}

/** True when the caller acts for a member office (sends or answers assistance requests for it). */
export function actsForMember(actor: Actor, agent: EnforcementAgent, memberOrgIds: readonly string[]): boolean {
  return agent !== 'admin' && agent !== 'party' && agent !== 'none' && memberOrgIds.includes(actor.orgId);
}

/** Statistics: the office and districts their region, an officer its agency, the procuratorate its unit's region, other units nothing. */
export function statisticsScope(actor: Actor, agent: EnforcementAgent): EnforcementScope {
  if (agent === 'admin') return { kind: 'all' };
  if (agent === 'office' || agent === 'district') return regionOf(actor);
  if (agent === 'procuratorate') return unitRegion(actor);
  if (agent === 'officer') return { kind: 'org', orgId: actor.orgId };
  return { kind: 'none' };
}
