import { createSupervisionCommands } from './supervision-commands.service';
import { createSupervisionQueries } from './supervision-queries.service';

import type { SupervisionDeps } from './supervision-support.service';

export * from './supervision-support.service';

/** Supervision notices (督办单) with their responses, leader comments (批示) and adjustment requests. */
export function createSupervisionService(deps: SupervisionDeps) {
  return { ...createSupervisionQueries(deps), ...createSupervisionCommands(deps) };
}
export type SupervisionService = ReturnType<typeof createSupervisionService>;
