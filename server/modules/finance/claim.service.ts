import type { Actor } from '../../platform/access';
import { createClaimCommands } from './claim-commands.service';
import { createClaimQueries } from './claim-queries.service';
import { createClaimSupport, type ClaimDeps } from './claim-support.service';

/** Compensation claims on the risk pool: apply, review and pay out by the ratios, recoveries shared back. */
export function createClaimService(deps: ClaimDeps) {
  const support = createClaimSupport(deps);
  const queries = createClaimQueries(deps, support);
  return { ...queries, ...createClaimCommands(deps, support, (actor: Actor, id: string) => queries.get(actor, id)) };
}
export type ClaimService = ReturnType<typeof createClaimService>;
export type { ClaimDeps } from './claim-support.service';
