import { FinanceAccess, type FinancePartyKind } from '../../../common/finance';
import { hasAnyRole } from '../../../common/roles';
import { regionPrefix } from '../../../common/region';
import { type Actor, managesRegion, scopeOf } from '../../platform/access';

/**
 * The finance records (pledges, loans, claims, subsidy requests) a caller may see, as a value the
 * repositories turn into SQL: the office everything of its region, a district its district, a bank
 * officer its own bank's, an enterprise its own; anyone else nothing.
 */
export type FinanceScope =
  | { kind: 'all' }
  | { kind: 'region'; prefix: string }
  | { kind: 'bank'; orgId: string }
  | { kind: 'enterprise'; orgId: string }
  | { kind: 'none' };

/** The finance scope of a caller. */
export function financeScope(actor: Actor): FinanceScope {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return { kind: 'all' };
  if (scope.kind === 'region' && hasAnyRole(actor.roles, FinanceAccess.district)) return { kind: 'region', prefix: scope.prefix };
  if (actor.roles.includes('bank')) return { kind: 'bank', orgId: actor.orgId };
  if (actor.roles.includes('enterprise')) return { kind: 'enterprise', orgId: actor.orgId };
  return { kind: 'none' };
}

/** The facts of a finance record that decide who may see it. */
export interface FinanceParties {
  /** The enterprise's region (the pledgor's, the borrower's). */
  region_code: string;
  enterprise_org_id: string;
  /** The bank (pledgee, lender); null before a bank is chosen. */
  bank_org_id: string | null;
}

/** True when the caller may see the record; the same rule the repositories apply to lists. */
export function canSeeFinanceRecord(actor: Actor, row: FinanceParties): boolean {
  const scope = financeScope(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return row.region_code.startsWith(scope.prefix);
    case 'bank':
      return row.bank_org_id === scope.orgId;
    case 'enterprise':
      return row.enterprise_org_id === scope.orgId;
    case 'none':
      return false;
  }
}

/** True when the caller runs IP finance for this region: batches, reviews, pools, claims and payments. */
export function canManageFinance(actor: Actor, regionCode: string): boolean {
  return managesRegion(actor, FinanceAccess.manage, regionCode);
}

/** True when the caller is an officer of this bank, and so records its credit lines, loans and claims. */
export function actsForBank(actor: Actor, bankOrgId: string): boolean {
  return actor.roles.includes('bank') && actor.orgId === bankOrgId;
}

/** True when the caller is this enterprise's own user. */
export function actsForEnterprise(actor: Actor, enterpriseOrgId: string): boolean {
  return actor.roles.includes('enterprise') && actor.orgId === enterpriseOrgId;
}

/** True when the caller prepares this pledge: its own enterprise, or the office of its region. */
export function canPreparePledge(actor: Actor, row: FinanceParties): boolean {
  return actsForEnterprise(actor, row.enterprise_org_id) || canManageFinance(actor, row.region_code);
}

/** True when the caller records what CNIPA decided and the later change or release: the preparers and the pledgee bank. */
export function canFollowPledge(actor: Actor, row: FinanceParties): boolean {
  return canPreparePledge(actor, row) || (row.bank_org_id !== null && actsForBank(actor, row.bank_org_id));
}

/** True when the caller sees a whitelist batch of this region: its own region lies in the batch's, or the batch in the caller's scope. */
export function canSeeBatch(actor: Actor, batchRegion: string): boolean {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return true;
  if (actor.regionCode.startsWith(regionPrefix(batchRegion))) return true;
  return scope.kind === 'region' && batchRegion.startsWith(scope.prefix);
}

/** How the batch list is limited for the caller (null: every batch). */
export function batchViewer(actor: Actor): { regionCode: string; prefix: string | null } | null {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return null;
  return { regionCode: actor.regionCode, prefix: scope.kind === 'region' ? scope.prefix : null };
}

/** True when the caller recommends an enterprise of this region to a batch: the office, or the district office of that district. */
export function canRecommend(actor: Actor, enterpriseRegion: string): boolean {
  return managesRegion(actor, FinanceAccess.district, enterpriseRegion);
}

/**
 * Whether the caller may look up organisations of this kind for a finance form: enterprises for the
 * office, districts and bank officers (who lend to them); banks and appraisers for every finance role.
 */
export function mayLookUpParties(actor: Actor, kind: FinancePartyKind): boolean {
  if (kind !== 'enterprise') return hasAnyRole(actor.roles, FinanceAccess.read);
  return hasAnyRole(actor.roles, [...FinanceAccess.district, ...FinanceAccess.bank]);
}

/**
 * The region code a caller's party lookup is limited to (null: anywhere): the office and districts their
 * own scope, a bank officer or an enterprise its city, where the city's pool and whitelists run.
 */
export function partyLookupRegion(actor: Actor): string | null {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return null;
  if (scope.kind === 'region' && hasAnyRole(actor.roles, FinanceAccess.district)) return actor.regionCode;
  return `${actor.regionCode.slice(0, 4)}00`;
}

/**
 * The securitisation products a caller may see, as a value the repository turns into SQL: a product
 * is a public issue of its city, so the office and districts see their region's and their city's,
 * a bank its city's, and an enterprise those its own licences or loans stand behind.
 */
export type SecuritisationScope =
  | { kind: 'all' }
  | { kind: 'region'; prefix: string; city: string }
  | { kind: 'enterprise'; orgId: string }
  | { kind: 'none' };

/** The securitisation scope of a caller. */
export function securitisationScope(actor: Actor): SecuritisationScope {
  const scope = financeScope(actor);
  const city = actor.regionCode.slice(0, 4);
  if (scope.kind === 'all') return { kind: 'all' };
  if (scope.kind === 'region') return { kind: 'region', prefix: scope.prefix, city };
  if (scope.kind === 'bank') return { kind: 'region', prefix: city, city };
  if (scope.kind === 'enterprise') return { kind: 'enterprise', orgId: scope.orgId };
  return { kind: 'none' };
}

/** True when the caller may see this securitisation product; the same rule the repository applies to lists. */
export function canSeeSecuritisation(actor: Actor, row: { region_code: string; enterprise_org_ids: readonly string[] }): boolean {
  const scope = securitisationScope(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return row.region_code.startsWith(scope.prefix) || row.region_code === `${scope.city}00`;
    case 'enterprise':
      return row.enterprise_org_ids.includes(scope.orgId);
    case 'none':
      return false;
  }
}

/** True when the caller records the signings of this meeting: the office of the meeting's region. */
export function canRecordSignings(actor: Actor, meetingRegion: string): boolean {
  return canManageFinance(actor, meetingRegion);
}
