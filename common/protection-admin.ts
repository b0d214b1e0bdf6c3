import { z } from 'zod';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import type { CASE_KINDS, NEXT_ACTORS } from './protection';
import { DateSchema, DISPUTE_TYPES, type Labels } from './protection';
import { patchOf } from './fields';

const Named = z.object({ id: z.string(), name: z.string() });

/** Kinds of mediation organisation (people's, administrative, industry, commercial). */
export const MEDIATION_ORG_TYPES = ['people', 'administrative', 'industry', 'commercial'] as const;
export type MediationOrgType = (typeof MEDIATION_ORG_TYPES)[number];
export const MediationOrgTypeLabels: Labels<MediationOrgType> = {
  people: { zh: '人民调解组织', en: "People's mediation" },
  administrative: { zh: '行政调解组织', en: 'Administrative mediation' },
  industry: { zh: '行业性专业性调解组织', en: 'Industry mediation' },
  commercial: { zh: '商事调解组织', en: 'Commercial mediation' },
};

export const MEDIATOR_STATUSES = ['active', 'suspended', 'dismissed'] as const;
export type MediatorStatus = (typeof MEDIATOR_STATUSES)[number];
export const MediatorStatusLabels: Labels<MediatorStatus> = {
  active: { zh: '在册', en: 'Active' },
  suspended: { zh: '暂停', en: 'Suspended' },
  dismissed: { zh: '已解聘', en: 'Dismissed' },
};

