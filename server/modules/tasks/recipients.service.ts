import type { Actor } from '../../platform/access';
import type { OrgServices } from '../org/org.contract';

/** The module reads organisations on its own behalf to find whom to tell; it never answers with them. */
const SYSTEM: Actor = { userId: '00000000-0000-4000-8000-000000000000', username: 'system', displayName: '系统', orgId: '', orgName: '', regionCode: '000000', roles: ['admin'], scope: 'all' };

/** Office staff of the IP offices in a region subtree: they review reports and run supervision. */
export async function officeUserIds(org: OrgServices, regionCode: string): Promise<string[]> {
  const offices = await org.orgs.list(SYSTEM, { page: 1, pageSize: 1000, order: 'asc', sort: 'name', kind: ['ipOffice'], regionCode });
  return org.users.userIdsWithRole(['office'], offices.items.map((o) => o.id));
}

/** The people who answer for a unit's tasks: its liaisons, district-office staff or office staff. */
export async function unitUserIds(org: OrgServices, orgId: string | null): Promise<string[]> {
  return orgId ? org.users.userIdsWithRole(['liaison', 'district', 'office'], [orgId]) : [];
}
