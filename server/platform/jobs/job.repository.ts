import type { Db } from '../../db/database';

export interface JobRow {
  id: string;
  kind: string;
  status: string;
  processed: number;
  total: number | null;
  message: string | null;
  result: unknown;
  created_by: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const COLUMNS = ['id', 'kind', 'status', 'processed', 'total', 'message', 'result', 'created_by', 'created_at', 'finished_at'] as const;

export const jobRepository = {
  async insert(db: Db, kind: string, createdBy: string | null, total: number | null): Promise<JobRow> {
    return db
      .insertInto('job')
      .values({ kind, status: 'running', created_by: createdBy, total })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
  },
  async progress(db: Db, id: string, processed: number, total: number | null, message: string | null): Promise<void> {
    await db.updateTable('job').set({ processed, total, message }).where('id', '=', id).execute();
  },
  async finish(db: Db, id: string, status: 'succeeded' | 'failed', result: unknown, message: string | null, at: Date) {
    await db
      .updateTable('job')
      .set({ status, result: result === undefined ? null : JSON.stringify(result), message, finished_at: at })
      .where('id', '=', id)
      .execute();
  },
  async find(db: Db, id: string): Promise<JobRow | undefined> {
    return db.selectFrom('job').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  },
  /** Jobs left running by a process that stopped are failed on the next start. */
  async failStale(db: Db, at: Date): Promise<number> {
    const r = await db
      .updateTable('job')
      .set({ status: 'failed', message: '服务重启，任务中断，请重新提交', finished_at: at })
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
export type JobRepository = typeof jobRepository;