/** Grounds for a complaint against a mediator (《人民法院在线调解规则》 art. 29). */
export const COMPLAINT_GROUNDS = ['forced', 'refusedReferrals', 'bribery', 'leakedSecrets', 'other'] as const;
export type ComplaintGround = (typeof COMPLAINT_GROUNDS)[number];
export const ComplaintGroundLabels: Labels<ComplaintGround> = {
  forced: { zh: '强迫调解', en: 'Forced mediation' },
  refusedReferrals: { zh: '无正当理由多次拒绝接受委派', en: 'Repeatedly refused referrals' },
  bribery: { zh: '接受当事人请托或收受财物', en: 'Took bribes' },
  leakedSecrets: { zh: '泄露调解过程或当事人信息', en: 'Leaked secrets' },
  other: { zh: '其他违反职业道德的行为', en: 'Other misconduct' },
};
export const COMPLAINT_STATUSES = ['open', 'verified', 'dismissed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const ComplaintStatusLabels: Labels<ComplaintStatus> = { open: { zh: '待核查', en: 'Open' }, verified: { zh: '查证属实', en: 'Verified' }, dismissed: { zh: '不成立', en: 'Dismissed' } };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}个字符`)
    .optional()
    .nullable()
    .transform((v) => (v === '' || v == null ? null : v));

export const MediatorCreateSchema = z
  .object({
    orgId: z.uuid('请选择调解组织'),
    name: z.string().trim().min(1, '请填写姓名').max(Limits.personNameMax, `不能超过${Limits.personNameMax}个字符`),
    title: optionalText(Limits.titleMax).describe('e.g. 专利代理师、律师、退休法官'),
    phone: optionalText(Limits.phoneMax),
    userId: z.uuid('账号无效').optional().nullable().describe('the sign-in account (role mediator) of this mediator'),
    specialities: z.array(z.enum(DISPUTE_TYPES)).min(1, '至少选择一个擅长领域'),
    onRoster: z.boolean().default(true),
    rosterCourtId: z.uuid('法院无效').optional().nullable().describe('the court whose invited-mediator roster lists this mediator'),
    status: z.enum(MEDIATOR_STATUSES).default('active'),
  })
  .meta({ id: 'MediatorCreate' });
export type MediatorCreate = z.output<typeof MediatorCreateSchema>;
export const MediatorUpdateSchema = patchOf(MediatorCreateSchema).meta({ id: 'MediatorUpdate' });
export type MediatorUpdate = z.output<typeof MediatorUpdateSchema>;

export const MediatorSchema = z
  .object({
    id: z.string(),
    org: Named,
    name: z.string(),
    title: z.string().nullable(),
    phone: z.string().nullable(),
    user: z.object({ id: z.string(), username: z.string() }).nullable(),
    specialities: z.array(z.enum(DISPUTE_TYPES)),
    onRoster: z.boolean(),
    rosterCourt: Named.nullable(),
    status: z.enum(MEDIATOR_STATUSES),
    workload: z.number().describe('open cases assigned now'),
    cases: z.number(),
    concluded: z.number(),
    succeeded: z.number(),
    successRate: z.number().nullable(),
    complaints: z.number().nullable().describe('shown to office staff and courts only'),
    verifiedComplaints: z.number().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Mediator' });
export type Mediator = z.infer<typeof MediatorSchema>;

export const MEDIATOR_SORT_FIELDS = ['name', 'workload', 'cases', 'successRate', 'createdAt'] as const;
export const MediatorListQuerySchema = pageQuery(MEDIATOR_SORT_FIELDS).extend({
  q: z.string().trim().max(Limits.personNameMax).optional(),
  orgId: z.uuid().optional(),
  speciality: z.enum(DISPUTE_TYPES).optional(),
  status: z.enum(MEDIATOR_STATUSES).optional(),
  onRoster: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  rosterCourtId: z.uuid().optional(),
});
export type MediatorListQuery = z.output<typeof MediatorListQuerySchema>;
export const MediatorPageSchema = pageOf(MediatorSchema).meta({ id: 'MediatorPage' });

export const ComplaintCreateSchema = z
  .object({ ground: z.enum(COMPLAINT_GROUNDS), detail: z.string().trim().min(1, '请填写投诉内容').max(Limits.textMax), caseId: z.uuid().optional().nullable() })
  .meta({ id: 'MediatorComplaintCreate' });
export type ComplaintCreate = z.output<typeof ComplaintCreateSchema>;
export const ComplaintSchema = z
  .object({ id: z.string(), mediatorId: z.string(), caseId: z.string().nullable(), caseNo: z.string().nullable(), ground: z.enum(COMPLAINT_GROUNDS), detail: z.string(), status: z.enum(COMPLAINT_STATUSES), createdAt: z.string() })
  .meta({ id: 'MediatorComplaint' });
export type Complaint = z.infer<typeof ComplaintSchema>;
export const ComplaintResolveSchema = z.object({ status: z.enum(['verified', 'dismissed']) }).meta({ id: 'MediatorComplaintResolve' });

/** What makes a mediation organisation (or an IP office deciding disputes) a case-handling body here. */
export const OrgProfileUpsertSchema = z
  .object({
    caseCode: z
      .string()
      .trim()
      .min(1, '请填写案号代字')
      .max(12, '不能超过12个字符')
      .regex(/^[\u4e00-\u9fa5]+$/, '案号代字只能是汉字，如「深坪知调」'),
    mediationType: z.enum(MEDIATION_ORG_TYPES).optional().nullable(),
    courtInvited: z.boolean().default(false),
    invitingCourtId: z.uuid('法院无效').optional().nullable(),
    disputeScope: z.array(z.enum(DISPUTE_TYPES)).default([]),
    chargesFee: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.courtInvited && !v.invitingCourtId) ctx.addIssue({ code: 'custom', path: ['invitingCourtId'], message: '特邀调解组织须注明邀请法院' });
  })
  .meta({ id: 'ProtectionOrgProfileUpsert' });
export type OrgProfileUpsert = z.output<typeof OrgProfileUpsertSchema>;

export const MediationOrgSchema = z
  .object({
    orgId: z.string(),
    name: z.string(),
    kind: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    profiled: z.boolean(),
    caseCode: z.string().nullable(),
    mediationType: z.enum(MEDIATION_ORG_TYPES).nullable(),
    courtInvited: z.boolean(),
    invitingCourt: Named.nullable(),
    disputeScope: z.array(z.enum(DISPUTE_TYPES)),
    chargesFee: z.boolean(),
    mediators: z.number(),
    openCases: z.number(),
    cases: z.number(),
    successRate: z.number().nullable(),
  })
  .meta({ id: 'MediationOrg' });
export type MediationOrg = z.infer<typeof MediationOrgSchema>;
export const MediationOrgListQuerySchema = z.object({
  q: z.string().trim().max(Limits.nameMax).optional(),
  kind: z.enum(['mediationOrg', 'office', 'court']).default('mediationOrg').describe('office: IP offices that decide disputes'),
});
export type MediationOrgListQuery = z.output<typeof MediationOrgListQuerySchema>;

/** Units a deadline is counted in. */
export const DEADLINE_UNITS = ['calendarDays', 'workingDays', 'months'] as const;
export type DeadlineRuleUnit = (typeof DEADLINE_UNITS)[number];
export const DeadlineUnitLabels: Labels<DeadlineRuleUnit> = { calendarDays: { zh: '日', en: 'days' }, workingDays: { zh: '个工作日', en: 'working days' }, months: { zh: '个月', en: 'months' } };

/** The legal time limits the engine knows (legal-rules.md rows 1–25), with who must act and what starts the clock. */
export const DEADLINE_CODES = {
  chooseMediator: { process: 'mediation', actor: 'parties', label: { zh: '当事人共同选定调解员', en: 'Parties choose a mediator' }, starts: '案件进入待选定调解员' },
  designateMediator: { process: 'mediation', actor: 'office', label: { zh: '指定调解员', en: 'Designate a mediator' }, starts: '收到调解申请或委派' },
  mediatorAccept: { process: 'mediation', actor: 'mediator', label: { zh: '调解员确认接受', en: 'Mediator accepts' }, starts: '选定或指定调解员' },
  contactRespondent: { process: 'mediation', actor: 'mediator', label: { zh: '诉前联系被申请人', en: 'Contact the respondent' }, starts: '调解员接受调解' },
  periodPreFiling: { process: 'mediation', actor: 'mediator', label: { zh: '诉前（委派）调解期限', en: 'Pre-filing mediation period' }, starts: '调解员接受调解' },
  periodOrdinary: { process: 'mediation', actor: 'mediator', label: { zh: '委托调解期限（普通程序）', en: 'In-litigation period (ordinary)' }, starts: '调解员接受调解' },
  periodSimplified: { process: 'mediation', actor: 'mediator', label: { zh: '委托调解期限（简易程序）', en: 'In-litigation period (simplified)' }, starts: '调解员接受调解' },
  confirmationApply: { process: 'mediation', actor: 'parties', label: { zh: '共同申请司法确认', en: 'Apply for judicial confirmation' }, starts: '调解协议生效' },
  confirmationAcceptance: { process: 'mediation', actor: 'court', label: { zh: '法院决定是否受理司法确认', en: 'Court decides on acceptance' }, starts: '司法确认申请提交' },
  confirmationRuling: { process: 'mediation', actor: 'court', label: { zh: '法院作出确认裁定', en: 'Court rules on confirmation' }, starts: '法院受理司法确认' },
  adjRegister: { process: 'adjudication', actor: 'office', label: { zh: '立案或不予受理', en: 'Register or refuse' }, starts: '收到裁决请求' },
  adjServe: { process: 'adjudication', actor: 'office', label: { zh: '送达请求书副本', en: 'Serve the request copy' }, starts: '立案' },
  adjAnswer: { process: 'adjudication', actor: 'respondent', label: { zh: '被请求人答辩', en: 'Respondent answers' }, starts: '送达请求书副本' },
  adjDecide: { process: 'adjudication', actor: 'office', label: { zh: '作出处理决定', en: 'Decide the case' }, starts: '立案' },
  adjSue: { process: 'adjudication', actor: 'parties', label: { zh: '不服裁决起诉期限', en: 'Window to sue' }, starts: '收到裁决书' },
} as const satisfies Record<string, { process: (typeof CASE_KINDS)[number]; actor: (typeof NEXT_ACTORS)[number]; label: { zh: string; en: string }; starts: string }>;
export type DeadlineCode = keyof typeof DEADLINE_CODES;
export const DEADLINE_CODE_LIST = Object.keys(DEADLINE_CODES) as [DeadlineCode, ...DeadlineCode[]];

export const RegionPrefixSchema = z
  .string()
  .trim()
  .regex(/^(|\d{2}|\d{4}|\d{6})$/, '地区代码前缀应为空（全国）或2、4、6位数字');

export const DeadlineRuleSchema = z
  .object({
    id: z.string(),
    code: z.enum(DEADLINE_CODE_LIST),
    regionPrefix: z.string(),
    regionName: z.string(),
    length: z.number(),
    unit: z.enum(DEADLINE_UNITS),
    extensionLength: z.number().nullable(),
    starts: z.string(),
    pauses: z.string().nullable(),
    citation: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProtectionDeadlineRule' });
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;
export const DeadlineRuleUpsertSchema = z
  .object({
    code: z.enum(DEADLINE_CODE_LIST),
    regionPrefix: RegionPrefixSchema,
    length: z.coerce.number().int('应为整数').min(1, '至少为1').max(366, '不能超过366'),
    unit: z.enum(DEADLINE_UNITS),
    extensionLength: z.coerce.number().int('应为整数').min(1).max(366).optional().nullable(),
    pauses: optionalText(200),
    citation: z.string().trim().min(1, '请填写法律依据').max(200),
  })
  .meta({ id: 'ProtectionDeadlineRuleUpsert' });
export type DeadlineRuleUpsert = z.output<typeof DeadlineRuleUpsertSchema>;
export const DeadlineRuleListQuerySchema = z.object({ code: z.enum(DEADLINE_CODE_LIST).optional(), regionPrefix: RegionPrefixSchema.optional() });

export const WebhookCreateSchema = z
  .object({
    name: z.string().trim().min(1, '请填写名称').max(Limits.nameMax),
    url: z
      .string()
      .trim()
      .max(500)
      .regex(/^https?:\/\/[^\s]+$/, '地址应以 http:// 或 https:// 开头'),
    secret: z.string().min(16, '签名密钥至少16位').max(200).optional().nullable().describe('signs each delivery: x-zhichan-signature = hex HMAC-SHA256 of the body'),
    courtId: z.uuid('法院无效').optional().nullable().describe('only events of cases linked to this court; empty for every case'),
    active: z.boolean().default(true),
  })
  .meta({ id: 'ProtectionWebhookCreate' });
export type WebhookCreate = z.output<typeof WebhookCreateSchema>;
export const WebhookUpdateSchema = patchOf(WebhookCreateSchema).meta({ id: 'ProtectionWebhookUpdate' });
export type WebhookUpdate = z.output<typeof WebhookUpdateSchema>;
export const WebhookSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    court: Named.nullable(),
    active: z.boolean(),
    hasSecret: z.boolean(),
    pending: z.number(),
    delivered: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProtectionWebhook' });
export type Webhook = z.infer<typeof WebhookSchema>;

export const DELIVERY_STATUSES = ['pending', 'delivered'] as const;
export const DeliveryListQuerySchema = pageQuery(['createdAt', 'nextAttemptAt'] as const).extend({
  status: z.enum(DELIVERY_STATUSES).optional(),
  webhookId: z.uuid().optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type DeliveryListQuery = z.output<typeof DeliveryListQuerySchema>;
export const DeliverySchema = z
  .object({
    outboxId: z.string(),
    webhookId: z.string(),
    webhookName: z.string(),
    eventType: z.string(),
    caseId: z.string(),
    caseNo: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    lastStatus: z.number().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ProtectionDelivery' });
export type Delivery = z.infer<typeof DeliverySchema>;
export const DeliveryPageSchema = pageOf(DeliverySchema).meta({ id: 'ProtectionDeliveryPage' });
export const DeliveryParamsSchema = z.object({ outboxId: z.coerce.number().int().min(1), webhookId: z.uuid() });

/** Mediation statistics for a period of receipt (adjudication cases are counted on their own list). */
export const StatisticsQuerySchema = z.object({
  from: DateSchema.optional().describe('received on or after (default: 1 January of this year)'),
  to: DateSchema.optional().describe('received on or before (default: today)'),
  regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字').optional(),
  orgId: z.uuid().optional(),
});
export type StatisticsQuery = z.output<typeof StatisticsQuerySchema>;
const Count = z.object({ key: z.string(), count: z.number(), succeeded: z.number() });
const Perf = z.object({
  id: z.string(),
  name: z.string(),
  cases: z.number(),
  concluded: z.number(),
  succeeded: z.number(),
  successRate: z.number().nullable(),
  avgDurationDays: z.number().nullable(),
  confirmed: z.number(),
  confirmationRate: z.number().nullable(),
});
export const StatisticsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    total: z.number(),
    open: z.number(),
    concluded: z.number().describe('ended with an agreement or a failure'),
    succeeded: z.number(),
    successRate: z.number().nullable(),
    avgDurationDays: z.number().nullable().describe('acceptance to conclusion, calendar days'),
    avgPeriodDays: z.number().nullable().describe('the period allowed for the same cases, extensions included'),
    withinPeriodRate: z.number().nullable(),
    agreements: z.number().describe('agreements open to judicial confirmation'),
    confirmed: z.number(),
    confirmationRate: z.number().nullable(),
    bySource: z.array(Count),
    byType: z.array(Count),
    byOutcome: z.array(Count),
    byOrg: z.array(Perf),
    byMediator: z.array(Perf),
  })
  .meta({ id: 'ProtectionStatistics' });
export type Statistics = z.infer<typeof StatisticsSchema>;
