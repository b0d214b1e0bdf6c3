import type { Logger } from 'pino';
import type { Db } from '../db/database';
import type { Clock } from './clock';

export interface ScheduledTask {
  name: string;
  /** How often the task runs; each period is one slot that exactly one process runs. */
  everyMs: number;
  run(now: Date): Promise<void>;
}

/**
 * Runs periodic work (reminders, supervision notices, deadline checks) once per period across
 * all server processes: the process whose insert of (name, slot) succeeds runs the slot.
 */
export function createScheduler(deps: { db: Db; clock: Clock; logger: Logger }) {
  const { db, clock, logger } = deps;
  const tasks = new Map<string, ScheduledTask>();
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<string[]> | null = null;

  async function claim(name: string, slot: string): Promise<boolean> {
    const r = await db
      .insertInto('scheduler_run')
      .values({ name, slot })
      .onConflict((oc) => oc.columns(['name', 'slot']).doNothing())
      .returning('name')
      .executeTakeFirst();
    return !!r;
  }

  /** Runs every task whose current slot no process has claimed yet; returns the names run. */
  async function runDue(): Promise<string[]> {
    const now = clock.now();
    const ran: string[] = [];
    for (const task of tasks.values()) {
      const slot = String(Math.floor(now.getTime() / task.everyMs));
      if (!(await claim(task.name, slot))) continue;
      let error: string | null = null;
      try {
        await task.run(now);
        ran.push(task.name);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
        logger.error({ err, task: task.name }, 'scheduled task failed');
      }
      await db
        .updateTable('scheduler_run')
        .set({ finished_at: clock.now(), error })
        .where('name', '=', task.name)
        .where('slot', '=', slot)
        .execute();
    }
    return ran;
  }

  return {
    register(task: ScheduledTask): void {
      tasks.set(task.name, task);
    },
    runDue,
    /** Runs one task now regardless of its slot (the test clock and the admin "run now" button use it). */
    async runNow(name: string): Promise<boolean> {
      const task = tasks.get(name);
      if (!task) return false;
      await task.run(clock.now());
      return true;
    },
    names: () => [...tasks.keys()],
    start(intervalMs = 30_000): void {
      if (timer) return;
      timer = setInterval(() => {
        if (ticking) return;
        ticking = runDue().finally(() => {
          ticking = null;
        });
      }, intervalMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await ticking;
    },
  };
}
export type Scheduler = ReturnType<typeof createScheduler>;
