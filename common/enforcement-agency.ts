import { z } from 'zod';
import { DateSchema, FenSchema, type Labels, LimitSchema, NEXT_AGENTS, OnSchema, optionalText, requiredText } from './enforcement';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';

const Named = z.object({ id: z.string(), name: z.string() });

// ——— transfers of suspected crimes to the police (行刑衔接) ———

export const TRANSFER_STATUSES = ['reported', 'notApproved', 'sent', 'opened', 'refused', 'reconsidering', 'refusedFinal'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export const TransferStatusLabels: Labels<TransferStatus> = {
  reported: { zh: '待负责人审批', en: 'Awaiting the head’s decision' },
  notApproved: { zh: '不批准移送', en: 'Not approved' },
  sent: { zh: '已移送，待公安决定', en: 'Sent, awaiting the police' },
  opened: { zh: '公安已立案', en: 'Criminal case opened' },
  refused: { zh: '公安不予立案', en: 'Refused by the police' },
  reconsidering: { zh: '提请复议中', en: 'Reconsideration requested' },
  refusedFinal: { zh: '复议维持不予立案', en: 'Refusal upheld' },
};
export const CLOSED_TRANSFER_STATUSES: readonly TransferStatus[] = ['notApproved', 'opened', 'refusedFinal'];

export const TRANSFER_ACTIONS = ['approve', 'notApprove', 'policeDecide', 'requestReconsideration', 'reconsiderDecide'] as const;
export type TransferActionName = (typeof TRANSFER_ACTIONS)[number];

export const TransferCreateSchema = z
  .object({
    policeOrgId: z.uuid('请选择接收移送的公安机关'),
    fileId: z.uuid('移送须附涉嫌犯罪案件移送书、调查报告、涉案物品清单等案卷材料（《行政执法机关移送涉嫌犯罪案件的规定》第六条）').describe('the uploaded case file (platform file upload)'),
    reportedOn: OnSchema.describe('the day the written report went to the head: the 3-day clock starts here'),
  })
  .meta({ id: 'EnforcementTransferCreate' });
export type TransferCreate = z.infer<typeof TransferCreateSchema>;

const policeDecision = {
  on: OnSchema,
  decision: z.enum(['open', 'refuse'], '请选择是否立案'),
  criminalCaseNo: optionalText(Limits.titleMax).describe('the criminal case number when opened'),
  reason: optionalText(Limits.textMax).describe('the reason for a refusal (required then)'),
};

export const TransferActionSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('approve'), on: OnSchema, approval: requiredText('请填写批准移送的负责人及文号（《行政执法机关移送涉嫌犯罪案件的规定》第五条）', Limits.titleMax) }),
    z.object({ action: z.literal('notApprove'), on: OnSchema, reason: requiredText('不批准移送的，应当将理由记录在案（《行政执法机关移送涉嫌犯罪案件的规定》第五条）') }),
    z.object({ action: z.literal('policeDecide'), ...policeDecision }),
    z.object({ action: z.literal('requestReconsideration'), on: OnSchema }),
    z.object({ action: z.literal('reconsiderDecide'), ...policeDecision }),
  ])
  .meta({ id: 'EnforcementTransferAction' });
export type TransferAction = z.infer<typeof TransferActionSchema>;

export const TransferListItemSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    caseNo: z.string(),
    partyName: z.string(),
    regionCode: z.string(),
    from: Named,
    police: Named,
    status: z.enum(TRANSFER_STATUSES),
    reportedOn: z.string(),
    sentOn: z.string().nullable(),
    policeDecidedOn: z.string().nullable(),
    nextDueOn: z.string().nullable(),
    overdue: z.boolean().describe('a time limit has run out: the procuratorate sees this'),
    nextActor: z.enum(NEXT_AGENTS),
  })
  .meta({ id: 'EnforcementTransferListItem' });
