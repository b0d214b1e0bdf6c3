import { type RawBuilder, sql } from 'kysely';
import { TasksAccess } from '../../../common/tasks';
import { hasAnyRole } from '../../../common/roles';
import { type Actor, type DataScope, scopeOf } from '../../platform/access';

/** True when the organisation leads or supports the task `t`. */
export function ownTask(orgId: string): RawBuilder<boolean> {
  return sql<boolean>`(t.lead_org_id = ${orgId} or exists (select 1 from task_support_org so where so.task_id = t.id and so.org_id = ${orgId}))`;
}

/** Tasks a caller may see: the region's for office staff and district offices; the unit's own for liaisons. */
export function taskVisible(scope: DataScope, orgId: string): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`(t.region_code like ${scope.prefix + '%'} or ${ownTask(orgId)})`;
    case 'org':
    case 'own':
      return ownTask(orgId);
  }
}

/** The visibility condition for an actor. */
export const visibleTo = (actor: Actor) => taskVisible(scopeOf(actor), actor.orgId);

/** True when the caller runs the key tasks of this region: plans, reviews, supervision, assessment. */
export function canManageTasks(actor: Actor, regionCode: string): boolean {
  if (!hasAnyRole(actor.roles, TasksAccess.manage)) return false;
  const scope = scopeOf(actor);
  return scope.kind === 'all' || (scope.kind === 'region' && regionCode.startsWith(scope.prefix));
}

/** True when the caller answers for the task: their unit leads it. */
export function isResponsible(actor: Actor, leadOrgId: string | null): boolean {
  return !!leadOrgId && leadOrgId === actor.orgId && hasAnyRole(actor.roles, TasksAccess.report);
}

/** True when a row with this region is inside the caller's region scope (or the caller sees everything). */
export function inRegion(actor: Actor, regionCode: string): boolean {
  const scope = scopeOf(actor);
  return scope.kind === 'all' || (scope.kind === 'region' && regionCode.startsWith(scope.prefix));
}
