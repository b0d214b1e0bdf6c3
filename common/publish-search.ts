import { z } from 'zod';
import { dateField } from './fields';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';

const DateSchema = dateField();
const oneOrMany = <T extends z.ZodType>(s: T) =>
  z
    .union([s, z.array(s)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? (v as z.output<T>[]) : [v as z.output<T>]));

/** What the search index holds: articles (publish), meetings and agreements (conference), tasks (tasks). */
export const SEARCH_TYPES = ['article', 'meeting', 'agreement', 'task'] as const;
export const SearchTypeLabels: Record<string, { zh: string; en: string }> = {
  article: { zh: '资讯', en: 'Article' },
  meeting: { zh: '会议', en: 'Meeting' },
  agreement: { zh: '协议', en: 'Agreement' },
  task: { zh: '任务', en: 'Task' },
  enforcementCase: { zh: '执法案件', en: 'Enforcement case' },
};

export const SearchQuerySchema = z
  .object({
    q: z.string().trim().min(1, '请输入搜索词').max(100, '不能超过100个字符'),
    type: oneOrMany(z.string().trim().min(1).max(30)),
    kind: oneOrMany(z.string().trim().min(1).max(50)),
    regionCode: RegionCodeSchema.optional(),
    from: DateSchema.optional(),
    to: DateSchema.optional(),
    sort: z.enum(['relevance', 'date']).default('relevance'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  });
export type SearchQuery = z.output<typeof SearchQuerySchema>;

const HighlightedSchema = z.array(z.object({ text: z.string(), hit: z.boolean() }));
export type HighlightedText = z.infer<typeof HighlightedSchema>;

export const SearchHitSchema = z.object({
  entityType: z.string(),
  entityId: z.string(),
  title: z.string(),
  titleHighlight: HighlightedSchema,
  snippet: HighlightedSchema,
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  kind: z.string().nullable(),
  date: z.string().nullable(),
  visibility: z.enum(['public', 'internal']),
  url: z.string(),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;
export const SearchResultSchema = pageOf(SearchHitSchema).extend({ terms: z.array(z.string()) }).meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** A figure a report stated, kept apart from the figures the stats module computes. */
export const ReportedFigureSchema = z
  .object({
    id: z.string(),
    indicator: z.string(),
    indicatorId: z.string().nullable(),
    value: z.number(),
    unit: z.string(),
    year: z.number().int().nullable(),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    articleId: z.string().nullable(),
    articleTitle: z.string().nullable(),
    source: z.string().nullable(),
    orgName: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ReportedFigure' });
export type ReportedFigure = z.infer<typeof ReportedFigureSchema>;

export const FIGURE_SORT_FIELDS = ['year', 'indicator', 'value', 'createdAt'] as const;
export const FigureListQuerySchema = pageQuery(FIGURE_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional().describe('part of the indicator name'),
  indicatorId: z.string().trim().max(60).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  regionCode: RegionCodeSchema.optional(),
  articleId: z.uuid().optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type FigureListQuery = z.output<typeof FigureListQuerySchema>;
export const FigurePageSchema = pageOf(ReportedFigureSchema).meta({ id: 'ReportedFigurePage' });

/** Top-ten events. */
export const TOP_TEN_SOURCES = ['meeting', 'agreement', 'unveiling', 'article'] as const;
export const TopTenSourceSchema = z.enum(TOP_TEN_SOURCES);
export const TopTenSourceLabels: Record<(typeof TOP_TEN_SOURCES)[number], { zh: string; en: string }> = {
  meeting: { zh: '会议', en: 'Meeting' },
  agreement: { zh: '签约', en: 'Agreement' },
  unveiling: { zh: '揭牌', en: 'Unveiling' },
  article: { zh: '资讯', en: 'Article' },
};

export const TopTenCandidateSchema = z.object({
  type: TopTenSourceSchema,
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  regionCode: z.string().nullable(),
  summary: z.string().nullable(),
  url: z.string().nullable(),
});
export type TopTenCandidate = z.infer<typeof TopTenCandidateSchema>;

export const TopTenItemInputSchema = z.object({
  type: TopTenSourceSchema,
  id: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1, '请填写事件标题').max(200),
  summary: z.string().trim().max(500).nullable().optional(),
});

export const TopTenSaveSchema = z
  .object({
    regionCode: RegionCodeSchema,
    title: z.string().trim().min(1, '请填写标题').max(100).optional(),
    items: z.array(TopTenItemInputSchema).min(1, '至少选择一项').max(10, '最多十项'),
  })
  .meta({ id: 'TopTenSave' });
export type TopTenSave = z.output<typeof TopTenSaveSchema>;

export const TopTenItemSchema = TopTenCandidateSchema.extend({ position: z.number().int() });
export const TopTenListSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    regionCode: z.string(),
    regionName: z.string(),
    title: z.string(),
    status: z.enum(['draft', 'published']),
    publishedAt: z.string().nullable(),
    items: z.array(TopTenItemSchema),
    updatedAt: z.string(),
  })
  .meta({ id: 'TopTenList' });
export type TopTenList = z.infer<typeof TopTenListSchema>;

export const TopTenParamsSchema = z.object({ year: z.coerce.number().int().min(1990, '年份无效').max(2100, '年份无效') });
export const TopTenQuerySchema = z.object({ regionCode: RegionCodeSchema.optional() });
