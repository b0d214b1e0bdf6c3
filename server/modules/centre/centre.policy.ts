import { CentreAccess } from '../../../common/centre';
import { hasAnyRole } from '../../../common/roles';
import { type Actor, managesRegion, scopeOf } from '../../platform/access';

/**
 * The filings and pre-examinations a caller may see, as a value the repositories turn into SQL: the
 * office and districts those of enterprises in their region, an examiner those of the windows their
 * organisation runs (a centre also its sub-windows), an enterprise its own; anyone else nothing.
 */
export type CentreScope =
  | { kind: 'all' }
  | { kind: 'region'; prefix: string }
  | { kind: 'windows'; ids: string[] }
  | { kind: 'enterprise'; orgId: string }
  | { kind: 'none' };

/** The window facts the policy needs: which organisation runs it and its parent window. */
export interface WindowRef {
  id: string;
  org_id: string;
  parent_id: string | null;
}

/** The windows an examiner of this organisation works for: its own and their sub-windows. */
export function examinerWindows(orgId: string, windows: readonly WindowRef[]): string[] {
  const own = windows.filter((w) => w.org_id === orgId).map((w) => w.id);
  return [...own, ...windows.filter((w) => w.parent_id && own.includes(w.parent_id) && !own.includes(w.id)).map((w) => w.id)];
}

/** The centre scope of a caller. */
export function centreScope(actor: Actor, windows: readonly WindowRef[]): CentreScope {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return { kind: 'all' };
  if (scope.kind === 'region' && hasAnyRole(actor.roles, [...CentreAccess.configure, 'district'])) return { kind: 'region', prefix: scope.prefix };
  if (actor.roles.includes('examiner')) return { kind: 'windows', ids: examinerWindows(actor.orgId, windows) };
  if (actor.roles.includes('enterprise')) return { kind: 'enterprise', orgId: actor.orgId };
  return { kind: 'none' };
}

/** The facts of a filing or pre-examination that decide who may see it. */
export interface CentreParties {
  window_id: string;
  region_code: string;
  enterprise_org_id: string;
}

/** True when the record is in the scope; the same rule the repositories apply to lists. */
export function inCentreScope(scope: CentreScope, row: CentreParties): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return row.region_code.startsWith(scope.prefix);
    case 'windows':
      return scope.ids.includes(row.window_id);
    case 'enterprise':
      return row.enterprise_org_id === scope.orgId;
    case 'none':
      return false;
  }
}

/** True when the caller reviews filings and decides pre-examinations of this window (its examiners, or the office of its region). */
export function examinesFor(actor: Actor, windows: readonly WindowRef[], window: WindowRef & { region_code: string }): boolean {
  if (managesRegion(actor, CentreAccess.examine, window.region_code)) return true;
  return actor.roles.includes('examiner') && examinerWindows(actor.orgId, windows).includes(window.id);
}

/** True when the caller acts for this enterprise (files, submits, amends). */
export function actsForEnterprise(actor: Actor, enterpriseOrgId: string): boolean {
  return actor.roles.includes('enterprise') && actor.orgId === enterpriseOrgId;
}

/** True when the caller configures the centre of this region: windows, conditions, time limits, quotas. */
export function configuresCentre(actor: Actor, regionCode: string): boolean {
  return managesRegion(actor, CentreAccess.configure, regionCode);
}

/** True when the caller keeps the agency list: the office or an examiner. */
export function keepsAgencies(actor: Actor): boolean {
  return hasAnyRole(actor.roles, CentreAccess.examine);
}
