import type { Org, OrgKind } from '../../../common/org';
import { regionPrefix } from '../../../common/region';
import type { Actor } from '../../platform/access';
import type { OrgServices } from '../org/org.contract';
import { enforcementAgent, type EnforcementAgent } from './enforcement.policy';

const DIRECTORY_KINDS: Record<'police' | 'unit' | 'holder', OrgKind[]> = {
  police: ['publicSecurity'],
  unit: ['ipOffice', 'districtOffice', 'memberUnit', 'court', 'procuratorate', 'publicSecurity', 'customs', 'regulator'],
  holder: ['enterprise'],
};
/** Reads the directory across the city: the caller's own scope would show it only its own unit. */
const DIRECTORY_READER: Actor = { userId: '00000000-0000-4000-8000-000000000000', username: 'system', displayName: 'system', orgId: '', orgName: '', regionCode: '000000', roles: ['admin'], scope: 'all' };

/** The organisations enforcement records point at: the caller's agency, and names for lists. */
export function createAgencyService(deps: { org: OrgServices }) {
  const lookup = (ids: readonly string[]): Promise<Org[]> => deps.org.orgs.lookup(null, [...new Set(ids)]);
  return {
    /** The part the caller plays (officer, police, procuratorate, customs…), from its role and its unit's kind. */
    async agentOf(actor: Actor): Promise<EnforcementAgent> {
      const [own] = actor.orgId ? await lookup([actor.orgId]) : [];
      return enforcementAgent(actor, own?.kind ?? null);
    },
    /**
     * The units a form may address, in the caller's city: the police for a transfer, the member units for a
     * clue, enterprises as right holders or parties. Officers and liaisons see only their own unit in the
     * organisation list, so the module offers this short directory of names instead.
     */
    async directory(actor: Actor, kind: 'police' | 'unit' | 'holder', q: string | undefined): Promise<{ id: string; name: string; regionCode: string }[]> {
      const city = regionPrefix(actor.regionCode).slice(0, 4);
      const page = await deps.org.orgs.list(DIRECTORY_READER, { kind: DIRECTORY_KINDS[kind], q, regionCode: city.padEnd(6, '0'), page: 1, pageSize: 50, order: 'asc', sort: 'name' });
      return page.items.filter((o) => o.id !== actor.orgId || kind === 'holder').map((o) => ({ id: o.id, name: o.name, regionCode: o.regionCode }));
    },
    /** The organisations of these ids, by id. */
    async byId(ids: readonly (string | null)[]): Promise<Map<string, Org>> {
      const wanted = ids.filter((id): id is string => !!id);
      return new Map((wanted.length ? await lookup(wanted) : []).map((o) => [o.id, o]));
    },
  };
}
export type AgencyService = ReturnType<typeof createAgencyService>;

/** `{ id, name }` of an organisation found in `orgs` (its id alone when it has gone). */
export function named(orgs: Map<string, Org>, id: string): { id: string; name: string } {
  return { id, name: orgs.get(id)?.name ?? id };
}
