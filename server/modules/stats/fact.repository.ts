import { sql } from 'kysely';
import { MEASURE_KEYS, type Measure } from '../../../common/stats';
import type { Db } from '../../db/database';
import { forRecordScans } from '../../db/query-helpers';
import { aggregateEventsSql, giEventsSql, patentEventsSql, pctEventsSql, trademarkEventsSql } from './engine/facts-sql';
import type { BaselineValues } from './engine/indicator-definitions';
import type { FactRow, FigureRow } from './engine/rollup';
import type { BaselineIndex } from './engine/values';

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/** Every record's events, each counted once (`s` = 1). */
export function allEventsSql(thresholdFen: number): string {
  return [
    patentEventsSql('(select *, 1 as s from stats_patent) p', thresholdFen),
    trademarkEventsSql('(select *, 1 as s from stats_trademark) t'),
    pctEventsSql('(select *, 1 as s from stats_pct) c'),
    giEventsSql('(select *, 1 as s from stats_gi) g'),
  ].join('\nunion all\n');
}

/** Facts (records summed per region code and year), published figures and baselines. */
export const factRepository = {
  async facts(db: Db): Promise<FactRow[]> {
    const rows = await db.selectFrom('stats_fact').selectAll().execute();
    return rows.map((r) => ({ regionCode: r.region_code, year: r.year, values: MEASURE_KEYS.map((m) => Number(r[m])) }));
  },

  /** Recomputes every fact from the records (the heavy part of a full recompute). */
  async rebuild(db: Db, thresholdFen: number): Promise<void> {
    await sql`truncate stats_fact`.execute(db);
    await factRepository.addAggregate(db, aggregateEventsSql(allEventsSql(thresholdFen)));
  },

  /**
   * Adds the rows of an aggregate query (region code, year and the measures) to the facts; answers
   * the earliest year. The sums stay in the server: CREATE TABLE AS runs its query in parallel
   * workers as a plain SELECT does (an INSERT … SELECT runs in one process), and the rows then go
   * from that table to the facts without a round trip through the client, which took longer than
   * the insert itself.
   */
  async addAggregate(db: Db, aggregate: string): Promise<number | null> {
    await forRecordScans(db);
    await sql.raw(`create temp table stats_fact_delta on commit drop as ${aggregate}`).execute(db);
    const columns = ['region_code', 'year', ...MEASURE_KEYS].join(', ');
    const update = MEASURE_KEYS.map((m) => `${m} = stats_fact.${m} + excluded.${m}`).join(', ');
    await sql.raw(`insert into stats_fact (${columns}) select ${columns} from stats_fact_delta on conflict (region_code, year) do update set ${update}`).execute(db);
    const r = await sql<{ year: number | null }>`select min(year) as year from stats_fact_delta`.execute(db);
    // A failure above rolls the transaction back, and the table with it.
    await sql`drop table stats_fact_delta`.execute(db);
    return r.rows[0]?.year ?? null;
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
