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
    await sql`delete from stats_fact`.execute(db);
    await factRepository.addAggregate(db, aggregateEventsSql(allEventsSql(thresholdFen)));
  },

  /**
   * Adds the rows of an aggregate query (region code, year and the measures) to the facts; answers
   * the earliest year. The aggregate runs as a plain SELECT, which PostgreSQL may spread over
   * parallel workers (an INSERT … SELECT runs on one), and the result is small.
   */
  async addAggregate(db: Db, aggregate: string): Promise<number | null> {
    await forRecordScans(db);
    const { rows } = await sql.raw<Record<string, string | number>>(aggregate).execute(db);
    const facts = rows.map((r) => ({ regionCode: String(r.region_code), year: Number(r.year), values: MEASURE_KEYS.map((m) => Number(r[m])) }));
    await factRepository.apply(db, facts);
    return facts.reduce<number | null>((min, f) => (min === null || f.year < min ? f.year : min), null);
  },

  /** Adds net contributions to the facts (an import's delta), in one statement whatever their number. */
  async apply(db: Db, rows: readonly FactRow[]): Promise<void> {
    if (rows.length === 0) return;
    const arrays = [sql`${rows.map((r) => r.regionCode)}::text[]`, sql`${rows.map((r) => r.year)}::integer[]`, ...MEASURE_KEYS.map((_, i) => sql`${rows.map((r) => r.values[i])}::bigint[]`)];
    await sql`${sql.raw(`insert into stats_fact (region_code, year, ${MEASURE_KEYS.join(', ')}) select * from unnest(`)}${sql.join(arrays)}${sql.raw(
      `) on conflict (region_code, year) do update set ${MEASURE_KEYS.map((m) => `${m} = stats_fact.${m} + excluded.${m}`).join(', ')}`,
    )}`.execute(db);
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
