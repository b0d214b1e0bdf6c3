import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, pageWindow } from '../../db/query-helpers';
import type { DataScope } from '../../platform/access';
import { scopeCondition } from '../../db/scope-sql';

/** Filters shared by the record lists. */
export interface RecordFilter {
  q?: string | undefined;
  regionPrefix?: string | undefined;
  year?: number | undefined;
  holderKinds?: readonly string[] | undefined;
  /** Column = one of values, per enum filter (type, status, kind). */
  enums?: Record<string, readonly string[] | undefined>;
  niceClass?: number | undefined;
  madrid?: boolean | undefined;
  /** Patents only: high-value as of `asOf` with this pledge threshold (fen). */
  highValue?: { asOf: string; thresholdFen: number } | undefined;
}

export interface RecordTableSpec {
  table: 'stats_patent' | 'stats_trademark' | 'stats_pct' | 'stats_gi';
  key: string;
  /** The date that decides the year filter. */
  dateColumn: string;
  /** Text columns searched by `q`. */
  searchColumns: string[];
  sortColumns: Record<string, string>;
}

export const RECORD_TABLES = {
  patent: { table: 'stats_patent', key: 'application_no', dateColumn: 'grant_date', searchColumns: ['holder_name', 'title'], sortColumns: { applicationNo: 'application_no', applicationDate: 'application_date', grantDate: 'grant_date', regionCode: 'region_code' } },
  trademark: { table: 'stats_trademark', key: 'registration_no', dateColumn: 'registration_date', searchColumns: ['holder_name', 'mark_name'], sortColumns: { registrationNo: 'registration_no', registrationDate: 'registration_date', niceClass: 'nice_class', regionCode: 'region_code' } },
  pct: { table: 'stats_pct', key: 'pct_no', dateColumn: 'filing_date', searchColumns: ['applicant_name', 'title'], sortColumns: { pctNo: 'pct_no', filingDate: 'filing_date', regionCode: 'region_code' } },
  gi: { table: 'stats_gi', key: 'gi_no', dateColumn: 'registration_date', searchColumns: ['name', 'holder_name'], sortColumns: { giNo: 'gi_no', name: 'name', registrationDate: 'registration_date', regionCode: 'region_code' } },
} as const satisfies Record<string, RecordTableSpec>;

/** A SQL condition: the patent is in force and high-value on `asOf` (the five criteria, counted once). */
export function highValueCondition(asOf: string, thresholdFen: number) {
  return sql<boolean>`(patent_type = 'invention' and grant_date is not null and grant_date <= ${asOf}::date
    and legal_status not in ('pending', 'rejected', 'withdrawn')
    and not (legal_status in ('lapsed', 'invalidated', 'expired') and status_date is not null and status_date <= ${asOf}::date)
    and (sei_code is not null or overseas_family or (pledge_amount is not null and pledge_amount >= ${Math.max(1, thresholdFen)})
         or award is not null or application_date + interval '10 years' < ${asOf}::date))`;
}

