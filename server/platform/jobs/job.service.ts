import type { Logger } from 'pino';
import type { Job } from '../../../common/jobs';
import type { Db } from '../../db/database';
import type { Actor } from '../access';
import type { Clock } from '../clock';
import { AppError, notFound } from '../errors';
import type { JobRepository, JobRow } from './job.repository';

/** Thrown by a job's work to fail it with a result the user should see (e.g. an import's row errors). */
export class JobFailure extends Error {
  constructor(
    message: string,
    readonly result: unknown,
  ) {
    super(message);
    this.name = 'JobFailure';
  }
}

/** What a running job uses to report how far it has got. */
export interface JobProgress {
  report(processed: number, total?: number | null, message?: string | null): void;
}

function mapJob(r: JobRow): Job {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status as Job['status'],
    processed: r.processed,
    total: r.total,
    message: r.message,
    result: r.result ?? null,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at ? r.finished_at.toISOString() : null,
  };
}

/** Long work (imports, reports) run in the background with progress the UI can poll. */
export function createJobService(deps: { db: Db; repo: JobRepository; clock: Clock; logger: Logger }) {
  const { db, repo, clock, logger } = deps;
  const running = new Map<string, Promise<void>>();

  return {
    /**
     * Starts `work` in the background and answers at once with the job. An AppError thrown by
     * the work becomes the job's message (for example the row-by-row report of a failed import).
     */
    async start<T>(actor: Actor | null, kind: string, work: (progress: JobProgress) => Promise<T>): Promise<Job> {
      const row = await repo.insert(db, kind, actor?.userId ?? null, null);
      let last = 0;
      let pending: Promise<void> = Promise.resolve();
      const progress: JobProgress = {
        report(processed, total = null, message = null) {
          const now = Date.now();
          // Progress is written at most four times a second; the final state always lands.
          if (now - last < 250) return;
          last = now;
          pending = pending.then(() => repo.progress(db, row.id, processed, total ?? null, message ?? null)).catch(() => undefined);
        },
      };
      const run = (async () => {
        try {
          const result = await work(progress);
          await pending;
          await repo.finish(db, row.id, 'succeeded', result, null, clock.now());
        } catch (err) {
          await pending;
          const known = err instanceof AppError || err instanceof JobFailure;
          const message = known ? err.message : '任务失败，请稍后重试';
          const result =
            err instanceof JobFailure ? err.result : err instanceof AppError ? { error: err.code, message: err.message, fields: err.fields ?? [] } : null;
          if (!known) logger.error({ err, jobId: row.id, kind }, 'job failed');
          await repo.finish(db, row.id, 'failed', result, message, clock.now()).catch(() => undefined);
        } finally {
          running.delete(row.id);
        }
      })();
      running.set(row.id, run);
      return mapJob(row);
    },

    /** The job, for the user who started it (or an admin); anyone else gets 404. */
    async get(actor: Actor, id: string): Promise<Job> {
      const row = await repo.find(db, id);
      if (!row || (row.created_by !== actor.userId && !actor.roles.includes('admin'))) throw notFound('任务');
      return mapJob(row);
    },

    /** Waits for a job started by this process (tests, the command line). */
    async wait(id: string): Promise<void> {
      await running.get(id);
    },

    /** Marks jobs interrupted by a restart as failed. */
    async failStale(): Promise<number> {
      return repo.failStale(db, clock.now());
    },
  };
}
export type JobService = ReturnType<typeof createJobService>;
