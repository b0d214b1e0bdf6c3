import { z } from 'zod';
import { dateField, patchOf } from './fields';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { Role } from './roles';

/** Kinds of event a report describes (GLOSSARY: joint conference, work conference, summit, …). */
export const EVENT_KINDS = ['jointConference', 'workConference', 'summit', 'seminar', 'signing', 'unveiling', 'training', 'statisticsRelease', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EventKindSchema = z.enum(EVENT_KINDS);
export const EventKindLabels: Record<EventKind, { zh: string; en: string }> = {
  jointConference: { zh: '联席会议', en: 'Joint conference' },
  workConference: { zh: '工作会议', en: 'Work conference' },
  summit: { zh: '峰会', en: 'Summit' },
  seminar: { zh: '研讨会', en: 'Seminar' },
  signing: { zh: '签约', en: 'Signing' },
  unveiling: { zh: '揭牌', en: 'Unveiling' },
  training: { zh: '培训', en: 'Training' },
  statisticsRelease: { zh: '数据发布', en: 'Statistics release' },
  other: { zh: '其他', en: 'Other' },
};

/** An article moves draft → review → published; review can send it back, and a published one can be withdrawn to draft. */
export const ARTICLE_STATUSES = ['draft', 'review', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES);
export const ArticleStatusLabels: Record<ArticleStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  review: { zh: '待审核', en: 'In review' },
  published: { zh: '已发布', en: 'Published' },
};

/** Who may use the publishing pages: members write, the office reviews and publishes. */
export const PublishAccess = {
  write: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.Liaison],
  review: [Role.Admin, Role.OfficeStaff],
} as const;

export const ArticleLimits = { titleMax: 200, summaryMax: 500, sourceMax: 100, bodyMax: 100_000, attachmentsMax: 10 } as const;

const DateSchema = dateField();
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}个字符`)
    .nullable()
    .optional()
    .transform((v) => (v === '' || v == null ? null : v));

export const ArticleCreateSchema = z
  .object({
    title: z.string().trim().min(1, '请填写标题').max(ArticleLimits.titleMax, `不能超过${ArticleLimits.titleMax}个字符`),
    summary: optionalText(ArticleLimits.summaryMax),
    body: z.string().trim().min(1, '请填写正文').max(ArticleLimits.bodyMax, `不能超过${ArticleLimits.bodyMax}个字符`),
    source: optionalText(ArticleLimits.sourceMax),
    sourceUrl: z.url('网址格式不正确').max(500).nullable().optional().or(z.literal('').transform(() => null)),
    eventKind: EventKindSchema.default('other'),
    eventDate: DateSchema.nullable().optional(),
    sourceDate: DateSchema.nullable().optional(),
    eventRegionCode: RegionCodeSchema.nullable().optional(),
  })
  .meta({ id: 'ArticleCreate' });
export type ArticleCreate = z.output<typeof ArticleCreateSchema>;
export type ArticleCreateInput = z.input<typeof ArticleCreateSchema>;

export const ArticleUpdateSchema = patchOf(ArticleCreateSchema).meta({ id: 'ArticleUpdate' });
export type ArticleUpdate = z.output<typeof ArticleUpdateSchema>;

export const ArticleAttachmentSchema = z.object({ id: z.string(), name: z.string(), size: z.number().int(), mime: z.string() });
export type ArticleAttachment = z.infer<typeof ArticleAttachmentSchema>;

export const ArticleSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    body: z.string(),
    originalText: z.string().nullable(),
    source: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    eventKind: EventKindSchema,
    eventDate: z.string().nullable(),
    sourceDate: z.string().nullable(),
    eventRegionCode: z.string().nullable(),
    eventRegionName: z.string().nullable(),
    status: ArticleStatusSchema,
    reviewNote: z.string().nullable(),
    authorOrgId: z.string(),
    authorOrgName: z.string(),
    regionCode: z.string(),
    meetingId: z.string().nullable(),
    attachments: z.array(ArticleAttachmentSchema),
    publishedAt: z.string().nullable(),
    /** The date the news list shows (original report, else event, else publication here); null until published. */
    newsDate: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Article' });
export type Article = z.infer<typeof ArticleSchema>;

export const ARTICLE_SORT_FIELDS = ['newsDate', 'title', 'eventDate', 'status', 'updatedAt'] as const;
const oneOrMany = <T extends z.ZodType>(s: T) =>
  z
    .union([s, z.array(s)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? (v as z.output<T>[]) : [v as z.output<T>]));

export const ArticleListQuerySchema = pageQuery(ARTICLE_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional().describe('part of the title, summary or source'),
  status: oneOrMany(ArticleStatusSchema),
  eventKind: oneOrMany(EventKindSchema),
  regionCode: RegionCodeSchema.optional().describe('event region subtree'),
  authorOrgId: z.uuid().optional(),
  from: DateSchema.optional().describe('news date from'),
  to: DateSchema.optional().describe('news date to'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ArticleListQuery = z.output<typeof ArticleListQuerySchema>;
export const ArticlePageSchema = pageOf(ArticleSchema.omit({ body: true, originalText: true })).meta({ id: 'ArticlePage' });
export type ArticleListItem = Omit<Article, 'body' | 'originalText'>;

export const ReviewSchema = z.object({ note: optionalText(Limits.textMax) }).meta({ id: 'ArticleReview' });

/** An article as a signed-out visitor sees it. */
export const PublicArticleSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    body: z.string(),
    source: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    eventKind: EventKindSchema,
    eventDate: z.string().nullable(),
    eventRegionName: z.string().nullable(),
    authorOrgName: z.string(),
    newsDate: z.string(),
    attachments: z.array(ArticleAttachmentSchema),
  })
  .meta({ id: 'PublicArticle' });
export type PublicArticle = z.infer<typeof PublicArticleSchema>;

export const PublicNewsQuerySchema = pageQuery(['newsDate'] as const).extend({
  q: z.string().trim().max(100).optional(),
  eventKind: oneOrMany(EventKindSchema),
  regionCode: RegionCodeSchema.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type PublicNewsQuery = z.output<typeof PublicNewsQuerySchema>;
export const PublicNewsPageSchema = pageOf(PublicArticleSchema.omit({ body: true })).meta({ id: 'PublicNewsPage' });
export type PublicNewsItem = Omit<PublicArticle, 'body'>;
