import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type Numeric = ColumnType<string, string | number, string | number>;

export interface ArticleTable {
  id: Generated<string>;
  title: string;
  /** Sort key: the title in toneless pinyin (see text-sort.ts). */
  title_pinyin: string;
  summary: string | null;
  body: string;
  /** The report as it arrived (ingest), before cleaning. */
  original_text: string | null;
  source: string | null;
  source_url: string | null;
  event_kind: string;
  event_date: string | null;
  /** The date the original report was published on, when known. */
  source_date: string | null;
  /** The region the report is about. */
  event_region_code: string | null;
  /** The author organisation's region: what data scopes filter on. */
  region_code: string;
  author_org_id: string;
  status: string;
  review_note: string | null;
  meeting_id: string | null;
  /** What the toolkit read from the report, as saved (for comparing with the corrections). */
  facts: ColumnType<unknown, string | null, string | null> | null;
  published_at: Date | null;
  /** The date the news list shows and sorts by: the original report's date, or the day it was published here. */
  news_date: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Instant;
}

export interface ArticleAttachmentTable {
  article_id: string;
  file_id: string;
  position: number;
}

export interface ReportedFigureTable {
  id: Generated<string>;
  article_id: string | null;
  indicator: string;
  indicator_id: string | null;
  value: Numeric;
  unit: string;
  year: number | null;
  region_code: string | null;
  /** The recording organisation and its region (data scope). */
  org_id: string;
  scope_region_code: string;
  source: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface TopTenListTable {
  id: Generated<string>;
  region_code: string;
  year: number;
  title: string;
  status: string;
  published_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Instant;
}

export interface TopTenItemTable {
  list_id: string;
  position: number;
  source_type: string;
  source_id: string;
  title: string;
  summary: string | null;
  date: string | null;
  region_code: string | null;
  url: string | null;
}

/** Tables of the `publish` module. */
export interface PublishTables {
  article: ArticleTable;
  article_attachment: ArticleAttachmentTable;
  reported_figure: ReportedFigureTable;
  top_ten_list: TopTenListTable;
  top_ten_item: TopTenItemTable;
}
