import { z } from 'zod';
import { DateSchema, optionalText } from './conference';
import { dateField } from './fields';
import { HomeCountSchema } from './home';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { Role } from './roles';

/** Chinese and English labels of the values of an enum. */
export type Labels<K extends string> = Record<K, { zh: string; en: string }>;

/** Roles that may call the enforcement module's routes; rows are then limited by the module's policy. */
export const EnforcementAccess = {
  /** Everyone who takes part: the office, districts, officers, the police, procuratorate and customs liaisons, parties. */
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.EnforcementOfficer, Role.Liaison, Role.Enterprise],
  /** Officers of the regulator open and run administrative cases and transfer them. */
  officer: [Role.Admin, Role.EnforcementOfficer],
  /** Liaisons act for their agency: the police decide transfers, customs enter detentions. */
  agency: [Role.Admin, Role.EnforcementOfficer, Role.Liaison],
  /** Member units pass clues to one another. */
  clues: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.EnforcementOfficer, Role.Liaison, Role.CourtLiaison],
  /** The office's supervision view. */
  supervise: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
  /** Customs records and detentions: customs liaisons enter them; holders and the office follow them. */
  customs: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.Liaison, Role.Enterprise],
} as const satisfies Record<string, readonly Role[]>;

/** Who must act next on a case, transfer, clue or detention. */
export const NEXT_AGENTS = ['officer', 'head', 'party', 'police', 'procuratorate', 'customs', 'holder', 'receiver', 'team', 'none'] as const;
export type NextAgent = (typeof NEXT_AGENTS)[number];
export const NextAgentLabels: Labels<NextAgent> = {
  officer: { zh: '执法人员', en: 'Enforcement officer' },
  head: { zh: '执法机关负责人', en: 'Head of the agency' },
  party: { zh: '当事人', en: 'Party' },
  police: { zh: '公安机关', en: 'Police' },
  procuratorate: { zh: '检察机关', en: 'Procuratorate' },
  customs: { zh: '海关', en: 'Customs' },
  holder: { zh: '权利人', en: 'Right holder' },
  receiver: { zh: '接收单位', en: 'Receiving unit' },
  team: { zh: '第三方监督评估组织', en: 'Supervision team' },
  none: { zh: '无', en: 'None' },
};

/** How a time limit stands. */
export const LIMIT_STATES = ['running', 'met', 'late', 'overdue'] as const;
export type LimitState = (typeof LIMIT_STATES)[number];
export const LimitStateLabels: Labels<LimitState> = {
  running: { zh: '进行中', en: 'Running' },
  met: { zh: '按期完成', en: 'Met' },
  late: { zh: '逾期完成', en: 'Met late' },
  overdue: { zh: '已逾期', en: 'Overdue' },
};

