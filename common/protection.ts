import { z } from 'zod';
import { dateField } from './fields';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { Role } from './roles';
import { formatPatentNumber, patentNumberProblem, RIGHT_KINDS, type RightKind } from './protection-rights';

/** Roles that may call the protection module's routes (the services check each case again). */
export const ProtectionAccess = {
  cases: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.Mediator, Role.CourtLiaison, Role.Enterprise],
  fileMediation: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.CourtLiaison, Role.Enterprise],
  fileAdjudication: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.Enterprise],
  bulkFile: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.CourtLiaison],
  manage: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
  complaints: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.CourtLiaison],
  statistics: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
  docking: [Role.Admin, Role.OfficeStaff],
} as const satisfies Record<string, readonly Role[]>;

/** A { zh, en } label table for the values of an enum. */
export type Labels<K extends string> = Record<K, { zh: string; en: string }>;

/** Mediation (调解) or administrative adjudication (行政裁决) of a patent infringement dispute. */
export const CASE_KINDS = ['mediation', 'adjudication'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CaseKindLabels: Labels<CaseKind> = {
  mediation: { zh: '纠纷调解', en: 'Mediation' },
  adjudication: { zh: '行政裁决', en: 'Administrative adjudication' },
};

/** Where a case came from (GLOSSARY: pre-filing / in-litigation referral). */
export const CASE_SOURCES = ['application', 'courtPreFiling', 'courtInLitigation', 'officeReferral', 'mediationTransfer'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CaseSourceLabels: Labels<CaseSource> = {
  application: { zh: '当事人申请', en: 'Party application' },
  courtPreFiling: { zh: '法院委派（诉前）', en: 'Pre-filing referral' },
  courtInLitigation: { zh: '法院委托（诉中）', en: 'In-litigation referral' },
  officeReferral: { zh: '知识产权局移交', en: 'IP-office referral' },
  mediationTransfer: { zh: '调解不成转裁决', en: 'From failed mediation' },
};
/** Sources that begin before a court has registered a case (诉前): the respondent is contacted first and the period is 30 days. */
export const PRE_FILING_SOURCES: readonly CaseSource[] = ['application', 'courtPreFiling', 'officeReferral'];

export const PROCEDURES = ['ordinary', 'simplified'] as const;
export type Procedure = (typeof PROCEDURES)[number];
export const ProcedureLabels: Labels<Procedure> = { ordinary: { zh: '普通程序', en: 'Ordinary procedure' }, simplified: { zh: '简易程序', en: 'Simplified procedure' } };

/** Kinds of IP dispute; mediators' specialities use the same list. */
export const DISPUTE_TYPES = ['patent', 'trademark', 'copyright', 'tradeSecret', 'unfairCompetition', 'technologyContract', 'other'] as const;
export type DisputeType = (typeof DISPUTE_TYPES)[number];
export const DisputeTypeLabels: Labels<DisputeType> = {
  patent: { zh: '专利', en: 'Patent' },
  trademark: { zh: '商标', en: 'Trademark' },
  copyright: { zh: '著作权', en: 'Copyright' },
  tradeSecret: { zh: '商业秘密', en: 'Trade secret' },
  unfairCompetition: { zh: '不正当竞争', en: 'Unfair competition' },
  technologyContract: { zh: '技术合同', en: 'Technology contract' },
  other: { zh: '其他', en: 'Other' },
};

export const MEDIATION_STATUSES = [
  'submitted',
  'returned',
  'awaitingAssignment',
  'assigned',
  'contactingRespondent',
  'inMediation',
  'appraisal',
  'agreementPending',
  'agreementSigned',
  'confirmationRequested',
  'confirmationAccepted',
  'confirmed',
  'confirmationRejected',
  'closed',
  'withdrawn',
  'terminated',
  'failureReported',
  'transferred',
] as const;
export const ADJUDICATION_STATUSES = [
  'received',
  'notAccepted',
  'registered',
  'served',
  'investigation',
  'suspended',
  'mediated',
  'withdrawn',
  'decided',
  'decisionServed',
  'litigation',
  'enforcementRequested',
  'final',
] as const;
export const CASE_STATUSES = [...new Set([...MEDIATION_STATUSES, ...ADJUDICATION_STATUSES])] as [CaseStatus, ...CaseStatus[]];
export type MediationStatus = (typeof MEDIATION_STATUSES)[number];
export type AdjudicationStatus = (typeof ADJUDICATION_STATUSES)[number];
export type CaseStatus = MediationStatus | AdjudicationStatus;

export const CaseStatusLabels: Labels<CaseStatus> = {
  submitted: { zh: '已提交待审查', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  awaitingAssignment: { zh: '待选定调解员', en: 'Awaiting a mediator' },
  assigned: { zh: '待调解员接受', en: 'Awaiting acceptance' },
  contactingRespondent: { zh: '联系被申请人', en: 'Contacting the respondent' },
  inMediation: { zh: '调解中', en: 'In mediation' },
  appraisal: { zh: '鉴定中（期限中止）', en: 'Appraisal (clock paused)' },
  agreementPending: { zh: '协议待签署', en: 'Agreement awaiting signatures' },
  agreementSigned: { zh: '已达成调解协议', en: 'Agreement signed' },
  confirmationRequested: { zh: '司法确认待受理', en: 'Confirmation requested' },
  confirmationAccepted: { zh: '司法确认审查中', en: 'Confirmation under review' },
  confirmed: { zh: '已司法确认', en: 'Judicially confirmed' },
  confirmationRejected: { zh: '司法确认被驳回/不予受理', en: 'Confirmation refused' },
  closed: { zh: '调解成功结案', en: 'Closed (settled)' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  terminated: { zh: '调解终止', en: 'Terminated' },
  failureReported: { zh: '已报送调解不成情况', en: 'Failure reported' },
  transferred: { zh: '已转诉讼/裁决', en: 'Transferred' },
  received: { zh: '已收到请求', en: 'Request received' },
  notAccepted: { zh: '不予受理', en: 'Not accepted' },
  registered: { zh: '已立案', en: 'Registered' },
  served: { zh: '已送达（答辩期）', en: 'Served (answer period)' },
  investigation: { zh: '调查审理中', en: 'Investigation and hearing' },
  suspended: { zh: '中止（无效宣告审查中）', en: 'Suspended (invalidation pending)' },
  mediated: { zh: '调解结案', en: 'Settled by mediation' },
  decided: { zh: '已作出裁决', en: 'Decided' },
  decisionServed: { zh: '裁决书已送达（起诉期）', en: 'Decision served (window to sue)' },
  litigation: { zh: '当事人已起诉', en: 'Taken to court' },
  enforcementRequested: { zh: '已申请强制执行', en: 'Enforcement requested' },
  final: { zh: '裁决生效', en: 'Final' },
};

/** Statuses in which nothing more happens to a case. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = [
  'returned',
  'confirmed',
  'confirmationRejected',
  'closed',
  'withdrawn',
  'transferred',
  'notAccepted',
  'mediated',
  'litigation',
  'enforcementRequested',
  'final',
];

/** The eight termination grounds of 《人民法院在线调解规则》 art. 25 (the first is reached through an agreement). */
export const TERMINATION_GROUNDS = ['agreementReached', 'settledWithdrawn', 'unreachable', 'refusedToContinue', 'tooFarApart', 'periodExpired', 'refusedToSign', 'other'] as const;
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];
export const TerminationGroundLabels: Labels<TerminationGround> = {
  agreementReached: { zh: '达成调解协议', en: 'Agreement reached' },
  settledWithdrawn: { zh: '当事人自行和解、撤回申请', en: 'Parties settled and withdrew' },
  unreachable: { zh: '在期限内无法联系到当事人', en: 'A party cannot be contacted' },
  refusedToContinue: { zh: '一方当事人拒绝继续调解', en: 'A party refuses to continue' },
  tooFarApart: { zh: '当事人分歧较大难以达成协议', en: 'Positions too far apart' },
  periodExpired: { zh: '调解期限届满未达成协议且未延长', en: 'Period expired without extension' },
  refusedToSign: { zh: '当事人拒绝签署调解协议', en: 'A party refuses to sign' },
  other: { zh: '其他导致调解无法进行的情形', en: 'Other reasons' },
};

export const PARTY_ROLES = ['applicant', 'respondent'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PartyRoleLabels: Record<CaseKind, Labels<PartyRole>> = {
  mediation: { applicant: { zh: '申请人', en: 'Applicant' }, respondent: { zh: '被申请人', en: 'Respondent' } },
  adjudication: { applicant: { zh: '请求人', en: 'Requester' }, respondent: { zh: '被请求人', en: 'Respondent' } },
};
export const PARTY_KINDS = ['organisation', 'person'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const PartyKindLabels: Labels<PartyKind> = { organisation: { zh: '单位', en: 'Organisation' }, person: { zh: '自然人', en: 'Person' } };
export const AGENT_AUTHORITIES = ['general', 'special'] as const;
export type AgentAuthority = (typeof AGENT_AUTHORITIES)[number];
export const AgentAuthorityLabels: Labels<AgentAuthority> = { general: { zh: '一般授权', en: 'General authority' }, special: { zh: '特别授权', en: 'Special authority' } };

/** Who must act next on a case. */
export const NEXT_ACTORS = ['office', 'court', 'mediator', 'parties', 'applicant', 'respondent', 'none'] as const;
export type NextActor = (typeof NEXT_ACTORS)[number];
export const NextActorLabels: Labels<NextActor> = {
  office: { zh: '知识产权局', en: 'IP office' },
  court: { zh: '法院', en: 'Court' },
  mediator: { zh: '调解员', en: 'Mediator' },
  parties: { zh: '双方当事人', en: 'The parties' },
  applicant: { zh: '申请人', en: 'Applicant' },
  respondent: { zh: '被申请人', en: 'Respondent' },
  none: { zh: '无需办理', en: 'Nobody' },
};

export { RIGHT_KINDS, type RightKind } from './protection-rights';
export const RightKindLabels: Labels<RightKind> = {
  invention: { zh: '发明专利', en: 'Invention patent' },
  utilityModel: { zh: '实用新型专利', en: 'Utility model' },
  design: { zh: '外观设计专利', en: 'Design patent' },
  trademark: { zh: '注册商标', en: 'Trademark' },
  copyright: { zh: '作品登记', en: 'Copyright' },
  other: { zh: '其他', en: 'Other' },
};

/** Who may read a note: one side (with the mediation staff), everyone on the case, or staff only. */
export const NOTE_VISIBILITIES = ['applicant', 'respondent', 'all', 'internal'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];
export const NoteVisibilityLabels: Labels<NoteVisibility> = {
  applicant: { zh: '申请方私密', en: 'Applicant side only' },
  respondent: { zh: '被申请方私密', en: 'Respondent side only' },
  all: { zh: '各方可见', en: 'Everyone on the case' },
  internal: { zh: '工作人员内部', en: 'Staff only' },
};

export { formatPatentNumber, patentNumberProblem } from './protection-rights';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}个字符`)
    .optional()
    .nullable()
    .transform((v) => (v === '' || v == null ? null : v));

export const DateSchema = dateField();
/** Money in fen: a whole, non-negative number below a trillion yuan. */
export const FenSchema = z.coerce.number().int('金额应为整数（分）').min(0, '金额不能为负').max(1e14, '金额过大');

export const RightInputSchema = z
  .object({
    kind: z.enum(RIGHT_KINDS),
    number: z.string().trim().min(1, '请填写权利编号').max(40),
    title: optionalText(Limits.nameMax),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'invention' || r.kind === 'utilityModel' || r.kind === 'design') {
      const problem = patentNumberProblem(r.number, r.kind);
      if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: problem });
    } else if (r.kind === 'trademark' && !/^\d{1,10}$/.test(r.number)) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: '商标注册号应为1至10位数字' });
    }
  })
  .transform((r) => (r.kind === 'invention' || r.kind === 'utilityModel' || r.kind === 'design' ? { ...r, number: formatPatentNumber(r.number) } : r));
export type RightInput = z.output<typeof RightInputSchema>;

export const PartyInputSchema = z.object({
  role: z.enum(PARTY_ROLES),
  kind: z.enum(PARTY_KINDS),
  name: z.string().trim().min(1, '请填写当事人名称').max(Limits.nameMax, `不能超过${Limits.nameMax}个字符`),
  orgId: z.uuid('机构无效').optional().nullable().describe('the platform organisation of this party; its enterprise users see the case'),
  idNumber: optionalText(30).describe('credit code of an organisation, or ID number of a person'),
  address: optionalText(Limits.addressMax),
  phone: optionalText(Limits.phoneMax),
  serviceAddress: optionalText(Limits.emailMax).describe('electronic service address (e-mail or platform account)'),
  agentName: optionalText(Limits.personNameMax),
  agentPhone: optionalText(Limits.phoneMax),
  agentAuthority: z.enum(AGENT_AUTHORITIES).optional().nullable(),
});
export type PartyInput = z.output<typeof PartyInputSchema>;
export const PartyUpdateSchema = PartyInputSchema.omit({ role: true, kind: true, orgId: true }).partial().meta({ id: 'ProtectionPartyUpdate' });
export type PartyUpdate = z.output<typeof PartyUpdateSchema>;

const partiesRefine = (parties: PartyInput[], ctx: z.RefinementCtx) => {
  if (!parties.some((p) => p.role === 'applicant')) ctx.addIssue({ code: 'custom', path: ['parties'], message: '至少需要一名申请人' });
  if (!parties.some((p) => p.role === 'respondent')) ctx.addIssue({ code: 'custom', path: ['parties'], message: '至少需要一名被申请人' });
  parties.forEach((p, i) => {
    if (p.agentAuthority && !p.agentName) ctx.addIssue({ code: 'custom', path: ['parties', i, 'agentName'], message: '填写了授权类型时须填写代理人姓名' });
  });
};

/** A new mediation case: an online application, a court referral (委派/委托) or an IP-office referral. */
export const MediationCaseCreateSchema = z
  .object({
    source: z.enum(['application', 'courtPreFiling', 'courtInLitigation', 'officeReferral']),
    orgId: z.uuid('请选择调解组织').describe('the mediation organisation that receives the case'),
    regionCode: RegionCodeSchema,
    disputeType: z.enum(DISPUTE_TYPES),
    procedure: z.enum(PROCEDURES).optional().nullable().describe('in-litigation referrals only'),
    courtId: z.uuid('法院无效').optional().nullable(),
    courtCaseNo: optionalText(60),
    summary: z.string().trim().min(1, '请填写纠纷简要情况').max(Limits.textMax, `不能超过${Limits.textMax}个字符`),
    claims: z.string().trim().min(1, '请填写调解请求').max(Limits.textMax, `不能超过${Limits.textMax}个字符`),
    amountFen: FenSchema.default(0),
    parties: z.array(PartyInputSchema).min(2, '至少需要申请人和被申请人').max(20),
    rights: z.array(RightInputSchema).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    partiesRefine(v.parties, ctx);
    if (v.source === 'courtInLitigation') {
      if (!v.procedure) ctx.addIssue({ code: 'custom', path: ['procedure'], message: '委托调解须注明适用普通程序或简易程序' });
      if (!v.courtCaseNo) ctx.addIssue({ code: 'custom', path: ['courtCaseNo'], message: '委托调解须填写法院案号' });
    }
    if ((v.source === 'courtPreFiling' || v.source === 'courtInLitigation') && !v.courtId) ctx.addIssue({ code: 'custom', path: ['courtId'], message: '法院委派或委托的案件须选择法院' });
  })
  .meta({ id: 'MediationCaseCreate' });
export type MediationCaseCreate = z.output<typeof MediationCaseCreateSchema>;
export type MediationCaseCreateInput = z.input<typeof MediationCaseCreateSchema>;

/** A request for administrative adjudication of a patent infringement dispute. */
export const AdjudicationCaseCreateSchema = z
  .object({
    orgId: z.uuid('请选择受理的知识产权局').describe('the IP office that decides the dispute'),
    regionCode: RegionCodeSchema,
    receivedOn: DateSchema.optional().describe('the day the request arrived (defaults to today)'),
    summary: z.string().trim().min(1, '请填写侵权事实与理由').max(Limits.textMax, `不能超过${Limits.textMax}个字符`),
    claims: z.string().trim().min(1, '请填写请求事项').max(Limits.textMax, `不能超过${Limits.textMax}个字符`),
    parties: z.array(PartyInputSchema).min(2, '至少需要请求人和被请求人').max(20),
    rights: z.array(RightInputSchema).min(1, '请填写涉案专利').max(50),
  })
  .superRefine((v, ctx) => {
    partiesRefine(v.parties, ctx);
    v.rights.forEach((r, i) => {
      if (!['invention', 'utilityModel', 'design'].includes(r.kind)) ctx.addIssue({ code: 'custom', path: ['rights', i, 'kind'], message: '行政裁决只处理专利侵权纠纷' });
    });
  })
  .meta({ id: 'AdjudicationCaseCreate' });
export type AdjudicationCaseCreate = z.output<typeof AdjudicationCaseCreateSchema>;
export type AdjudicationCaseCreateInput = z.input<typeof AdjudicationCaseCreateSchema>;

const Named = z.object({ id: z.string(), name: z.string() });

export const PartySchema = z
  .object({
    id: z.string(),
    role: z.enum(PARTY_ROLES),
    kind: z.enum(PARTY_KINDS),
    name: z.string(),
    orgId: z.string().nullable(),
    idNumber: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    serviceAddress: z.string().nullable(),
    agentName: z.string().nullable(),
    agentPhone: z.string().nullable(),
    agentAuthority: z.enum(AGENT_AUTHORITIES).nullable(),
  })
  .meta({ id: 'ProtectionParty' });
export type Party = z.infer<typeof PartySchema>;

export const RightSchema = z.object({ id: z.string(), kind: z.enum(RIGHT_KINDS), number: z.string(), title: z.string().nullable() }).meta({ id: 'ProtectionRight' });
export type Right = z.infer<typeof RightSchema>;

export const CASE_SORT_FIELDS = ['receivedOn', 'caseNo', 'dueOn', 'status', 'amountFen'] as const;
const oneOrMany = <T extends z.ZodType>(s: T) =>
  z
    .union([s, z.array(s)])
    .optional()
    .transform((v) => (v === undefined ? undefined : ((Array.isArray(v) ? v : [v]) as z.output<T>[])));

export const CaseListQuerySchema = pageQuery(CASE_SORT_FIELDS).extend({
  kind: z.enum(CASE_KINDS).optional(),
  q: z.string().trim().max(Limits.nameMax).optional().describe('part of the case number or a party name'),
  status: oneOrMany(z.enum(CASE_STATUSES)),
  source: oneOrMany(z.enum(CASE_SOURCES)),
  disputeType: oneOrMany(z.enum(DISPUTE_TYPES)),
  orgId: z.uuid().optional(),
  mediatorId: z.uuid().optional(),
  courtId: z.uuid().optional(),
  regionCode: RegionCodeSchema.optional(),
  open: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  overdue: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  dueBefore: DateSchema.optional().describe('open cases whose current deadline falls on or before this day'),
  dueFrom: DateSchema.optional().describe('open cases whose current deadline falls on or after this day (with dueBefore: due soon, not yet overdue)'),
  from: DateSchema.optional().describe('received on or after'),
  to: DateSchema.optional().describe('received on or before'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseListQuery = z.output<typeof CaseListQuerySchema>;

export const CaseListItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(CASE_KINDS),
    caseNo: z.string(),
    status: z.enum(CASE_STATUSES),
    source: z.enum(CASE_SOURCES),
    disputeType: z.enum(DISPUTE_TYPES),
    applicantNames: z.string(),
    respondentNames: z.string(),
    org: Named,
    mediator: Named.nullable(),
    court: Named.nullable(),
    regionCode: z.string(),
    amountFen: z.number(),
    receivedOn: z.string(),
    endedOn: z.string().nullable(),
    outcome: z.string().nullable(),
    nextActor: z.enum(NEXT_ACTORS),
    dueOn: z.string().nullable(),
    dueKind: z.string().nullable(),
  })
  .meta({ id: 'ProtectionCaseListItem' });
export type CaseListItem = z.infer<typeof CaseListItemSchema>;
export const CasePageSchema = pageOf(CaseListItemSchema).meta({ id: 'ProtectionCasePage' });

export const CaseIdParamsSchema = z.object({ id: z.uuid('编号无效') });
export const CaseChildParamsSchema = z.object({ id: z.uuid('编号无效'), childId: z.uuid('编号无效') });
