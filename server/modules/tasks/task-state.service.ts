import type { Db } from '../../db/database';
import type { AuditActor, AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import { evaluate, numberStyle, rollUp, styledNumber } from './domain/task-rules';
import type { TaskRepository } from './task.repository';

export interface StateDeps {
  repo: TaskRepository;
  calendar: WorkingCalendar;
  clock: Clock;
  audit: AuditWriter;
}

/**
 * Re-evaluates a task's status and flag for today, then walks up its ancestors recomputing each
 * one's progress and completion from its children by weight. Runs inside the caller's transaction;
 * every status change lands on the task's timeline.
 */
export async function refreshTask(trx: Db, deps: StateDeps, actor: AuditActor, taskId: string): Promise<void> {
  const { repo, calendar, clock, audit } = deps;
  const today = chinaDate(clock.now());
  const ids = [taskId, ...(await repo.ancestors(trx, taskId))];
  for (const [i, id] of ids.entries()) {
    const t = await repo.find(trx, id);
    if (!t) continue;
    let progress = t.progress;
    let completedOn = t.completed_on;
    if (i > 0 || t.has_children) {
      const kids = await repo.childStates(trx, id);
      const r = rollUp(kids.map((k) => ({ progress: k.progress, weight: k.weight, completedOn: k.completed_on, cancelled: k.status === 'cancelled' })));
      progress = r.progress;
      completedOn = r.completedOn;
    }
    const next = evaluate({ deadline: t.deadline, progress, completedOn, cancelled: t.status === 'cancelled' }, today, calendar);
    if (progress === t.progress && completedOn === t.completed_on && next.status === t.status && next.flag === t.flag) continue;
    await repo.update(trx, id, { progress, completed_on: completedOn, status: next.status, flag: next.flag }, clock.now());
    if (next.status !== t.status || next.flag !== t.flag) {
      await audit.record(trx, actor, { action: 'status', entityType: 'task', entityId: id, before: { status: t.status, flag: t.flag, progress: t.progress }, after: { status: next.status, flag: next.flag, progress } });
    }
  }
}

/**
 * Numbers the tasks of a plan again after one is removed: positions close up, each number keeps its
 * style (一、 （一） 1.), and paths and sort keys follow.
 */
export async function renumberPlan(trx: Db, repo: TaskRepository, planId: string): Promise<void> {
  const rows = await repo.numbering(trx, planId);
  const byParent = new Map<string | null, typeof rows>();
  for (const r of rows) byParent.set(r.parent_id, [...(byParent.get(r.parent_id) ?? []), r]);
  const walk = async (parentId: string | null, path: string, key: string): Promise<void> => {
    const kids = (byParent.get(parentId) ?? []).sort((a, b) => a.position - b.position);
    for (const [i, k] of kids.entries()) {
      const position = i + 1;
      const style = numberStyle(k.number)?.style ?? (Math.min(3, k.level) as 1 | 2 | 3);
      const number = styledNumber(style, position);
      const p = path + number;
      const sk = (key ? key + '.' : '') + String(position).padStart(4, '0');
      if (position !== k.position || number !== k.number || p !== k.path || sk !== k.sort_key) {
        await repo.setNumbering(trx, k.id, { position, number, path: p, sort_key: sk });
      }
      await walk(k.id, p, sk);
    }
  };
  await walk(null, '', '');
}

/** Every open task with the status and flag today says it should have. */
export async function dueChanges(db: Db, deps: Pick<StateDeps, 'repo' | 'calendar' | 'clock'>) {
  const today = chinaDate(deps.clock.now());
  const rows = await deps.repo.openTasks(db);
  return { today, rows: rows.map((t) => ({ ...t, next: evaluate({ deadline: t.deadline, progress: t.progress, completedOn: t.completed_on, cancelled: false }, today, deps.calendar) })) };
}
