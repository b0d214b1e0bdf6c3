import { AuditOutlined, BarChartOutlined, SendOutlined, ShareAltOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { ComplianceAccess, ComplianceStatusLabels } from '../../../../common/enforcement-compliance';
import { AssistStateLabels, CoopAreaLabels, CooperationAccess } from '../../../../common/enforcement-cooperation';
import { EnforcementStatsAccess } from '../../../../common/enforcement-stats';
import type { MenuItem, WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { enforcementMoreMessages } from './more-messages';

/** Menu items of the compliance, cooperation and statistics pages (children of the enforcement menu). */
export const enforcementMoreMenu: MenuItem[] = [
  { key: 'enforcement-compliance', path: '/enforcement/compliance', label: 'menu.enforcement.compliance', icon: <AuditOutlined />, roles: ComplianceAccess.read },
  { key: 'enforcement-cooperation', path: '/enforcement/cooperation', label: 'menu.enforcement.cooperation', icon: <ShareAltOutlined />, roles: CooperationAccess.read },
  { key: 'enforcement-assists', path: '/enforcement/cooperation/requests', label: 'enforcement.coop.requests', icon: <SendOutlined />, roles: CooperationAccess.read },
  { key: 'enforcement-statistics', path: '/enforcement/statistics', label: 'menu.enforcement.statistics', icon: <BarChartOutlined />, roles: EnforcementStatsAccess },
];

/** Their pages. */
export const enforcementMoreRoutes: RouteObject[] = [
  { path: 'enforcement/compliance', ...page(() => import('./compliance/index'), ComplianceAccess.read) },
  { path: 'enforcement/compliance/:id', ...page(() => import('./compliance/detail'), ComplianceAccess.read) },
  { path: 'enforcement/cooperation', ...page(() => import('./cooperation/index'), CooperationAccess.read) },
  { path: 'enforcement/cooperation/requests', ...page(() => import('./cooperation/requests'), CooperationAccess.read) },
  { path: 'enforcement/cooperation/:id', ...page(() => import('./cooperation/detail'), CooperationAccess.read) },
  { path: 'enforcement/statistics', ...page(() => import('./statistics/index'), EnforcementStatsAccess) },
];

/** Their messages, audit entity labels and value labels. */
export const enforcementMoreMessagesAll = enforcementMoreMessages;
export const enforcementMoreEntities: NonNullable<WebModule['entities']> = {
  enforcementCompliance: { zh: '企业合规考察', en: 'compliance procedure', path: (id) => `/enforcement/compliance/${id}` },
  enforcementCoopBody: { zh: '区域协作体', en: 'cooperation body', path: (id) => `/enforcement/cooperation/${id}` },
  enforcementAssistRequest: { zh: '协助请求', en: 'assistance request', path: () => '/enforcement/cooperation/requests' },
};
export const enforcementMoreValueLabels: NonNullable<WebModule['valueLabels']> = {
  enforcementCompliance: { status: ComplianceStatusLabels },
  enforcementCoopBody: { area: CoopAreaLabels },
  enforcementAssistRequest: { state: AssistStateLabels },
};
/** Labels of the audit actions the compliance and cooperation services write. */
export const enforcementMoreActions: NonNullable<WebModule['actions']> = {
  submitPlan: { zh: '登记合规计划', en: 'Plan recorded' },
  approvePlan: { zh: '审查同意合规计划', en: 'Plan approved', color: 'green' },
  extendTerm: { zh: '延长考察期', en: 'Period extended', color: 'orange' },
  scheduleInspection: { zh: '安排检查', en: 'Inspection scheduled' },
  recordInspection: { zh: '记录检查结果', en: 'Inspection recorded' },
  evaluate: { zh: '作出合规评估', en: 'Evaluated' },
  send: { zh: '报送检察机关', en: 'Sent to the procuratorate', color: 'green' },
  addMember: { zh: '增加成员单位', en: 'Member added' },
  accept: { zh: '受理', en: 'Accepted' },
  answer: { zh: '答复', en: 'Answered', color: 'green' },
};

/** The roles that see at least one of these pages. */
export const enforcementMenuRoles = [...new Set([...ComplianceAccess.read, ...CooperationAccess.read, ...EnforcementStatsAccess])];
