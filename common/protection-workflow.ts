import { z } from 'zod';
import { Limits } from './limits';
import { type CaseKind, type CaseStatus, DateSchema, FenSchema, type Labels, TERMINATION_GROUNDS } from './protection';

/** Who may take an action on a case: their relation to it, not only their role. */
export const ACTOR_SIDES = ['office', 'court', 'mediator', 'applicant', 'respondent', 'system'] as const;
export type ActorSide = (typeof ACTOR_SIDES)[number];

/** One row of a state machine: an action, the statuses it may start from, where it may lead, and who may take it. */
export interface Transition {
  kind: CaseKind;
  action: string;
  from: readonly CaseStatus[];
  /** Possible results; empty means the status does not change (the action is still recorded). */
  to: readonly CaseStatus[];
  by: readonly ActorSide[];
}

const PRE_AGREEMENT = ['contactingRespondent', 'inMediation', 'appraisal'] as const;
const ADJ_OPEN = ['registered', 'served', 'investigation', 'suspended'] as const;

/**
 * The mediation and adjudication state machines as data (legal-rules.md rows 1–25). The service
 * refuses any action whose row does not list the case's status or the caller's side.
 */
export const TRANSITIONS: readonly Transition[] = [
  { kind: 'mediation', action: 'admit', from: ['submitted'], to: ['awaitingAssignment'], by: ['office'] },
  { kind: 'mediation', action: 'return', from: ['submitted'], to: ['returned'], by: ['office'] },
  { kind: 'mediation', action: 'choose', from: ['awaitingAssignment'], to: ['awaitingAssignment', 'assigned'], by: ['applicant', 'respondent', 'office'] },
  { kind: 'mediation', action: 'designate', from: ['awaitingAssignment'], to: ['assigned'], by: ['office', 'court'] },
  { kind: 'mediation', action: 'accept', from: ['assigned'], to: ['contactingRespondent', 'inMediation'], by: ['mediator'] },
  { kind: 'mediation', action: 'decline', from: ['assigned'], to: ['awaitingAssignment'], by: ['mediator'] },
  { kind: 'mediation', action: 'acceptanceTimeout', from: ['assigned'], to: ['awaitingAssignment'], by: ['system'] },
  { kind: 'mediation', action: 'recuse', from: ['assigned', ...PRE_AGREEMENT], to: ['awaitingAssignment'], by: ['mediator'] },
  { kind: 'mediation', action: 'replaceMediator', from: ['assigned', ...PRE_AGREEMENT], to: ['awaitingAssignment'], by: ['applicant', 'respondent'] },
  { kind: 'mediation', action: 'contactRespondent', from: ['contactingRespondent'], to: ['inMediation', 'terminated'], by: ['mediator'] },
  { kind: 'mediation', action: 'extend', from: ['inMediation', 'appraisal'], to: [], by: ['mediator'] },
  { kind: 'mediation', action: 'startAppraisal', from: ['inMediation'], to: ['appraisal'], by: ['mediator'] },
  { kind: 'mediation', action: 'endAppraisal', from: ['appraisal'], to: ['inMediation'], by: ['mediator'] },
  { kind: 'mediation', action: 'draftAgreement', from: ['inMediation', 'agreementPending'], to: ['agreementPending', 'agreementSigned'], by: ['mediator'] },
  { kind: 'mediation', action: 'signAgreement', from: ['agreementPending'], to: ['agreementPending', 'agreementSigned'], by: ['applicant', 'respondent', 'mediator'] },
  { kind: 'mediation', action: 'terminate', from: [...PRE_AGREEMENT, 'agreementPending'], to: ['terminated', 'withdrawn'], by: ['mediator', 'office'] },
  { kind: 'mediation', action: 'withdraw', from: ['submitted', 'awaitingAssignment', 'assigned', ...PRE_AGREEMENT], to: ['withdrawn'], by: ['applicant'] },
  { kind: 'mediation', action: 'close', from: ['agreementSigned'], to: ['closed'], by: ['mediator', 'office'] },
  { kind: 'mediation', action: 'issueDocument', from: ['agreementSigned'], to: ['closed'], by: ['court'] },
  { kind: 'mediation', action: 'applyConfirmation', from: ['agreementSigned'], to: ['agreementSigned', 'confirmationRequested'], by: ['applicant', 'respondent', 'mediator'] },
  { kind: 'mediation', action: 'acceptConfirmation', from: ['confirmationRequested'], to: ['confirmationAccepted'], by: ['court'] },
  { kind: 'mediation', action: 'refuseConfirmation', from: ['confirmationRequested'], to: ['confirmationRejected'], by: ['court'] },
  { kind: 'mediation', action: 'extendRuling', from: ['confirmationAccepted'], to: [], by: ['court'] },
  { kind: 'mediation', action: 'ruleConfirmation', from: ['confirmationAccepted'], to: ['confirmed', 'confirmationRejected'], by: ['court'] },
  { kind: 'mediation', action: 'reportFailure', from: ['terminated'], to: ['failureReported'], by: ['mediator'] },
  { kind: 'mediation', action: 'transfer', from: ['failureReported'], to: ['transferred'], by: ['court', 'office', 'applicant'] },
  {
    kind: 'mediation',
    action: 'recordCourtFiling',
    from: ['awaitingAssignment', 'assigned', ...PRE_AGREEMENT, 'agreementPending', 'agreementSigned', 'terminated', 'failureReported'],
    to: [],
    by: ['court'],
  },

  { kind: 'adjudication', action: 'register', from: ['received'], to: ['registered'], by: ['office'] },
  { kind: 'adjudication', action: 'notAccept', from: ['received'], to: ['notAccepted'], by: ['office'] },
  { kind: 'adjudication', action: 'serve', from: ['registered'], to: ['served'], by: ['office'] },
  { kind: 'adjudication', action: 'recordAnswer', from: ['served'], to: ['investigation'], by: ['office'] },
  { kind: 'adjudication', action: 'startInvestigation', from: ['served'], to: ['investigation'], by: ['office'] },
  { kind: 'adjudication', action: 'recordHearing', from: ['investigation'], to: [], by: ['office'] },
  { kind: 'adjudication', action: 'suspend', from: ['investigation'], to: ['suspended'], by: ['office'] },
  { kind: 'adjudication', action: 'resume', from: ['suspended'], to: ['investigation'], by: ['office'] },
  { kind: 'adjudication', action: 'extendDecision', from: ADJ_OPEN, to: [], by: ['office'] },
  { kind: 'adjudication', action: 'recuseHandler', from: ADJ_OPEN, to: [], by: ['office'] },
  { kind: 'adjudication', action: 'mediate', from: ['served', 'investigation'], to: ['mediated'], by: ['office'] },
  { kind: 'adjudication', action: 'withdraw', from: ['received', ...ADJ_OPEN], to: ['withdrawn'], by: ['applicant', 'office'] },
  { kind: 'adjudication', action: 'decide', from: ['investigation'], to: ['decided'], by: ['office'] },
  { kind: 'adjudication', action: 'serveDecision', from: ['decided'], to: ['decisionServed'], by: ['office'] },
  { kind: 'adjudication', action: 'recordLawsuit', from: ['decisionServed'], to: ['litigation'], by: ['office', 'applicant', 'respondent'] },
  { kind: 'adjudication', action: 'requestEnforcement', from: ['decisionServed'], to: ['enforcementRequested'], by: ['office'] },
  { kind: 'adjudication', action: 'finalize', from: ['decisionServed'], to: ['final'], by: ['office'] },
];

