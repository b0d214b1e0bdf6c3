import { createOutboxCommands } from './outbox-commands.service';
import { createOutboxQueries } from './outbox-queries.service';
import type { OutboxServiceDeps } from './outbox-support.service';

export * from './outbox-support.service';

/** Court docking: queued case events are posted to the configured endpoints until each one answers 2xx. */
export function createOutboxService(deps: OutboxServiceDeps) {
  return { ...createOutboxQueries(deps), ...createOutboxCommands(deps) };
}
export type OutboxService = ReturnType<typeof createOutboxService>;
