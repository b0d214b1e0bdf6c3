import { z } from 'zod';
import { INDICATORS } from '../../../common/indicators';
import type { ImportRowError, Job } from '../../../common/jobs';
import type { Page } from '../../../common/pagination';
import type { FigureInput } from '../../../common/publish-ingest';
import type { FigureListQuery, ReportedFigure } from '../../../common/publish-search';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { publishScope } from './publish.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { AppError, fieldError } from '../../platform/errors';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { startImport, type ValidRow } from '../../platform/import';
import type { JobService } from '../../platform/jobs/job.service';
import { regionDisplayName } from '../../platform/text/index';
import type { OrgServices } from '../org/org.contract';
import { FIGURE_EXPORT_COLUMNS, FIGURE_IMPORT_COLUMNS } from './publish.workbook';
import type { FigureRepository, FigureRow, FigureValues } from './figure.repository';
import { inTransaction } from '../../db/unit-of-work';

const EXPORT_MAX = 50_000;
const INDICATOR_BY_NAME = new Map<string, string>(INDICATORS.map((i) => [i.name, i.id]));

/** The catalogue id of an indicator named as a report names it (国内专利授权量 → domesticPatentGrants), or null. */
export function indicatorIdOf(name: string): string | null {
  return INDICATOR_BY_NAME.get(name.trim()) ?? null;
}

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

/** Figures that reports state (reported, not computed): recorded by the ingest page or imported from Excel. */
export function createFigureService(deps: { db: Db; repo: FigureRepository; org: OrgServices; audit: AuditWriter; clock: Clock; jobs: JobService }) {
  const { db, repo, org, audit, clock, jobs } = deps;

  function map(r: FigureRow): ReportedFigure {
    return {
      id: r.id,
      indicator: r.indicator,
      indicatorId: r.indicator_id,
      value: Number(r.value),
      unit: r.unit,
      year: r.year,
      regionCode: r.region_code,
      regionName: r.region_code ? regionDisplayName(r.region_code) : null,
      articleId: r.article_id,
      articleTitle: r.article_title,
      source: r.source,
      orgName: r.org_name,
      createdAt: r.created_at.toISOString(),
    };
  }

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
    async list(actor: Actor, q: FigureListQuery): Promise<Page<ReportedFigure>> {
      const { rows, total } = await repo.list(
        db,
        { q: q.q, indicatorId: q.indicatorId, year: q.year, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, articleId: q.articleId },
        publishScope(actor),
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'year', order: q.order },
      );
      return { items: rows.map(map), total, page: q.page, pageSize: q.pageSize };
    },

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

    async exportXlsx(actor: Actor, q: FigureListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '报送数据', columns: FIGURE_EXPORT_COLUMNS, rows: page.items });
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('报送数据', FIGURE_IMPORT_COLUMNS);
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
export type FigureService = ReturnType<typeof createFigureService>;
