import { MEASURE_KEYS, type Measure, NATION_CODE } from '../../../../common/stats';

/*
 * The SQL that turns records into facts: per region code and year, the net contribution of the
 * records to every measure. Each record emits events (granted, ended, became high-value,
 * registered, filed), each signed by the source's `s` column (+1 to add records, -1 to take old
 * versions away), so a full rebuild and an incremental delta are the same query over different
 * rows. The text is plain SQL that PostgreSQL 15, PGlite and DuckDB all run (the benchmark
 * compares them on it).
 */

type Cols = Partial<Record<Measure, string>>;

function eventSelect(region: string, year: string, cols: Cols, from: string, where: string): string {
  const list = MEASURE_KEYS.map((m) => `${cols[m] ? `s * (${cols[m]})` : '0'} as ${m}`).join(', ');
  return `select coalesce(${region}, '${NATION_CODE}') as region_code, ${year} as year, ${list} from ${from} where ${where}`;
}

// date_part answers a double, cheaper than extract's numeric on PostgreSQL 14 and later.
const yearOf = (col: string) => `cast(date_part('year', ${col}) as integer)`;
const int = (cond: string) => `cast((${cond}) as integer)`;

/**
 * Events of patents from `src` (a table or parenthesised query with the stats_patent columns and
 * a sign column `s`). `thresholdFen` is the pledge amount from which a patent counts as high-value.
 */
export function patentEventsSql(src: string, thresholdFen: number): string {
  const t = Math.max(1, Math.round(thresholdFen));
  const dom = `holder_kind <> 'foreign'`;
  const inv = `patent_type = 'invention'`;
  const ending = `legal_status in ('lapsed', 'invalidated', 'expired') and status_date is not null`;
  const exitYear = yearOf('status_date');
  // Maintained more than ten years at the end of year y: the filing date plus ten years falls before 31 December of y.
  const maintYear = `${yearOf('application_date')} + case when date_part('month', application_date) = 12 and date_part('day', application_date) = 31 then 11 else 10 end`;
  const staticHv = `(sei_code is not null or overseas_family or (pledge_amount is not null and pledge_amount >= ${t}) or award is not null)`;
  const hvYear = `case when ${staticHv} then ${yearOf('grant_date')} else greatest(${yearOf('grant_date')}, ${maintYear}) end`;
  const granted = `grant_date is not null and legal_status not in ('pending', 'rejected', 'withdrawn')`;
  const grants: Cols = {
    grants_inv_dom: int(`${inv} and ${dom}`),
    grants_inv_for: int(`${inv} and not (${dom})`),
    grants_um_dom: int(`patent_type = 'utilityModel' and ${dom}`),
    grants_um_for: int(`patent_type = 'utilityModel' and not (${dom})`),
    grants_des_dom: int(`patent_type = 'design' and ${dom}`),
    grants_des_for: int(`patent_type = 'design' and not (${dom})`),
    inv_stock_dom: int(`${inv} and ${dom}`),
    inv_stock_for: int(`${inv} and not (${dom})`),
  };
  const exits: Cols = {
    inv_stock_dom: `-${int(`${inv} and ${dom}`)}`,
    inv_stock_for: `-${int(`${inv} and not (${dom})`)}`,
    hv_stock_dom: `-${int(`${inv} and ${dom} and ${hvYear} < ${exitYear}`)}`,
    hv_stock_for: `-${int(`${inv} and not (${dom}) and ${hvYear} < ${exitYear}`)}`,
  };
  const hv: Cols = { hv_stock_dom: int(dom), hv_stock_for: int(`not (${dom})`) };
  return [
    eventSelect('region_code', yearOf('grant_date'), grants, src, granted),
    eventSelect('region_code', exitYear, exits, src, `${granted} and ${ending}`),
    eventSelect('region_code', hvYear, hv, src, `${granted} and ${inv} and (not (${ending}) or ${hvYear} < ${exitYear})`),
  ].join('\nunion all\n');
}

/** Events of trademarks: registered (a flow and a stock entry) and ended (a stock exit). */
export function trademarkEventsSql(src: string): string {
  const dom = `holder_kind <> 'foreign'`;
  const ending = `status in ('cancelled', 'revoked', 'invalidated', 'expired') and status_date is not null`;
  return [
    eventSelect('region_code', yearOf('registration_date'), { tm_regs_dom: int(dom), tm_regs_for: int(`not (${dom})`), tm_stock_dom: int(dom), tm_stock_for: int(`not (${dom})`) }, src, 'true'),
    eventSelect('region_code', yearOf('status_date'), { tm_stock_dom: `-${int(dom)}`, tm_stock_for: `-${int(`not (${dom})`)}` }, src, ending),
  ].join('\nunion all\n');
}

/** Events of PCT applications: filed in the year of the international filing date. */
export function pctEventsSql(src: string): string {
  const dom = `holder_kind <> 'foreign'`;
  return eventSelect('region_code', yearOf('filing_date'), { pct_dom: int(dom), pct_for: int(`not (${dom})`) }, src, 'true');
}

/** Events of geographical indications: registered, and revoked. */
export function giEventsSql(src: string): string {
  return [
    eventSelect('region_code', yearOf('registration_date'), { gi_stock: '1' }, src, 'true'),
    eventSelect('region_code', yearOf('status_date'), { gi_stock: '-1' }, src, `status = 'revoked' and status_date is not null`),
  ].join('\nunion all\n');
}

/** Sums events per region code and year; rows whose every measure nets to zero are left out. */
export function aggregateEventsSql(events: string): string {
  const sums = MEASURE_KEYS.map((m) => `sum(${m}) as ${m}`).join(', ');
  const nonZero = MEASURE_KEYS.map((m) => `sum(${m}) <> 0`).join(' or ');
  return `select region_code, year, ${sums} from (${events}) e group by region_code, year having ${nonZero}`;
}
