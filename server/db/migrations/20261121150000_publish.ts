import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/** Tables of the `publish` module, and the search index's substring column and tokeniser version. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    create table article (
      id uuid primary key default gen_random_uuid(),
      title text not null check (length(title) between 1 and 200),
      title_pinyin text collate "C" not null default '',
      summary text,
      body text not null,
      original_text text,
      source text,
      source_url text,
      event_kind text not null default 'other'
        check (event_kind in ('jointConference', 'workConference', 'summit', 'seminar', 'signing', 'unveiling', 'training', 'statisticsRelease', 'other')),
      event_date date,
      source_date date,
      event_region_code text check (event_region_code ~ '^[0-9]{6}$'),
      region_code text not null check (region_code ~ '^[0-9]{6}$'),
      author_org_id uuid not null references org (id),
      status text not null default 'draft' check (status in ('draft', 'review', 'published')),
      review_note text,
      meeting_id uuid,
      facts jsonb,
      published_at timestamptz,
      news_date date,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (status <> 'published' or (published_at is not null and news_date is not null))
    );
    create index article_status_idx on article (status, published_at desc);
    create index article_region_idx on article (region_code text_pattern_ops);
    create index article_event_region_idx on article (event_region_code text_pattern_ops);
    create index article_author_org_idx on article (author_org_id);
    create index article_news_date_idx on article (news_date desc) where status = 'published';

    create table article_attachment (
      article_id uuid not null references article (id) on delete cascade,
      file_id uuid not null references file (id),
      position integer not null,
      primary key (article_id, file_id)
    );

    create table reported_figure (
      id uuid primary key default gen_random_uuid(),
      article_id uuid references article (id) on delete cascade,
      indicator text not null,
      indicator_id text,
      value numeric not null,
      unit text not null,
      year integer check (year between 1990 and 2100),
      region_code text check (region_code ~ '^[0-9]{6}$'),
      org_id uuid not null references org (id),
      scope_region_code text not null,
      source text,
      created_by uuid,
      created_at timestamptz not null default now()
    );
    create index reported_figure_indicator_idx on reported_figure (indicator_id, year);
    create index reported_figure_region_idx on reported_figure (region_code text_pattern_ops);
    create index reported_figure_article_idx on reported_figure (article_id);

    create table top_ten_list (
      id uuid primary key default gen_random_uuid(),
      region_code text not null check (region_code ~ '^[0-9]{6}$'),
      year integer not null check (year between 1990 and 2100),
      title text not null,
      status text not null default 'draft' check (status in ('draft', 'published')),
      published_at timestamptz,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (region_code, year)
    );

    create table top_ten_item (
      list_id uuid not null references top_ten_list (id) on delete cascade,
      position integer not null check (position between 1 and 10),
      source_type text not null check (source_type in ('meeting', 'agreement', 'unveiling', 'article')),
      source_id text not null,
      title text not null,
      summary text,
      date date,
      region_code text,
      url text,
      primary key (list_id, position)
    );

    alter table search_document add column simplified text not null default '';
    alter table search_document add column tokens_version integer not null default 1;
    create index search_document_simplified_idx on search_document using gin (simplified gin_trgm_ops);
    create index search_document_date_idx on search_document (date);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    drop index search_document_date_idx;
    drop index search_document_simplified_idx;
    alter table search_document drop column tokens_version;
    alter table search_document drop column simplified;
    drop table top_ten_item, top_ten_list, reported_figure, article_attachment, article;
    `,
  );
}
