import { z } from 'zod';
import { DateSchema, type Labels, LimitSchema, OnSchema, optionalText, requiredText } from './enforcement';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { Role } from './roles';

// ——— cross-regional cooperation bodies (区域协作) and assistance requests between their members ———

/** Who may call the cooperation routes: member offices of any kind of IP or enforcement unit; rows are then limited by the policy. */
export const CooperationAccess = {
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.EnforcementOfficer, Role.Liaison],
  /** Setting up a body: the office of a member region. */
  found: [Role.Admin, Role.OfficeStaff],
} as const satisfies Record<string, readonly Role[]>;

export const COOP_AREAS = ['chuanyu', 'huaihai', 'yangtze', 'shenzhenHk', 'other'] as const;
export type CoopArea = (typeof COOP_AREAS)[number];
export const CoopAreaLabels: Labels<CoopArea> = {
  chuanyu: { zh: '川渝', en: 'Sichuan–Chongqing' },
  huaihai: { zh: '淮海经济区', en: 'Huaihai Economic Zone' },
  yangtze: { zh: '长三角', en: 'Yangtze River Delta' },
  shenzhenHk: { zh: '深港', en: 'Shenzhen–Hong Kong' },
  other: { zh: '其他区域', en: 'Other' },
};

export const ASSIST_KINDS = ['investigate', 'serve', 'evidence'] as const;
export type AssistKind = (typeof ASSIST_KINDS)[number];
export const AssistKindLabels: Labels<AssistKind> = {
  investigate: { zh: '协助调查当事人', en: 'Investigate a party' },
  serve: { zh: '协助送达文书', en: 'Serve a document' },
  evidence: { zh: '共享证据材料', en: 'Share evidence' },
};
/** The time-limit rule of each kind of request, when the body's agreement sets none. */
export const ASSIST_LIMIT_CODES = { investigate: 'assistInvestigate', serve: 'assistServe', evidence: 'assistEvidence' } as const satisfies Record<AssistKind, string>;

export const ASSIST_OUTCOMES = ['done', 'partly', 'unable'] as const;
export type AssistOutcome = (typeof ASSIST_OUTCOMES)[number];
export const AssistOutcomeLabels: Labels<AssistOutcome> = {
  done: { zh: '已完成协助', en: 'Done' },
  partly: { zh: '部分完成', en: 'Partly done' },
  unable: { zh: '无法协助（已说明理由）', en: 'Unable, with reasons' },
};

export const ASSIST_STATES = ['sent', 'accepted', 'answered'] as const;
export type AssistState = (typeof ASSIST_STATES)[number];
export const AssistStateLabels: Labels<AssistState> = {
  sent: { zh: '待受理', en: 'Awaiting acceptance' },
  accepted: { zh: '已受理，办理中', en: 'Accepted' },
  answered: { zh: '已答复', en: 'Answered' },
};

export const LIMIT_UNITS = ['workingDays', 'calendarDays'] as const;
export const LimitUnitLabels: Labels<(typeof LIMIT_UNITS)[number]> = { workingDays: { zh: '个工作日', en: 'working days' }, calendarDays: { zh: '日', en: 'days' } };

const Named = z.object({ id: z.string(), name: z.string() });

export const BodyLimitInputSchema = z.object({
  kind: z.enum(ASSIST_KINDS, '请选择协助事项'),
  length: z.number().int('期限应为整数').min(1, '期限至少 1 日').max(365, '期限不超过 365 日'),
  unit: z.enum(LIMIT_UNITS, '请选择期限单位'),
  citation: requiredText('请填写期限出处（协议条款）', Limits.titleMax),
});
export const BodyMemberInputSchema = z.object({ orgId: z.uuid('请选择成员单位'), joinedOn: DateSchema });

export const BodyCreateSchema = z
  .object({
    name: requiredText('请填写协作体名称', Limits.nameMax),
    area: z.enum(COOP_AREAS, '请选择协作区域'),
    agreementTitle: requiredText('请填写协作协议名称', Limits.titleMax),
    agreementSignedOn: DateSchema,
    agreementSummary: optionalText(Limits.textMax),
    members: z.array(BodyMemberInputSchema).min(2, '协作体至少两个成员单位').max(60, '成员单位不超过 60 个'),
    limits: z.array(BodyLimitInputSchema).max(3).default([]).describe('deadlines the agreement sets, by kind of request; the platform defaults apply to the others'),
  })
  .meta({ id: 'EnforcementCoopBodyCreate' });
