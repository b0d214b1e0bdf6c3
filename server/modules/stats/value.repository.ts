import { sql } from 'kysely';
import type { IndicatorId } from '../../../common/indicators';
import type { Basis } from '../../../common/stats';
import type { Db } from '../../db/database';
import type { StatsValueTable } from '../../db/tables/stats';
import type { ValueRow } from './domain/values';
import { BinaryCopyWriter } from '../../db/copy-binary';
import { type BulkConnection, withoutIndexes } from '../../db/bulk';

/** One indicator of one region and year as the services read it. */
export interface StoredValue {
  region_code: string;
  year: number;
  indicator_id: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  basis: string | null;
  peer: string | null;
  rank: number | null;
  rank_of: number | null;
  peer2: string | null;
  rank2: number | null;
  rank2_of: number | null;
}

const COLUMNS = ['region_code', 'year', 'peer', 'peer2', 'indicators', 'value', 'numerator', 'denominator', 'basis', 'rank', 'rank_of', 'rank2', 'rank2_of'] as const;
type WideRow = Pick<StatsValueTable, (typeof COLUMNS)[number]>;

/**
 * The computed values in the binary COPY format, one row per region and year (each batch's rows
 * arrive grouped so): a million doubles go as their bytes, where decimal text took longer to write
 * than to load. Batches are taken one at a time, as the database loads the chunks before them;
 * `counted` learns how many values went.
 */
function* binaryRows(batches: Iterable<readonly ValueRow[]>, counted: (n: number) => void): Generator<Uint8Array<ArrayBuffer>> {
  const w = new BinaryCopyWriter();
  for (const rows of batches) {
    counted(rows.length);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i].regionCode === rows[start].regionCode && rows[i].year === rows[start].year) continue;
      const first = rows[start];
      w.row(COLUMNS.length)
        .text(first.regionCode)
        .int4(first.year)
        .text(first.peer)
        .text(first.peer2)
        .textArray(rows, start, i, (r) => r.indicatorId)
        .float8Array(rows, start, i, (r) => r.value)
        .float8Array(rows, start, i, (r) => r.numerator)
        .float8Array(rows, start, i, (r) => r.denominator)
        .textArray(rows, start, i, (r) => r.basis)
        .int4Array(rows, start, i, (r) => r.rank)
        .int4Array(rows, start, i, (r) => r.rankOf)
        .int4Array(rows, start, i, (r) => r.rank2)
        .int4Array(rows, start, i, (r) => r.rank2Of);
      start = i;
      yield* w.take();
    }
  }
  yield* w.finish();
}

/** Expands a wide row into one value per indicator. */
function expand(w: WideRow): StoredValue[] {
  return w.indicators.map((id, i) => ({
    region_code: w.region_code,
    year: w.year,
    indicator_id: id,
    value: w.value[i],
    numerator: w.numerator[i],
    denominator: w.denominator[i],
    basis: w.basis[i],
    peer: w.peer,
    rank: w.rank[i],
    rank_of: w.rank_of[i],
    peer2: w.peer2,
    rank2: w.rank2[i],
    rank2_of: w.rank2_of[i],
  }));
}

/** The computed indicator values (stats_value): replaced per year range by the compute service, read by the dashboards. */
export const valueRepository = {
  /**
   * Replaces every value from `fromYear` on (all years when null) with the batches of rows (each
   * grouped by region and year), taken as they are loaded; answers how many values were written.
   */
  async replaceFrom(bulk: BulkConnection, db: Db, fromYear: number | null, batches: Iterable<readonly ValueRow[]>): Promise<number> {
    let written = 0;
    const chunks = binaryRows(batches, (n) => (written += n));
    if (fromYear === null) {
      // Replacing everything: load the empty table and index it once.
      await sql`truncate stats_value`.execute(db);
      await withoutIndexes(db, 'stats_value', () => bulk.copyBinary('stats_value', COLUMNS, chunks));
    } else {
      await sql`delete from stats_value where year >= ${fromYear}`.execute(db);
      await bulk.copyBinary('stats_value', COLUMNS, chunks);
    }
    return written;
  },

  /** Every value of one region (all years and indicators). */
  async forRegion(db: Db, code: string): Promise<StoredValue[]> {
    const rows = await db.selectFrom('stats_value').select(COLUMNS).where('region_code', '=', code).orderBy('year').execute();
    return rows.flatMap(expand);
  },

  /** Every value of a few regions (a region and the nation: one round trip for the dashboard). */
  async forCodes(db: Db, codes: readonly string[]): Promise<StoredValue[]> {
    const rows = await db.selectFrom('stats_value').select(COLUMNS).where('region_code', 'in', codes).orderBy('year').execute();
    return rows.flatMap(expand);
  },

  /** Values of several regions for one year. */
  async forRegions(db: Db, codes: readonly string[], year: number): Promise<StoredValue[]> {
    if (codes.length === 0) return [];
    const rows = await db.selectFrom('stats_value').select(COLUMNS).where('region_code', 'in', codes).where('year', '=', year).execute();
    return rows.flatMap(expand);
  },

  /** One indicator of one region over the years. */
  async series(db: Db, code: string, indicator: IndicatorId, from: number, to: number): Promise<StoredValue[]> {
    const rows = await db.selectFrom('stats_value').select(COLUMNS).where('region_code', '=', code).where('year', '>=', from).where('year', '<=', to).orderBy('year').execute();
    return rows.flatMap(expand).filter((v) => v.indicator_id === indicator);
  },

  /** One indicator of every member of a peer group in one year, with the rank within that group (`r`, `r_of`). */
  async peers(db: Db, year: number, indicator: IndicatorId, peer: string): Promise<{ region_code: string; value: number | null; basis: string | null; r: number | null; r_of: number | null }[]> {
    const r = await sql<{ region_code: string; value: number | null; basis: string | null; r: number | null; r_of: number | null }>`
      select region_code, value[i] as value, basis[i] as basis,
             case when peer = ${peer} then rank[i] else rank2[i] end as r,
             case when peer = ${peer} then rank_of[i] else rank2_of[i] end as r_of
      from (select *, array_position(indicators, ${indicator}::text) as i from stats_value where year = ${year} and (peer = ${peer} or peer2 = ${peer})) v
      where i is not null`.execute(db);
    return r.rows;
  },

  /** The years that have values for a region. */
  async years(db: Db, code: string): Promise<number[]> {
    const rows = await db.selectFrom('stats_value').select('year').where('region_code', '=', code).orderBy('year').execute();
    return rows.map((r) => r.year);
  },

  /** How many values are stored (indicators × regions × years). */
  async count(db: Db): Promise<number> {
    const r = await sql<{ n: number }>`select coalesce(sum(cardinality(indicators)), 0) as n from stats_value`.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  },
};
export type ValueRepository = typeof valueRepository;

/** A stored value's basis as the enum. */
export const basisOf = (b: string | null): Basis | null => (b === 'records' || b === 'figures' || b === 'mixed' ? b : null);
