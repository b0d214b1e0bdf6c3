import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { FinanceFenSchema } from './finance';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;
const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`);

// ---------------------------------------------------------------- whitelist batches

/** What a whitelist batch can ask of an enterprise; each criterion is a row of data on the batch. */
export const CRITERION_KEYS = ['highTech', 'inventionPatents', 'highValuePatents', 'noDishonesty', 'noAbnormalFiling', 'region'] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];
export const CriterionLabels: Labels<CriterionKey> = {
  highTech: { zh: '高新技术企业', en: 'High-tech enterprise' },
  inventionPatents: { zh: '有效发明专利数量', en: 'Invention patents in force' },
  highValuePatents: { zh: '高价值发明专利数量', en: 'High-value invention patents' },
  noDishonesty: { zh: '无失信记录', en: 'No dishonesty record' },
  noAbnormalFiling: { zh: '无非正常专利申请', en: 'No abnormal patent filings' },
  region: { zh: '注册地在指定区域', en: 'Registered in the region' },
};

export const CriterionSchema = z
  .object({
    key: z.enum(CRITERION_KEYS),
    threshold: z.number().int('数量应为整数').min(1, '数量至少为1').max(10_000).nullable().optional().describe('inventionPatents, highValuePatents: at least this many'),
    regionCode: RegionCodeSchema.nullable().optional().describe('region: the enterprise is registered in this region subtree'),
    required: z.boolean().default(false).describe('an applicant that misses it is not eligible, whatever the score'),
    points: z.number().int('分值应为整数').min(0, '分值不能为负').max(100, '分值不能超过100'),
  })
  .superRefine((c, ctx) => {
    if ((c.key === 'inventionPatents' || c.key === 'highValuePatents') && !c.threshold) ctx.addIssue({ code: 'custom', path: ['threshold'], message: '请填写数量要求' });
    if (c.key === 'region' && !c.regionCode) ctx.addIssue({ code: 'custom', path: ['regionCode'], message: '请选择区域' });
  });
export type Criterion = z.output<typeof CriterionSchema>;

export const BATCH_STATUSES = ['open', 'closed', 'published'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export const BatchStatusLabels: Labels<BatchStatus> = {
  open: { zh: '受理申请中', en: 'Open' },
  closed: { zh: '评审中', en: 'Under review' },
  published: { zh: '已发布', en: 'Published' },
};

const batchFields = {
  regionCode: RegionCodeSchema,
  title: text(200).min(1, '请填写批次名称'),
  criteria: z
    .array(CriterionSchema)
    .min(1, '请至少设置一项入库条件')
    .max(20)
    .refine((list) => new Set(list.map((c) => c.key)).size === list.length, '每项条件只能设置一次'),
  passScore: z.number().int('分值应为整数').min(0).max(1000),
  validFrom: DateSchema,
  validTo: DateSchema,
};
export const BatchCreateSchema = z.object(batchFields).meta({ id: 'WhitelistBatchCreate' });
export type BatchCreate = z.output<typeof BatchCreateSchema>;
export const BatchStatusChangeSchema = z.object({ status: z.enum(['closed', 'published']) }).meta({ id: 'WhitelistBatchStatus' });

export const BatchSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    title: z.string(),
    criteria: z.array(z.object({ key: z.enum(CRITERION_KEYS), threshold: z.number().int().nullable(), regionCode: z.string().nullable(), required: z.boolean(), points: z.number().int() })),
    passScore: z.number().int(),
    validFrom: z.string(),
    validTo: z.string(),
    status: z.enum(BATCH_STATUSES),
    publishedAt: z.string().nullable(),
    applicationCount: z.number().int(),
    approvedCount: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'WhitelistBatch' });
export type Batch = z.infer<typeof BatchSchema>;
export const BATCH_SORT_FIELDS = ['createdAt', 'validTo', 'title'] as const;
export const BatchListQuerySchema = pageQuery(BATCH_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(BATCH_STATUSES).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type BatchListQuery = z.output<typeof BatchListQuerySchema>;
export const BatchPageSchema = pageOf(BatchSchema).meta({ id: 'WhitelistBatchPage' });

// ---------------------------------------------------------------- applications

/** How an enterprise came onto a batch: it applied, a district recommended it, or a bank sent it for checking. */
export const CHANNELS = ['self', 'district', 'bank'] as const;
export type Channel = (typeof CHANNELS)[number];
export const ChannelLabels: Labels<Channel> = {
  self: { zh: '企业申报', en: 'Applied' },
  district: { zh: '区局推荐', en: 'Recommended by a district' },
  bank: { zh: '银行推送核查', en: 'Sent by a bank' },
};
export const APPLICATION_STATUSES = ['submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const ApplicationStatusLabels: Labels<ApplicationStatus> = {
  submitted: { zh: '待审核', en: 'Submitted' },
  approved: { zh: '已入库', en: 'Approved' },
  rejected: { zh: '未入库', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const ApplicationCreateSchema = z
  .object({
    batchId: IdSchema,
    enterpriseOrgId: IdSchema.optional().describe('districts, banks and the office name the enterprise; an enterprise applies for itself'),
    highTech: z.boolean().default(false).describe('declared by the applicant; the office confirms it on review'),
    note: optionalText(1000),
  })
  .meta({ id: 'WhitelistApplicationCreate' });
export type ApplicationCreate = z.output<typeof ApplicationCreateSchema>;
export const ApplicationReviewSchema = z
  .object({
    highTech: z.boolean().optional(),
    dishonesty: z.boolean().nullable().optional().describe('checked by the office in the credit records (信用中国); null = not yet checked'),
    abnormalFiling: z.boolean().nullable().optional().describe('非正常专利申请 found by the office; null = not yet checked'),
  })
  .meta({ id: 'WhitelistApplicationReview' });
export type ApplicationReview = z.output<typeof ApplicationReviewSchema>;
export const ApplicationDecisionSchema = z.object({ decision: z.enum(['approved', 'rejected']), note: optionalText(500) }).meta({ id: 'WhitelistApplicationDecision' });
export type ApplicationDecision = z.output<typeof ApplicationDecisionSchema>;

export const ScoreLineSchema = z.object({ key: z.enum(CRITERION_KEYS), label: z.string(), required: z.boolean(), points: z.number().int(), met: z.boolean().nullable(), earned: z.number().int(), reason: z.string() });
export type ScoreLine = z.infer<typeof ScoreLineSchema>;

export const ApplicationSchema = z
  .object({
    id: z.string(),
    batchId: z.string(),
    batchTitle: z.string(),
    batchStatus: z.enum(BATCH_STATUSES),
    regionCode: z.string(),
    regionName: z.string(),
    enterpriseOrgId: z.string(),
    enterpriseName: z.string(),
    channel: z.enum(CHANNELS),
    channelOrgName: z.string().nullable(),
    status: z.enum(APPLICATION_STATUSES),
    highTech: z.boolean(),
    dishonesty: z.boolean().nullable(),
    abnormalFiling: z.boolean().nullable(),
    validInventions: z.number().int(),
    highValueInventions: z.number().int(),
    score: z.number().int(),
    passScore: z.number().int(),
    eligible: z.boolean(),
    lines: z.array(ScoreLineSchema),
    note: z.string().nullable(),
    decisionNote: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'WhitelistApplication' });
export type Application = z.infer<typeof ApplicationSchema>;
export const APPLICATION_SORT_FIELDS = ['createdAt', 'enterpriseName', 'status'] as const;
export const ApplicationListQuerySchema = pageQuery(APPLICATION_SORT_FIELDS).extend({
  batchId: IdSchema.optional(),
  q: z.string().trim().max(100).optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ApplicationListQuery = z.output<typeof ApplicationListQuerySchema>;
export const ApplicationPageSchema = pageOf(ApplicationSchema).meta({ id: 'WhitelistApplicationPage' });

// ---------------------------------------------------------------- credit lines

export const CREDIT_STATUSES = ['interested', 'granted', 'declined'] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];
export const CreditStatusLabels: Labels<CreditStatus> = {
  interested: { zh: '有意向', en: 'Interested' },
  granted: { zh: '已授信', en: 'Credit granted' },
  declined: { zh: '不予授信', en: 'Declined' },
};
export const CreditLineUpdateSchema = z
  .object({
    status: z.enum(CREDIT_STATUSES),
    amountFen: FinanceFenSchema.nullable().optional(),
    grantedOn: DateSchema.nullable().optional(),
    expiresOn: DateSchema.nullable().optional(),
    note: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.status !== 'granted') return;
    if (!v.amountFen) ctx.addIssue({ code: 'custom', path: ['amountFen'], message: '请填写授信金额' });
    if (!v.grantedOn) ctx.addIssue({ code: 'custom', path: ['grantedOn'], message: '请填写授信日期' });
    if (v.grantedOn && v.expiresOn && v.expiresOn <= v.grantedOn) ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: '到期日应晚于授信日期' });
  })
  .meta({ id: 'CreditLineUpdate' });
export type CreditLineUpdate = z.output<typeof CreditLineUpdateSchema>;
export const CreditLineSchema = z
  .object({
    id: z.string(),
    batchId: z.string(),
    applicationId: z.string(),
    bankOrgId: z.string(),
    bankName: z.string(),
    enterpriseOrgId: z.string(),
    enterpriseName: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    status: z.enum(CREDIT_STATUSES),
    amountFen: z.number().int().nullable(),
    grantedOn: z.string().nullable(),
    expiresOn: z.string().nullable(),
    note: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CreditLine' });
export type CreditLine = z.infer<typeof CreditLineSchema>;
export const CREDIT_SORT_FIELDS = ['updatedAt', 'amountFen', 'grantedOn'] as const;
export const CreditLineListQuerySchema = pageQuery(CREDIT_SORT_FIELDS).extend({
  batchId: IdSchema.optional(),
  q: z.string().trim().max(100).optional(),
  status: z.enum(CREDIT_STATUSES).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CreditLineListQuery = z.output<typeof CreditLineListQuerySchema>;
export const CreditLinePageSchema = pageOf(CreditLineSchema).meta({ id: 'CreditLinePage' });