export type BodyCreate = z.infer<typeof BodyCreateSchema>;
export const BodyMemberAddSchema = BodyMemberInputSchema.meta({ id: 'EnforcementCoopMemberAdd' });
export type BodyMemberAdd = z.infer<typeof BodyMemberAddSchema>;

export const BodyListItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    area: z.enum(COOP_AREAS),
    agreementTitle: z.string(),
    agreementSignedOn: z.string(),
    memberCount: z.number().int(),
    requestCount: z.number().int(),
    openRequests: z.number().int(),
  })
  .meta({ id: 'EnforcementCoopBodyListItem' });
export type BodyListItem = z.infer<typeof BodyListItemSchema>;
export const BodyPageSchema = pageOf(BodyListItemSchema).meta({ id: 'EnforcementCoopBodyPage' });
export const BodyListQuerySchema = pageQuery(['name', 'agreementSignedOn'] as const).extend({
  q: z.string().trim().max(Limits.nameMax).optional(),
  area: z.enum(COOP_AREAS).optional(),
});
export type BodyListQuery = z.infer<typeof BodyListQuerySchema>;

export const BodyFigureSchema = z.object({
  org: Named,
  regionCode: z.string(),
  sent: z.number().int(),
  received: z.number().int(),
  answered: z.number().int(),
  answeredInTime: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  averageDays: z.number().nullable().describe('calendar days from sending to answer, over answered requests'),
});
export type BodyFigure = z.infer<typeof BodyFigureSchema>;

export const BodyDetailSchema = BodyListItemSchema.extend({
  agreementSummary: z.string().nullable(),
  createdBy: Named,
  members: z.array(z.object({ org: Named, regionCode: z.string(), joinedOn: z.string() })),
  limits: z.array(z.object({ kind: z.enum(ASSIST_KINDS), length: z.number().int(), unit: z.enum(LIMIT_UNITS), citation: z.string(), fromAgreement: z.boolean() })),
  figures: z.array(BodyFigureSchema).describe('joint figures: each member’s requests sent, received and answered'),
  canRequest: z.boolean().describe('the caller acts for a member office'),
  canManage: z.boolean(),
}).meta({ id: 'EnforcementCoopBodyDetail' });
export type BodyDetail = z.infer<typeof BodyDetailSchema>;

export const AssistCreateSchema = z
  .object({
    toOrgId: z.uuid('请选择被请求的成员单位'),
    kind: z.enum(ASSIST_KINDS, '请选择协助事项'),
    subject: requiredText('请填写涉及的当事人或文书', Limits.nameMax),
    detail: requiredText('请填写请求协助的具体事项'),
    sentOn: OnSchema,
  })
  .meta({ id: 'EnforcementAssistCreate' });
export type AssistCreate = z.infer<typeof AssistCreateSchema>;
export const AssistActionSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('accept'), on: OnSchema }),
    z.object({ action: z.literal('answer'), on: OnSchema, outcome: z.enum(ASSIST_OUTCOMES, '请选择协助结果'), answer: requiredText('请填写答复内容') }),
  ])
  .meta({ id: 'EnforcementAssistAction' });
export type AssistAction = z.infer<typeof AssistActionSchema>;

export const AssistRequestSchema = z
  .object({
    id: z.string(),
    body: Named,
    from: Named,
    to: Named,
    fromRegion: z.string(),
    toRegion: z.string(),
    kind: z.enum(ASSIST_KINDS),
    subject: z.string(),
    detail: z.string(),
    sentOn: z.string(),
    acceptedOn: z.string().nullable(),
    answeredOn: z.string().nullable(),
    answer: z.string().nullable(),
    outcome: z.enum(ASSIST_OUTCOMES).nullable(),
    state: z.enum(ASSIST_STATES),
    dueOn: z.string(),
    overdue: z.boolean(),
    limit: LimitSchema,
    actions: z.array(z.enum(['accept', 'answer'])),
  })
  .meta({ id: 'EnforcementAssistRequest' });
export type AssistRequest = z.infer<typeof AssistRequestSchema>;
export const AssistPageSchema = pageOf(AssistRequestSchema).meta({ id: 'EnforcementAssistPage' });
export const AssistListQuerySchema = pageQuery(['sentOn', 'dueOn'] as const).extend({
  bodyId: z.uuid('协作体无效').optional(),
  box: z.enum(['all', 'sent', 'received']).default('all'),
  state: z.enum(ASSIST_STATES).optional(),
  kind: z.enum(ASSIST_KINDS).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(Limits.nameMax).optional(),
});
export type AssistListQuery = z.infer<typeof AssistListQuerySchema>;
