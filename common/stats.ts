import { z } from 'zod';
import { INDICATOR_IDS } from './indicators';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';

/** The code the statistics use for the whole country (not a GB/T 2260 region). */
export const NATION_CODE = '000000';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const PATENT_TYPES = ['invention', 'utilityModel', 'design'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];
export const PatentTypeLabels: Labels<PatentType> = {
  invention: { zh: '发明', en: 'Invention' },
  utilityModel: { zh: '实用新型', en: 'Utility model' },
  design: { zh: '外观设计', en: 'Design' },
};

/** Legal status of a patent; lapsed, invalidated and expired end the right on the status date. */
export const PATENT_STATUSES = ['pending', 'valid', 'lapsed', 'invalidated', 'expired', 'rejected', 'withdrawn'] as const;
export type PatentStatus = (typeof PATENT_STATUSES)[number];
export const PatentStatusLabels: Labels<PatentStatus> = {
  pending: { zh: '审中', en: 'Pending' },
  valid: { zh: '有效', en: 'In force' },
  lapsed: { zh: '未缴年费终止', en: 'Lapsed' },
  invalidated: { zh: '宣告无效', en: 'Invalidated' },
  expired: { zh: '期限届满', en: 'Expired' },
  rejected: { zh: '驳回', en: 'Rejected' },
  withdrawn: { zh: '撤回', en: 'Withdrawn' },
};
/** Statuses that end a granted right on their status date. */
export const ENDING_PATENT_STATUSES: readonly PatentStatus[] = ['lapsed', 'invalidated', 'expired'];

/** The kind of the (first) holder; "foreign" covers holders outside the mainland, Hong Kong, Macao and Taiwan included. */
export const HOLDER_KINDS = ['enterprise', 'university', 'institute', 'individual', 'foreign'] as const;
export type HolderKind = (typeof HOLDER_KINDS)[number];
export const HolderKindLabels: Labels<HolderKind> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  university: { zh: '高校', en: 'University' },
  institute: { zh: '科研机构', en: 'Institute' },
  individual: { zh: '个人', en: 'Individual' },
  foreign: { zh: '境外（含港澳台）', en: 'Foreign (incl. HK, Macao, Taiwan)' },
};

export const AWARDS = ['nationalSciTech', 'chinaPatentAward'] as const;
export type Award = (typeof AWARDS)[number];
export const AwardLabels: Labels<Award> = {
  nationalSciTech: { zh: '国家科学技术奖', en: 'National S&T Award' },
  chinaPatentAward: { zh: '中国专利奖', en: 'China Patent Award' },
};

export const TRADEMARK_STATUSES = ['registered', 'cancelled', 'revoked', 'invalidated', 'expired'] as const;
export type TrademarkStatus = (typeof TRADEMARK_STATUSES)[number];
export const TrademarkStatusLabels: Labels<TrademarkStatus> = {
  registered: { zh: '有效', en: 'Registered' },
  cancelled: { zh: '注销', en: 'Cancelled' },
  revoked: { zh: '撤销', en: 'Revoked' },
  invalidated: { zh: '宣告无效', en: 'Invalidated' },
  expired: { zh: '期满未续展', en: 'Expired' },
};

export const GI_KINDS = ['product', 'trademark', 'agricultural'] as const;
export type GiKind = (typeof GI_KINDS)[number];
export const GiKindLabels: Labels<GiKind> = {
  product: { zh: '地理标志产品', en: 'GI product' },
  trademark: { zh: '地理标志商标', en: 'GI trademark' },
  agricultural: { zh: '农产品地理标志', en: 'Agricultural GI' },
};
export const GI_STATUSES = ['valid', 'revoked'] as const;
export type GiStatus = (typeof GI_STATUSES)[number];
export const GiStatusLabels: Labels<GiStatus> = {
  valid: { zh: '有效', en: 'Valid' },
  revoked: { zh: '撤销', en: 'Revoked' },
};