/** The time-limit rules of the module, each with its Chinese and English name. */
export const LIMIT_CODES = [
  'caseOpen', 'caseDecide', 'measure', 'hearingRequest', 'decisionServe', 'decisionPublish',
  'transferApprove', 'policeDecide', 'reconsiderRequest', 'reconsiderDecide',
  'clueAcknowledge', 'clueAnswer', 'customsApply', 'detentionOnApplication', 'detentionExOfficio', 'recordalValid',
  'compliancePlan', 'complianceTerm', 'complianceReport', 'assistInvestigate', 'assistServe', 'assistEvidence',
] as const;
export type LimitCode = (typeof LIMIT_CODES)[number];
export const LimitCodeLabels: Labels<LimitCode> = {
  caseOpen: { zh: '核查并决定是否立案', en: 'Decide whether to open the case' },
  caseDecide: { zh: '作出处理决定', en: 'Decide the case' },
  measure: { zh: '查封、扣押期限', en: 'Seizure or sealing period' },
  hearingRequest: { zh: '当事人要求听证', en: 'Party asks for a hearing' },
  decisionServe: { zh: '送达处罚决定书', en: 'Serve the decision' },
  decisionPublish: { zh: '公示行政处罚信息', en: 'Publish the decision' },
  transferApprove: { zh: '负责人决定是否批准移送', en: 'Head decides on the transfer' },
  policeDecide: { zh: '公安机关决定是否立案', en: 'Police decide whether to open a criminal case' },
  reconsiderRequest: { zh: '提请复议', en: 'Ask for reconsideration' },
  reconsiderDecide: { zh: '公安机关复议决定', en: 'Police answer the reconsideration' },
  clueAcknowledge: { zh: '签收线索', en: 'Acknowledge the clue' },
  clueAnswer: { zh: '反馈线索办理结果', en: 'Answer the clue' },
  customsApply: { zh: '权利人申请扣留并提供担保', en: 'Holder applies and posts a bond' },
  detentionOnApplication: { zh: '依申请扣留期限（待法院协助执行通知）', en: 'Detention on application (awaiting a court order)' },
  detentionExOfficio: { zh: '依职权扣留期限（调查认定）', en: 'Detention ex officio (investigation)' },
  recordalValid: { zh: '海关备案有效期', en: 'Recordal validity' },
  compliancePlan: { zh: '提交合规计划', en: 'Submit the compliance plan' },
  complianceTerm: { zh: '合规考察期', en: 'Compliance inspection period' },
  complianceReport: { zh: '报送合规考察评估报告', en: 'Send the evaluation to the procuratorate' },
  assistInvestigate: { zh: '协助调查取证', en: 'Assist with an investigation' },
  assistServe: { zh: '协助送达文书', en: 'Serve a document' },
  assistEvidence: { zh: '共享证据材料', en: 'Share evidence' },
};

/** One legal time limit of a record, computed from the rules and the working-day calendar. */
export const LimitSchema = z
  .object({
    code: z.enum(LIMIT_CODES),
    startedOn: z.string(),
    dueOn: z.string(),
    length: z.string().describe('e.g. "15 个工作日 + 延长 15 个工作日"'),
    lengthEn: z.string(),
    state: z.enum(LIMIT_STATES),
    metOn: z.string().nullable(),
    actor: z.enum(NEXT_AGENTS),
    citation: z.string(),
  })
  .meta({ id: 'EnforcementLimit' });
export type Limit = z.infer<typeof LimitSchema>;

export { DateSchema, optionalText };
/** Money in fen: a whole, non-negative number below a trillion yuan. */
export const FenSchema = z.number().int('金额应为整数（分）').min(0, '金额不能为负').max(1e14, '金额过大');
/** Text that must be given: missing, blank or not text all answer `message`. */
export const requiredText = (message: string, max: number = Limits.textMax) => z.string({ error: message }).trim().min(1, message).max(max, `不能超过${max}个字符`);
/** The date an act was done; today when left out. */
export const OnSchema = dateField().optional().describe('the day it was done (today when left out)');
export const IdParamsSchema = z.object({ id: z.uuid('编号无效') });
export const ChildParamsSchema = z.object({ id: z.uuid('编号无效'), childId: z.uuid('编号无效') });

// ——— administrative enforcement cases ———

