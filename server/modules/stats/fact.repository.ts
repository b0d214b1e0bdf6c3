import { sql } from 'kysely';
import { FACT_MEASURE_KEYS, MEASURE_KEYS, type Measure } from '../../../common/stats';
import { BinaryCopyReader, BinaryCopyWriter } from '../../db/copy-binary';
import type { Db } from '../../db/database';
import { forRecordScans } from '../../db/query-helpers';
import type { EventGroups } from './domain/facts';
import type { BaselineValues } from './domain/indicator-definitions';
import type { FactRow, FigureRow } from './domain/rollup';
import type { BaselineIndex } from './domain/values';
import type { BulkConnection } from '../../db/bulk';

const num = (v: string | null): number | null => (v === null ? null : Number(v));
const FACT_COLUMNS = ['region_code', 'year', ...FACT_MEASURE_KEYS];
// Measures only figures give have no column; a fact row holds zeros for them.
const FIGURE_ONLY_ZEROS: number[] = new Array<number>(MEASURE_KEYS.length - FACT_MEASURE_KEYS.length).fill(0);

/** Facts in the binary COPY format (a few hundred thousand rows of bigints go as their bytes). */
function* factChunks(rows: readonly FactRow[]): Generator<Uint8Array<ArrayBuffer>> {
  const w = new BinaryCopyWriter();
  for (const r of rows) {
    w.row(FACT_COLUMNS.length).text(r.regionCode).int4(r.year);
    for (let i = 0; i < FACT_MEASURE_KEYS.length; i++) w.int8(r.values[i]);
    yield* w.take();
  }
  yield* w.finish();
}

/** Facts (records summed per region code and year), published figures and baselines. */
export const factRepository = {
  async facts(db: Db): Promise<FactRow[]> {
    const rows = await db.selectFrom('stats_fact').selectAll().execute();
    return rows.map((r) => ({ regionCode: r.region_code, year: r.year, values: [...FACT_MEASURE_KEYS.map((m) => Number(r[m])), ...FIGURE_ONLY_ZEROS] }));
  },

  /**
   * Records counted per region and event key by `groupsSql` (facts-sql.ts), inside the caller's
   * transaction on `bulk`. The rows come back in the binary COPY format: a few hundred thousand of
   * them took a second as query results, and a few milliseconds so.
   */
  async groups(bulk: BulkConnection, trx: Db, groupsSql: string): Promise<EventGroups> {
    await forRecordScans(trx);
    const reader = new BinaryCopyReader(await bulk.copyOut(groupsSql));
    const groups: EventGroups = { regions: [], keys: [], counts: [] };
    while (reader.next()) {
      groups.regions.push(reader.text());
      groups.keys.push(reader.int8());
      groups.counts.push(reader.int8() ?? 0);
    }
    return groups;
  },

  /** Replaces every fact with `rows` (a full recompute). */
  async replace(bulk: BulkConnection, trx: Db, rows: readonly FactRow[]): Promise<void> {
    await sql`truncate stats_fact`.execute(trx);
    await bulk.copyBinary('stats_fact', FACT_COLUMNS, factChunks(rows));
  },

  /** Adds `rows` to the facts (an import's new records in, the old versions of changed ones out). */
  async add(bulk: BulkConnection, trx: Db, rows: readonly FactRow[]): Promise<void> {
    if (rows.length === 0) return;
    await sql`create temp table stats_fact_delta (like stats_fact) on commit drop`.execute(trx);
    await bulk.copyBinary('stats_fact_delta', FACT_COLUMNS, factChunks(rows));
    const columns = FACT_COLUMNS.join(', ');
    const update = FACT_MEASURE_KEYS.map((m) => `${m} = stats_fact.${m} + excluded.${m}`).join(', ');
    await sql.raw(`insert into stats_fact (${columns}) select ${columns} from stats_fact_delta on conflict (region_code, year) do update set ${update}`).execute(trx);
    // A failure above rolls the transaction back, and the table with it.
    await sql`drop table stats_fact_delta`.execute(trx);
  },

  async figures(db: Db): Promise<FigureRow[]> {
    const rows = await db.selectFrom('stats_figure').select(['region_code', 'year', 'measure', 'value']).execute();
    return rows.map((r) => ({ regionCode: r.region_code, year: r.year, measure: r.measure as Measure, value: Number(r.value) }));
  },

  async baselines(db: Db): Promise<BaselineIndex> {
    const rows = await db.selectFrom('stats_baseline').select(['region_code', 'year', 'population', 'gdp', 'area']).execute();
    const index: BaselineIndex = new Map();
    for (const r of rows) {
      let byYear = index.get(r.region_code);
      if (!byYear) index.set(r.region_code, (byYear = new Map<number, BaselineValues>()));
      byYear.set(r.year, { population: num(r.population), gdp: num(r.gdp), area: num(r.area) });
    }
    return index;
  },

  /** How many records of each kind there are (for the definitions page and the recompute job). */
  async recordCounts(db: Db): Promise<{ patents: number; trademarks: number; pct: number; gi: number }> {
    const r = await sql<{ patents: number; trademarks: number; pct: number; gi: number }>`
      select (select count(*) from stats_patent) as patents, (select count(*) from stats_trademark) as trademarks,
             (select count(*) from stats_pct) as pct, (select count(*) from stats_gi) as gi`.execute(db);
    const row = r.rows[0];
    return { patents: Number(row.patents), trademarks: Number(row.trademarks), pct: Number(row.pct), gi: Number(row.gi) };
  },
};
export type FactRepository = typeof factRepository;
