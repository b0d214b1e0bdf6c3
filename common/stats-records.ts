import { z } from 'zod';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import {
  AWARDS,
  BASES,
  GI_KINDS,
  GI_STATUSES,
  HOLDER_KINDS,
  IndicatorIdSchema,
  MeasureSchema,
  PATENT_STATUSES,
  PATENT_TYPES,
  TRADEMARK_STATUSES,
  YearSchema,
} from './stats';

/** One value or several of an enum in a query string (?type=a&type=b). */
const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1'));

const listBase = {
  q: z.string().trim().max(100).optional().describe('record number, holder or title'),
  regionCode: RegionCodeSchema.optional().describe('only records of this region subtree'),
  year: YearSchema.optional().describe('grant / registration / filing year'),
  holderKind: many(HOLDER_KINDS),
};

export const PATENT_SORT_FIELDS = ['applicationNo', 'applicationDate', 'grantDate', 'regionCode'] as const;
export const PatentListQuerySchema = pageQuery(PATENT_SORT_FIELDS).extend({
  ...listBase,
  type: many(PATENT_TYPES),
  status: many(PATENT_STATUSES),
  highValue: flag.describe('only high-value invention patents (as of today)'),
});
export type PatentListQuery = z.output<typeof PatentListQuerySchema>;

export const PatentSchema = z
  .object({
    applicationNo: z.string(),
    type: z.enum(PATENT_TYPES),
    title: z.string().nullable(),
    applicationDate: z.string(),
    grantDate: z.string().nullable(),
    legalStatus: z.enum(PATENT_STATUSES),
    statusDate: z.string().nullable(),
    holderName: z.string(),
    holderKind: z.enum(HOLDER_KINDS),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    mainIpc: z.string().nullable(),
    seiCode: z.string().nullable(),
    overseasFamily: z.boolean(),
    pledgeAmountYuan: z.number().nullable(),
    award: z.enum(AWARDS).nullable(),
    highValueReasons: z.array(z.string()).describe('which of the five high-value criteria hold today (empty when none)'),
    updatedAt: z.string(),
  })
  .meta({ id: 'StatsPatent' });
export type Patent = z.infer<typeof PatentSchema>;
export const PatentPageSchema = pageOf(PatentSchema).meta({ id: 'StatsPatentPage' });

