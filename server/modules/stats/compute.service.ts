import type { Logger } from 'pino';
import type { Database, Db } from '../../db/database';
import type { JobProgress } from '../../platform/jobs/job.service';
import type { RegionService } from '../org/org.contract';
import { RECORD_KINDS, type RecordKind } from './domain/event-key';
import { FactSums } from './domain/facts';
import { pledgedGroupsSql, sourceGroupsSql, tableGroupsSql } from './domain/facts-sql';
import { RegionTree } from './domain/region-tree';
import { type FactRow, rollUp } from './domain/rollup';
import { NO_PROVIDED, type ProvidedIndex, type ProvidedRow, rollUpProvided } from './domain/provided';
import { valuesByYear } from './domain/values';
import type { FactRepository } from './fact.repository';
import { type BulkConnection, openBulk } from '../../db/bulk';
import type { SettingRepository } from './setting.repository';
import type { ValueRepository } from './value.repository';
import { inTransaction } from '../../db/unit-of-work';

/** The pledge amount (yuan) from which an invention patent counts as high-value, until an office sets another. */
export const DEFAULT_PLEDGE_THRESHOLD_YUAN = 5_000_000;
export const PLEDGE_THRESHOLD_KEY = 'pledgeThresholdYuan';

export interface ComputeDeps {
  database: Database;
  regions: RegionService;
  facts: FactRepository;
  values: ValueRepository;
  settings: SettingRepository;
  logger: Logger;
}

/** A later module that provides indicator values: asked on every refresh, inside the refresh's transaction. */
export interface IndicatorProvider {
  name: string;
  rows(db: Db): Promise<ProvidedRow[]>;
}

/** Builds China's region tree from the org module's regions. */
export function regionTreeOf(regions: RegionService): RegionTree {
  const all = [];
  const queue: (string | null)[] = [null];
  while (queue.length) {
    for (const r of regions.children(queue.shift()!)) {
      all.push(r);
      if (r.hasChildren) queue.push(r.code);
    }
  }
  return new RegionTree(all);
}

/**
 * Keeps stats_value in step with the records: a full recompute rebuilds the facts from every
 * record; an import refreshes only the years its records touch (facts are adjusted by the
 * import's delta, then the roll-up and ranks of those years are redone).
 */
