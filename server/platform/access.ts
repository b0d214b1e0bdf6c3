import { ErrorCode } from '../../common/errors';
import { regionPrefix } from '../../common/region';
import { hasAnyRole, type DataScopeKind, type Role } from '../../common/roles';
import { AppError } from './errors';

/** Who is calling: the signed-in user with their organisation, roles and widest data scope. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  regionCode: string;
  roles: Role[];
  scope: DataScopeKind;
}

/** The rows an actor may see, resolved to what a query filters on. */
export type DataScope =
  | { kind: 'all' }
  | { kind: 'region'; prefix: string }
  | { kind: 'org'; orgId: string }
  | { kind: 'own'; userId: string; orgId: string };

/** The data scope of an actor. */
export function scopeOf(actor: Actor): DataScope {
  switch (actor.scope) {
    case 'all':
      return { kind: 'all' };
    case 'region':
      return { kind: 'region', prefix: regionPrefix(actor.regionCode) };
    case 'org':
      return { kind: 'org', orgId: actor.orgId };
    case 'own':
      return { kind: 'own', userId: actor.userId, orgId: actor.orgId };
  }
}

/**
 * The scope of records that units take part in (meetings, agreements, key tasks): everything; a region
 * subtree plus what the caller's unit takes part in; or only what the unit takes part in. A plain value
 * the repositories turn into SQL.
 */
export type ParticipationScope = { kind: 'all' } | { kind: 'region'; prefix: string; orgId: string } | { kind: 'unit'; orgId: string };

/** The participation scope of a caller: office staff and district offices see their region, others their unit's records. */
export function participationScope(actor: Actor): ParticipationScope {
  const scope = scopeOf(actor);
  switch (scope.kind) {
    case 'all':
      return { kind: 'all' };
    case 'region':
      return { kind: 'region', prefix: scope.prefix, orgId: actor.orgId };
    case 'org':
    case 'own':
      return { kind: 'unit', orgId: actor.orgId };
  }
}

/** True when a row with this region and organisation is inside the actor's scope. */
export function inScope(scope: DataScope, row: { regionCode?: string; orgId?: string; ownerId?: string | null }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return !!row.regionCode && row.regionCode.startsWith(scope.prefix);
    case 'org':
      return row.orgId === scope.orgId;
    case 'own':
      return row.ownerId !== undefined ? row.ownerId === scope.userId : row.orgId === scope.orgId;
  }
}

/** True when the actor holds one of the roles and the region lies in their scope (office staff of the city, a district office in its district). */
export function managesRegion(actor: Actor, roles: readonly Role[], regionCode: string): boolean {
  if (!hasAnyRole(actor.roles, roles)) return false;
  const scope = scopeOf(actor);
  return scope.kind === 'all' || (scope.kind === 'region' && regionCode.startsWith(scope.prefix));
}

/** Throws 403 unless the actor holds one of the roles. Routes check this; services may check again. */
export function requireRole(actor: Actor, allowed: readonly Role[]): void {
  if (!hasAnyRole(actor.roles, allowed)) throw new AppError(ErrorCode.Forbidden, '没有权限执行此操作');
}
