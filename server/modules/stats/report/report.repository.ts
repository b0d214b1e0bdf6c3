import { type Selectable, sql } from 'kysely';
import type { ReportListQuery } from '../../../../common/stats-records';
import type { Db } from '../../../db/database';
import type { StatsReportTable } from '../../../db/tables/stats';
import { pageWindow } from '../../../db/query-helpers';

/** A report with the size of its PDF. */
export type ReportRow = Omit<Selectable<StatsReportTable>, 'created_by'> & { pdf_size: number };

const SELECT = sql`select r.id, r.region_code, r.year, r.title, r.pdf_file_id, r.xlsx_file_id, f.size as pdf_size, r.created_by_name, r.created_at
  from stats_report r join file f on f.id = r.pdf_file_id`;

/** Stored statistics reports. */
export const reportRepository = {
  async insert(db: Db, v: { region_code: string; year: number; title: string; pdf_file_id: string; xlsx_file_id: string; created_by: string | null; created_by_name: string | null }): Promise<string> {
    const r = await db.insertInto('stats_report').values(v).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },
  async find(db: Db, id: string): Promise<ReportRow | undefined> {
    const r = await sql<ReportRow>`${SELECT} where r.id = ${id}`.execute(db);
    return r.rows[0];
  },
  async list(db: Db, q: ReportListQuery, regionPrefix: string | undefined): Promise<{ rows: ReportRow[]; total: number }> {
    const where = sql.join([sql`true`, ...(regionPrefix ? [sql`r.region_code like ${regionPrefix + '%'}`] : []), ...(q.year ? [sql`r.year = ${q.year}`] : [])], sql` and `);
    const { limit, offset } = pageWindow(q.page, q.pageSize);
    const rows = await sql<ReportRow>`${SELECT} where ${where} order by r.created_at ${sql.raw(q.order)}, r.id limit ${limit} offset ${offset}`.execute(db);
    const count = await sql<{ n: number }>`select count(*) as n from stats_report r where ${where}`.execute(db);
    return { rows: rows.rows, total: Number(count.rows[0]?.n ?? 0) };
  },
};
export type ReportRepository = typeof reportRepository;
