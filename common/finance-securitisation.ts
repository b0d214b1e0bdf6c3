import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { FenSchema, PositiveFenSchema } from './finance-loans';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;
const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`);

// ---------------------------------------------------------------- securitisation products

/** The classes of a tranche, senior first: the subordinate tranche takes losses first and is usually held by the originator. */
export const TRANCHE_CLASSES = ['senior', 'mezzanine', 'subordinate'] as const;
export type TrancheClass = (typeof TRANCHE_CLASSES)[number];
export const TrancheClassLabels: Labels<TrancheClass> = {
  senior: { zh: '优先级', en: 'Senior' },
  mezzanine: { zh: '中间级', en: 'Mezzanine' },
  subordinate: { zh: '次级', en: 'Subordinate' },
};

export const TrancheSchema = z
  .object({
    name: text(60).min(1, '请填写档次名称'),
    trancheClass: z.enum(TRANCHE_CLASSES),
    amountFen: PositiveFenSchema,
    /** The coupon in basis points; none for a subordinate tranche without a fixed rate. */
    couponBp: z.number().int('票面利率应为整数（万分之一）').min(1, '票面利率应大于零').max(5000, '票面利率过高').nullable().optional(),
    rating: optionalText(20),
  })
  .meta({ id: 'SecuritisationTranche' });
export type TrancheInput = z.output<typeof TrancheSchema>;
/** A tranche as the server answers it. */
export const TrancheOutSchema = z
  .object({ name: z.string(), trancheClass: z.enum(TRANCHE_CLASSES), amountFen: z.number().int(), couponBp: z.number().int().nullable(), rating: z.string().nullable() })
  .meta({ id: 'SecuritisationTrancheOut' });
export type Tranche = z.infer<typeof TrancheOutSchema>;

const productFields = {
  regionCode: RegionCodeSchema,
  name: text(200).min(1, '请填写产品名称'),
  issuer: text(200).min(1, '请填写发行人（原始权益人或计划管理人）'),
  amountFen: PositiveFenSchema,
  issueDate: DateSchema,
  termMonths: z.number('期限应为整数（月）').int('期限应为整数（月）').min(1, '期限至少1个月').max(600, '期限不能超过600个月'),
  underlying: text(2000).min(1, '请说明基础资产（许可合同、质押贷款等）'),
  enterpriseOrgIds: z.array(IdSchema).max(200, '最多200家企业').default([]),
  tranches: z.array(TrancheSchema).min(1, '请至少填写一个档次').max(10, '最多10个档次'),
  note: optionalText(2000),
};
export const SecuritisationCreateSchema = z.object(productFields).meta({ id: 'SecuritisationCreate' });
export type SecuritisationCreate = z.output<typeof SecuritisationCreateSchema>;
export const SecuritisationUpdateSchema = z.object(productFields).partial().meta({ id: 'SecuritisationUpdate' });
export type SecuritisationUpdate = z.output<typeof SecuritisationUpdateSchema>;

export const SecuritisationSummarySchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    name: z.string(),
    issuer: z.string(),
    amountFen: z.number().int(),
    issueDate: z.string(),
    termMonths: z.number().int(),
    enterpriseCount: z.number().int(),
    trancheCount: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SecuritisationSummary' });
export type SecuritisationSummary = z.infer<typeof SecuritisationSummarySchema>;

export const SecuritisationSchema = SecuritisationSummarySchema.extend({
  underlying: z.string(),
  enterprises: z.array(z.object({ id: z.string(), name: z.string() })),
  tranches: z.array(TrancheOutSchema),
  note: z.string().nullable(),
  maturityDate: z.string(),
  canManage: z.boolean(),
}).meta({ id: 'Securitisation' });
export type Securitisation = z.infer<typeof SecuritisationSchema>;

export const SECURITISATION_SORT_FIELDS = ['issueDate', 'amountFen', 'name', 'termMonths'] as const;
export const SecuritisationListQuerySchema = pageQuery(SECURITISATION_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional().describe('product name, issuer or underlying assets'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('year of issue'),
  regionCode: RegionCodeSchema.optional(),
  enterpriseOrgId: IdSchema.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type SecuritisationListQuery = z.output<typeof SecuritisationListQuerySchema>;
export const SecuritisationPageSchema = pageOf(SecuritisationSummarySchema).meta({ id: 'SecuritisationPage' });

// ---------------------------------------------------------------- signings at meetings

/** What was signed at a meeting: a loan contract, or a financing intention not yet a loan. */
export const SIGNING_KINDS = ['loan', 'intention'] as const;
export type SigningKind = (typeof SIGNING_KINDS)[number];
export const SigningKindLabels: Labels<SigningKind> = {
  loan: { zh: '贷款签约', en: 'Loan signed' },
  intention: { zh: '意向签约', en: 'Intention signed' },
};

export const SigningCreateSchema = z
  .object({
    bankOrgId: IdSchema,
    enterpriseOrgId: IdSchema,
    kind: z.enum(SIGNING_KINDS),
    amountFen: PositiveFenSchema,
    signedOn: DateSchema,
    loanId: IdSchema.nullable().optional().describe('the loan signed; required for a loan signing'),
    note: optionalText(500),
  })
  .meta({ id: 'SigningCreate' });
export type SigningCreate = z.output<typeof SigningCreateSchema>;

export const SigningSchema = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    meetingTitle: z.string(),
    regionCode: z.string(),
    bankOrgId: z.string(),
    bankName: z.string(),
    enterpriseOrgId: z.string(),
    enterpriseName: z.string(),
    kind: z.enum(SIGNING_KINDS),
    amountFen: z.number().int(),
    signedOn: z.string(),
    loanId: z.string().nullable(),
    loanContractNo: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Signing' });
export type Signing = z.infer<typeof SigningSchema>;

/** A meeting's signings with their totals, as the meeting page shows them. */
export const MeetingSigningsSchema = z
  .object({
    items: z.array(SigningSchema),
    loanCount: z.number().int(),
    intentionCount: z.number().int(),
    totalFen: FenSchema,
    canRecord: z.boolean(),
  })
  .meta({ id: 'MeetingSignings' });
export type MeetingSignings = z.infer<typeof MeetingSigningsSchema>;

export const SIGNING_SORT_FIELDS = ['signedOn', 'amountFen', 'kind'] as const;
export const SigningListQuerySchema = pageQuery(SIGNING_SORT_FIELDS).extend({
  meetingId: IdSchema.optional(),
  bankOrgId: IdSchema.optional(),
  kind: z.enum(SIGNING_KINDS).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('year of signing'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type SigningListQuery = z.output<typeof SigningListQuerySchema>;
export const SigningPageSchema = pageOf(SigningSchema).meta({ id: 'SigningPage' });
