import { type Actor, type DataScope, inScope, scopeOf } from '../../platform/access';

/** The organisations and people an actor may list; the org and person repositories turn it into SQL. */
export type OrgScope = DataScope;

/** The scope of the actor's organisation and people lists. */
export function orgScope(actor: Actor): OrgScope {
  return scopeOf(actor);
}

/** True when the actor may see the organisation: a region office its region, a unit itself. */
export function canSeeOrg(actor: Actor, org: { id: string; regionCode: string }): boolean {
  return inScope(scopeOf(actor), { regionCode: org.regionCode, orgId: org.id });
}

/** True when the actor may see the person: by the region and organisation the person works for. */
export function canSeePerson(actor: Actor, person: { orgId: string; regionCode: string }): boolean {
  return inScope(scopeOf(actor), { regionCode: person.regionCode, orgId: person.orgId });
}

/**
 * True when the actor may place an organisation in this region. Only a region-scoped actor is held to
 * its own region; the role check on the route decides who may write at all.
 */
export function mayPlaceOrgIn(actor: Actor, regionCode: string): boolean {
  const scope = scopeOf(actor);
  return scope.kind !== 'region' || regionCode.startsWith(scope.prefix);
}