export type TransferListItem = z.infer<typeof TransferListItemSchema>;
export const TransferPageSchema = pageOf(TransferListItemSchema).meta({ id: 'EnforcementTransferPage' });
export const TransferListQuerySchema = pageQuery(['reportedOn', 'status', 'caseNo'] as const).extend({
  q: z.string().trim().max(Limits.nameMax).optional().describe('case number or party'),
  status: z.enum(TRANSFER_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type TransferListQuery = z.infer<typeof TransferListQuerySchema>;

export const TransferDetailSchema = TransferListItemSchema.extend({
  fileId: z.string(),
  fileName: z.string().nullable(),
  headDecidedOn: z.string().nullable(),
  headApproval: z.string().nullable(),
  notApprovedReason: z.string().nullable(),
  refusalReason: z.string().nullable(),
  reconsiderRequestedOn: z.string().nullable(),
  reconsiderDecidedOn: z.string().nullable(),
  criminalCaseNo: z.string().nullable(),
  limits: z.array(LimitSchema),
  actions: z.array(z.enum(TRANSFER_ACTIONS)),
}).meta({ id: 'EnforcementTransferDetail' });
export type TransferDetail = z.infer<typeof TransferDetailSchema>;

// ——— clues between agencies ———

export const CLUE_STATES = ['waiting', 'acknowledged', 'answered'] as const;
export type ClueState = (typeof CLUE_STATES)[number];
export const ClueStateLabels: Labels<ClueState> = {
  waiting: { zh: '待签收', en: 'Awaiting acknowledgement' },
  acknowledged: { zh: '已签收，待反馈', en: 'Acknowledged' },
  answered: { zh: '已反馈', en: 'Answered' },
};

export const ClueCreateSchema = z
  .object({
    toOrgId: z.uuid('请选择接收单位'),
    title: requiredText('请填写线索标题', Limits.titleMax),
    body: requiredText('请填写线索内容'),
    evidenceFileIds: z.array(z.uuid('证据文件无效')).max(20, '证据文件不能超过 20 个').default([]),
    passedOn: OnSchema,
  })
  .meta({ id: 'EnforcementClueCreate' });
export type ClueCreate = z.infer<typeof ClueCreateSchema>;
export const ClueActionSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('acknowledge'), on: OnSchema }),
    z.object({ action: z.literal('answer'), on: OnSchema, answer: requiredText('请填写办理结果') }),
  ])
  .meta({ id: 'EnforcementClueAction' });
export type ClueAction = z.infer<typeof ClueActionSchema>;

export const ClueSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    from: Named,
    to: Named,
    title: z.string(),
    body: z.string(),
    evidenceFileIds: z.array(z.string()),
    evidence: z.array(Named).describe('the evidence files with their names'),
    passedOn: z.string(),
    acknowledgedOn: z.string().nullable(),
    answeredOn: z.string().nullable(),
    answer: z.string().nullable(),
    state: z.enum(CLUE_STATES),
    overdue: z.boolean(),
    limits: z.array(LimitSchema),
    actions: z.array(z.enum(['acknowledge', 'answer'])),
  })
  .meta({ id: 'EnforcementClue' });
export type Clue = z.infer<typeof ClueSchema>;
export const CluePageSchema = pageOf(ClueSchema).meta({ id: 'EnforcementCluePage' });
export const ClueListQuerySchema = pageQuery(['passedOn', 'title'] as const).extend({
  box: z.enum(['all', 'sent', 'received']).default('all'),
  state: z.enum(CLUE_STATES).optional(),
  q: z.string().trim().max(Limits.nameMax).optional(),
});
export type ClueListQuery = z.infer<typeof ClueListQuerySchema>;

// ——— customs protection ———

export const CUSTOMS_RIGHT_KINDS = ['patent', 'trademark', 'copyright', 'other'] as const;
export type CustomsRightKind = (typeof CUSTOMS_RIGHT_KINDS)[number];
export const CustomsRightKindLabels: Labels<CustomsRightKind> = {
  patent: { zh: '专利权', en: 'Patent' },
  trademark: { zh: '商标专用权', en: 'Trademark' },
  copyright: { zh: '著作权', en: 'Copyright' },
  other: { zh: '其他', en: 'Other' },
};

export const RecordalCreateSchema = z
  .object({
    recordalNo: requiredText('请填写备案号', 30),
    holderOrgId: z.uuid('请选择权利人'),
    rightKind: z.enum(CUSTOMS_RIGHT_KINDS, '请选择权利类型'),
    rightNo: requiredText('请填写权利证书号', 30),
    rightName: requiredText('请填写权利名称', Limits.nameMax),
    approvedOn: DateSchema.describe('the day the General Administration of Customs approved the recordal: valid ten years from then'),
  })
  .meta({ id: 'EnforcementRecordalCreate' });
export type RecordalCreate = z.infer<typeof RecordalCreateSchema>;
export const RecordalSchema = z
  .object({
    id: z.string(),
    recordalNo: z.string(),
    holder: Named,
    rightKind: z.enum(CUSTOMS_RIGHT_KINDS),
    rightNo: z.string(),
    rightName: z.string(),
    approvedOn: z.string(),
    expiresOn: z.string(),
    renewals: z.number().int(),
    valid: z.boolean(),
  })
  .meta({ id: 'EnforcementRecordal' });