export const CASE_SOURCES = ['complaint', 'inspection', 'customs', 'agency', 'superior'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CaseSourceLabels: Labels<CaseSource> = {
  complaint: { zh: '投诉举报', en: 'Complaint' },
  inspection: { zh: '监督检查', en: 'Inspection' },
  customs: { zh: '海关移交', en: 'From customs' },
  agency: { zh: '其他部门移送', en: 'From another agency' },
  superior: { zh: '上级交办', en: 'Assigned by a superior' },
};

export const RIGHT_KINDS = ['patent', 'trademark', 'tradeSecret', 'gi', 'other'] as const;
export type RightKind = (typeof RIGHT_KINDS)[number];
export const RightKindLabels: Labels<RightKind> = {
  patent: { zh: '假冒专利', en: 'Patent counterfeiting' },
  trademark: { zh: '商标侵权', en: 'Trademark infringement' },
  tradeSecret: { zh: '侵犯商业秘密', en: 'Trade secrets' },
  gi: { zh: '地理标志侵权', en: 'Geographical indication' },
  other: { zh: '其他知识产权违法', en: 'Other' },
};

export const CASE_STATUSES = ['received', 'notOpened', 'investigating', 'hearingNotice', 'decided', 'served', 'closed', 'transferred'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CaseStatusLabels: Labels<CaseStatus> = {
  received: { zh: '核查中', en: 'Being checked' },
  notOpened: { zh: '不予立案', en: 'Not opened' },
  investigating: { zh: '调查取证', en: 'Investigating' },
  hearingNotice: { zh: '已告知（陈述申辩、听证）', en: 'Notice of the right to be heard' },
  decided: { zh: '已作出决定', en: 'Decided' },
  served: { zh: '已送达', en: 'Served' },
  closed: { zh: '已结案', en: 'Closed' },
  transferred: { zh: '已移送公安', en: 'Transferred to the police' },
};
export const CLOSED_CASE_STATUSES: readonly CaseStatus[] = ['notOpened', 'closed', 'transferred'];

export const DECISIONS = ['penalty', 'noPenalty'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DecisionLabels: Labels<Decision> = { penalty: { zh: '给予行政处罚', en: 'Penalty' }, noPenalty: { zh: '不予行政处罚', en: 'No penalty' } };

export const REMEDIES = ['review', 'lawsuit'] as const;
export type Remedy = (typeof REMEDIES)[number];
export const RemedyLabels: Labels<Remedy> = { review: { zh: '申请行政复议', en: 'Administrative review' }, lawsuit: { zh: '提起行政诉讼', en: 'Lawsuit' } };

export const CLOSE_OUTCOMES = ['performed', 'enforced', 'revoked', 'noPenalty'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];
export const CloseOutcomeLabels: Labels<CloseOutcome> = {
  performed: { zh: '当事人已履行', en: 'Performed' },
  enforced: { zh: '申请法院强制执行', en: 'Enforced by a court' },
  revoked: { zh: '决定被撤销', en: 'Decision revoked' },
  noPenalty: { zh: '不予处罚结案', en: 'Closed without penalty' },
};

export const MEASURE_KINDS = ['seizure', 'sealing'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const MeasureKindLabels: Labels<MeasureKind> = { seizure: { zh: '扣押', en: 'Seizure' }, sealing: { zh: '查封', en: 'Sealing' } };

/** Who approved an extension and the approval's reference; the rule that requires it is checked by the server, which names it when missing. */
const approval = () => optionalText(Limits.titleMax).describe('who approved the extension and the approval’s reference (required: an extension needs the head’s approval)');

export const EnforcementCaseCreateSchema = z
  .object({
    source: z.enum(CASE_SOURCES, '请选择案件来源'),
    rightKind: z.enum(RIGHT_KINDS, '请选择违法类型'),
    summary: requiredText('请填写案情摘要'),
    partyName: requiredText('请填写当事人名称', Limits.nameMax),
    partyCreditCode: optionalText(18),
    partyOrgId: z.uuid('当事人单位无效').optional().nullable().describe('the party’s own organisation, when it has an account: it then sees its case'),
    complainant: optionalText(Limits.nameMax),
    receivedOn: DateSchema.describe('the day the complaint or lead was received: the opening clock starts here'),
  })
  .meta({ id: 'EnforcementCaseCreate' });
export type EnforcementCaseCreate = z.infer<typeof EnforcementCaseCreateSchema>;

export const CaseActionSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('extendOpening'), approval: approval(), on: OnSchema }),
    z.object({ action: z.literal('open'), on: OnSchema }),
    z.object({ action: z.literal('notOpen'), on: OnSchema, reason: requiredText('请填写不予立案的理由') }),
    z.object({ action: z.literal('extendDecision'), approval: approval(), days: z.number().int().min(1, '延长天数至少 1 日').max(30, '延长不得超过三十日'), on: OnSchema }),
    z.object({ action: z.literal('hearingNotice'), on: OnSchema }),
    z.object({ action: z.literal('hearingRequested'), on: OnSchema }),
    z.object({
      action: z.literal('decide'),
      on: OnSchema,
      decision: z.enum(DECISIONS, '请选择处理决定'),
      decisionNo: requiredText('请填写决定书文号', Limits.titleMax),
      fineFen: FenSchema.default(0),
      confiscatedFen: FenSchema.default(0).describe('illegal gains confiscated, in fen'),
      confiscatedGoods: optionalText(Limits.textMax),
    }),
    z.object({ action: z.literal('serve'), on: OnSchema }),
    z.object({ action: z.literal('publish'), on: OnSchema }),
    z.object({ action: z.literal('remedy'), remedy: z.enum(REMEDIES, '请选择救济途径') }),
    z.object({ action: z.literal('close'), on: OnSchema, outcome: z.enum(CLOSE_OUTCOMES, '请选择结案方式') }),
    z.object({ action: z.literal('typicalCandidate'), value: z.boolean() }),
  ])
  .meta({ id: 'EnforcementCaseAction' });
