import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type NumericNull = ColumnType<string | null, number | string | null | undefined, number | string | null>;
/** bigint counts come back as numbers (the shared type parser). */
type Count = ColumnType<number, number | undefined, number>;
/** The packed years and codes of a record's events (domain/event-key.ts), computed by the database. */
type EventKey = GeneratedAlways<number | null>;

/** Patents, keyed by application number; statistics attribute a patent to its first holder's region. */
export interface StatsPatentTable {
  application_no: string;
  patent_type: string;
  title: string | null;
  application_date: string;
  grant_date: string | null;
  legal_status: string;
  status_date: string | null;
  holder_name: string;
  holder_kind: string;
  /** Null for a foreign holder without an address in China (counted in the national total only). */
  region_code: string | null;
  main_ipc: string | null;
  sei_code: string | null;
  overseas_family: boolean;
  /** Pledge financing amount in fen. */
  pledge_amount: number | null;
  award: string | null;
  import_id: string | null;
  updated_at: Generated<Date>;
  event_key: EventKey;
}

export interface StatsTrademarkTable {
  registration_no: string;
  nice_class: number;
  mark_name: string | null;
  holder_name: string;
  holder_kind: string;
  region_code: string | null;
  registration_date: string;
  status: string;
  status_date: string | null;
  madrid: boolean;
  import_id: string | null;
  updated_at: Generated<Date>;
  event_key: EventKey;
}

export interface StatsPctTable {
  pct_no: string;
  filing_date: string;
  applicant_name: string;
  holder_kind: string;
  region_code: string | null;
  main_ipc: string | null;
  title: string | null;
  import_id: string | null;
  updated_at: Generated<Date>;
  event_key: EventKey;
}

export interface StatsGiTable {
  gi_no: string;
  name: string;
  gi_kind: string;
  region_code: string;
  holder_name: string | null;
  registration_date: string;
  status: string;
  status_date: string | null;
  import_id: string | null;
  updated_at: Generated<Date>;
  event_key: EventKey;
}

/** Year-end resident population (万人), GDP (亿元) and land area (km²) of a region, each with its source. */
export interface StatsBaselineTable {
  region_code: string;
  year: number;
  population: NumericNull;
  population_source: string | null;
  gdp: NumericNull;
  gdp_source: string | null;
  area: NumericNull;
  area_source: string | null;
  updated_at: Instant;
}

/** Published totals (e.g. CNIPA's annual report) of regions whose records the platform does not hold. */
export interface StatsFigureTable {
  region_code: string;
  year: number;
  measure: string;
  value: Count;
  source: string;
  updated_at: Instant;
}

/**
 * Net yearly contributions of the records of one region code to every measure: flows count the
 * year's events, stock columns hold entries minus exits (the stock is the running sum).
 */
export interface StatsFactTable {
  region_code: string;
  year: number;
  grants_inv_dom: Count;
  grants_inv_for: Count;
  grants_um_dom: Count;
  grants_um_for: Count;
  grants_des_dom: Count;
  grants_des_for: Count;
  inv_stock_dom: Count;
  inv_stock_for: Count;
  hv_stock_dom: Count;
  hv_stock_for: Count;
  tm_regs_dom: Count;
  tm_regs_for: Count;
  tm_stock_dom: Count;
  tm_stock_for: Count;
  pct_dom: Count;
  pct_for: Count;
  gi_stock: Count;
}

/**
 * The indicators of every region with data and every year, one row per region and year: arrays
 * indexed like `indicators` (a region's whole dashboard is one or two dozen rows to read).
 */
export interface StatsValueTable {
  region_code: string;
  year: number;
  peer: string | null;
  peer2: string | null;
  indicators: string[];
  value: (number | null)[];
  numerator: (number | null)[];
  denominator: (number | null)[];
  basis: (string | null)[];
  rank: (number | null)[];
  rank_of: (number | null)[];
  rank2: (number | null)[];
  rank2_of: (number | null)[];
}

export interface StatsPublicationTable {
  region_code: string;
  year: number;
  narrative: string;
  published_at: Instant;
  published_by: string | null;
  published_by_name: string | null;
}

/** What the public sees: a frozen copy of the values at the moment of publishing. */
export interface StatsPublishedValueTable {
  region_code: string;
  year: number;
  indicator_id: string;
  value: number | null;
  previous: number | null;
  rank: number | null;
  rank_of: number | null;
  peer_label: string | null;
  streak: number;
  national_value: number | null;
  basis: string | null;
  definition_version: string;
}

export interface StatsReportTable {
  id: Generated<string>;
  region_code: string;
  year: number;
  title: string;
  pdf_file_id: string;
  xlsx_file_id: string;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Generated<Date>;
}

export interface StatsImportTable {
  id: string;
  kind: string;
  file_name: string;
  status: string;
  total: Generated<number>;
  inserted: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  error_count: Generated<number>;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Generated<Date>;
  finished_at: Instant | null;
}

export interface StatsSettingTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Instant;
}

/** Rows of an import in progress, checked here before they are merged in one transaction. */
export type StatsStage<T> = Omit<T, 'import_id' | 'updated_at'> & { import_id: string; row_no: number };

export interface StatsTables {
  stats_patent: StatsPatentTable;
  stats_trademark: StatsTrademarkTable;
  stats_pct: StatsPctTable;
  stats_gi: StatsGiTable;
  stats_baseline: StatsBaselineTable;
  stats_figure: StatsFigureTable;
  stats_fact: StatsFactTable;
  stats_value: StatsValueTable;
  stats_publication: StatsPublicationTable;
  stats_published_value: StatsPublishedValueTable;
  stats_report: StatsReportTable;
  stats_import: StatsImportTable;
  stats_setting: StatsSettingTable;
  stats_patent_stage: StatsStage<StatsPatentTable>;
  stats_trademark_stage: StatsStage<StatsTrademarkTable>;
  stats_pct_stage: StatsStage<StatsPctTable>;
  stats_gi_stage: StatsStage<StatsGiTable>;
  stats_baseline_stage: StatsStage<StatsBaselineTable>;
  stats_figure_stage: StatsStage<StatsFigureTable>;
}
