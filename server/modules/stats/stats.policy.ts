import { NATION_CODE } from '../../../common/stats';
import { type Actor, type DataScope, inScope, scopeOf } from '../../platform/access';

/** The statistics an actor may read and write; the record repository turns it into SQL. */
export type StatsScope = DataScope;

/** The scope of the actor's statistics: the city sees everything, a district office its district. */
export function statsScope(actor: Actor): StatsScope {
  return scopeOf(actor);
}

/** True when the scope covers the region: everything, or a region subtree holding it (a unit covers none). */
export function scopeCoversRegion(scope: StatsScope, regionCode: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'region' && regionCode.startsWith(scope.prefix));
}

/** True when the actor may see a patent, trademark, PCT or GI record of this region. */
export function canSeeRecord(actor: Actor, record: { regionCode: string }): boolean {
  return inScope(scopeOf(actor), { regionCode: record.regionCode });
}

/** True when the actor may read a stored report of this region. */
export function canReadReport(actor: Actor, report: { regionCode: string }): boolean {
  return scopeCoversRegion(scopeOf(actor), report.regionCode);
}

/** True when the actor may build a report or publish figures for the region; only the city speaks for the nation row. */
export function canSpeakForRegion(actor: Actor, regionCode: string): boolean {
  const scope = scopeOf(actor);
  return scope.kind === 'all' || (regionCode !== NATION_CODE && scopeCoversRegion(scope, regionCode));
}

/** The region prefix a report or publication list is limited to when the caller names none. */
export function defaultListPrefix(actor: Actor): string | undefined {
  const scope = scopeOf(actor);
  return scope.kind === 'region' ? scope.prefix : undefined;
}

/** Office staff and admins keep the reference data of every region (ranks need other cities' baselines). */
export function keepsAllReferenceData(actor: Actor): boolean {
  return actor.roles.some((r) => r === 'admin' || r === 'office');
}

/** True when the actor may write baselines or figures of the region: the city office any, a district office its own. */
export function canWriteReferenceFor(actor: Actor, regionCode: string): boolean {
  if (keepsAllReferenceData(actor)) return true;
  const scope = scopeOf(actor);
  return scope.kind === 'region' && regionCode.startsWith(scope.prefix);
}

/** True when the actor sees everyone's past imports rather than only their own. */
export function seesAllImports(actor: Actor): boolean {
  return actor.roles.includes('admin');
}
