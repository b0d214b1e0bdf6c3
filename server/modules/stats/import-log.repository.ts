import { type Selectable, sql } from 'kysely';
import type { ImportHistoryQuery } from '../../../common/stats-records';
import type { Db } from '../../db/database';
import type { StatsImportTable } from '../../db/tables/stats';
import { pageWindow, totalOver } from '../../db/query-helpers';

/** An import as its history lists it. */
export type ImportLogRow = Omit<Selectable<StatsImportTable>, 'created_by'>;

const COLUMNS = ['id', 'kind', 'file_name', 'status', 'total', 'inserted', 'updated', 'unchanged', 'error_count', 'created_by_name', 'created_at', 'finished_at'] as const;

/** The history of imports (stats_import); also tells which staged rows belong to a running import. */
export const importLogRepository = {
  async start(db: Db, row: { id: string; kind: string; fileName: string; createdBy: string | null; createdByName: string | null; at: Date }): Promise<void> {
    await db
      .insertInto('stats_import')
      .values({ id: row.id, kind: row.kind, file_name: row.fileName, status: 'running', created_by: row.createdBy, created_by_name: row.createdByName, created_at: row.at })
      .execute();
  },
  async finish(db: Db, id: string, status: 'succeeded' | 'failed', counts: { total: number; inserted: number; updated: number; unchanged: number; errorCount: number }, at: Date): Promise<void> {
    await db
      .updateTable('stats_import')
      .set({ status, total: counts.total, inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged, error_count: counts.errorCount, finished_at: at })
      .where('id', '=', id)
      .execute();
  },
  /** Marks failed the imports still running a day after they started (their process stopped); the database's clock decides. */
  async failStale(db: Db): Promise<void> {
    await sql`update stats_import set status = 'failed', finished_at = now() where status = 'running' and created_at < now() - interval '1 day'`.execute(db);
  },
  async list(db: Db, q: ImportHistoryQuery, createdBy: string | null): Promise<{ rows: ImportLogRow[]; total: number }> {
    let query = db.selectFrom('stats_import').select(COLUMNS).select(totalOver.as('n'));
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (createdBy) query = query.where('created_by', '=', createdBy);
    const { limit, offset } = pageWindow(q.page, q.pageSize);
    const rows = await query.orderBy('created_at', q.order).orderBy('id').limit(limit).offset(offset).execute();
    return { rows, total: Number(rows[0]?.n ?? 0) };
  },
};
export type ImportLogRepository = typeof importLogRepository;
