import type { z } from 'zod';
import type { ImportReport, ImportRowError, Job } from '../../common/jobs';
import { Limits } from '../../common/limits';
import type { Actor } from './access';
import { type ImportColumn, readSheet, validateRows } from './excel';
import { type JobProgress, type JobService, JobFailure } from './jobs/job.service';

export interface ValidRow<V> {
  rowNumber: number;
  value: V;
}

/** How one kind of spreadsheet is imported. */
export interface ImportPlan<S extends z.ZodType, V = z.output<S>> {
  kind: string;
  columns: ImportColumn[];
  /** Validates and coerces one row's cells (all strings). */
  rowSchema: S;
  /** Checks across rows and against the database; adds errors and returns the rows ready to save. */
  check(rows: ValidRow<z.output<S>>[], errors: ImportRowError[]): Promise<ValidRow<V>[]>;
  /** Saves every row in one transaction, so a failure leaves nothing half-imported. */
  persist(rows: ValidRow<V>[], progress: (saved: number) => void): Promise<void>;
}

/**
 * Imports an .xlsx file in the background. A file that is not a workbook or lacks a required
 * column is refused at once (400); otherwise the job validates every row, and if any row is wrong
 * it fails with the row-by-row report and saves nothing.
 */
export async function startImport<S extends z.ZodType, V>(
  jobs: JobService,
  actor: Actor,
  bytes: Buffer,
  plan: ImportPlan<S, V>,
): Promise<Job> {
  const sheetRows = await readSheet(bytes, plan.columns, Limits.importRowsMax);
  return jobs.start(actor, plan.kind, async (progress: JobProgress): Promise<ImportReport> => {
    const total = sheetRows.length;
    progress.report(0, total, '正在校验');
    const { valid, errors } = validateRows(sheetRows, plan.rowSchema, plan.columns);
    const ready = await plan.check(valid, errors);
    if (total === 0) throw new JobFailure('文件中没有数据行', { total: 0, imported: 0, errors: [] } satisfies ImportReport);
    if (errors.length > 0) {
      errors.sort((a, b) => a.row - b.row);
      const badRows = new Set(errors.map((e) => e.row)).size;
      throw new JobFailure(`${badRows} 行有错误，未导入任何数据`, { total, imported: 0, errors } satisfies ImportReport);
    }
    await plan.persist(ready, (saved) => progress.report(saved, total, '正在保存'));
    return { total, imported: ready.length, errors: [] };
  });
}
