import type { DemoContext } from '../../../demo/demo-context';
import type { Database } from '../../../db/database';
import type { AuditActor, AuditWriter } from '../../../platform/audit/audit.service';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../deps';
import type { ComputeService } from '../compute.service';
import { demoBaselines, demoFigures } from './demo-figures';
import { shenzhenPatents, shenzhenPct, shenzhenTrademarks } from './demo-records';
import { PATENT_COPY_COLUMNS, PCT_COPY_COLUMNS, patentCopyLine, pctCopyLine, TRADEMARK_COPY_COLUMNS, trademarkCopyLine } from './record-gen';
import { SZ, SZ_GIS } from './shenzhen';
import { chunked, csvField, openBulk, withoutIndexes } from '../../../db/bulk';
import { settingRepository } from '../setting.repository';
import { inTransaction } from '../../../db/unit-of-work';

function* map<T>(items: Iterable<T>, line: (item: T) => string, every = 1): Generator<string> {
  let i = 0;
  for (const item of items) if (i++ % every === 0) yield line(item);
}

/**
 * Loads the demo data set: Shenzhen's records of 2023 (about 750,000 rows, by COPY straight into
 * the empty tables), published figures of every other city and of Shenzhen's earlier years,
 * baselines, then one full computation of the facts and values. Answers the counts loaded.
 * `sample: n` keeps one record in n, every year and status still present: tests of other modules
 * that only need realistic records load a twentieth in seconds instead of the whole set.
 */
export async function loadStatsDemo(database: Database, compute: ComputeService, audit: AuditWriter, actor: AuditActor, opts: { sample?: number } = {}): Promise<{ patents: number; trademarks: number; pct: number; figures: number; values: number; ms: number; laps: Record<string, number> }> {
  const started = Date.now();
  const every = opts.sample ?? 1;
  const tree = compute.tree();
  const figures = demoFigures(tree);
  const baselines = demoBaselines(tree);
  const counts = { patents: 0, trademarks: 0, pct: 0 };
  const laps: Record<string, number> = {};
  let mark = Date.now();
  const lap = (what: string) => {
    laps[what] = Date.now() - mark;
    mark = Date.now();
  };
  const bulk = await openBulk(database);
  try {
    const values = await inTransaction(bulk.db, async (trx) => {
      await settingRepository.lockValues(trx);
      await withoutIndexes(trx, 'stats_patent', () => bulk.copy('stats_patent', PATENT_COPY_COLUMNS, chunked(map(shenzhenPatents(), (p) => (counts.patents++, patentCopyLine(p)), every), 50_000)));
      lap('patents');
      await withoutIndexes(trx, 'stats_trademark', () => bulk.copy('stats_trademark', TRADEMARK_COPY_COLUMNS, chunked(map(shenzhenTrademarks(), (t) => (counts.trademarks++, trademarkCopyLine(t)), every), 50_000)));
      lap('trademarks');
      await bulk.copy('stats_pct', PCT_COPY_COLUMNS, chunked(map(shenzhenPct(), (c) => (counts.pct++, pctCopyLine(c)), every), 50_000));
      await bulk.copy(
        'stats_gi',
        ['gi_no', 'name', 'gi_kind', 'region_code', 'holder_name', 'registration_date', 'status'],
        SZ_GIS.map(([no, name, kind, region, date]) => [no, name, kind, region, '（演示）申请单位', date, 'valid'].map(csvField).join(',') + '\n'),
      );
      await bulk.copy('stats_figure', ['region_code', 'year', 'measure', 'value', 'source'], chunked(map(figures, (f) => [f.regionCode, f.year, f.measure, f.value, f.source].map(csvField).join(',') + '\n')));
      await bulk.copy(
        'stats_baseline',
        ['region_code', 'year', 'population', 'population_source', 'gdp', 'gdp_source', 'area', 'area_source'],
        chunked(map(baselines, (b) => [b.regionCode, b.year, b.population, b.source, b.gdp, b.source, b.area, b.source].map(csvField).join(',') + '\n')),
      );
      lap('others');
      const facts = await compute.rebuildFacts(bulk, trx);
      lap('facts');
      const written = await compute.refresh(bulk, trx, null, facts);
      lap('values');
      await audit.record(trx, actor, { action: 'import', entityType: 'statsImport', entityId: null, after: { demo: true, ...counts, figures: figures.length, baselines: baselines.length } });
      return written;
    });
    return { ...counts, figures: figures.length, values, ms: Date.now() - started, laps };
  } finally {
    bulk.release();
  }
}

/** The years the demo has published: the decade before 2023, so that the public portal shows a trend; 2023 is left for the office to publish. */
const DEMO_PUBLISHED_YEARS = Array.from({ length: 10 }, (_, i) => 2013 + i);

/** The demo city's statistics: Shenzhen's 2023 records and everything ranks need, with its earlier years published. */
export async function seedStatsDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const count = await p.db.selectFrom('stats_patent').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(count.n) > 0) return;
  const loaded = await loadStatsDemo(p.database, s.stats.compute, p.audit, { system: 'demo' });
  p.logger.info(loaded, 'stats demo loaded');
  for (const year of DEMO_PUBLISHED_YEARS) await s.stats.publications.publish(demo.officeActor, { regionCode: SZ, year, includeChildren: true });
  // Last year's report, as the office would have made it when publishing: the reports page is not empty.
  await s.stats.reports.generate(demo.officeActor, { regionCode: SZ, year: DEMO_PUBLISHED_YEARS.at(-1)! });
}
