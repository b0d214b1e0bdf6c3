import { AlertOutlined, AuditOutlined, ClockCircleOutlined, FileSearchOutlined, SafetyOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { CaseSourceLabels, CaseStatusLabels, CloseOutcomeLabels, DecisionLabels, EnforcementAccess, LimitCodeLabels, RemedyLabels, RightKindLabels, RuleUnitLabels } from '../../../../common/enforcement';
import { DetentionKindLabels, DetentionStatusLabels, TransferStatusLabels } from '../../../../common/enforcement-agency';
import type { Role } from '../../../../common/roles';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { enforcementMenuRoles, enforcementMoreActions, enforcementMoreEntities, enforcementMoreMenu, enforcementMoreMessagesAll, enforcementMoreRoutes, enforcementMoreValueLabels } from './more-routes';
import { EnforcementHomeCard } from './EnforcementHomeCard';
import { enforcementMessages } from './messages';

/** Who reads cases: officers their agency's, offices their region's, a party its own. */
const CASES: readonly Role[] = ['admin', 'office', 'district', 'officer', 'enterprise'];
/** Who follows transfers: the agency, the police, the procuratorate, the office. */
const TRANSFERS: readonly Role[] = ['admin', 'office', 'district', 'officer', 'liaison'];
/** Who sees the time-limit rules: every part that works to them. */
const RULES: readonly Role[] = ['admin', 'office', 'district', 'officer', 'liaison'];

/**
 * Enforcement and inter-agency linkage: administrative cases, transfers to the police, clues, customs protection;
 * compliance procedures, cooperation bodies and the statistics come from more-routes.tsx.
 */
export const enforcementModule: WebModule = {
  key: 'enforcement',
  order: 45,
  menu: [
    {
      key: 'enforcement',
      label: 'menu.enforcement',
      icon: <AuditOutlined />,
      roles: [...new Set([...EnforcementAccess.read, ...EnforcementAccess.clues, ...enforcementMenuRoles])],
      children: [
        { key: 'enforcement-cases', path: '/enforcement/cases', label: 'menu.enforcement.cases', icon: <FileSearchOutlined />, roles: CASES },
        { key: 'enforcement-transfers', path: '/enforcement/transfers', label: 'menu.enforcement.transfers', icon: <SendOutlined />, roles: TRANSFERS },
        { key: 'enforcement-clues', path: '/enforcement/clues', label: 'menu.enforcement.clues', icon: <AlertOutlined />, roles: EnforcementAccess.clues },
        { key: 'enforcement-recordals', path: '/enforcement/recordals', label: 'menu.enforcement.recordals', icon: <SafetyOutlined />, roles: EnforcementAccess.customs },
        { key: 'enforcement-detentions', path: '/enforcement/detentions', label: 'menu.enforcement.detentions', icon: <StopOutlined />, roles: EnforcementAccess.customs },
        ...enforcementMoreMenu,
        { key: 'enforcement-rules', path: '/enforcement/rules', label: 'menu.enforcement.rules', icon: <ClockCircleOutlined />, roles: RULES },
      ],
    },
  ],
  routes: [
    { path: 'enforcement/cases', ...page(() => import('./cases/index'), CASES) },
    { path: 'enforcement/cases/new', ...page(() => import('./cases/new'), EnforcementAccess.officer) },
    { path: 'enforcement/cases/:id', ...page(() => import('./cases/detail'), CASES) },
    { path: 'enforcement/transfers', ...page(() => import('./transfers/index'), TRANSFERS) },
    { path: 'enforcement/transfers/:id', ...page(() => import('./transfers/detail'), TRANSFERS) },
    { path: 'enforcement/clues', ...page(() => import('./clues/index'), EnforcementAccess.clues) },
    { path: 'enforcement/clues/unanswered', ...page(() => import('./clues/index'), EnforcementAccess.supervise) },
    { path: 'enforcement/clues/:id', ...page(() => import('./clues/detail'), EnforcementAccess.clues) },
    { path: 'enforcement/recordals', ...page(() => import('./customs/recordals'), EnforcementAccess.customs) },
    { path: 'enforcement/detentions', ...page(() => import('./customs/detentions'), EnforcementAccess.customs) },
    { path: 'enforcement/detentions/:id', ...page(() => import('./customs/detention'), EnforcementAccess.customs) },
    { path: 'enforcement/rules', ...page(() => import('./rules/index'), RULES) },
    ...enforcementMoreRoutes,
  ],
  homeWidgets: [EnforcementHomeCard],
  messages: { zh: { ...enforcementMessages.zh, ...enforcementMoreMessagesAll.zh }, en: { ...enforcementMessages.en, ...enforcementMoreMessagesAll.en } },
  scopedActions: true,
  actions: {
    open: { zh: '立案', en: 'Opened' },
    notOpen: { zh: '不予立案', en: 'Not opened' },
    extendOpening: { zh: '延长立案期限', en: 'Opening limit extended' },
    extendDecision: { zh: '延长办案期限', en: 'Decision limit extended' },
    hearingNotice: { zh: '告知陈述申辩、听证权利', en: 'Notice of the right to be heard' },
    hearingRequested: { zh: '当事人要求听证', en: 'Hearing requested' },
    decide: { zh: '作出处理决定', en: 'Decided' },
    serve: { zh: '送达决定书', en: 'Decision served' },
    publish: { zh: '公示处罚信息', en: 'Published' },
    remedy: { zh: '记录复议或诉讼', en: 'Review or lawsuit recorded' },
    close: { zh: '结案', en: 'Closed' },
    typicalCandidate: { zh: '标记典型案例候选', en: 'Typical-case candidate' },
    measure: { zh: '采取查封、扣押措施', en: 'Measure taken' },
    'measure.extend': { zh: '延长查封、扣押期限', en: 'Measure extended' },
    'measure.lift': { zh: '解除查封、扣押', en: 'Measure lifted' },
    transfer: { zh: '移送公安机关', en: 'Transferred to the police' },
    approve: { zh: '负责人批准移送', en: 'Transfer approved' },
    notApprove: { zh: '不批准移送', en: 'Transfer not approved' },
    policeDecide: { zh: '公安机关作出立案决定', en: 'Police decided' },
    requestReconsideration: { zh: '提请复议', en: 'Reconsideration requested' },
    reconsiderDecide: { zh: '公安机关复议决定', en: 'Reconsideration answered' },
    acknowledge: { zh: '签收线索', en: 'Clue acknowledged' },
    // A clue's answer and an assistance request's answer share the verb.
    answer: { zh: '答复', en: 'Answered', color: 'green' },
    renew: { zh: '续展备案', en: 'Recordal renewed' },
    apply: { zh: '权利人申请扣留', en: 'Holder applied' },
    lapse: { zh: '权利人未申请，未扣留', en: 'Lapsed' },
    courtOrder: { zh: '收到法院协助执行通知', en: 'Court order received' },
    confiscate: { zh: '认定侵权并没收', en: 'Confiscated' },
    release: { zh: '放行', en: 'Released' },
    ...Object.fromEntries(Object.entries(enforcementMoreActions).filter(([k]) => k !== 'answer')),
  },
  valueLabels: {
    enforcementCase: { status: CaseStatusLabels, decision: DecisionLabels, outcome: CloseOutcomeLabels, remedy: RemedyLabels, source: CaseSourceLabels, rightKind: RightKindLabels },
    enforcementTransfer: { status: TransferStatusLabels, decision: { open: { zh: '立案', en: 'Opened' }, refuse: { zh: '不予立案', en: 'Refused' } } },
    enforcementDetention: { status: DetentionStatusLabels, kind: DetentionKindLabels },
    enforcementRule: { code: LimitCodeLabels, unit: RuleUnitLabels },
    ...enforcementMoreValueLabels,
  },
  entities: {
    enforcementCase: { zh: '执法案件', en: 'enforcement case', path: (id) => `/enforcement/cases/${id}` },
    enforcementTransfer: { zh: '移送案件', en: 'transfer to the police', path: (id) => `/enforcement/transfers/${id}` },
    enforcementClue: { zh: '线索', en: 'clue', path: (id) => `/enforcement/clues/${id}` },
    enforcementRecordal: { zh: '海关备案', en: 'customs recordal', path: () => '/enforcement/recordals' },
    enforcementDetention: { zh: '海关扣留', en: 'customs detention', path: (id) => `/enforcement/detentions/${id}` },
    enforcementRule: { zh: '执法期限规则', en: 'enforcement time-limit rule', path: () => '/enforcement/rules' },
    ...enforcementMoreEntities,
  },
};