/** The row for an action of a case kind, if there is one. */
export function transitionOf(kind: CaseKind, action: string): Transition | undefined {
  return TRANSITIONS.find((t) => t.kind === kind && t.action === action);
}

/** The actions a caller with these sides may take on a case in this status. */
export function actionsFor(kind: CaseKind, status: CaseStatus, sides: readonly ActorSide[]): string[] {
  return TRANSITIONS.filter((t) => t.kind === kind && t.from.includes(status) && t.by.some((b) => sides.includes(b))).map((t) => t.action);
}

export const ActionLabels: Labels<string> = {
  intake: { zh: '收案登记', en: 'Case registered' },
  evidence: { zh: '提交证据', en: 'Evidence added' },
  admit: { zh: '受理', en: 'Admit' },
  return: { zh: '退回', en: 'Return' },
  choose: { zh: '选定调解员', en: 'Choose a mediator' },
  designate: { zh: '指定调解员', en: 'Designate a mediator' },
  accept: { zh: '接受调解', en: 'Accept the case' },
  decline: { zh: '拒绝接受', en: 'Decline' },
  acceptanceTimeout: { zh: '逾期未接受', en: 'Acceptance timed out' },
  recuse: { zh: '申请回避', en: 'Recuse' },
  replaceMediator: { zh: '申请更换调解员', en: 'Ask for another mediator' },
  contactRespondent: { zh: '登记联系被申请人结果', en: 'Record contact with the respondent' },
  extend: { zh: '延长调解期限', en: 'Extend the period' },
  startAppraisal: { zh: '启动鉴定', en: 'Start appraisal' },
  endAppraisal: { zh: '鉴定完成', en: 'End appraisal' },
  draftAgreement: { zh: '录入调解协议', en: 'Record the agreement' },
  signAgreement: { zh: '签署调解协议', en: 'Sign the agreement' },
  terminate: { zh: '终止调解', en: 'Terminate' },
  withdraw: { zh: '撤回申请', en: 'Withdraw' },
  close: { zh: '结案（不申请司法确认）', en: 'Close without confirmation' },
  issueDocument: { zh: '出具调解书', en: 'Issue a mediation document' },
  applyConfirmation: { zh: '申请司法确认', en: 'Apply for judicial confirmation' },
  acceptConfirmation: { zh: '受理司法确认', en: 'Accept the confirmation request' },
  refuseConfirmation: { zh: '不予受理司法确认', en: 'Refuse the confirmation request' },
  extendRuling: { zh: '延长审查期限', en: 'Extend the review' },
  ruleConfirmation: { zh: '作出确认裁定', en: 'Rule on confirmation' },
  reportFailure: { zh: '报送调解不成情况', en: 'Report the failure' },
  transfer: { zh: '转入诉讼或裁决', en: 'Transfer' },
  recordCourtFiling: { zh: '登记法院案号', en: 'Record the court case number' },
  register: { zh: '立案', en: 'Register' },
  notAccept: { zh: '不予受理', en: 'Refuse to accept' },
  serve: { zh: '送达请求书副本', en: 'Serve the request' },
  recordAnswer: { zh: '登记答辩', en: 'Record the answer' },
  startInvestigation: { zh: '开始调查审理', en: 'Start the investigation' },
  recordHearing: { zh: '登记口头审理', en: 'Record a hearing' },
  suspend: { zh: '中止处理', en: 'Suspend' },
  resume: { zh: '恢复处理', en: 'Resume' },
  extendDecision: { zh: '延长办案期限', en: 'Extend the time to decide' },
  recuseHandler: { zh: '办案人员回避', en: 'Recuse a handler' },
  mediate: { zh: '调解结案', en: 'Settle by mediation' },
  decide: { zh: '作出裁决', en: 'Decide' },
  serveDecision: { zh: '送达裁决书', en: 'Serve the decision' },
  recordLawsuit: { zh: '登记当事人起诉', en: 'Record a lawsuit' },
  requestEnforcement: { zh: '申请法院强制执行', en: 'Request enforcement' },
  finalize: { zh: '裁决生效', en: 'Mark final' },
};

