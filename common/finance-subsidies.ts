import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { BasisPointsSchema, FenSchema, PositiveFenSchema } from './finance-loans';
import { HomeCountSchema } from './home';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';

const YearSchema = z.coerce.number().int().min(2000).max(2100);

// ---------------------------------------------------------------- LPR

export const LprSchema = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM'),
    oneYearBp: BasisPointsSchema.min(1),
    fiveYearBp: BasisPointsSchema.min(1).nullable(),
    source: z.string().trim().min(1, '请注明来源').max(Limits.textMax),
  })
  .meta({ id: 'Lpr' });
export type Lpr = z.output<typeof LprSchema>;

// ---------------------------------------------------------------- policies

export const SubsidyKindSchema = z.enum(['lprShare', 'interestShare', 'valuationFee', 'insuranceFee']);
export type SubsidyKind = z.infer<typeof SubsidyKindSchema>;
export const SubsidyKindLabels: Record<SubsidyKind, { zh: string; en: string }> = {
  lprShare: { zh: '贴息（按签约前一月一年期LPR的比例）', en: 'Interest subsidy (share of the one-year LPR)' },
  interestShare: { zh: '贴息（按已付利息的比例）', en: 'Interest subsidy (share of interest paid)' },
  valuationFee: { zh: '评估费补贴', en: 'Valuation-fee subsidy' },
  insuranceFee: { zh: '保险费补贴', en: 'Insurance-fee subsidy' },
};

