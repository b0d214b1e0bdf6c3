import { z } from 'zod';
import { IpRightKindSchema } from './finance';
import { LoanFiguresSchema } from './finance-subsidies';
import { RegionCodeSchema } from './region';

/**
 * The top level of the strategic emerging industries classification (战略性新兴产业分类（2018）,
 * 国家统计局令第23号), by the first digit of a patent's code: the industry a pledge is counted in.
 */
export const SEI_INDUSTRIES = {
  '1': { zh: '新一代信息技术产业', en: 'Next-generation information technology' },
  '2': { zh: '高端装备制造产业', en: 'High-end equipment manufacturing' },
  '3': { zh: '新材料产业', en: 'New materials' },
  '4': { zh: '生物产业', en: 'Biotechnology' },
  '5': { zh: '新能源汽车产业', en: 'New-energy vehicles' },
  '6': { zh: '新能源产业', en: 'New energy' },
  '7': { zh: '节能环保产业', en: 'Energy saving and environmental protection' },
  '8': { zh: '数字创意产业', en: 'Digital creative industries' },
  '9': { zh: '相关服务业', en: 'Related services' },
  other: { zh: '其他或未标注产业', en: 'Other or not classified' },
} as const;
export type SeiIndustry = keyof typeof SEI_INDUSTRIES;
export const SeiIndustrySchema = z.enum(Object.keys(SEI_INDUSTRIES) as [SeiIndustry, ...SeiIndustry[]]);

export const FinanceStatsQuerySchema = z.object({
  year: z.coerce.number().int('年份应为整数').min(2000, '年份不能早于2000').max(2100, '年份不能晚于2100'),
  regionCode: RegionCodeSchema.optional().describe('a district or city inside the caller’s region; the caller’s own region when left out'),
});
export type FinanceStatsQuery = z.output<typeof FinanceStatsQuerySchema>;

/** Pledges registered in a year: how many, for how much, for how many enterprises. */
export const PledgeTotalsSchema = z.object({ projects: z.number().int(), amountFen: z.number().int(), enterprises: z.number().int() });
export type PledgeTotals = z.infer<typeof PledgeTotalsSchema>;

/** One row of a split: a district, a bank, a kind of right or an industry. */
export const PledgeSplitRowSchema = PledgeTotalsSchema.extend({ key: z.string(), name: z.string() });
export type PledgeSplitRow = z.infer<typeof PledgeSplitRowSchema>;

/** Growth on the previous year in basis points; null when the previous year had nothing to grow from. */
const GrowthSchema = z.number().int().nullable();

export const FinanceStatisticsSchema = z
  .object({
    year: z.number().int(),
    regionPrefix: z.string(),
    regionName: z.string(),
    pledges: PledgeTotalsSchema,
    previousPledges: PledgeTotalsSchema,
    pledgeAmountGrowthBp: GrowthSchema,
    pledgeProjectsGrowthBp: GrowthSchema,
    enterprisesGrowthBp: GrowthSchema,
    byKind: z.array(PledgeSplitRowSchema.extend({ kind: IpRightKindSchema })),
    byDistrict: z.array(PledgeSplitRowSchema),
    byBank: z.array(PledgeSplitRowSchema),
    byIndustry: z.array(PledgeSplitRowSchema.extend({ industry: SeiIndustrySchema })),
    /** The loan half: inclusive loans and their share, pool leverage and loss rate, subsidies paid, by district and bank. */
    loans: LoanFiguresSchema,
    previousLoanAmountFen: z.number().int(),
    loanAmountGrowthBp: GrowthSchema,
    securitisation: z.object({ products: z.number().int(), amountFen: z.number().int() }),
  })
  .meta({ id: 'FinanceStatistics' });
export type FinanceStatistics = z.infer<typeof FinanceStatisticsSchema>;

/** What giving the finance figures to the statistics catalogue changed. */
export const FinanceFiguresPublishedSchema = z.object({ years: z.array(z.number().int()), rows: z.number().int(), changed: z.number().int() }).meta({ id: 'FinanceFiguresPublished' });
export type FinanceFiguresPublished = z.infer<typeof FinanceFiguresPublishedSchema>;
