import { UtilisationAccess } from '../../../common/utilisation';
import { hasAnyRole } from '../../../common/roles';
import { type Actor, managesRegion, scopeOf } from '../../platform/access';

/**
 * The utilisation records (declarations, applications, transfers) a caller may see, as a value the
 * repositories turn into SQL: the office and districts everything of their region, an enterprise
 * or a university liaison what its own organisation is a party to; anyone else nothing.
 */
export type UtilisationScope = { kind: 'all' } | { kind: 'region'; prefix: string } | { kind: 'org'; orgId: string } | { kind: 'none' };

/** The utilisation scope of a caller. */
export function utilisationScope(actor: Actor): UtilisationScope {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return { kind: 'all' };
  if (scope.kind === 'region' && hasAnyRole(actor.roles, UtilisationAccess.district)) return { kind: 'region', prefix: scope.prefix };
  if (hasAnyRole(actor.roles, ['enterprise', 'liaison'])) return { kind: 'org', orgId: actor.orgId };
  return { kind: 'none' };
}

/** True when the caller may see a record of this region with these parties; the same rule the repositories apply. */
export function canSeeUtilisation(actor: Actor, row: { regions: readonly (string | null)[]; orgIds: readonly (string | null)[] }): boolean {
  const scope = utilisationScope(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return row.regions.some((r) => r !== null && r.startsWith(scope.prefix));
    case 'org':
      return row.orgIds.includes(scope.orgId);
    case 'none':
      return false;
  }
}

/** True when the caller runs utilisation work for this region: rules, GIs, brands, the transfer register. */
export function canManageUtilisation(actor: Actor, regionCode: string): boolean {
  return managesRegion(actor, UtilisationAccess.manage, regionCode);
}

/** True when the caller acts for this holder: its own enterprise or university user. */
export function actsForHolder(actor: Actor, holderOrgId: string): boolean {
  return hasAnyRole(actor.roles, ['enterprise', 'liaison']) && actor.orgId === holderOrgId;
}

/** True when the caller may declare or withdraw an open licence of this holder: the holder itself or the office of its region. */
export function canDeclareFor(actor: Actor, holderOrgId: string, holderRegion: string): boolean {
  return actsForHolder(actor, holderOrgId) || canManageUtilisation(actor, holderRegion);
}

/** True when the caller may apply to take a licence: an enterprise user, not the holder itself. */
export function canApplyForLicence(actor: Actor, holderOrgId: string): boolean {
  return actor.roles.includes('enterprise') && actor.orgId !== holderOrgId;
}

/** True when the caller reads the GI and brand registers and the statistics of this region. */
export function canSeeRegister(actor: Actor, regionCode: string): boolean {
  return managesRegion(actor, UtilisationAccess.district, regionCode);
}

/** The region prefix a register list is limited to (null: everywhere). */
export function registerPrefix(actor: Actor): string | null {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return null;
  return scope.kind === 'region' ? scope.prefix : '__none__';
}
