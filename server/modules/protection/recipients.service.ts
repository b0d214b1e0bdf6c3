import type { NextActor } from '../../../common/protection';
import { regionPrefix } from '../../../common/region';
import type { Role } from '../../../common/roles';
import type { Org } from '../../../common/org';
import type { Actor } from '../../platform/access';
import type { PartyRow } from './case-parts.repository';
import type { CaseRow } from './case.repository';

/** The org module's lookups the reminders need. */
export interface DirectoryPort {
  offices(): Promise<Org[]>;
  userIdsWithRole(roles: readonly Role[], orgIds?: readonly string[]): Promise<string[]>;
}

const SYSTEM: Actor = { userId: '00000000-0000-4000-8000-000000000000', username: 'system', displayName: 'system', orgId: '', orgName: '', regionCode: '000000', roles: ['admin'], scope: 'all' };

/** Builds the directory port over the org module's services. */
export function directoryOver(org: {
  orgs: { list(actor: Actor, q: { kind: Org['kind'][]; page: number; pageSize: number; order: 'asc' | 'desc'; sort?: 'name' }): Promise<{ items: Org[] }> };
  users: { userIdsWithRole(roles: readonly Role[], orgIds?: readonly string[]): Promise<string[]> };
}): DirectoryPort {
  let cached: { at: number; offices: Org[] } | null = null;
  return {
    async offices() {
      // Offices change rarely; a minute of staleness only delays who gets a reminder.
      if (cached && Date.now() - cached.at < 60_000) return cached.offices;
      const page = await org.orgs.list(SYSTEM, { kind: ['ipOffice', 'districtOffice'], page: 1, pageSize: 200, order: 'asc', sort: 'name' });
      cached = { at: Date.now(), offices: page.items };
      return page.items;
    },
    userIdsWithRole: (roles, orgIds) => org.users.userIdsWithRole(roles, orgIds),
  };
}

/** The users who must act next on a case: the assigned mediator, the linked court, the office of the region, or a party's enterprise users. */
export async function recipientsOf(dir: DirectoryPort, c: Pick<CaseRow, 'region_code' | 'court_id' | 'confirm_court_id' | 'mediator_user_id'>, parties: readonly Pick<PartyRow, 'role' | 'org_id'>[], who: NextActor): Promise<string[]> {
  const partyOrgs = (roles: readonly string[]) => [...new Set(parties.filter((p) => roles.includes(p.role) && p.org_id).map((p) => p.org_id!))];
  switch (who) {
    case 'mediator':
      return c.mediator_user_id ? [c.mediator_user_id] : [];
    case 'court': {
      const courts = [c.court_id, c.confirm_court_id].filter((x): x is string => !!x);
      return courts.length ? dir.userIdsWithRole(['court'], courts) : [];
    }
    case 'office': {
      // The most local office covering the case's region: the district if it has one, else the city.
      const covering = (await dir.offices()).filter((o) => c.region_code.startsWith(regionPrefix(o.regionCode)));
      const depth = Math.max(0, ...covering.map((o) => regionPrefix(o.regionCode).length));
      const nearest = covering.filter((o) => regionPrefix(o.regionCode).length === depth).map((o) => o.id);
      return nearest.length ? dir.userIdsWithRole(['office', 'district'], nearest) : [];
    }
    case 'applicant':
    case 'respondent':
    case 'parties': {
      const orgs = partyOrgs(who === 'parties' ? ['applicant', 'respondent'] : [who]);
      return orgs.length ? dir.userIdsWithRole(['enterprise'], orgs) : [];
    }
    case 'none':
      return [];
  }
}
