import { createPledgeCommands } from './pledge-commands.service';
import { createPledgeQueries } from './pledge-queries.service';
import { createPledgeSupport, type PledgeDeps } from './pledge-support.service';

export type { PledgeDeps } from './pledge-support.service';

/** Pledge registrations: preparing, pre-checking, filing with CNIPA and following them to release. */
export function createPledgeService(deps: PledgeDeps) {
  const support = createPledgeSupport(deps);
  return { ...createPledgeQueries(deps, support), ...createPledgeCommands(deps, support) };
}
export type PledgeService = ReturnType<typeof createPledgeService>;
