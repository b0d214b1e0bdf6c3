import { regionPrefix } from '../../../common/region';
import { hasAnyRole } from '../../../common/roles';
import { TasksAccess } from '../../../common/tasks';
import { type Actor, managesRegion, type ParticipationScope, participationScope, scopeOf } from '../../platform/access';

/**
 * The key tasks, plans and task books a caller may see, as a value the repositories turn into SQL:
 * everything; a region subtree plus the tasks the caller's unit takes part in; or only the unit's own.
 */
export type TaskScope = ParticipationScope;

/** The task scope of a caller: office staff and district offices see their region, liaisons their unit's tasks. */
export const taskScope: (actor: Actor) => TaskScope = participationScope;

/** True when the caller runs the key tasks of this region: plans, reviews, supervision, assessment. */
export function canManageTasks(actor: Actor, regionCode: string): boolean {
  return managesRegion(actor, TasksAccess.manage, regionCode);
}

/** True when the caller answers for the task: their unit leads it. */
export function isResponsible(actor: Actor, leadOrgId: string | null): boolean {
  return !!leadOrgId && leadOrgId === actor.orgId && hasAnyRole(actor.roles, TasksAccess.report);
}

/** A task as far as seeing it goes: where it is and which units lead and support it. */
export interface TaskParties {
  region_code: string;
  lead_org_id: string | null;
  support_orgs: readonly { id: string }[] | null;
}

/** True when the caller may see the task; the same rule the repositories apply to lists. */
export function canSeeTask(actor: Actor, task: TaskParties): boolean {
  const scope = taskScope(actor);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'region' && task.region_code.startsWith(scope.prefix)) return true;
  return task.lead_org_id === scope.orgId || (task.support_orgs ?? []).some((o) => o.id === scope.orgId);
}

/** True when the caller may see the task book: its region's office, or the unit it was issued to. */
export function canSeeBook(actor: Actor, book: { region_code: string; receiver_org_id: string }): boolean {
  const scope = taskScope(actor);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'region' && book.region_code.startsWith(scope.prefix)) return true;
  return book.receiver_org_id === scope.orgId;
}

/** True when the caller's unit received the task book and so signs for it. */
export function canAcknowledgeBook(actor: Actor, book: { receiver_org_id: string }): boolean {
  return book.receiver_org_id === actor.orgId;
}

/** The region prefix a dashboard covers: the one asked for, held to the caller's own region when it lies outside. */
export function dashboardPrefix(actor: Actor, regionCode: string): string {
  const scope = scopeOf(actor);
  return scope.kind === 'region' && !regionPrefix(regionCode).startsWith(scope.prefix) ? scope.prefix : regionPrefix(regionCode);
}