export const TRADEMARK_SORT_FIELDS = ['registrationNo', 'registrationDate', 'niceClass', 'regionCode'] as const;
export const TrademarkListQuerySchema = pageQuery(TRADEMARK_SORT_FIELDS).extend({
  ...listBase,
  status: many(TRADEMARK_STATUSES),
  niceClass: z.coerce.number().int().min(1).max(45).optional(),
  madrid: flag,
});
export type TrademarkListQuery = z.output<typeof TrademarkListQuerySchema>;
export const TrademarkSchema = z
  .object({
    registrationNo: z.string(),
    niceClass: z.number().int(),
    markName: z.string().nullable(),
    holderName: z.string(),
    holderKind: z.enum(HOLDER_KINDS),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    registrationDate: z.string(),
    status: z.enum(TRADEMARK_STATUSES),
    statusDate: z.string().nullable(),
    madrid: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StatsTrademark' });
export type Trademark = z.infer<typeof TrademarkSchema>;
export const TrademarkPageSchema = pageOf(TrademarkSchema).meta({ id: 'StatsTrademarkPage' });

export const PCT_SORT_FIELDS = ['pctNo', 'filingDate', 'regionCode'] as const;
export const PctListQuerySchema = pageQuery(PCT_SORT_FIELDS).extend(listBase);
export type PctListQuery = z.output<typeof PctListQuerySchema>;
export const PctSchema = z
  .object({
    pctNo: z.string(),
    filingDate: z.string(),
    applicantName: z.string(),
    holderKind: z.enum(HOLDER_KINDS),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    mainIpc: z.string().nullable(),
    title: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StatsPct' });
export type Pct = z.infer<typeof PctSchema>;
export const PctPageSchema = pageOf(PctSchema).meta({ id: 'StatsPctPage' });

export const GI_SORT_FIELDS = ['giNo', 'name', 'registrationDate', 'regionCode'] as const;
export const GiListQuerySchema = pageQuery(GI_SORT_FIELDS).extend({ ...listBase, kind: many(GI_KINDS), status: many(GI_STATUSES) });
export type GiListQuery = z.output<typeof GiListQuerySchema>;
export const GiSchema = z
  .object({
    giNo: z.string(),
    name: z.string(),
    kind: z.enum(GI_KINDS),
    regionCode: z.string(),
    regionName: z.string(),
    holderName: z.string().nullable(),
    registrationDate: z.string(),
    status: z.enum(GI_STATUSES),
    statusDate: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StatsGi' });
export type Gi = z.infer<typeof GiSchema>;
export const GiPageSchema = pageOf(GiSchema).meta({ id: 'StatsGiPage' });

export const RecordNoParamsSchema = z.object({ no: z.string().trim().min(1).max(40) });

// ---- Region baselines ----

const positive = (label: string) =>
  z.coerce
    .number(`${label}应为数字`)
    .refine((v) => Number.isFinite(v) && v > 0, `${label}必须大于0`)
    .nullable()
    .optional()
    .transform((v) => v ?? null);
const source = z
  .string()
  .trim()
  .max(200, '不能超过200个字符')
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

export const BaselineUpsertSchema = z
  .object({
    regionCode: RegionCodeSchema.describe('GB/T 2260 code or 000000 for the country'),
    year: YearSchema,
    population: positive('年末常住人口').describe('year-end resident population in 万人'),
    populationSource: source,
    gdp: positive('地区生产总值').describe('GDP in 亿元'),
    gdpSource: source,
    area: positive('土地面积').describe('land area in km²'),
    areaSource: source,
  })
  .superRefine((v, ctx) => {
    for (const [value, src] of [
      ['population', 'populationSource'],
      ['gdp', 'gdpSource'],
      ['area', 'areaSource'],
    ] as const) {
      if (v[value] !== null && !v[src]) ctx.addIssue({ code: 'custom', path: [src], message: '请填写数据来源' });
    }
    if (v.population === null && v.gdp === null && v.area === null) ctx.addIssue({ code: 'custom', path: ['population'], message: '人口、GDP、面积至少填写一项' });
  })
  .meta({ id: 'StatsBaselineUpsert' });
export type BaselineUpsert = z.output<typeof BaselineUpsertSchema>;

export const BaselineSchema = z
  .object({
    regionCode: z.string(),
    regionName: z.string(),
    year: z.number().int(),
    population: z.number().nullable(),
    populationSource: z.string().nullable(),
    gdp: z.number().nullable(),
    gdpSource: z.string().nullable(),
    area: z.number().nullable(),
    areaSource: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StatsBaseline' });
export type Baseline = z.infer<typeof BaselineSchema>;
export const BASELINE_SORT_FIELDS = ['regionCode', 'year', 'population', 'gdp', 'area'] as const;
export const BaselineListQuerySchema = pageQuery(BASELINE_SORT_FIELDS).extend({
  regionCode: RegionCodeSchema.optional().describe('this region and its subtree'),
  year: YearSchema.optional(),
});
export type BaselineListQuery = z.output<typeof BaselineListQuerySchema>;
/** A baseline as a list shows it to the caller: with whether the caller may change it (the policy decides). */
export const BaselineItemSchema = BaselineSchema.extend({ canEdit: z.boolean() }).meta({ id: 'StatsBaselineItem' });
export type BaselineItem = z.infer<typeof BaselineItemSchema>;
export const BaselinePageSchema = pageOf(BaselineItemSchema).meta({ id: 'StatsBaselinePage' });
export const BaselineKeySchema = z.object({ regionCode: RegionCodeSchema, year: YearSchema });

// ---- Published figures (totals of regions whose records the platform does not hold) ----

export const FigureSchema = z
  .object({ regionCode: z.string(), regionName: z.string(), year: z.number().int(), measure: MeasureSchema, measureName: z.string(), value: z.number(), source: z.string(), updatedAt: z.string() })
  .meta({ id: 'StatsFigure' });
export type Figure = z.infer<typeof FigureSchema>;
export const FIGURE_SORT_FIELDS = ['regionCode', 'year', 'measure', 'value'] as const;
export const FigureListQuerySchema = pageQuery(FIGURE_SORT_FIELDS).extend({
  regionCode: RegionCodeSchema.optional(),
  year: YearSchema.optional(),
  measure: MeasureSchema.optional(),
});
export type FigureListQuery = z.output<typeof FigureListQuerySchema>;
/** A published figure as a list shows it to the caller: with whether the caller may change it. */
export const FigureItemSchema = FigureSchema.extend({ canEdit: z.boolean() }).meta({ id: 'StatsFigureItem' });
export type FigureItem = z.infer<typeof FigureItemSchema>;
export const FigurePageSchema = pageOf(FigureItemSchema).meta({ id: 'StatsFigurePage' });
export const FigureKeySchema = z.object({ regionCode: RegionCodeSchema, year: YearSchema, measure: MeasureSchema });
export const FigureUpsertSchema = z
  .object({
    regionCode: RegionCodeSchema.describe('GB/T 2260 code or 000000 for the country'),
    year: YearSchema,
    measure: MeasureSchema,
    // A JSON number: coercion would take an emptied field (null) for 0.
    value: z.number('数值应为数字').int('数值应为整数').min(0, '数值不能小于0').max(Number.MAX_SAFE_INTEGER, '数值过大').describe('a count; a stock at year end'),
    source: z.string('请填写来源').trim().min(1, '请填写来源').max(200, '不能超过200个字符'),
  })
  .meta({ id: 'StatsFigureUpsert' });
export type FigureUpsert = z.output<typeof FigureUpsertSchema>;

// ---- Imports with a column mapping ----

export const IMPORT_KINDS = ['patent', 'trademark', 'pct', 'gi', 'baseline', 'figure'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const ImportKindSchema = z.enum(IMPORT_KINDS);
export const ImportKindLabels: Record<ImportKind, { zh: string; en: string }> = {
  patent: { zh: '专利', en: 'Patents' },
  trademark: { zh: '商标', en: 'Trademarks' },
  pct: { zh: 'PCT国际申请', en: 'PCT applications' },
  gi: { zh: '地理标志', en: 'Geographical indications' },
  baseline: { zh: '基础数据（人口、GDP、面积）', en: 'Baselines (population, GDP, area)' },
  figure: { zh: '公开统计数', en: 'Published figures' },
};

export const ImportFieldSchema = z.object({ key: z.string(), header: z.string(), required: z.boolean(), note: z.string() });
export type ImportField = z.infer<typeof ImportFieldSchema>;

export const ImportPreviewSchema = z
  .object({
    fileId: z.string(),
    fileName: z.string(),
    kind: ImportKindSchema,
    headers: z.array(z.string()),
    sample: z.array(z.array(z.string())),
    fields: z.array(ImportFieldSchema),
    mapping: z.record(z.string(), z.string().nullable()).describe('field key → file column header (suggested)'),
  })
  .meta({ id: 'StatsImportPreview' });
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportStartSchema = z
  .object({
    fileId: z.uuid('请先上传文件'),
    kind: ImportKindSchema,
    mapping: z.record(z.string(), z.string().nullable()).describe('field key → file column header; null leaves the field empty'),
  })
  .meta({ id: 'StatsImportStart' });
export type ImportStart = z.infer<typeof ImportStartSchema>;

export const StatsImportReportSchema = z
  .object({
    kind: ImportKindSchema,
    total: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    imported: z.number().int().describe('inserted + updated'),
    errorCount: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })).describe('the first errors (all of them up to 1,000)'),
    phasesMs: z.record(z.string(), z.number()).optional().describe('milliseconds spent reading, checking, merging and refreshing'),
  })
  .meta({ id: 'StatsImportReport' });
export type StatsImportReport = z.infer<typeof StatsImportReportSchema>;

export const ImportHistorySchema = z
  .object({
    id: z.string(),
    kind: ImportKindSchema,
    fileName: z.string(),
    status: z.enum(['running', 'succeeded', 'failed']),
    total: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errorCount: z.number().int(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'StatsImportHistory' });
export type ImportHistory = z.infer<typeof ImportHistorySchema>;
export const ImportHistoryQuerySchema = pageQuery(['createdAt'] as const).extend({ kind: ImportKindSchema.optional(), order: z.enum(['asc', 'desc']).default('desc') });
export type ImportHistoryQuery = z.output<typeof ImportHistoryQuerySchema>;
export const ImportHistoryPageSchema = pageOf(ImportHistorySchema).meta({ id: 'StatsImportHistoryPage' });

// ---- Publishing and open data ----

export const PublishSchema = z
  .object({ regionCode: RegionCodeSchema, year: YearSchema, includeChildren: z.boolean().default(false).describe('also publish the sub-regions (districts) of the region') })
  .meta({ id: 'StatsPublish' });
export type Publish = z.output<typeof PublishSchema>;

export const PublicationSchema = z
  .object({
    regionCode: z.string(),
    regionName: z.string(),
    year: z.number().int(),
    publishedAt: z.string(),
    publishedByName: z.string().nullable(),
    indicatorCount: z.number().int(),
    narrative: z.string(),
  })
  .meta({ id: 'StatsPublication' });
export type Publication = z.infer<typeof PublicationSchema>;
export const PublicationListQuerySchema = pageQuery(['publishedAt', 'year', 'regionCode'] as const).extend({
  regionCode: RegionCodeSchema.optional(),
  year: YearSchema.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type PublicationListQuery = z.output<typeof PublicationListQuerySchema>;
export const PublicationPageSchema = pageOf(PublicationSchema).meta({ id: 'StatsPublicationPage' });

export const OpenIndicatorSchema = z
  .object({
    regionCode: z.string(),
    regionName: z.string(),
    year: z.number().int(),
    indicatorId: IndicatorIdSchema,
    name: z.string(),
    unit: z.string(),
    value: z.number().nullable(),
    rank: z.number().int().nullable(),
    rankOf: z.number().int().nullable(),
    peerLabel: z.string().nullable(),
    streak: z.number().int(),
    nationalAverage: z.number().nullable(),
    yoy: z.number().nullable(),
    basis: z.enum(BASES).nullable(),
    formula: z.string(),
    definitionSource: z.string(),
    definitionVersion: z.string(),
    publishedAt: z.string(),
  })
  .meta({ id: 'OpenStatsIndicator' });
export type OpenIndicator = z.infer<typeof OpenIndicatorSchema>;
export const OpenIndicatorQuerySchema = z.object({
  region: RegionCodeSchema.optional().describe('one region (published values only)'),
  parent: RegionCodeSchema.optional().describe('the published sub-regions of this region'),
  year: YearSchema.optional(),
  indicator: IndicatorIdSchema.optional(),
});
export type OpenIndicatorQuery = z.output<typeof OpenIndicatorQuerySchema>;
export const OpenPublicationSchema = z
  .object({ regionCode: z.string(), regionName: z.string(), year: z.number().int(), publishedAt: z.string(), narrative: z.string() })
  .meta({ id: 'OpenStatsPublication' });
export type OpenPublication = z.infer<typeof OpenPublicationSchema>;

// ---- The yearly statistics report ----

export const ReportStartSchema = z.object({ regionCode: RegionCodeSchema, year: YearSchema }).meta({ id: 'StatsReportStart' });
export type ReportStart = z.output<typeof ReportStartSchema>;
export const ReportSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    year: z.number().int(),
    title: z.string(),
    pdfFileId: z.string(),
    xlsxFileId: z.string(),
    pdfSize: z.number().int(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'StatsReport' });
export type Report = z.infer<typeof ReportSchema>;
export const ReportListQuerySchema = pageQuery(['createdAt'] as const).extend({ regionCode: RegionCodeSchema.optional(), year: YearSchema.optional(), order: z.enum(['asc', 'desc']).default('desc') });
export type ReportListQuery = z.output<typeof ReportListQuerySchema>;
export const ReportPageSchema = pageOf(ReportSchema).meta({ id: 'StatsReportPage' });
export const ReportFileParamsSchema = z.object({ id: z.uuid('编号无效'), format: z.enum(['pdf', 'xlsx']) });
