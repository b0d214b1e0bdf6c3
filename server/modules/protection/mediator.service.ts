import { createMediatorCommands } from './mediator-commands.service';
import { createMediatorQueries } from './mediator-queries.service';
import type { MediatorServiceDeps } from './mediator-support.service';

export * from './mediator-support.service';

/** The mediator roster: specialities, roster membership, workload, performance and complaints. */
export function createMediatorService(deps: MediatorServiceDeps) {
  return { ...createMediatorQueries(deps), ...createMediatorCommands(deps) };
}
export type MediatorService = ReturnType<typeof createMediatorService>;
