import { AuditOutlined, BookOutlined, CustomerServiceOutlined, FieldTimeOutlined, GlobalOutlined, MessageOutlined, SolutionOutlined, TeamOutlined, TrophyOutlined, UserOutlined } from '@ant-design/icons';
import { RegistrationStatusLabels, ServicesAccess } from '../../../../common/services';
import { QuestionStatusLabels } from '../../../../common/services-desk';
import { OverseasAccess, OverseasStatusLabels } from '../../../../common/services-overseas';
import { RequestStatusLabels, VolunteerAccess, VolunteerStatusLabels } from '../../../../common/services-volunteer';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { servicesMessages } from './messages';
import { volunteerMessages } from './volunteer-messages';

const staffAndVolunteers = [...VolunteerAccess.staff, ...VolunteerAccess.volunteer];
const anyServices = [...new Set([...ServicesAccess.read, ...VolunteerAccess.read, ...OverseasAccess.read])];

/** Public services: self-registration, the consultation desk and its knowledge base, the 知助 volunteer action, overseas-dispute guidance. */
export const servicesModule: WebModule = {
  key: 'services',
  order: 65,
  menu: [
    {
      key: 'services',
      label: 'menu.services',
      icon: <CustomerServiceOutlined />,
      roles: anyServices,
      children: [
        { key: 'services-questions', path: '/services/questions', label: 'menu.services.questions', icon: <MessageOutlined />, roles: ServicesAccess.read },
        { key: 'services-registrations', path: '/services/registrations', label: 'menu.services.registrations', icon: <AuditOutlined />, roles: ServicesAccess.desk },
        { key: 'services-knowledge', path: '/services/knowledge', label: 'menu.services.knowledge', icon: <BookOutlined />, roles: ServicesAccess.desk },
        { key: 'services-sla', path: '/services/sla', label: 'menu.services.sla', icon: <FieldTimeOutlined />, roles: ServicesAccess.desk },
        { key: 'services-volunteer-requests', path: '/services/volunteer-requests', label: 'menu.services.volunteerRequests', icon: <SolutionOutlined />, roles: VolunteerAccess.read },
        { key: 'services-volunteers', path: '/services/volunteers', label: 'menu.services.volunteers', icon: <TeamOutlined />, roles: VolunteerAccess.staff },
        { key: 'services-my-volunteer', path: '/services/my-volunteer', label: 'menu.services.myVolunteer', icon: <UserOutlined />, roles: VolunteerAccess.volunteer },
        { key: 'services-honour-list', path: '/services/honour-list', label: 'menu.services.honourList', icon: <TrophyOutlined />, roles: VolunteerAccess.read },
        { key: 'services-overseas-cases', path: '/services/overseas-cases', label: 'menu.services.overseasCases', icon: <GlobalOutlined />, roles: OverseasAccess.read },
      ],
    },
  ],
  routes: [
    { path: 'services/questions', ...page(() => import('./questions/index'), ServicesAccess.read) },
    { path: 'services/questions/:id', ...page(() => import('./questions/detail'), ServicesAccess.read) },
    { path: 'services/registrations', ...page(() => import('./registrations/index'), ServicesAccess.desk) },
    { path: 'services/knowledge', ...page(() => import('./knowledge/manage'), ServicesAccess.desk) },
    { path: 'services/sla', ...page(() => import('./sla/index'), ServicesAccess.desk) },
    { path: 'services/volunteer-requests', ...page(() => import('./volunteer-requests/index'), VolunteerAccess.read) },
    { path: 'services/volunteer-requests/:id', ...page(() => import('./volunteer-requests/detail'), VolunteerAccess.read) },
    { path: 'services/volunteers', ...page(() => import('./volunteers/index'), staffAndVolunteers) },
    { path: 'services/my-volunteer', ...page(() => import('./my-volunteer/index'), VolunteerAccess.volunteer) },
    { path: 'services/honour-list', ...page(() => import('./honour-list/index'), VolunteerAccess.read) },
    { path: 'services/overseas-cases', ...page(() => import('./overseas-cases/index'), OverseasAccess.read) },
    { path: 'services/overseas-cases/:id', ...page(() => import('./overseas-cases/detail'), OverseasAccess.read) },
  ],
  publicRoutes: [
    { path: 'services/register', ...page(() => import('./register/index')) },
    { path: 'services/knowledge', ...page(() => import('./knowledge/index')) },
  ],
  messages: { zh: { ...volunteerMessages.zh, ...servicesMessages.zh }, en: { ...volunteerMessages.en, ...servicesMessages.en } },
  actions: {
    assign: { zh: '分派', en: 'Assigned' },
    reply: { zh: '答复', en: 'Replied' },
    note: { zh: '内部备注', en: 'Internal note' },
    followUp: { zh: '咨询人补充', en: 'Follow-up' },
    rate: { zh: '评价', en: 'Rated' },
    escalate: { zh: '转办', en: 'Escalated', color: 'magenta' },
    autoApprove: { zh: '自动通过', en: 'Approved automatically', color: 'green' },
    settings: { zh: '修改设置', en: 'Settings changed' },
    withdraw: { zh: '撤下', en: 'Withdrawn' },
    vet: { zh: '审核志愿者', en: 'Vetted' },
    offer: { zh: '推送志愿者', en: 'Offered to a volunteer' },
    accept: { zh: '接受', en: 'Accepted' },
    decline: { zh: '婉拒', en: 'Declined' },
    reportHours: { zh: '填报服务时长', en: 'Hours reported' },
    signIn: { zh: '现场签到', en: 'Signed in' },
    signOut: { zh: '现场签退', en: 'Signed out' },
    reviewHours: { zh: '审核服务时长', en: 'Hours reviewed' },
  },
  scopedActions: true,
  valueLabels: {
    servicesQuestion: { status: QuestionStatusLabels },
    servicesRegistration: { status: RegistrationStatusLabels },
    servicesVolunteer: { status: VolunteerStatusLabels },
    servicesVolunteerRequest: { status: RequestStatusLabels },
    servicesOverseasCase: { status: OverseasStatusLabels },
  },
  entities: {
    servicesQuestion: { zh: '咨询', en: 'question', path: (id) => `/services/questions/${id}` },
    servicesRegistration: { zh: '自助注册', en: 'registration', path: () => '/services/registrations' },
    servicesKnowledge: { zh: '知识库条目', en: 'knowledge base entry' },
    servicesSettings: { zh: '公共服务设置', en: 'services settings' },
    servicesVolunteer: { zh: '知助志愿者', en: 'volunteer', path: () => '/services/volunteers' },
    servicesVolunteerRequest: { zh: '知助求助', en: 'volunteer request', path: (id: string) => `/services/volunteer-requests/${id}` },
    servicesOverseasCase: { zh: '海外纠纷案件', en: 'overseas-dispute case', path: (id: string) => `/services/overseas-cases/${id}` },
  },
};
