import type { AuditEvent } from '../../../common/audit';
import { MEASURES, type Measure, NATION_CODE } from '../../../common/stats';
import type { Baseline, Figure } from '../../../common/stats-records';
import type { Database, Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { canWriteReferenceFor } from './stats.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError } from '../../platform/errors';
import type { RegionService } from '../org/org.contract';
import type { ComputeService } from './compute.service';
import { openBulk } from '../../db/bulk';
import type { BaselineRow, FigureRow, ReferenceRepository } from './reference.repository';
import type { SettingRepository } from './setting.repository';
import { inTransaction } from '../../db/unit-of-work';

/** The most rows an export writes. */
export const EXPORT_MAX = 50_000;
/** A numeric column (read as text) as a number. */
export const num = (v: string | null) => (v === null ? null : Number(v));

/** What the reference service needs. */
export interface ReferenceDeps {
  database: Database;
  db: Db;
  repo: ReferenceRepository;
  regions: RegionService;
  compute: ComputeService;
  settings: SettingRepository;
  audit: AuditWriter;
  clock: Clock;
  history: (entityType: string, entityId: string) => Promise<AuditEvent[]>;
}

/** Mapping, the region check and the change-and-recompute transaction the reference queries and commands share. */
export function createReferenceSupport(deps: ReferenceDeps) {
  const { database, regions, compute, settings } = deps;
  const regionName = (code: string) => (code === NATION_CODE ? '全国' : regions.fullName(code));
  const measureName = new Map<string, string>(MEASURES.map((m) => [m.key, m.zh]));

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

  return { checkRegion, mapBaseline, mapFigure, changing };
}