export function createComputeService(deps: ComputeDeps) {
  const { database, regions, facts, values, settings, logger } = deps;
  let tree: RegionTree | null = null;
  /** Milliseconds of the parts of the last refresh (the benchmark prints them). */
  const lastRefresh: Record<string, number> = {};
  const providers: IndicatorProvider[] = [];

  /** The values later modules provide, rolled up (their rows are read inside the refresh's transaction). */
  async function providedValues(trx: Db): Promise<ProvidedIndex> {
    if (!providers.length) return NO_PROVIDED;
    const rows = (await Promise.all(providers.map((p) => p.rows(trx)))).flat();
    return rows.length ? rollUpProvided(service.tree(), rows) : NO_PROVIDED;
  }

  async function thresholdYuan(db: Db): Promise<number> {
    return (await settings.get<number>(db, PLEDGE_THRESHOLD_KEY)) ?? DEFAULT_PLEDGE_THRESHOLD_YUAN;
  }

  /** The records of `kinds` in their tables, summed by event key (patents with the pledge threshold applied). */
  async function tableSums(bulk: BulkConnection, trx: Db, kinds: readonly RecordKind[]): Promise<FactSums> {
    const sums = new FactSums();
    for (const kind of kinds) sums.add(kind, await facts.groups(bulk, trx, tableGroupsSql(kind)));
    if (kinds.includes('patent')) sums.addPledged(await facts.groups(bulk, trx, pledgedGroupsSql(await service.thresholdFen(trx))));
    return sums;
  }

  const service = {
    /** The region tree (built once). */
    tree(): RegionTree {
      tree ??= regionTreeOf(regions);
      return tree;
    },

    thresholdYuan,

    /** The high-value pledge threshold in fen, as the facts SQL takes it. */
    async thresholdFen(db: Db): Promise<number> {
      return Math.round((await thresholdYuan(db)) * 100);
    },

    /**
     * Recomputes the values of every year from `fromYear` (all years when null) inside the caller's
     * transaction on `bulk`, from the stored facts or from `factRows` when the caller has them.
     * Answers how many values were written.
     */
    async refresh(bulk: BulkConnection, trx: Db, fromYear: number | null, factRows?: readonly FactRow[]): Promise<number> {
      const t = Date.now();
      const [stored, figureRows, baselines] = await Promise.all([factRows ?? facts.facts(trx), facts.figures(trx), facts.baselines(trx)]);
      const provided = await providedValues(trx);
      lastRefresh.read = Date.now() - t;
      const rollup = rollUp(service.tree(), stored, figureRows);
      lastRefresh.rollup = Date.now() - t - lastRefresh.read;
      // Each year's values are computed while the database loads the year before.
      const written = await values.replaceFrom(bulk, trx, fromYear, valuesByYear(service.tree(), rollup, baselines, fromYear === null ? undefined : { from: fromYear, to: Math.max(rollup.to, provided.to) }, provided));
      lastRefresh.values = Date.now() - t - lastRefresh.read - lastRefresh.rollup;
      logger.debug({ fromYear, values: written, ...lastRefresh }, 'stats values refreshed');
      return written;
    },

    /**
     * Adds to the facts the records of a kind: every record in its table (after a first load), or
     * an import's delta (`source`: the record columns with a sign column `s`, from stage.repository).
     * Answers the earliest year the facts changed in, or null.
     */
    async addFacts(bulk: BulkConnection, trx: Db, kind: RecordKind, source: { table: true } | { delta: string }): Promise<number | null> {
      const sums = 'table' in source ? await tableSums(bulk, trx, [kind]) : new FactSums().add(kind, await facts.groups(bulk, trx, sourceGroupsSql(kind, source.delta, await service.thresholdFen(trx))));
      const rows = sums.rows();
      await facts.add(bulk, trx, rows);
      return rows.reduce<number | null>((min, r) => (min === null || r.year < min ? r.year : min), null);
    },

    /**
     * Adds a later module's indicator values (stats is built before it and never imports it): the
     * provider's rows are read on every refresh, so its values follow each import and recompute.
     */
    provide(provider: IndicatorProvider): void {
      if (!providers.some((p) => p.name === provider.name)) providers.push(provider);
    },

    /** Recomputes every value from the stored facts and the provided values (a provider calls it when its figures change). */
    async refreshValues(): Promise<{ values: number; ms: number }> {
      const t = Date.now();
      const bulk = await openBulk(database);
      try {
        const written = await inTransaction(bulk.db, async (trx) => {
          await settings.lockValues(trx);
          return service.refresh(bulk, trx, null);
        });
        return { values: written, ms: Date.now() - t };
      } finally {
        bulk.release();
      }
    },

    /** How long the parts of the last refresh took (ms). */
    lastRefresh(): Readonly<Record<string, number>> {
      return { ...lastRefresh };
    },

    /** The facts of every record, computed inside the caller's transaction on `bulk` (nothing is written). */
    async recordFacts(bulk: BulkConnection, trx: Db): Promise<FactRow[]> {
      return (await tableSums(bulk, trx, RECORD_KINDS)).rows();
    },

    /** Rebuilds every fact from the records inside the caller's transaction on `bulk`; answers the facts. */
    async rebuildFacts(bulk: BulkConnection, trx: Db): Promise<FactRow[]> {
      const rows = await service.recordFacts(bulk, trx);
      await facts.replace(bulk, trx, rows);
      return rows;
    },

    /** Rebuilds every fact from the records and every value from the facts, in one transaction. */
    async fullRecompute(progress?: JobProgress): Promise<{ values: number; ms: number }> {
      const t = Date.now();
      const bulk = await openBulk(database);
      try {
        const written = await inTransaction(bulk.db, async (trx) => {
          await settings.lockValues(trx);
          progress?.report(0, 2, '正在由记录重算事实表');
          const f = Date.now();
          const rows = await service.rebuildFacts(bulk, trx);
          lastRefresh.facts = Date.now() - f;
          progress?.report(1, 2, '正在汇总、计算指标与排名');
          return service.refresh(bulk, trx, null, rows);
        });
        progress?.report(2, 2, '完成');
        return { values: written, ms: Date.now() - t };
      } finally {
        bulk.release();
      }
    },
  };
  return service;
}
export type ComputeService = ReturnType<typeof createComputeService>;
