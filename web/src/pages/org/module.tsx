import { ApartmentOutlined, AuditOutlined, CalendarOutlined, DatabaseOutlined, HomeOutlined, LoginOutlined, SafetyOutlined, SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { OrgKindLabels } from '../../../../common/org';
import { OrgAccess, Role, RoleLabels } from '../../../../common/roles';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { orgMessages } from './messages';
import { SystemHomeCard } from './SystemHomeCard';

const MANAGE = [Role.Admin, Role.OfficeStaff, Role.DistrictOffice] as const;

/** Home, organisations and people. */
export const orgModule: WebModule = {
  key: 'org',
  order: 0,
  menu: [
    { key: 'home', path: '/', label: 'menu.home', icon: <HomeOutlined /> },
    {
      key: 'org',
      label: 'menu.org',
      icon: <ApartmentOutlined />,
      roles: MANAGE,
      children: [
        { key: 'orgs', path: '/orgs', label: 'menu.orgs', icon: <ApartmentOutlined />, roles: MANAGE },
        { key: 'people', path: '/people', label: 'menu.people', icon: <TeamOutlined />, roles: MANAGE },
      ],
    },
  ],
  routes: [
    { path: 'orgs', ...page(() => import('./org-list/index'), OrgAccess.read) },
    { path: 'orgs/:id', ...page(() => import('./org-detail/index'), OrgAccess.read) },
    { path: 'people', ...page(() => import('./people-list/index'), OrgAccess.read) },
    { path: 'account/password', ...page(() => import('./change-password/index')) },
    { path: 'admin/users', ...page(() => import('./user-admin/index'), OrgAccess.admin) },
    { path: 'admin/roles', ...page(() => import('./role-admin/index'), OrgAccess.admin) },
    { path: 'admin/login-log', ...page(() => import('./login-log/index'), OrgAccess.admin) },
    { path: 'admin/audit', ...page(() => import('./audit-log/index'), OrgAccess.admin) },
    { path: 'admin/calendar', ...page(() => import('./calendar-admin/index'), OrgAccess.admin) },
    { path: 'admin/backups', ...page(() => import('./backup-admin/index'), OrgAccess.admin) },
  ],
  homeWidgets: [SystemHomeCard],
  messages: orgMessages,
  valueLabels: { org: { kind: OrgKindLabels }, user: { roles: RoleLabels }, role: { role: RoleLabels } },
  entities: {
    org: { zh: '机构', en: 'organisation', path: (id) => `/orgs/${id}` },
    person: { zh: '人员', en: 'person' },
    user: { zh: '用户', en: 'user' },
    role: { zh: '角色', en: 'role' },
    file: { zh: '文件', en: 'file' },
    calendarDay: { zh: '工作日历', en: 'calendar day' },
    backup: { zh: '数据备份', en: 'backup' },
  },
};

/** System administration: users, roles, logs, the working-day calendar and backups (platform admins). */
export const adminModule: WebModule = {
  key: 'admin',
  order: 90,
  menu: [
    {
      key: 'admin',
      label: 'menu.admin',
      icon: <SettingOutlined />,
      roles: OrgAccess.admin,
      children: [
        { key: 'users', path: '/admin/users', label: 'menu.users', icon: <UserOutlined />, roles: OrgAccess.admin },
        { key: 'roles', path: '/admin/roles', label: 'menu.roles', icon: <SafetyOutlined />, roles: OrgAccess.admin },
        { key: 'login-log', path: '/admin/login-log', label: 'menu.loginLog', icon: <LoginOutlined />, roles: OrgAccess.admin },
        { key: 'audit', path: '/admin/audit', label: 'menu.audit', icon: <AuditOutlined />, roles: OrgAccess.admin },
        { key: 'calendar', path: '/admin/calendar', label: 'menu.calendar', icon: <CalendarOutlined />, roles: OrgAccess.admin },
        { key: 'backups', path: '/admin/backups', label: 'menu.backup', icon: <DatabaseOutlined />, roles: OrgAccess.admin },
      ],
    },
  ],
  routes: [],
};