/**
 * The counts every indicator is computed from, per region and year. Flows count what happened in
 * the year; stocks what was in force at year end. `_dom` is held by domestic holders, `_for` by
 * foreign ones (all holders = both).
 */
export const MEASURES = [
  { key: 'grants_inv_dom', kind: 'flow', zh: '发明专利授权量（国内）' },
  { key: 'grants_inv_for', kind: 'flow', zh: '发明专利授权量（境外）' },
  { key: 'grants_um_dom', kind: 'flow', zh: '实用新型专利授权量（国内）' },
  { key: 'grants_um_for', kind: 'flow', zh: '实用新型专利授权量（境外）' },
  { key: 'grants_des_dom', kind: 'flow', zh: '外观设计专利授权量（国内）' },
  { key: 'grants_des_for', kind: 'flow', zh: '外观设计专利授权量（境外）' },
  { key: 'inv_stock_dom', kind: 'stock', zh: '有效发明专利拥有量（国内）' },
  { key: 'inv_stock_for', kind: 'stock', zh: '有效发明专利拥有量（境外）' },
  { key: 'hv_stock_dom', kind: 'stock', zh: '高价值发明专利拥有量（国内）' },
  { key: 'hv_stock_for', kind: 'stock', zh: '高价值发明专利拥有量（境外）' },
  { key: 'tm_regs_dom', kind: 'flow', zh: '商标注册量（国内）' },
  { key: 'tm_regs_for', kind: 'flow', zh: '商标注册量（境外）' },
  { key: 'tm_stock_dom', kind: 'stock', zh: '有效注册商标量（国内）' },
  { key: 'tm_stock_for', kind: 'stock', zh: '有效注册商标量（境外）' },
  { key: 'pct_dom', kind: 'flow', zh: 'PCT国际专利申请量（国内）' },
  { key: 'pct_for', kind: 'flow', zh: 'PCT国际专利申请量（境外）' },
  { key: 'gi_stock', kind: 'stock', zh: '地理标志（有效）' },
  // IP finance, summed by the finance module from its own records and given to stats as figures
  // (amounts in 万元, rounded); no IP record counts toward them, so they never come from stats_fact.
  { key: 'fin_pledge_amount', kind: 'flow', zh: '知识产权质押登记金额（万元）' },
  { key: 'fin_pledge_count', kind: 'flow', zh: '知识产权质押登记项目数' },
  { key: 'fin_pledge_enterprises', kind: 'flow', zh: '知识产权质押融资服务企业数' },
  { key: 'fin_patent_pledge_amount', kind: 'flow', zh: '专利质押登记金额（万元）' },
  { key: 'fin_trademark_pledge_amount', kind: 'flow', zh: '商标质押登记金额（万元）' },
  { key: 'fin_gi_pledge_amount', kind: 'flow', zh: '地理标志质押登记金额（万元）' },
  { key: 'fin_inclusive_loan_amount', kind: 'flow', zh: '普惠性知识产权质押贷款金额（万元）' },
  { key: 'fin_inclusive_loans', kind: 'flow', zh: '普惠性知识产权质押贷款笔数' },
  { key: 'fin_subsidies_paid', kind: 'flow', zh: '知识产权质押融资贴息及费用补贴（万元）' },
  { key: 'fin_securitisation_amount', kind: 'flow', zh: '知识产权证券化发行规模（万元）' },
] as const;
export type Measure = (typeof MEASURES)[number]['key'];
export const MEASURE_KEYS = MEASURES.map((m) => m.key) as [Measure, ...Measure[]];
/** Measures that only figures give (another module's totals); they come after the record measures. */
export const FIGURE_ONLY_PREFIX = 'fin_';
/** A measure counted from IP records (a column of stats_fact). */
export type FactMeasure = Exclude<Measure, `fin_${string}`>;
/** The measures counted from IP records: the columns of stats_fact, in order. */
export const FACT_MEASURE_KEYS = MEASURE_KEYS.filter((k): k is FactMeasure => !k.startsWith(FIGURE_ONLY_PREFIX));
export const MeasureSchema = z.enum(MEASURE_KEYS);

