import { AuditOutlined, BarChartOutlined, FileSearchOutlined, ScheduleOutlined, SettingOutlined, SolutionOutlined } from '@ant-design/icons';
import { CentreAccess, FilingStatusLabels } from '../../../../common/centre';
import { SubmissionStatusLabels } from '../../../../common/centre-submissions';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { centreMessages } from './messages';

/** The protection centre: filings, fast pre-examination, the examiner's queue, statistics and configuration. */
export const centreModule: WebModule = {
  key: 'centre',
  order: 55,
  menu: [
    {
      key: 'centre',
      label: 'menu.centre',
      icon: <AuditOutlined />,
      roles: CentreAccess.read,
      children: [
        { key: 'centre-queue', path: '/centre/queue', label: 'menu.centre.queue', icon: <ScheduleOutlined />, roles: CentreAccess.examine },
        { key: 'centre-filings', path: '/centre/filings', label: 'menu.centre.filings', icon: <SolutionOutlined />, roles: CentreAccess.read },
        { key: 'centre-submissions', path: '/centre/submissions', label: 'menu.centre.submissions', icon: <FileSearchOutlined />, roles: CentreAccess.read },
        { key: 'centre-statistics', path: '/centre/statistics', label: 'menu.centre.statistics', icon: <BarChartOutlined />, roles: CentreAccess.statistics },
        { key: 'centre-config', path: '/centre/config', label: 'menu.centre.config', icon: <SettingOutlined />, roles: CentreAccess.read },
      ],
    },
  ],
  routes: [
    { path: 'centre/queue', ...page(() => import('./queue/index'), CentreAccess.examine) },
    { path: 'centre/filings', ...page(() => import('./filings/index'), CentreAccess.read) },
    { path: 'centre/submissions', ...page(() => import('./submissions/index'), CentreAccess.read) },
    { path: 'centre/statistics', ...page(() => import('./statistics/index'), CentreAccess.statistics) },
    { path: 'centre/config', ...page(() => import('./config/index'), CentreAccess.read) },
  ],
  messages: centreMessages,
  actions: {
    invite: { zh: '咨询转入，待企业完善', en: 'Started by the desk' },
    submit: { zh: '提交备案', en: 'Submitted' },
    resubmit: { zh: '修改后重新提交', en: 'Resubmitted' },
    approve: { zh: '准予备案', en: 'Approved', color: 'green' },
    return: { zh: '退回', en: 'Returned', color: 'orange' },
  },
  scopedActions: true,
  valueLabels: { centreFiling: { status: FilingStatusLabels }, centreSubmission: { status: SubmissionStatusLabels } },
  entities: {
    centreFiling: { zh: '保护中心备案', en: 'centre filing', path: () => '/centre/filings' },
    centreSubmission: { zh: '快速预审申请', en: 'pre-examination', path: (id: string) => `/centre/submissions?id=${id}` },
    centreWindow: { zh: '保护中心窗口', en: 'centre window', path: () => '/centre/config' },
    centreAgency: { zh: '代理机构', en: 'agency', path: () => '/centre/config' },
    centreCondition: { zh: '备案条件', en: 'filing condition', path: () => '/centre/config' },
    centreRule: { zh: '预审时限与配额', en: 'time limit and quota', path: () => '/centre/config' },
  },
};
