import { z } from 'zod';
import type { ImportRowError, Job } from '../../../common/jobs';
import type { FigureInput } from '../../../common/publish-ingest';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { AppError, fieldError } from '../../platform/errors';
import { startImport, type ValidRow } from '../../platform/import';
import { FIGURE_IMPORT_COLUMNS } from './publish.workbook';
import type { FigureValues } from './figure.repository';
import { inTransaction } from '../../db/unit-of-work';
import { indicatorIdOf, type FigureDeps } from './figure-support.service';

const FigureImportRowSchema = z.object({
  indicator: z.string().trim().min(1).max(100),
  value: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const n = Number(v.replace(/,/g, ''));
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `「${v}」不是数值` });
        return z.NEVER;
      }
      return n;
    }),
  unit: z.string().trim().min(1).max(20),
  year: z.coerce.number().int('年份应为4位数字').min(1990, '年份应为4位数字').max(2100, '年份应为4位数字').optional(),
  regionCode: z.string().trim().optional(),
  source: z.string().trim().max(200).optional(),
});

type FigureImportRow = z.output<typeof FigureImportRowSchema>;

/** Writes of reported figures: each change in one transaction with its audit event. */
export function createFigureCommands(deps: FigureDeps) {
  const { db, repo, org, audit, clock, jobs } = deps;

  function values(actor: Actor, f: FigureInput & { source?: string | null }, articleId: string | null, field: string): FigureValues {
    if (f.regionCode && !org.regions.exists(f.regionCode)) throw fieldError(`${field}.regionCode`, `行政区划代码 ${f.regionCode} 不存在`);
    return {
      article_id: articleId,
      indicator: f.indicator,
      indicator_id: indicatorIdOf(f.indicator),
      value: f.value,
      unit: f.unit,
      year: f.year ?? null,
      region_code: f.regionCode ?? null,
      org_id: actor.orgId,
      scope_region_code: actor.regionCode,
      source: f.source ?? null,
    };
  }

  return {
    /** Records figures read from an article, inside the caller's transaction. */
    async recordIn(trx: Db, actor: Actor, articleId: string | null, source: string | null, figures: FigureInput[]): Promise<string[]> {
      const rows = figures.map((f, i) => values(actor, { ...f, source }, articleId, `figures.${i}`));
      const ids = await repo.insertMany(trx, rows, actor.userId, clock.now());
      await audit.recordMany(
        trx,
        actor,
        ids.map((id, i) => ({ action: 'create', entityType: 'reportedFigure', entityId: id, after: { indicator: rows[i].indicator, value: rows[i].value, unit: rows[i].unit, year: rows[i].year, regionCode: rows[i].region_code, articleId } })),
      );
      return ids;
    },

    /** Imports reported figures from Excel in the background; all rows or none. */
    async importXlsx(actor: Actor, bytes: Buffer): Promise<Job> {
      const header = (key: string) => FIGURE_IMPORT_COLUMNS.find((c) => c.key === key)!.header;
      return startImport(jobs, actor, bytes, {
        kind: 'publish.figures.import',
        columns: FIGURE_IMPORT_COLUMNS,
        rowSchema: FigureImportRowSchema,
        check: async (rows: ValidRow<FigureImportRow>[], errors: ImportRowError[]) => {
          const ready: ValidRow<FigureValues>[] = [];
          for (const { rowNumber, value } of rows) {
            let region: string | null = null;
            if (value.regionCode) {
              try {
                region = org.regions.resolve(value.regionCode, header('regionCode'));
              } catch (err) {
                errors.push({ row: rowNumber, field: header('regionCode'), message: err instanceof AppError ? (err.fields?.[0]?.message ?? err.message) : '无效' });
                continue;
              }
            }
            ready.push({ rowNumber, value: values(actor, { indicator: value.indicator, value: value.value, unit: value.unit, year: value.year ?? null, regionCode: region, source: value.source ?? null }, null, 'row') });
          }
          return ready;
        },
        persist: async (rows, progress) => {
          await inTransaction(db, async (trx) => {
            const ids = await repo.insertMany(trx, rows.map((r) => r.value), actor.userId, clock.now());
            await audit.recordMany(trx, actor, ids.map((id, i) => ({ action: 'import', entityType: 'reportedFigure', entityId: id, after: { indicator: rows[i].value.indicator, value: rows[i].value.value } })));
            progress(rows.length);
          });
        },
      });
    },
  };
}
export type FigureCommands = ReturnType<typeof createFigureCommands>;