/** Where a value comes from: summed from records, published figures, or both within the region. */
export const BASES = ['records', 'figures', 'mixed'] as const;
export type Basis = (typeof BASES)[number];
export const BasisLabels: Labels<Basis> = {
  records: { zh: '记录汇总', en: 'Summed from records' },
  figures: { zh: '公开统计数', en: 'Published figures' },
  mixed: { zh: '记录汇总与公开统计数', en: 'Records and published figures' },
};

export const IndicatorIdSchema = z.enum(INDICATOR_IDS);
export const YearSchema = z.coerce.number().int('年份应为整数').min(1985, '年份不能早于1985').max(2100, '年份不能晚于2100');

/** Peer groups for ranks: all cities of China, all provinces, the cities of one province, the districts of one city. */
export const PeerSchema = z
  .string()
  .regex(/^(cities|provinces|province:\d{2}|districts:\d{4}|districts:\d{2}0000)$/, '比较范围应为 cities、provinces、province:省代码前两位 或 districts:市代码前四位')
  .describe('cities | provinces | province:44 | districts:4403');

export const DashboardQuerySchema = z.object({
  region: RegionCodeSchema.describe('GB/T 2260 code, or 000000 for the whole country'),
  year: YearSchema.optional().describe('defaults to the latest year with values'),
});
export type DashboardQuery = z.output<typeof DashboardQuerySchema>;

export const IndicatorTargetSchema = z.object({ taskTitle: z.string(), workPlanTitle: z.string(), targetValue: z.number(), progress: z.number().nullable() });

/** One indicator of one region and year, with everything a card shows next to the value. */
export const IndicatorValueSchema = z
  .object({
    id: IndicatorIdSchema,
    name: z.string(),
    unit: z.string(),
    kind: z.enum(['count', 'ratio']),
    decimals: z.number().int(),
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    previous: z.number().nullable().describe('the value of the year before'),
    yoy: z.number().nullable().describe('year-on-year change as a ratio (0.12 = +12%)'),
    rank: z.number().int().nullable(),
    rankOf: z.number().int().nullable(),
    peerLabel: z.string().nullable().describe('e.g. 全国大中城市, 全市各区'),
    rank2: z.number().int().nullable(),
    rank2Of: z.number().int().nullable(),
    peer2Label: z.string().nullable(),
    streak: z.number().int().describe('consecutive years up to this one ranked first among peers (0 when not first)'),
    nationalValue: z.number().nullable().describe('the whole country: total for counts, national level for ratios'),
    nationalAverage: z.number().nullable().describe('the national level of a ratio indicator (null for counts)'),
    ratioToNational: z.number().nullable(),
    basis: z.enum(BASES).nullable(),
    basisNote: z.string().nullable(),
    definition: z.object({ formula: z.string(), source: z.string(), version: z.string() }),
    targets: z.array(IndicatorTargetSchema),
  })
  .meta({ id: 'StatsIndicatorValue' });
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const StatsRegionInfoSchema = z.object({ code: z.string(), name: z.string(), fullName: z.string(), level: z.enum(['nation', 'province', 'city', 'county']) });
export type StatsRegionInfo = z.infer<typeof StatsRegionInfoSchema>;

export const DashboardSchema = z
  .object({
    region: StatsRegionInfoSchema,
    year: z.number().int().nullable(),
    years: z.array(z.number().int()).describe('years with values for this region'),
    cards: z.array(IndicatorValueSchema),
    narrative: z.string(),
    publishedAt: z.string().nullable(),
    childLevel: z.string().nullable().describe('label of the sub-regions compared (区、市), null when there are none'),
  })
  .meta({ id: 'StatsDashboard' });
export type Dashboard = z.infer<typeof DashboardSchema>;