export type Recordal = z.infer<typeof RecordalSchema>;
export const RecordalPageSchema = pageOf(RecordalSchema).meta({ id: 'EnforcementRecordalPage' });
export const RecordalListQuerySchema = pageQuery(['approvedOn', 'expiresOn', 'recordalNo'] as const).extend({
  q: z.string().trim().max(Limits.nameMax).optional(),
  rightKind: z.enum(CUSTOMS_RIGHT_KINDS).optional(),
});
export type RecordalListQuery = z.infer<typeof RecordalListQuerySchema>;

export const DETENTION_KINDS = ['onApplication', 'exOfficio'] as const;
export type DetentionKind = (typeof DETENTION_KINDS)[number];
export const DetentionKindLabels: Labels<DetentionKind> = {
  onApplication: { zh: '依申请扣留', en: 'On the holder’s application' },
  exOfficio: { zh: '依职权扣留', en: 'On customs’ own initiative' },
};
export const DETENTION_STATUSES = ['notified', 'detained', 'notDetained', 'released', 'courtOrder', 'confiscated'] as const;
export type DetentionStatus = (typeof DETENTION_STATUSES)[number];
export const DetentionStatusLabels: Labels<DetentionStatus> = {
  notified: { zh: '已通知权利人', en: 'Holder notified' },
  detained: { zh: '已扣留', en: 'Detained' },
  notDetained: { zh: '未扣留（权利人未申请或未担保）', en: 'Not detained' },
  released: { zh: '已放行', en: 'Released' },
  courtOrder: { zh: '法院协助执行', en: 'Court order received' },
  confiscated: { zh: '认定侵权并没收', en: 'Found infringing, confiscated' },
};

export const DetentionCreateSchema = z
  .object({
    kind: z.enum(DETENTION_KINDS, '请选择扣留方式'),
    holderOrgId: z.uuid('请选择权利人'),
    recordalId: z.uuid('备案无效').optional().nullable(),
    goods: requiredText('请填写货物名称', Limits.nameMax),
    quantity: z.number().int('数量应为整数').min(1, '数量至少为 1').max(1e9, '数量过大'),
    declaredValueFen: FenSchema,
    on: DateSchema.describe('exOfficio: the day the holder was notified; onApplication: the day of application and detention'),
    bondFen: FenSchema.optional().nullable().describe('the bond posted with an application'),
  })
  .meta({ id: 'EnforcementDetentionCreate' });
export type DetentionCreate = z.infer<typeof DetentionCreateSchema>;
export const DetentionActionSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('apply'), on: OnSchema, bondFen: FenSchema.refine((v) => v > 0, '申请扣留应当提供担保（《中华人民共和国知识产权海关保护条例》第十四条）') }),
    z.object({ action: z.literal('lapse'), on: OnSchema }),
    z.object({ action: z.literal('courtOrder'), on: OnSchema }),
    z.object({ action: z.literal('confiscate'), on: OnSchema }),
    z.object({ action: z.literal('release'), on: OnSchema }),
  ])
  .meta({ id: 'EnforcementDetentionAction' });
export type DetentionAction = z.infer<typeof DetentionActionSchema>;

export const DetentionSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    customs: Named,
    holder: Named,
    recordalId: z.string().nullable(),
    kind: z.enum(DETENTION_KINDS),
    goods: z.string(),
    quantity: z.number().int(),
    declaredValueFen: z.number().int(),
    notifiedOn: z.string().nullable(),
    appliedOn: z.string().nullable(),
    bondFen: z.number().int().nullable(),
    detainedOn: z.string().nullable(),
    status: z.enum(DETENTION_STATUSES),
    outcomeOn: z.string().nullable(),
    limits: z.array(LimitSchema),
    overdue: z.boolean(),
    nextActor: z.enum(NEXT_AGENTS),
    actions: z.array(z.enum(['apply', 'lapse', 'courtOrder', 'confiscate', 'release'])),
  })
  .meta({ id: 'EnforcementDetention' });
export type Detention = z.infer<typeof DetentionSchema>;
export const DetentionPageSchema = pageOf(DetentionSchema).meta({ id: 'EnforcementDetentionPage' });
export const DetentionListQuerySchema = pageQuery(['detainedOn', 'notifiedOn', 'status'] as const).extend({
  q: z.string().trim().max(Limits.nameMax).optional(),
  kind: z.enum(DETENTION_KINDS).optional(),
  status: z.enum(DETENTION_STATUSES).optional(),
});
export type DetentionListQuery = z.infer<typeof DetentionListQuerySchema>;
