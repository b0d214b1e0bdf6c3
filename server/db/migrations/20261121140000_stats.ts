import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

// The columns the facts SQL reads come first: PostgreSQL decodes a row only up to the last column
// a query needs, so the long texts (title, holder, classification) sit at the end.
const PATENT_COLUMNS = `
  application_no text collate "C" not null,
  patent_type text not null,
  application_date date not null,
  grant_date date,
  legal_status text not null,
  status_date date,
  holder_kind text not null,
  region_code text,
  sei_code text,
  overseas_family boolean not null default false,
  pledge_amount bigint,
  award text,
  title text,
  holder_name text not null,
  main_ipc text`;

const TRADEMARK_COLUMNS = `
  registration_no text collate "C" not null,
  nice_class smallint not null,
  mark_name text,
  holder_name text not null,
  holder_kind text not null,
  region_code text,
  registration_date date not null,
  status text not null,
  status_date date,
  madrid boolean not null default false`;

const PCT_COLUMNS = `
  pct_no text collate "C" not null,
  filing_date date not null,
  applicant_name text not null,
  holder_kind text not null,
  region_code text,
  main_ipc text,
  title text`;

const GI_COLUMNS = `
  gi_no text collate "C" not null,
  name text not null,
  gi_kind text not null,
  region_code text not null,
  holder_name text,
  registration_date date not null,
  status text not null,
  status_date date`;

const BASELINE_COLUMNS = `
  region_code text collate "C" not null,
  year integer not null,
  population numeric(14, 2),
  population_source text,
  gdp numeric(16, 2),
  gdp_source text,
  area numeric(14, 2),
  area_source text`;

const FIGURE_COLUMNS = `
  region_code text collate "C" not null,
  year integer not null,
  measure text not null,
  value bigint not null,
  source text not null`;

const FACT_MEASURES = [
  'grants_inv_dom', 'grants_inv_for', 'grants_um_dom', 'grants_um_for', 'grants_des_dom', 'grants_des_for',
  'inv_stock_dom', 'inv_stock_for', 'hv_stock_dom', 'hv_stock_for', 'tm_regs_dom', 'tm_regs_for',
  'tm_stock_dom', 'tm_stock_for', 'pct_dom', 'pct_for', 'gi_stock',
];

/** Tables of the `stats` module: IP records, baselines, published figures, facts, indicator values, publications. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const stage = (name: string, columns: string) => `
    create unlogged table ${name}_stage (import_id uuid not null, row_no integer not null, ${columns.replace(/ not null default [a-z]+/g, '').replace(/ not null/g, '')});
    create index ${name}_stage_import_idx on ${name}_stage (import_id);`;
  await runSql(
    db,
    `
    create table stats_patent (${PATENT_COLUMNS},
      import_id uuid,
      updated_at timestamptz not null default now(),
      primary key (application_no),
      check (patent_type in ('invention', 'utilityModel', 'design')),
      check (holder_kind in ('enterprise', 'university', 'institute', 'individual', 'foreign')),
      check (region_code is null or region_code ~ '^[0-9]{6}$'),
      check (grant_date is null or grant_date >= application_date)
    );
    create index stats_patent_region_idx on stats_patent (region_code text_pattern_ops, grant_date);

    create table stats_trademark (${TRADEMARK_COLUMNS},
      import_id uuid,
      updated_at timestamptz not null default now(),
      primary key (registration_no),
      check (nice_class between 1 and 45),
      check (region_code is null or region_code ~ '^[0-9]{6}$')
    );
    create index stats_trademark_region_idx on stats_trademark (region_code text_pattern_ops, registration_date);

    create table stats_pct (${PCT_COLUMNS},
      import_id uuid,
      updated_at timestamptz not null default now(),
      primary key (pct_no),
      check (region_code is null or region_code ~ '^[0-9]{6}$')
    );
    create index stats_pct_region_idx on stats_pct (region_code text_pattern_ops, filing_date);

    create table stats_gi (${GI_COLUMNS},
      import_id uuid,
      updated_at timestamptz not null default now(),
      primary key (gi_no),
      check (region_code ~ '^[0-9]{6}$')
    );
    create index stats_gi_region_idx on stats_gi (region_code text_pattern_ops);

    create table stats_baseline (${BASELINE_COLUMNS},
      updated_at timestamptz not null default now(),
      primary key (region_code, year),
      check (population is null or population > 0),
      check (gdp is null or gdp > 0),
      check (area is null or area > 0)
    );

    create table stats_figure (${FIGURE_COLUMNS},
      updated_at timestamptz not null default now(),
      primary key (region_code, year, measure),
      check (value >= 0)
    );

    create table stats_fact (
      region_code text collate "C" not null,
      year integer not null,
      ${FACT_MEASURES.map((m) => `${m} bigint not null default 0`).join(',\n      ')},
      primary key (region_code, year)
    );

    create table stats_value (
      region_code text collate "C" not null,
      year integer not null,
      peer text,
      peer2 text,
      indicators text[] not null,
      value double precision[] not null,
      numerator double precision[] not null,
      denominator double precision[] not null,
      basis text[] not null,
      rank integer[] not null,
      rank_of integer[] not null,
      rank2 integer[] not null,
      rank2_of integer[] not null,
      primary key (region_code, year)
    );
    create index stats_value_peer_idx on stats_value (year, peer);
    create index stats_value_peer2_idx on stats_value (year, peer2);

    create table stats_publication (
      region_code text collate "C" not null,
      year integer not null,
      narrative text not null,
      published_at timestamptz not null,
      published_by uuid,
      published_by_name text,
      primary key (region_code, year)
    );

    create table stats_published_value (
      region_code text collate "C" not null,
      year integer not null,
      indicator_id text not null,
      value double precision,
      previous double precision,
      rank integer,
      rank_of integer,
      peer_label text,
      streak integer not null default 0,
      national_value double precision,
      basis text,
      definition_version text not null,
      primary key (region_code, year, indicator_id),
      foreign key (region_code, year) references stats_publication (region_code, year) on delete cascade
    );

    create table stats_report (
      id uuid primary key default gen_random_uuid(),
      region_code text not null,
      year integer not null,
      title text not null,
      pdf_file_id uuid not null references file (id),
      xlsx_file_id uuid not null references file (id),
      created_by uuid,
      created_by_name text,
      created_at timestamptz not null default now()
    );
    create index stats_report_created_idx on stats_report (created_at desc);

    create table stats_import (
      id uuid primary key,
      kind text not null,
      file_name text not null,
      status text not null check (status in ('running', 'succeeded', 'failed')),
      total integer not null default 0,
      inserted integer not null default 0,
      updated integer not null default 0,
      unchanged integer not null default 0,
      error_count integer not null default 0,
      created_by uuid,
      created_by_name text,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index stats_import_created_idx on stats_import (created_at desc);

    create table stats_setting (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now()
    );

    ${stage('stats_patent', PATENT_COLUMNS)}
    ${stage('stats_trademark', TRADEMARK_COLUMNS)}
    ${stage('stats_pct', PCT_COLUMNS)}
    ${stage('stats_gi', GI_COLUMNS)}
    ${stage('stats_baseline', BASELINE_COLUMNS)}
    ${stage('stats_figure', FIGURE_COLUMNS)}
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `drop table stats_patent_stage, stats_trademark_stage, stats_pct_stage, stats_gi_stage, stats_baseline_stage, stats_figure_stage,
       stats_setting, stats_import, stats_report, stats_published_value, stats_publication, stats_value, stats_fact,
       stats_figure, stats_baseline, stats_gi, stats_pct, stats_trademark, stats_patent;`,
  );
}
