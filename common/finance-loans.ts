import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { IpRightKindSchema } from './finance';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';

// ---------------------------------------------------------------- money and rates

/** An amount in fen: a whole number, never a fraction of a fen. */
export const FenSchema = z.number({ error: '金额应为数字（分）' }).int('金额不能有不足一分的零头').min(0, '金额不能为负').max(1e14, '金额过大');
/** A positive amount in fen. */
export const PositiveFenSchema = FenSchema.min(1, '金额应大于零');
/** Basis points (万分之一): 10,000 = 100 %. */
export const BasisPointsSchema = z.number({ error: '应为整数（万分之一）' }).int('应为整数（万分之一）').min(0, '不能为负').max(10_000, '不能超过 100%');
/** 100 % in basis points. */
export const FULL_BP = 10_000;

const YearSchema = z.coerce.number().int().min(2000).max(2100);
const Label = (zh: string, en: string) => ({ zh, en });

// ---------------------------------------------------------------- loans

export const LoanStatusSchema = z.enum(['submitted', 'approved', 'active', 'rejected', 'withdrawn', 'closed', 'defaulted', 'writtenOff', 'rescheduled']);
export type LoanStatus = z.infer<typeof LoanStatusSchema>;
export const LOAN_STATUSES = LoanStatusSchema.options;
export const LoanStatusLabels: Record<LoanStatus, { zh: string; en: string; color: string }> = {
  submitted: { zh: '已申请', en: 'Submitted', color: 'default' },
  approved: { zh: '已审批', en: 'Approved', color: 'processing' },
  active: { zh: '还款中', en: 'Active', color: 'processing' },
  rejected: { zh: '已拒绝', en: 'Rejected', color: 'default' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn', color: 'default' },
  closed: { zh: '已结清', en: 'Closed (paid off)', color: 'success' },
  defaulted: { zh: '不良', en: 'In default', color: 'error' },
  writtenOff: { zh: '已核销', en: 'Written off', color: 'error' },
  rescheduled: { zh: '已展期/重组', en: 'Rescheduled', color: 'warning' },
};

/** What a bank does to a loan; the state machine in the service's domain decides which are allowed. */
export const LoanActionSchema = z.enum(['approve', 'reject', 'withdraw', 'disburse', 'payOff', 'markDefault', 'reschedule', 'writeOff']);
export type LoanAction = z.infer<typeof LoanActionSchema>;
export const LoanActionLabels: Record<LoanAction, { zh: string; en: string }> = {
  approve: Label('审批通过', 'Approve'),
  reject: Label('拒绝', 'Reject'),
  withdraw: Label('撤回', 'Withdraw'),
  disburse: Label('放款', 'Disburse'),
  payOff: Label('结清', 'Pay off'),
  markDefault: Label('认定不良', 'Mark in default'),
  reschedule: Label('展期/重组', 'Reschedule'),
  writeOff: Label('核销', 'Write off'),
};

export const CollateralSchema = z.enum(['pureIp', 'mixed']);
export type Collateral = z.infer<typeof CollateralSchema>;
export const CollateralLabels: Record<Collateral, { zh: string; en: string }> = {
  pureIp: Label('纯知识产权质押', 'Pure IP pledge'),
  mixed: Label('组合担保（含知识产权）', 'Mixed collateral with IP'),
};

export const LoanCreateSchema = z
  .object({
    enterpriseOrgId: IdSchema,
    contractNo: z.string().trim().min(1, '请填写合同编号').max(Limits.shortNameMax * 2),
    pledgeIds: z.array(IdSchema).max(50).default([]),
    collateral: CollateralSchema,
    /** The IP share of the collateral, in basis points; 10,000 for a pure IP pledge. */
    ipShareBp: BasisPointsSchema.min(1, 'IP 占比应大于零'),
    amountFen: PositiveFenSchema,
    rateBp: BasisPointsSchema.min(1, '年利率应大于零'),
    termMonths: z.number().int('期限应为整月').min(1, '期限至少 1 个月').max(600),
    signedOn: DateSchema,
  })
  .refine((v) => v.collateral !== 'pureIp' || v.ipShareBp === FULL_BP, { path: ['ipShareBp'], message: '纯知识产权质押的 IP 占比应为 100%' })
  .meta({ id: 'LoanCreate' });
export type LoanCreate = z.output<typeof LoanCreateSchema>;

export const LoanActionInputSchema = z
  .object({
    action: LoanActionSchema,
    /** The day it happened: disbursement, pay-off, default, write-off. */
    on: DateSchema,
    /** Days overdue when the default is recorded. */
    overdueDays: z.number().int().min(0).max(10_000).optional(),
    note: optionalText(Limits.textMax),
  })
  .meta({ id: 'LoanActionInput' });
export type LoanActionInput = z.output<typeof LoanActionInputSchema>;

export const RepaymentCreateSchema = z
  .object({ paidOn: DateSchema, principalFen: FenSchema, interestFen: FenSchema })
  .refine((v) => v.principalFen + v.interestFen > 0, { path: ['principalFen'], message: '本金和利息不能都为零' })
  .meta({ id: 'RepaymentCreate' });
export type RepaymentCreate = z.output<typeof RepaymentCreateSchema>;

export const RepaymentSchema = z.object({ id: IdSchema, loanId: IdSchema, paidOn: z.string(), principalFen: z.number().int(), interestFen: z.number().int() }).meta({ id: 'Repayment' });
export type Repayment = z.infer<typeof RepaymentSchema>;

/** A pledge behind a loan as the pledge register describes it (empty when that register is absent). */
export const LoanPledgeSchema = z.object({ id: IdSchema, rightCount: z.number().int(), kinds: z.array(IpRightKindSchema), status: z.string() }).meta({ id: 'LoanPledge' });


export const LoanSchema = z
  .object({
    id: IdSchema,
    regionCode: z.string(),
    regionName: z.string(),
    enterpriseOrgId: IdSchema,
    enterpriseName: z.string(),
    bankOrgId: IdSchema,
    bankName: z.string(),
    contractNo: z.string(),
    collateral: CollateralSchema,
    ipShareBp: z.number().int(),
    amountFen: z.number().int(),
    rateBp: z.number().int(),
    termMonths: z.number().int(),
    signedOn: z.string(),
    disbursedOn: z.string().nullable(),
    maturityOn: z.string().nullable(),
    status: LoanStatusSchema,
    principalRepaidFen: z.number().int(),
    interestRepaidFen: z.number().int(),
    outstandingFen: z.number().int(),
    overdueDays: z.number().int(),
    defaultOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    writtenOffOn: z.string().nullable(),
    typicalCase: z.boolean(),
    caseStory: z.string().nullable(),
  })
  .meta({ id: 'Loan' });
export type Loan = z.infer<typeof LoanSchema>;

export const LoanDetailSchema = LoanSchema.extend({
  repayments: z.array(RepaymentSchema),
  pledges: z.array(LoanPledgeSchema),
  actions: z.array(LoanActionSchema),
  canManage: z.boolean(),
}).meta({ id: 'LoanDetail' });
export type LoanDetail = z.infer<typeof LoanDetailSchema>;

export const LOAN_SORT_FIELDS = ['signedOn', 'amountFen', 'contractNo', 'enterprise', 'status'] as const;
export const LoanListQuerySchema = pageQuery(LOAN_SORT_FIELDS).extend({
  status: z.union([LoanStatusSchema, z.array(LoanStatusSchema)]).optional(),
  bankOrgId: IdSchema.optional(),
  enterpriseOrgId: IdSchema.optional(),
  regionCode: RegionCodeSchema.optional(),
  year: YearSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  typicalCase: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(Limits.nameMax).optional(),
});
export type LoanListQuery = z.output<typeof LoanListQuerySchema>;
export const LoanPageSchema = pageOf(LoanSchema).meta({ id: 'LoanPage' });

// ---------------------------------------------------------------- risk-compensation pools

export const PoolRoleSchema = z.enum(['fund', 'bank', 'insurer', 'guarantor', 'appraiser']);
export type PoolRole = z.infer<typeof PoolRoleSchema>;
export const PoolRoleLabels: Record<PoolRole, { zh: string; en: string }> = {
  fund: Label('风险补偿资金池', 'Risk pool'),
  bank: Label('贷款银行', 'Lending bank'),
  insurer: Label('保险机构', 'Insurer'),
  guarantor: Label('担保机构', 'Guarantor'),
  appraiser: Label('评估机构', 'Appraiser'),
};
export const PoolQualifyingSchema = z.enum(['pureIpOnly', 'ipShare']);
export const PoolQualifyingLabels: Record<z.infer<typeof PoolQualifyingSchema>, { zh: string; en: string }> = {
  pureIpOnly: Label('仅纯知识产权质押贷款', 'Pure IP pledges only'),
  ipShare: Label('纯知识产权质押，或组合担保中的知识产权部分', 'Pure IP, or the IP share of mixed collateral'),
};
export const PoolOverflowSchema = z.enum(['proRata', 'queued']);
export const PoolOverflowLabels: Record<z.infer<typeof PoolOverflowSchema>, { zh: string; en: string }> = {
  proRata: Label('按余额比例支付', 'Pay what the balance allows'),
  queued: Label('排队待资金到位', 'Queue until funded'),
};
export const FundingSourceSchema = z.enum(['central', 'provincial', 'city']);
export type FundingSource = z.infer<typeof FundingSourceSchema>;
export const FundingSourceLabels: Record<FundingSource, { zh: string; en: string }> = {
  central: Label('中央资金', 'Central'),
  provincial: Label('省级资金', 'Provincial'),
  city: Label('市级资金', 'City'),
};

export const PoolPartyInputSchema = z.object({ role: PoolRoleSchema, orgId: IdSchema.nullable().default(null), shareBp: BasisPointsSchema });
export const PoolCreateSchema = z
  .object({
    regionCode: RegionCodeSchema,
    name: z.string().trim().min(1, '请填写资金池名称').max(Limits.nameMax),
    centralFen: FenSchema,
    provincialFen: FenSchema,
    cityFen: FenSchema,
    leverageTarget: z.number().int().min(1).max(100),
    qualifying: PoolQualifyingSchema,
    perLoanCapFen: PositiveFenSchema,
    capNote: optionalText(Limits.textMax),
    depositMultiple: z.number().int().min(1).max(100),
    claimDeadlineDays: z.number().int().min(1).max(365),
    claimDeadlineSource: z.string().trim().min(1, '请注明期限依据').max(Limits.textMax),
    overflow: PoolOverflowSchema,
    parties: z.array(PoolPartyInputSchema).min(2, '至少需要资金池和银行两方').max(10),
    banks: z.array(z.object({ bankOrgId: IdSchema, depositFen: FenSchema })).max(50).default([]),
  })
  .meta({ id: 'PoolCreate' });
export type PoolCreate = z.output<typeof PoolCreateSchema>;

export const PoolPartySchema = z.object({ role: PoolRoleSchema, orgId: IdSchema.nullable(), orgName: z.string().nullable(), shareBp: z.number().int() });
export const PoolSchema = z
  .object({
    id: IdSchema,
    regionCode: z.string(),
    name: z.string(),
    centralFen: z.number().int(),
    provincialFen: z.number().int(),
    cityFen: z.number().int(),
    balanceFen: z.number().int(),
    leverageTarget: z.number().int(),
    qualifying: PoolQualifyingSchema,
    perLoanCapFen: z.number().int(),
    capNote: z.string().nullable(),
    depositMultiple: z.number().int(),
    claimDeadlineDays: z.number().int(),
    claimDeadlineSource: z.string(),
    overflow: PoolOverflowSchema,
    parties: z.array(PoolPartySchema),
    banks: z.array(z.object({ bankOrgId: IdSchema, bankName: z.string(), depositFen: z.number().int() })),
  })
  .meta({ id: 'Pool' });
export type Pool = z.infer<typeof PoolSchema>;

export const FundingCreateSchema = z.object({ source: FundingSourceSchema, amountFen: PositiveFenSchema, on: DateSchema, note: optionalText(Limits.textMax) }).meta({ id: 'FundingCreate' });
export type FundingCreate = z.output<typeof FundingCreateSchema>;

export const LedgerEntrySchema = z
  .object({ id: IdSchema, seq: z.number().int(), kind: z.enum(['funding', 'payout', 'recovery']), source: FundingSourceSchema.nullable(), amountFen: z.number().int(), balanceAfterFen: z.number().int(), claimId: IdSchema.nullable(), occurredOn: z.string(), note: z.string().nullable() })
  .meta({ id: 'LedgerEntry' });
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
export const LedgerQuerySchema = pageQuery(['seq'] as const);
export const LedgerPageSchema = pageOf(LedgerEntrySchema).meta({ id: 'LedgerPage' });

// ---------------------------------------------------------------- compensation claims

export const ClaimStatusSchema = z.enum(['submitted', 'queued', 'paid', 'rejected']);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;
export const ClaimStatusLabels: Record<ClaimStatus, { zh: string; en: string; color: string }> = {
  submitted: { zh: '待审核', en: 'Awaiting review', color: 'processing' },
  queued: { zh: '已批准，待资金到位', en: 'Approved, queued for funds', color: 'warning' },
  paid: { zh: '已代偿', en: 'Paid out', color: 'success' },
  rejected: { zh: '未通过', en: 'Rejected', color: 'default' },
};

export const ClaimCreateSchema = z
  .object({
    loanId: IdSchema,
    poolId: IdSchema,
    /** The day the default was confirmed; the claim deadline counts from it. */
    defaultConfirmedOn: DateSchema,
    lossFen: PositiveFenSchema,
    recoveryEfforts: z.string().trim().min(1, '请说明已采取的追偿措施').max(Limits.textMax),
    evidenceFileIds: z.array(IdSchema).max(20).default([]),
  })
  .meta({ id: 'ClaimCreate' });
export type ClaimCreate = z.output<typeof ClaimCreateSchema>;

export const ClaimReviewSchema = z.object({ approve: z.boolean(), note: optionalText(Limits.textMax) }).meta({ id: 'ClaimReview' });
export type ClaimReview = z.output<typeof ClaimReviewSchema>;
export const RecoveryCreateSchema = z.object({ amountFen: PositiveFenSchema, on: DateSchema }).meta({ id: 'RecoveryCreate' });
export type RecoveryCreate = z.output<typeof RecoveryCreateSchema>;

export const ShareSchema = z.object({ role: PoolRoleSchema, orgId: IdSchema.nullable(), orgName: z.string().nullable(), shareBp: z.number().int(), amountFen: z.number().int() });
export type Share = z.infer<typeof ShareSchema>;
export const MovementSchema = z.object({ id: IdSchema, kind: z.enum(['payout', 'recovery']), totalFen: z.number().int(), shares: z.array(ShareSchema), occurredOn: z.string() });

export const ClaimSchema = z
  .object({
    id: IdSchema,
    loanId: IdSchema,
    contractNo: z.string(),
    poolId: IdSchema,
    poolName: z.string(),
    regionCode: z.string(),
    enterpriseOrgId: IdSchema,
    enterpriseName: z.string(),
    bankOrgId: IdSchema,
    bankName: z.string(),
    status: ClaimStatusSchema,
    defaultConfirmedOn: z.string(),
    appliedOn: z.string(),
    deadlineOn: z.string(),
    lossFen: z.number().int(),
    eligibleFen: z.number().int(),
    paidFen: z.number().int(),
    recoveredFen: z.number().int(),
    recoveryEfforts: z.string(),
    evidenceFileIds: z.array(IdSchema),
    reviewNote: z.string().nullable(),
    reviewedByName: z.string().nullable(),
    typicalCase: z.boolean(),
    caseStory: z.string().nullable(),
  })
  .meta({ id: 'Claim' });
export type Claim = z.infer<typeof ClaimSchema>;
/** An evidence file of a claim, as its page lists it for download. */
export const ClaimEvidenceSchema = z.object({ id: IdSchema, name: z.string(), size: z.number().int() });
export const ClaimDetailSchema = ClaimSchema.extend({ evidence: z.array(ClaimEvidenceSchema), movements: z.array(MovementSchema), canReview: z.boolean(), canRecover: z.boolean() }).meta({ id: 'ClaimDetail' });
/** The path of one evidence file of a claim. */
export const ClaimEvidenceParams = z.object({ id: IdSchema, fileId: IdSchema });
export type ClaimDetail = z.infer<typeof ClaimDetailSchema>;

export const CLAIM_SORT_FIELDS = ['appliedOn', 'lossFen', 'status'] as const;
export const ClaimListQuerySchema = pageQuery(CLAIM_SORT_FIELDS).extend({
  status: z.union([ClaimStatusSchema, z.array(ClaimStatusSchema)]).optional(),
  poolId: IdSchema.optional(),
  bankOrgId: IdSchema.optional(),
  year: YearSchema.optional(),
  q: z.string().trim().max(Limits.nameMax).optional(),
});
export type ClaimListQuery = z.output<typeof ClaimListQuerySchema>;
export const ClaimPageSchema = pageOf(ClaimSchema).meta({ id: 'ClaimPage' });
