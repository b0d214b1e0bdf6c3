import type { Org } from '../../../common/org';
import type { Actor } from '../../platform/access';
import type { OrgServices } from '../org/org.contract';
import { enforcementAgent, type EnforcementAgent } from './enforcement.policy';

/** The organisations enforcement records point at: the caller's agency, and names for lists. */
export function createAgencyService(deps: { org: OrgServices }) {
  const lookup = (ids: readonly string[]): Promise<Org[]> => deps.org.orgs.lookup(null, [...new Set(ids)]);
  return {
    /** The part the caller plays (officer, police, procuratorate, customs…), from its role and its unit's kind. */
    async agentOf(actor: Actor): Promise<EnforcementAgent> {
      const [own] = actor.orgId ? await lookup([actor.orgId]) : [];
      return enforcementAgent(actor, own?.kind ?? null);
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
