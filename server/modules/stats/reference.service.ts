import { createReferenceCommands } from './reference-commands.service';
import { createReferenceQueries } from './reference-queries.service';
import type { ReferenceDeps } from './reference-support.service';

export * from './reference-support.service';

/** Region baselines (population, GDP, area with sources) and published figures: list, edit, export, history. */
export function createReferenceService(deps: ReferenceDeps) {
  return { ...createReferenceQueries(deps), ...createReferenceCommands(deps) };
}
export type ReferenceService = ReturnType<typeof createReferenceService>;
