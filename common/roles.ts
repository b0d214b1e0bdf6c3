import { z } from 'zod';

/** The roles a user can hold; DESIGN.md says what each one sees. */
export const Role = {
  Admin: 'admin',
  OfficeStaff: 'office',
  Liaison: 'liaison',
  DistrictOffice: 'district',
  Mediator: 'mediator',
  CourtLiaison: 'court',
  BankOfficer: 'bank',
  Enterprise: 'enterprise',
  EnforcementOfficer: 'officer',
  Volunteer: 'volunteer',
  CentreExaminer: 'examiner',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role) as [Role, ...Role[]];
export const RoleSchema = z.enum(ROLES);

export const RoleLabels: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '平台管理员', en: 'Platform admin' },
  office: { zh: '联席办工作人员', en: 'Office staff' },
  liaison: { zh: '成员单位联络员', en: 'Member-unit liaison' },
  district: { zh: '区知识产权局', en: 'District office' },
  mediator: { zh: '调解员', en: 'Mediator' },
  court: { zh: '法院联络员', en: 'Court liaison' },
  bank: { zh: '银行工作人员', en: 'Bank officer' },
  enterprise: { zh: '企业用户', en: 'Enterprise' },
  officer: { zh: '执法人员', en: 'Enforcement officer' },
  volunteer: { zh: '知助志愿者', en: 'Zhizhu volunteer' },
  examiner: { zh: '保护中心审查员', en: 'Centre examiner' },
};

/** Which rows a role may see: all, its region subtree, its own organisation, or its own records. */
export const DataScopeKind = { All: 'all', Region: 'region', Org: 'org', Own: 'own' } as const;
export type DataScopeKind = (typeof DataScopeKind)[keyof typeof DataScopeKind];
export const DataScopeKindSchema = z.enum(['all', 'region', 'org', 'own']);

export const DataScopeLabels: Record<DataScopeKind, { zh: string; en: string }> = {
  all: { zh: '全部数据', en: 'All' },
  region: { zh: '本辖区及下级', en: 'Region subtree' },
  org: { zh: '本单位', en: 'Own organisation' },
  own: { zh: '仅本人', en: 'Own records' },
};

/** Order of breadth: a user with several roles gets the widest scope among them. */
export const DATA_SCOPE_BREADTH: Record<DataScopeKind, number> = { all: 3, region: 2, org: 1, own: 0 };

export const DEFAULT_ROLE_SCOPES: Record<Role, DataScopeKind> = {
  admin: 'all',
  office: 'region',
  district: 'region',
  liaison: 'org',
  mediator: 'own',
  court: 'org',
  bank: 'org',
  enterprise: 'org',
  officer: 'org',
  volunteer: 'own',
  examiner: 'org',
};

/** Roles that may call the org module's routes. */
export const OrgAccess = {
  read: ROLES,
  write: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
  admin: [Role.Admin],
} as const satisfies Record<string, readonly Role[]>;

/** True when the holder of `roles` may use something open to `allowed`. */
export function hasAnyRole(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((r) => allowed.includes(r));
}