export const SubsidyPolicyCreateSchema = z
  .object({
    regionCode: RegionCodeSchema,
    name: z.string().trim().min(1, '请填写政策名称').max(Limits.nameMax),
    kind: SubsidyKindSchema,
    shareBp: BasisPointsSchema.min(1, '比例应大于零'),
    capPerEnterpriseYearFen: PositiveFenSchema,
    firstTimeOnly: z.boolean().default(false),
    source: z.string().trim().min(1, '请注明政策依据').max(Limits.textMax),
    validFrom: DateSchema,
    validTo: DateSchema.nullable().default(null),
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, { path: ['validTo'], message: '截止日期不能早于起始日期' })
  .meta({ id: 'SubsidyPolicyCreate' });
export type SubsidyPolicyCreate = z.output<typeof SubsidyPolicyCreateSchema>;

export const SubsidyPolicySchema = z
  .object({
    id: IdSchema,
    regionCode: z.string(),
    name: z.string(),
    kind: SubsidyKindSchema,
    shareBp: z.number().int(),
    capPerEnterpriseYearFen: z.number().int(),
    firstTimeOnly: z.boolean(),
    source: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
  })
  .meta({ id: 'SubsidyPolicy' });
export type SubsidyPolicy = z.infer<typeof SubsidyPolicySchema>;

// ---------------------------------------------------------------- applications and their working

/** One line of a subsidy's working: what it was computed from. */
export const SubsidyLineSchema = z.object({
  loanId: IdSchema.nullable(),
  contractNo: z.string().nullable(),
  /** The interest (or fee) paid in the year that the line rests on. */
  baseFen: z.number().int(),
  /** The LPR month and rate used (LPR policies only). */
  lprMonth: z.string().nullable(),
  lprBp: z.number().int().nullable(),
  loanRateBp: z.number().int().nullable(),
  amountFen: z.number().int(),
  note: z.string(),
});
export const SubsidyWorkingSchema = z.object({
  lines: z.array(SubsidyLineSchema),
  uncappedFen: z.number().int(),
  capFen: z.number().int(),
  amountFen: z.number().int(),
  notes: z.array(z.string()),
});
export type SubsidyWorking = z.infer<typeof SubsidyWorkingSchema>;

export const SubsidyStatusSchema = z.enum(['submitted', 'approved', 'rejected']);
export type SubsidyStatus = z.infer<typeof SubsidyStatusSchema>;
export const SubsidyStatusLabels: Record<SubsidyStatus, { zh: string; en: string; color: string }> = {
  submitted: { zh: '待审核', en: 'Awaiting review', color: 'processing' },
  approved: { zh: '已批准', en: 'Approved', color: 'success' },
  rejected: { zh: '未通过', en: 'Rejected', color: 'default' },
};

export const SubsidyApplyCreateSchema = z
  .object({ policyId: IdSchema, year: z.number().int().min(2000).max(2100), feePaidFen: FenSchema.default(0) })
  .meta({ id: 'SubsidyApplyCreate' });
export type SubsidyApplyCreate = z.output<typeof SubsidyApplyCreateSchema>;

export const SubsidyApplicationSchema = z
  .object({
    id: IdSchema,
    policyId: IdSchema,
    policyName: z.string(),
    kind: SubsidyKindSchema,
    regionCode: z.string(),
    enterpriseOrgId: IdSchema,
    enterpriseName: z.string(),
    year: z.number().int(),
    feePaidFen: z.number().int(),
    status: SubsidyStatusSchema,
    amountFen: z.number().int(),
    working: SubsidyWorkingSchema,
    batchId: IdSchema.nullable(),
    batchTitle: z.string().nullable(),
    reviewNote: z.string().nullable(),
  })
  .meta({ id: 'SubsidyApplication' });
export type SubsidyApplication = z.infer<typeof SubsidyApplicationSchema>;

export const SUBSIDY_SORT_FIELDS = ['createdAt', 'amountFen', 'enterprise'] as const;
export const SubsidyListQuerySchema = pageQuery(SUBSIDY_SORT_FIELDS).extend({
  status: z.union([SubsidyStatusSchema, z.array(SubsidyStatusSchema)]).optional(),
  policyId: IdSchema.optional(),
  year: YearSchema.optional(),
  batchId: IdSchema.optional(),
  inBatch: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(Limits.nameMax).optional(),
});
export type SubsidyListQuery = z.output<typeof SubsidyListQuerySchema>;
export const SubsidyPageSchema = pageOf(SubsidyApplicationSchema).meta({ id: 'SubsidyApplicationPage' });

export const SubsidyReviewSchema = z.object({ approve: z.boolean(), note: optionalText(Limits.textMax) }).meta({ id: 'SubsidyReview' });
export type SubsidyReview = z.output<typeof SubsidyReviewSchema>;

export const SubsidyBatchCreateSchema = z
  .object({ regionCode: RegionCodeSchema, title: z.string().trim().min(1, '请填写批次名称').max(Limits.titleMax), applicationIds: z.array(IdSchema).min(1, '请选择申请').max(5000) })
  .meta({ id: 'SubsidyBatchCreate' });
export type SubsidyBatchCreate = z.output<typeof SubsidyBatchCreateSchema>;
export const SubsidyBatchSchema = z
  .object({ id: IdSchema, regionCode: z.string(), title: z.string(), status: z.enum(['draft', 'approved']), count: z.number().int(), totalFen: z.number().int(), approvedAt: z.string().nullable(), approvedByName: z.string().nullable() })
  .meta({ id: 'SubsidyBatch' });
export type SubsidyBatch = z.infer<typeof SubsidyBatchSchema>;
export const SubsidyBatchQuerySchema = pageQuery(['createdAt', 'title'] as const).extend({ status: z.enum(['draft', 'approved']).optional() });
export type SubsidyBatchQuery = z.output<typeof SubsidyBatchQuerySchema>;
export const SubsidyBatchPageSchema = pageOf(SubsidyBatchSchema).meta({ id: 'SubsidyBatchPage' });

// ---------------------------------------------------------------- home and figures

/** The finance card of a bank's or enterprise's home: counts, each with the list query it opens. */
export const FinanceHomeSchema = z
  .object({
    view: z.enum(['bank', 'enterprise', 'office', 'none']),
    loanCounts: z.array(HomeCountSchema),
    claimCounts: z.array(HomeCountSchema),
    subsidyCounts: z.array(HomeCountSchema),
    /** Whitelist counts, filled by the pledge half of the module. */
    whitelistCounts: z.array(HomeCountSchema),
  })
  .meta({ id: 'FinanceHome' });
export type FinanceHome = z.infer<typeof FinanceHomeSchema>;

/** One row of the loan figures: a district or a bank. */
export const LoanFigureRowSchema = z.object({
  key: z.string(),
  name: z.string(),
  loans: z.number().int(),
  amountFen: z.number().int(),
  inclusiveLoans: z.number().int(),
  inclusiveAmountFen: z.number().int(),
});
export const LoanFiguresSchema = z
  .object({
    year: z.number().int(),
    regionPrefix: z.string(),
    loans: z.number().int(),
    amountFen: z.number().int(),
    /** Loans under 10 million yuan (普惠). */
    inclusiveLoans: z.number().int(),
    inclusiveAmountFen: z.number().int(),
    inclusiveShareBp: z.number().int(),
    poolFundFen: z.number().int(),
    poolBalanceFen: z.number().int(),
    /** Outstanding qualifying loans ÷ the pool's funding, × 100 (so 1000 = 10×). */
    leverageX100: z.number().int(),
    payoutFen: z.number().int(),
    recoveredFen: z.number().int(),
    /** Net payouts ÷ loans disbursed, in basis points. */
    lossRateBp: z.number().int(),
    subsidiesPaidFen: z.number().int(),
    byDistrict: z.array(LoanFigureRowSchema),
    byBank: z.array(LoanFigureRowSchema),
  })
  .meta({ id: 'LoanFigures' });
export type LoanFigures = z.infer<typeof LoanFiguresSchema>;
export const LoanFiguresQuerySchema = z.object({ year: YearSchema, regionCode: RegionCodeSchema.optional() });