const reason = z.string().trim().min(1, '请填写理由').max(Limits.textMax, `不能超过${Limits.textMax}个字符`);
const text = (message: string) => z.string().trim().min(1, message).max(Limits.textMax, `不能超过${Limits.textMax}个字符`);
/** How the parties' consent to extend the mediation period was given (在线调解规则 art. 24: only by all parties' consent). */
export const CONSENT_METHODS = ['written', 'online', 'record'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export const ConsentMethodLabels: Record<ConsentMethod, { zh: string; en: string }> = {
  written: { zh: '书面同意书', en: 'Signed statement' },
  online: { zh: '平台在线确认', en: 'Confirmed on the platform' },
  record: { zh: '记入调解笔录', en: 'In the mediation record' },
};

const act = <A extends string, S extends z.ZodRawShape>(action: A, shape: S) => z.object({ action: z.literal(action), ...shape });

const HandlerSchema = z.object({ name: z.string().trim().min(1, '请填写办案人员姓名').max(Limits.personNameMax), presiding: z.boolean().default(false) });

/** The body of every case action, told apart by `action`; a bad field is named in the 400. */
export const CaseActionSchema = z
  .discriminatedUnion('action', [
    act('admit', {}),
    act('return', { reason }),
    act('choose', { mediatorId: z.uuid('请选择调解员') }),
    act('designate', { mediatorId: z.uuid('请选择调解员') }),
    act('accept', { hasConflict: z.boolean({ error: '请声明是否存在利益冲突' }), disclosure: text('请填写利益冲突披露声明') }),
    act('decline', { reason }),
    act('acceptanceTimeout', {}),
    act('recuse', { reason }),
    act('replaceMediator', { reason }),
    act('contactRespondent', { result: z.enum(['agreed', 'refused', 'unreachable']), note: z.string().trim().max(Limits.textMax).optional() }),
    act('extend', {
      days: z.coerce.number().int('天数应为整数').min(1, '至少延长1日').max(60, '单次最多延长60日'),
      consentPartyIds: z.array(z.uuid()).min(1, '请选择同意延长的当事人'),
      consentOn: DateSchema.describe('the day the last party agreed'),
      consentMethod: z.enum(CONSENT_METHODS, { error: '请选择当事人同意的方式' }).describe('how the parties agreed: a signed statement, on the platform, or in the mediation record'),
    }),
    act('startAppraisal', { institution: text('请填写鉴定机构'), matter: text('请填写鉴定事项') }),
    act('endAppraisal', { result: text('请填写鉴定结论') }),
    act('draftAgreement', {
      terms: text('请填写协议内容'),
      performanceMethod: text('请填写履行方式'),
      performanceDeadline: DateSchema,
      affectsValidity: z.boolean().describe('the agreement settles ownership or validity of an IP right (涉确权)'),
      signedPartyIds: z.array(z.uuid()).default([]).describe('parties that signed on paper before the mediator'),
      mediatorSigned: z.boolean().default(false),
      sealed: z.boolean().default(false).describe("the organisation's seal is affixed"),
    }),
    act('signAgreement', { seal: z.boolean().optional().describe('mediator only: record the seal') }),
    act('terminate', { ground: z.enum(TERMINATION_GROUNDS), detail: text('请填写终止情况说明') }),
    act('withdraw', { reason }),
    act('close', {}),
    act('issueDocument', { documentNo: text('请填写调解书文号') }),
    act('applyConfirmation', {
      courtId: z.uuid('请选择受理司法确认的法院'),
      jointApplicationEvidenceId: z.uuid().optional().nullable().describe('an uploaded joint application signed by every party'),
    }),
    act('acceptConfirmation', { confirmationNo: text('请填写调确字案号') }),
    act('refuseConfirmation', { reason }),
    act('extendRuling', { days: z.coerce.number().int('天数应为整数').min(1, '至少延长1日').max(366), reason }),
    act('ruleConfirmation', { result: z.enum(['confirmed', 'rejected']), reason: z.string().trim().max(Limits.textMax).optional() }),
    act('reportFailure', { whatHappened: text('请填写调解基本情况'), whyFailed: text('请填写调解不成的原因'), costConduct: z.string().trim().max(Limits.textMax).optional(), notes: z.string().trim().max(Limits.textMax).optional() }),
    act('transfer', { destination: z.enum(['courtRegistered', 'trialResumed', 'onlineFiling', 'adjudication']), courtCaseNo: z.string().trim().max(60).optional(), adjudicationOrgId: z.uuid().optional() }),
    act('recordCourtFiling', { courtCaseNo: text('请填写法院案号') }),
    act('register', { handlers: z.array(HandlerSchema).min(3, '合议组至少三名办案人员') }),
    act('notAccept', { reason }),
    act('serve', {}),
    act('recordAnswer', { summary: text('请填写答辩要点') }),
    act('startInvestigation', {}),
    act('recordHearing', { heldOn: DateSchema, mode: z.enum(['oral', 'written']), summary: text('请填写审理情况') }),
    act('suspend', { invalidationNo: text('请填写无效宣告请求案号'), invalidationAcceptedOn: DateSchema }),
    act('resume', { reason }),
    act('extendDecision', { months: z.coerce.number().int('月数应为整数').min(1, '至少延长1个月').max(12), approvedBy: text('请填写批准人') }),
    act('recuseHandler', { memberId: z.uuid('请选择回避的办案人员'), reason, replacementName: z.string().trim().min(1, '请填写替换的办案人员').max(Limits.personNameMax) }),
    act('mediate', { terms: text('请填写调解协议内容'), damagesFen: FenSchema.default(0) }),
    act('decide', {
      result: z.enum(['infringing', 'notInfringing']),
      orders: text('请填写裁决主文'),
      damagesFen: z.coerce.number().optional().describe('refused: damages can only be mediated (专利法 art. 65)'),
    }),
    act('serveDecision', {}),
    act('recordLawsuit', { courtId: z.uuid('请选择法院'), filedOn: DateSchema, courtCaseNo: z.string().trim().max(60).optional() }),
    act('requestEnforcement', { courtId: z.uuid('请选择法院') }),
    act('finalize', {}),
  ])
  .meta({ id: 'ProtectionCaseAction' });
export type CaseAction = z.output<typeof CaseActionSchema>;
export type CaseActionName = CaseAction['action'];
export type ActionOf<A extends CaseActionName> = Extract<CaseAction, { action: A }>;
