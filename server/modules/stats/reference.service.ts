import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import { MEASURES, type Measure, NATION_CODE } from '../../../common/stats';
import type { Baseline, BaselineListQuery, BaselineUpsert, Figure, FigureListQuery, FigureUpsert } from '../../../common/stats-records';
import type { Database, Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { canWriteReferenceFor } from './stats.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError, notFound } from '../../platform/errors';
import { type ExportColumn, writeSheet } from '../../platform/excel';
import type { RegionService } from '../org/org.contract';
import type { ComputeService } from './compute.service';
import { openBulk } from '../../db/bulk';
import type { BaselineRow, FigureRow, ReferenceRepository } from './reference.repository';
import type { SettingRepository } from './setting.repository';
import { inTransaction } from '../../db/unit-of-work';

const EXPORT_MAX = 50_000;
const num = (v: string | null) => (v === null ? null : Number(v));

/** Region baselines (population, GDP, area with sources) and published figures: list, edit, export, history. */
export function createReferenceService(deps: {
  database: Database;
  db: Db;
  repo: ReferenceRepository;
  regions: RegionService;
  compute: ComputeService;
  settings: SettingRepository;
  audit: AuditWriter;
  clock: Clock;
  history: (entityType: string, entityId: string) => Promise<AuditEvent[]>;
}) {
  const { database, db, repo, regions, compute, settings, audit, clock, history } = deps;
  const regionName = (code: string) => (code === NATION_CODE ? '全国' : regions.fullName(code));

  /** Office staff and admins keep the reference data of every region (ranks need it); a district office only its own. */
  function checkRegion(actor: Actor, code: string, field = 'regionCode'): void {
    if (code !== NATION_CODE && !regions.exists(code)) throw fieldError(field, `行政区划代码 ${code} 不存在`);
    if (!canWriteReferenceFor(actor, code)) throw fieldError(field, '超出您的管辖范围');
  }

  const mapBaseline = (r: BaselineRow): Baseline => ({
    regionCode: r.region_code,
    regionName: regionName(r.region_code),
    year: r.year,
    population: num(r.population),
    populationSource: r.population_source,
    gdp: num(r.gdp),
    gdpSource: r.gdp_source,
    area: num(r.area),
    areaSource: r.area_source,
    updatedAt: r.updated_at.toISOString(),
  });
  const measureName = new Map<string, string>(MEASURES.map((m) => [m.key, m.zh]));
  const mapFigure = (r: FigureRow): Figure => ({
    regionCode: r.region_code,
    regionName: regionName(r.region_code),
    year: r.year,
    measure: r.measure as Measure,
    measureName: measureName.get(r.measure) ?? r.measure,
    value: Number(r.value),
    source: r.source,
    updatedAt: r.updated_at.toISOString(),
  });

  /** Runs a change and the refresh of the values it affects in one transaction. */
  async function changing<T>(year: number, work: (trx: Db) => Promise<T>): Promise<T> {
    const bulk = await openBulk(database);
    try {
      return await inTransaction(bulk.db, async (trx) => {
        await settings.lockValues(trx);
        const out = await work(trx);
        await compute.refresh(bulk, trx, year);
        return out;
      });
    } finally {
      bulk.release();
    }
  }

  const service = {
    async baselines(q: BaselineListQuery): Promise<Page<Baseline>> {
      const { rows, total } = await repo.baselines(db, q);
      return { items: rows.map(mapBaseline), total, page: q.page, pageSize: q.pageSize };
    },

    async baseline(regionCode: string, year: number): Promise<Baseline> {
      const row = await repo.baseline(db, regionCode, year);
      if (!row) throw notFound('基础数据');
      return mapBaseline(row);
    },

    /** Creates or replaces the baseline of a region and year; the indicators of that year on are recomputed. */
    async upsertBaseline(actor: Actor, input: BaselineUpsert): Promise<Baseline> {
      checkRegion(actor, input.regionCode);
      return changing(input.year, async (trx) => {
        const beforeRow = await repo.baseline(trx, input.regionCode, input.year);
        await repo.upsertBaseline(
          trx,
          {
            region_code: input.regionCode,
            year: input.year,
            population: input.population === null ? null : String(input.population),
            population_source: input.populationSource,
            gdp: input.gdp === null ? null : String(input.gdp),
            gdp_source: input.gdpSource,
            area: input.area === null ? null : String(input.area),
            area_source: input.areaSource,
          },
          clock.now(),
        );
        const after = mapBaseline((await repo.baseline(trx, input.regionCode, input.year))!);
        await audit.record(trx, actor, { action: beforeRow ? 'update' : 'create', entityType: 'statsBaseline', entityId: `${input.regionCode}/${input.year}`, before: beforeRow ? mapBaseline(beforeRow) : undefined, after });
        return after;
      });
    },

    async deleteBaseline(actor: Actor, regionCode: string, year: number): Promise<void> {
      checkRegion(actor, regionCode);
      await changing(year, async (trx) => {
        const before = await repo.baseline(trx, regionCode, year);
        if (!before) throw notFound('基础数据');
        await repo.deleteBaseline(trx, regionCode, year);
        await audit.record(trx, actor, { action: 'delete', entityType: 'statsBaseline', entityId: `${regionCode}/${year}`, before: mapBaseline(before) });
      });
    },

    async baselineHistory(regionCode: string, year: number): Promise<AuditEvent[]> {
      await service.baseline(regionCode, year);
      return history('statsBaseline', `${regionCode}/${year}`);
    },

    async exportBaselines(q: BaselineListQuery): Promise<Buffer> {
      const page = await service.baselines({ ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '基础数据', columns: BASELINE_COLUMNS, rows: page.items });
    },

    async figures(q: FigureListQuery): Promise<Page<Figure>> {
      const { rows, total } = await repo.figures(db, q);
      return { items: rows.map(mapFigure), total, page: q.page, pageSize: q.pageSize };
    },

    async figure(regionCode: string, year: number, measure: Measure): Promise<Figure> {
      const row = await repo.figure(db, regionCode, year, measure);
      if (!row) throw notFound('公开统计数');
      return mapFigure(row);
    },

    /** Creates or replaces one published figure; the indicators of that year on are recomputed. */
    async upsertFigure(actor: Actor, input: FigureUpsert): Promise<Figure> {
      checkRegion(actor, input.regionCode);
      const id = `${input.regionCode}/${input.year}/${input.measure}`;
      return changing(input.year, async (trx) => {
        const beforeRow = await repo.figure(trx, input.regionCode, input.year, input.measure);
        await repo.upsertFigure(trx, { region_code: input.regionCode, year: input.year, measure: input.measure, value: input.value, source: input.source }, clock.now());
        const after = mapFigure((await repo.figure(trx, input.regionCode, input.year, input.measure))!);
        await audit.record(trx, actor, { action: beforeRow ? 'update' : 'create', entityType: 'statsFigure', entityId: id, before: beforeRow ? mapFigure(beforeRow) : undefined, after });
        return after;
      });
    },

    async figureHistory(regionCode: string, year: number, measure: Measure): Promise<AuditEvent[]> {
      await service.figure(regionCode, year, measure);
      return history('statsFigure', `${regionCode}/${year}/${measure}`);
    },

    async deleteFigure(actor: Actor, regionCode: string, year: number, measure: Measure): Promise<void> {
      checkRegion(actor, regionCode);
      await changing(year, async (trx) => {
        const before = await repo.figure(trx, regionCode, year, measure);
        if (!before) throw notFound('公开统计数');
        await repo.deleteFigure(trx, regionCode, year, measure);
        await audit.record(trx, actor, { action: 'delete', entityType: 'statsFigure', entityId: `${regionCode}/${year}/${measure}`, before: mapFigure(before) });
      });
    },

    async exportFigures(q: FigureListQuery): Promise<Buffer> {
      const page = await service.figures({ ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '公开统计数', columns: FIGURE_COLUMNS, rows: page.items });
    },
  };
  return service;
}
export type ReferenceService = ReturnType<typeof createReferenceService>;

const BASELINE_COLUMNS: ExportColumn<Baseline>[] = [
  { header: '行政区划代码', width: 12, value: (b) => b.regionCode },
  { header: '行政区划', width: 22, value: (b) => b.regionName },
  { header: '年份', width: 8, value: (b) => b.year },
  { header: '年末常住人口（万人）', width: 14, value: (b) => b.population },
  { header: '人口来源', width: 30, value: (b) => b.populationSource },
  { header: '地区生产总值（亿元）', width: 14, value: (b) => b.gdp },
  { header: 'GDP来源', width: 30, value: (b) => b.gdpSource },
  { header: '土地面积（平方公里）', width: 14, value: (b) => b.area },
  { header: '面积来源', width: 30, value: (b) => b.areaSource },
];
const FIGURE_COLUMNS: ExportColumn<Figure>[] = [
  { header: '行政区划代码', width: 12, value: (f) => f.regionCode },
  { header: '行政区划', width: 22, value: (f) => f.regionName },
  { header: '年份', width: 8, value: (f) => f.year },
  { header: '统计项', width: 26, value: (f) => f.measureName },
  { header: '数值', width: 12, value: (f) => f.value },
  { header: '来源', width: 40, value: (f) => f.source },
];