/** Lists of IP records, limited to the reader's region scope (records of foreign holders without a region: whole-country scope only). */
export const recordRepository = {
  async list<T>(
    db: Db,
    spec: RecordTableSpec,
    filter: RecordFilter,
    scope: DataScope,
    page: { page: number; pageSize: number; sort: string | undefined; order: 'asc' | 'desc' },
  ): Promise<{ rows: T[]; total: number }> {
    const conditions = [scopeCondition(scope, { region: 'region_code' })];
    if (filter.q) {
      const like = containsPattern(filter.q);
      conditions.push(sql<boolean>`(${sql.ref(spec.key)} = ${filter.q.toUpperCase().replace(/^(CN|ZL)/, '')} or ${sql.join(spec.searchColumns.map((c) => sql`${sql.ref(c)} ilike ${like}`), sql` or `)})`);
    }
    if (filter.regionPrefix) conditions.push(sql<boolean>`region_code like ${filter.regionPrefix + '%'}`);
    if (filter.year) conditions.push(sql<boolean>`${sql.ref(spec.dateColumn)} >= ${`${filter.year}-01-01`}::date and ${sql.ref(spec.dateColumn)} <= ${`${filter.year}-12-31`}::date`);
    if (filter.holderKinds?.length) conditions.push(sql<boolean>`holder_kind in (${sql.join(filter.holderKinds)})`);
    for (const [column, values] of Object.entries(filter.enums ?? {})) if (values?.length) conditions.push(sql<boolean>`${sql.ref(column)} in (${sql.join(values)})`);
    if (filter.niceClass) conditions.push(sql<boolean>`nice_class = ${filter.niceClass}`);
    if (filter.madrid !== undefined) conditions.push(sql<boolean>`madrid = ${filter.madrid}`);
    if (filter.highValue) conditions.push(highValueCondition(filter.highValue.asOf, filter.highValue.thresholdFen));
    const where = sql.join(conditions, sql` and `);
    const sortColumn = (page.sort && (spec.sortColumns)[page.sort]) || spec.key;
    const { limit, offset } = pageWindow(page.page, page.pageSize);
    const rows = await sql<T>`select * from ${sql.table(spec.table)} where ${where}
      order by ${sql.ref(sortColumn)} ${sql.raw(page.order === 'desc' ? 'desc nulls last' : 'asc nulls last')}, ${sql.ref(spec.key)}
      limit ${limit} offset ${offset}`.execute(db);
    const count = await sql<{ n: number }>`select count(*) as n from ${sql.table(spec.table)} where ${where}`.execute(db);
    return { rows: rows.rows, total: Number(count.rows[0]?.n ?? 0) };
  },

  async find<T>(db: Db, spec: RecordTableSpec, key: string): Promise<T | undefined> {
    const r = await sql<T>`select * from ${sql.table(spec.table)} where ${sql.ref(spec.key)} = ${key}`.execute(db);
    return r.rows[0];
  },

  /** Several records of one table by their keys. */
  async findMany<T>(db: Db, spec: RecordTableSpec, keys: readonly string[]): Promise<T[]> {
    if (!keys.length) return [];
    const r = await sql<T>`select * from ${sql.table(spec.table)} where ${sql.ref(spec.key)} in (${sql.join(keys)})`.execute(db);
    return r.rows;
  },

  /** The strategic-emerging-industry codes of these patents (by application number), for other modules' splits by industry. */
  async seiCodes(db: Db, numbers: readonly string[]): Promise<{ application_no: string; sei_code: string | null }[]> {
    if (!numbers.length) return [];
    return db.selectFrom('stats_patent').select(['application_no', 'sei_code']).where('application_no', '=', sql<string>`any(${[...numbers]}::text[])`).execute();
  },

  /** Invention applications filed by these holders on these days (a utility model's same-day twin). */
  async inventionsFiledOn(db: Db, pairs: readonly { holder: string; date: string }[]): Promise<{ holder_name: string; application_date: string; title: string | null }[]> {
    if (!pairs.length) return [];
    const r = await sql<{ holder_name: string; application_date: string; title: string | null }>`select holder_name, application_date, title from stats_patent
      where patent_type = 'invention' and (holder_name, application_date) in (${sql.join(pairs.map((p) => sql`(${p.holder}, ${p.date}::date)`))})`.execute(db);
    return r.rows;
  },

  /** Per holder: invention patents in force on `asOf`, and how many of them are high-value. */
  async holderCounts(db: Db, holders: readonly string[], asOf: string, thresholdFen: number): Promise<{ holder_name: string; inventions: number; high_value: number }[]> {
    if (!holders.length) return [];
    const r = await sql<{ holder_name: string; inventions: number; high_value: number }>`select holder_name,
        count(*) as inventions, count(*) filter (where ${highValueCondition(asOf, thresholdFen)}) as high_value
      from stats_patent
      where holder_name in (${sql.join(holders)}) and patent_type = 'invention' and grant_date is not null and grant_date <= ${asOf}::date
        and legal_status not in ('pending', 'rejected', 'withdrawn')
        and not (legal_status in ('lapsed', 'invalidated', 'expired') and status_date is not null and status_date <= ${asOf}::date)
      group by holder_name`.execute(db);
    return r.rows.map((x) => ({ ...x, inventions: Number(x.inventions), high_value: Number(x.high_value) }));
  },

  /** Makes an enterprise the holder of a record (the demo city's pledged rights). */
  async setHolder(db: Db, spec: RecordTableSpec, key: string, holderName: string): Promise<void> {
    await sql`update ${sql.table(spec.table)} set holder_name = ${holderName}, updated_at = now() where ${sql.ref(spec.key)} = ${key}`.execute(db);
  },
};
export type RecordRepository = typeof recordRepository;
