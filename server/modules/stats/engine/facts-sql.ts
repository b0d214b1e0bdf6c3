import { MEASURE_KEYS, type Measure, NATION_CODE } from '../../../../common/stats';

/*
 * The SQL that turns records into facts: per region code and year, the net contribution of the
 * records to every measure. Each record emits events (granted, ended, became high-value,
 * registered, filed), each signed by the source's `s` column (+1 to add records, -1 to take old
 * versions away), so a full rebuild and an incremental delta are the same query over different
 * rows. The text is plain SQL that PostgreSQL 15, PGlite and DuckDB all run (the benchmark
 * compares them on it).
 *
 * An event is a small code (`k`), not a row of seventeen measures: the records are summed per
 * region, year and code (one sum over millions of rows), and the few hundred thousand sums are
 * then spread over the measures. Summing seventeen columns per event cost three times as much.
 */

/** What one event of each code adds to (+1) or takes from (-1) the measures. */
export const EVENT_MEASURES: Readonly<Record<number, Partial<Record<Measure, 1 | -1>>>> = {
  // Patent granted: 2 × type (invention 0, utility model 1, design 2) + holder (domestic 0, foreign 1).
  0: { grants_inv_dom: 1, inv_stock_dom: 1 },
  1: { grants_inv_for: 1, inv_stock_for: 1 },
  2: { grants_um_dom: 1 },
  3: { grants_um_for: 1 },
  4: { grants_des_dom: 1 },
  5: { grants_des_for: 1 },
  // Invention patent ended; 8 and 9 when it had become high-value before the year it ended.
  6: { inv_stock_dom: -1 },
  7: { inv_stock_for: -1 },
  8: { inv_stock_dom: -1, hv_stock_dom: -1 },
  9: { inv_stock_for: -1, hv_stock_for: -1 },
  // Invention patent became high-value.
  10: { hv_stock_dom: 1 },
  11: { hv_stock_for: 1 },
  // Trademark registered, and ended.
  12: { tm_regs_dom: 1, tm_stock_dom: 1 },
  13: { tm_regs_for: 1, tm_stock_for: 1 },
  14: { tm_stock_dom: -1 },
  15: { tm_stock_for: -1 },
  // PCT application filed.
  16: { pct_dom: 1 },
  17: { pct_for: 1 },
  // Geographical indication registered, and revoked.
  18: { gi_stock: 1 },
  19: { gi_stock: -1 },
};

// date_part answers a double, cheaper than extract's numeric on PostgreSQL 14 and later.
const yearOf = (col: string) => `cast(date_part('year', ${col}) as integer)`;
/** 0 for a domestic holder, 1 for a foreign one. */
const holder = `case when holder_kind = 'foreign' then 1 else 0 end`;

function eventSelect(year: string, code: string, from: string, where: string): string {
  return `select coalesce(region_code, '${NATION_CODE}') as region_code, ${year} as year, ${code} as k, s from ${from} where ${where}`;
}

/**
 * Events of patents from `src` (a table or parenthesised query with the stats_patent columns and
 * a sign column `s`). `thresholdFen` is the pledge amount from which a patent counts as high-value.
 */
export function patentEventsSql(src: string, thresholdFen: number): string {
  const t = Math.max(1, Math.round(thresholdFen));
  const inv = `patent_type = 'invention'`;
  const ending = `legal_status in ('lapsed', 'invalidated', 'expired') and status_date is not null`;
  const exitYear = yearOf('status_date');
  // Maintained more than ten years at the end of year y: the filing date plus ten years falls before 31 December of y.
  const maintYear = `${yearOf('application_date')} + case when date_part('month', application_date) = 12 and date_part('day', application_date) = 31 then 11 else 10 end`;
  const staticHv = `(sei_code is not null or overseas_family or (pledge_amount is not null and pledge_amount >= ${t}) or award is not null)`;
  const hvYear = `case when ${staticHv} then ${yearOf('grant_date')} else greatest(${yearOf('grant_date')}, ${maintYear}) end`;
  const granted = `grant_date is not null and legal_status not in ('pending', 'rejected', 'withdrawn')`;
  const type = `case patent_type when 'invention' then 0 when 'utilityModel' then 2 when 'design' then 4 end`;
  return [
    eventSelect(yearOf('grant_date'), `${type} + ${holder}`, src, granted),
    eventSelect(exitYear, `6 + ${holder} + case when ${hvYear} < ${exitYear} then 2 else 0 end`, src, `${granted} and ${inv} and ${ending}`),
    eventSelect(hvYear, `10 + ${holder}`, src, `${granted} and ${inv} and (not (${ending}) or ${hvYear} < ${exitYear})`),
  ].join('\nunion all\n');
}

/** Events of trademarks: registered (a flow and a stock entry) and ended (a stock exit). */
export function trademarkEventsSql(src: string): string {
  const ending = `status in ('cancelled', 'revoked', 'invalidated', 'expired') and status_date is not null`;
  return [eventSelect(yearOf('registration_date'), `12 + ${holder}`, src, 'true'), eventSelect(yearOf('status_date'), `14 + ${holder}`, src, ending)].join('\nunion all\n');
}

/** Events of PCT applications: filed in the year of the international filing date. */
export function pctEventsSql(src: string): string {
  return eventSelect(yearOf('filing_date'), `16 + ${holder}`, src, 'true');
}

/** Events of geographical indications: registered, and revoked. */
export function giEventsSql(src: string): string {
  return [eventSelect(yearOf('registration_date'), '18', src, 'true'), eventSelect(yearOf('status_date'), '19', src, `status = 'revoked' and status_date is not null`)].join('\nunion all\n');
}

/** The sum of one measure over the per-code sums `n`. */
function measureSum(m: Measure): string {
  const whens = Object.entries(EVENT_MEASURES)
    .filter(([, contributes]) => contributes[m] !== undefined)
    .map(([k, contributes]) => `when ${k} then ${contributes[m] === 1 ? 'n' : '-n'}`);
  return `sum(case k ${whens.join(' ')} else 0 end)`;
}

/**
 * Sums events per region code and year; rows whose every measure nets to zero are left out. The
 * per-code counts are integers so that the sums over them add in bigint, not in numeric.
 */
export function aggregateEventsSql(events: string): string {
  const sums = MEASURE_KEYS.map((m) => `${measureSum(m)} as ${m}`).join(', ');
  const nonZero = MEASURE_KEYS.map((m) => `${measureSum(m)} <> 0`).join(' or ');
  return `select region_code, year, ${sums} from (select region_code, year, k, cast(sum(s) as integer) as n from (${events}) e group by region_code, year, k) g group by region_code, year having ${nonZero}`;
}