export type CaseAction = z.infer<typeof CaseActionSchema>;
export const CASE_ACTIONS = ['extendOpening', 'open', 'notOpen', 'extendDecision', 'hearingNotice', 'hearingRequested', 'decide', 'serve', 'publish', 'remedy', 'close', 'typicalCandidate'] as const;
export type CaseActionName = (typeof CASE_ACTIONS)[number];

export const MeasureCreateSchema = z
  .object({ kind: z.enum(MEASURE_KINDS, '请选择措施'), goods: requiredText('请填写查封、扣押的物品'), startedOn: DateSchema })
  .meta({ id: 'EnforcementMeasureCreate' });
export const MeasureActionSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('extend'), approval: approval(), days: z.number().int().min(1, '延长天数至少 1 日').max(30, '延长不得超过三十日') }),
    z.object({ action: z.literal('lift'), on: OnSchema }),
  ])
  .meta({ id: 'EnforcementMeasureAction' });

export const MeasureSchema = z.object({
  id: z.string(),
  kind: z.enum(MEASURE_KINDS),
  goods: z.string(),
  startedOn: z.string(),
  extensionDays: z.number().int(),
  extensionApproval: z.string().nullable(),
  liftedOn: z.string().nullable(),
  limit: LimitSchema,
});

const Named = z.object({ id: z.string(), name: z.string() });

export const CaseListItemSchema = z
  .object({
    id: z.string(),
    caseNo: z.string(),
    regionCode: z.string(),
    org: Named,
    source: z.enum(CASE_SOURCES),
    rightKind: z.enum(RIGHT_KINDS),
    partyName: z.string(),
    status: z.enum(CASE_STATUSES),
    receivedOn: z.string(),
    openedOn: z.string().nullable(),
    decidedOn: z.string().nullable(),
    fineFen: z.number().int().nullable(),
    nextDueOn: z.string().nullable().describe('the most urgent open time limit'),
    overdue: z.boolean(),
    nextActor: z.enum(NEXT_AGENTS),
    typicalCandidate: z.boolean(),
  })
  .meta({ id: 'EnforcementCaseListItem' });
export type CaseListItem = z.infer<typeof CaseListItemSchema>;
export const CasePageSchema = pageOf(CaseListItemSchema).meta({ id: 'EnforcementCasePage' });

export const CaseListQuerySchema = pageQuery(['receivedOn', 'caseNo', 'status', 'fineFen'] as const).extend({
  q: z.string().trim().max(Limits.nameMax).optional().describe('case number, party or summary'),
  status: z.enum(CASE_STATUSES).optional(),
  rightKind: z.enum(RIGHT_KINDS).optional(),
  source: z.enum(CASE_SOURCES).optional(),
  overdue: z.enum(['true', 'false']).optional().describe('only cases with a time limit run out'),
});
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

