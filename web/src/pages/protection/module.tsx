import { ApiOutlined, BankOutlined, BarChartOutlined, ClockCircleOutlined, FileAddOutlined, FileProtectOutlined, ScheduleOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { CaseKindLabels, CaseSourceLabels, CaseStatusLabels, DisputeTypeLabels, NoteVisibilityLabels, PartyKindLabels, PartyRoleLabels, ProcedureLabels, ProtectionAccess } from '../../../../common/protection';
import { ComplaintGroundLabels, ComplaintStatusLabels, MediatorStatusLabels } from '../../../../common/protection-admin';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { CasesHomeCard } from './home/CasesHomeCard';
import { protectionMessages } from './messages';
import { ActionLabels } from '../../../../common/protection-workflow';

const WORK = ['admin', 'office', 'district', 'mediator', 'court'] as const;

/** Dispute mediation with court docking, administrative adjudication, mediators, deadlines and statistics. */
export const protectionModule: WebModule = {
  key: 'protection',
  order: 40,
  menu: [
    {
      key: 'protection',
      label: 'menu.protection',
      icon: <SolutionOutlined />,
      roles: ProtectionAccess.cases,
      children: [
        { key: 'protection-cases', path: '/protection/cases', label: 'menu.protectionCases', icon: <FileProtectOutlined />, roles: ProtectionAccess.cases },
        { key: 'protection-new', path: '/protection/cases/new', label: 'menu.protectionNew', icon: <FileAddOutlined />, roles: ['enterprise'] },
        { key: 'protection-deadlines', path: '/protection/deadlines', label: 'menu.protectionDeadlines', icon: <ClockCircleOutlined />, roles: WORK },
        { key: 'protection-statistics', path: '/protection/statistics', label: 'menu.protectionStatistics', icon: <BarChartOutlined />, roles: ProtectionAccess.statistics },
        { key: 'protection-mediators', path: '/protection/mediators', label: 'menu.protectionMediators', icon: <TeamOutlined />, roles: ProtectionAccess.complaints },
        { key: 'protection-orgs', path: '/protection/organisations', label: 'menu.protectionOrgs', icon: <BankOutlined />, roles: ProtectionAccess.manage },
        { key: 'protection-rules', path: '/protection/rules', label: 'menu.protectionRules', icon: <ScheduleOutlined />, roles: ProtectionAccess.manage },
        { key: 'protection-docking', path: '/protection/docking', label: 'menu.protectionDocking', icon: <ApiOutlined />, roles: ProtectionAccess.docking },
      ],
    },
  ],
  routes: [
    { path: 'protection/cases', ...page(() => import('./case-list/index'), ProtectionAccess.cases) },
    { path: 'protection/cases/new', ...page(() => import('./case-new/index'), ProtectionAccess.fileMediation) },
    { path: 'protection/adjudications/new', ...page(() => import('./adjudication-new/index'), ProtectionAccess.fileAdjudication) },
    { path: 'protection/cases/:id', ...page(() => import('./case-detail/index'), ProtectionAccess.cases) },
    { path: 'protection/deadlines', ...page(() => import('./deadlines/index'), WORK) },
    { path: 'protection/statistics', ...page(() => import('./statistics/index'), ProtectionAccess.statistics) },
    { path: 'protection/mediators', ...page(() => import('./mediators/index'), ProtectionAccess.complaints) },
    { path: 'protection/organisations', ...page(() => import('./organisations/index'), ProtectionAccess.manage) },
    { path: 'protection/rules', ...page(() => import('./rules/index'), ProtectionAccess.manage) },
    { path: 'protection/docking', ...page(() => import('./docking/index'), ProtectionAccess.docking) },
  ],
  messages: protectionMessages,
  homeWidgets: [CasesHomeCard],
  actions: ActionLabels,
  valueLabels: {
    protectionCase: { kind: CaseKindLabels, source: CaseSourceLabels, status: CaseStatusLabels, procedure: ProcedureLabels, disputeType: DisputeTypeLabels, action: ActionLabels },
    protectionParty: { role: PartyRoleLabels.mediation, kind: PartyKindLabels },
    protectionNote: { visibility: NoteVisibilityLabels },
    mediator: { status: MediatorStatusLabels, complaintStatus: ComplaintStatusLabels, ground: ComplaintGroundLabels },
  },
  entities: {
    protectionCase: { zh: '纠纷案件', en: 'dispute case', path: (id) => `/protection/cases/${id}` },
    protectionParty: { zh: '案件当事人', en: 'case party' },
    protectionEvidence: { zh: '证据材料', en: 'evidence' },
    protectionNote: { zh: '案件备注', en: 'case note' },
    mediator: { zh: '调解员', en: 'mediator', path: () => '/protection/mediators' },
    protectionOrgProfile: { zh: '调解组织登记', en: 'mediation organisation', path: () => '/protection/organisations' },
    protectionDeadlineRule: { zh: '期限规则', en: 'deadline rule', path: () => '/protection/rules' },
    protectionWebhook: { zh: '对接推送地址', en: 'docking endpoint', path: () => '/protection/docking' },
  },
};