export const TrendQuerySchema = z.object({
  region: RegionCodeSchema,
  indicator: IndicatorIdSchema,
  from: YearSchema.optional(),
  to: YearSchema.optional(),
});
export type TrendQuery = z.output<typeof TrendQuerySchema>;
export const TrendSchema = z
  .object({
    region: StatsRegionInfoSchema,
    indicator: z.object({ id: IndicatorIdSchema, name: z.string(), unit: z.string(), decimals: z.number().int() }),
    points: z.array(z.object({ year: z.number().int(), value: z.number().nullable(), nationalValue: z.number().nullable(), rank: z.number().int().nullable(), rankOf: z.number().int().nullable() })),
  })
  .meta({ id: 'StatsTrend' });
export type Trend = z.infer<typeof TrendSchema>;

export const CompareQuerySchema = z.object({ region: RegionCodeSchema.describe('the parent whose sub-regions are compared'), year: YearSchema, indicator: IndicatorIdSchema });
export type CompareQuery = z.output<typeof CompareQuerySchema>;
export const CompareSchema = z
  .object({
    region: StatsRegionInfoSchema,
    year: z.number().int(),
    indicator: z.object({ id: IndicatorIdSchema, name: z.string(), unit: z.string(), decimals: z.number().int() }),
    items: z.array(z.object({ regionCode: z.string(), regionName: z.string(), value: z.number().nullable(), rank: z.number().int().nullable(), basis: z.enum(BASES).nullable() })),
  })
  .meta({ id: 'StatsCompare' });
export type Compare = z.infer<typeof CompareSchema>;

export const RANKING_SORT_FIELDS = ['rank', 'value', 'regionCode'] as const;
export const RankingQuerySchema = pageQuery(RANKING_SORT_FIELDS).extend({
  year: YearSchema,
  indicator: IndicatorIdSchema,
  peer: PeerSchema.default('cities'),
  q: z.string().trim().max(40).optional().describe('part of the region name'),
});
export type RankingQuery = z.output<typeof RankingQuerySchema>;
export const RankingRowSchema = z.object({
  rank: z.number().int().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  value: z.number().nullable(),
  yoy: z.number().nullable(),
  basis: z.enum(BASES).nullable(),
});
export type RankingRow = z.infer<typeof RankingRowSchema>;
export const RankingPageSchema = pageOf(RankingRowSchema).extend({ peerLabel: z.string(), rankOf: z.number().int() }).meta({ id: 'StatsRankingPage' });
export type RankingPage = z.infer<typeof RankingPageSchema>;

/** The command line's `stats indicators --json` item (a fixed contract). */
export const CliIndicatorSchema = z.object({
  id: IndicatorIdSchema,
  name: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  rank: z.number().int().nullable(),
  nationalAverage: z.number().nullable(),
});
export type CliIndicator = z.infer<typeof CliIndicatorSchema>;

export const CatalogueEntrySchema = z
  .object({ id: IndicatorIdSchema, name: z.string(), nameEn: z.string(), unit: z.string(), kind: z.enum(['count', 'ratio']), variant: z.enum(['domestic', 'all']), formula: z.string(), source: z.string(), version: z.string() })
  .meta({ id: 'StatsCatalogueEntry' });
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

export const StatsSettingsSchema = z
  .object({
    pledgeThresholdYuan: z.coerce
      .number('质押金额阈值应为数字')
      .min(0, '质押金额阈值不能为负数')
      .max(1e12, '质押金额阈值过大')
      .describe('pledge amount (yuan) from which an invention patent counts as high-value'),
  })
  .meta({ id: 'StatsSettings' });
export type StatsSettings = z.infer<typeof StatsSettingsSchema>;

/** Roles that may call the stats module's routes (the public API is open to anyone). */
export const StatsAccess = {
  read: ['admin', 'office', 'district'],
  write: ['admin', 'office', 'district'],
  manage: ['admin', 'office'],
} as const satisfies Record<string, readonly ('admin' | 'office' | 'district')[]>;