export const CaseDetailSchema = CaseListItemSchema.extend({
  summary: z.string(),
  partyCreditCode: z.string().nullable(),
  partyOrgId: z.string().nullable(),
  complainant: z.string().nullable(),
  notOpenedReason: z.string().nullable(),
  openExtensionApproval: z.string().nullable(),
  decideExtensionDays: z.number().int(),
  decideExtensionApproval: z.string().nullable(),
  hearingNotifiedOn: z.string().nullable(),
  hearingRequested: z.boolean(),
  decision: z.enum(DECISIONS).nullable(),
  decisionNo: z.string().nullable(),
  confiscatedFen: z.number().int().nullable(),
  confiscatedGoods: z.string().nullable(),
  servedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  remedy: z.enum(REMEDIES).nullable(),
  closedOn: z.string().nullable(),
  closedOutcome: z.enum(CLOSE_OUTCOMES).nullable(),
  limits: z.array(LimitSchema),
  measures: z.array(MeasureSchema),
  transferIds: z.array(z.string()),
  actions: z.array(z.enum(CASE_ACTIONS)).describe('the actions the caller may take now'),
}).meta({ id: 'EnforcementCaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

// ——— time-limit rules (admin page) ———

export const RULE_UNITS = ['calendarDays', 'workingDays', 'months'] as const;
export type RuleUnit = (typeof RULE_UNITS)[number];
export const RuleUnitLabels: Labels<RuleUnit> = { calendarDays: { zh: '日', en: 'days' }, workingDays: { zh: '个工作日', en: 'working days' }, months: { zh: '个月', en: 'months' } };

export const EnforcementRuleSchema = z
  .object({
    id: z.string(),
    code: z.enum(LIMIT_CODES),
    regionPrefix: z.string().describe('empty: the national default'),
    regionName: z.string(),
    length: z.number().int(),
    unit: z.enum(RULE_UNITS),
    extensionLength: z.number().int().nullable(),
    citation: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'EnforcementRule' });
export type EnforcementRule = z.infer<typeof EnforcementRuleSchema>;

export const EnforcementRuleUpsertSchema = z
  .object({
    code: z.enum(LIMIT_CODES, '请选择期限'),
    regionPrefix: z.string().trim().regex(/^(|\d{2}|\d{4}|\d{6})$/, '地区代码前缀应为空（全国）或2、4、6位数字'),
    length: z.number({ error: '请填写期限长度' }).int('应为整数').min(1, '至少为1').max(366, '不能超过366'),
    unit: z.enum(RULE_UNITS, '请选择计算方式'),
    extensionLength: z.number().int('应为整数').min(1, '至少为1').max(366, '不能超过366').optional().nullable().describe('the longest extension allowed (with approval); empty: none'),
    citation: requiredText('请填写法律依据', 200),
  })
  .meta({ id: 'EnforcementRuleUpsert' });
export type EnforcementRuleUpsert = z.output<typeof EnforcementRuleUpsertSchema>;

// ——— home card ———

export const ENFORCEMENT_HOME_VIEWS = ['officer', 'police', 'procuratorate', 'customs', 'office', 'party', 'member', 'none'] as const;
export const EnforcementHomeSchema = z
  .object({
    view: z.enum(ENFORCEMENT_HOME_VIEWS),
    counts: z.array(HomeCountSchema).describe('each count equals the total of the list its query opens'),
  })
  .meta({ id: 'EnforcementHome' });
export type EnforcementHome = z.infer<typeof EnforcementHomeSchema>;

// ——— the units an enforcement form may address ———

/** police: units a case may be transferred to; unit: member units a clue may be passed to; holder: right holders and parties (enterprises). */
export const DIRECTORY_KINDS = ['police', 'unit', 'holder'] as const;
export const AgencyDirectoryQuerySchema = z.object({
  kind: z.enum(DIRECTORY_KINDS, '请选择单位类别'),
  q: z.string().trim().max(Limits.nameMax).optional().describe('part of the name'),
});
export const AgencyDirectorySchema = z.array(z.object({ id: z.string(), name: z.string(), regionCode: z.string() })).meta({ id: 'EnforcementAgencyDirectory' });
