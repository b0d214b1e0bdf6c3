import { createPublicationCommands } from './publication-commands.service';
import { createPublicationQueries } from './publication-queries.service';
import type { PublicationDeps } from './publication-support.service';

export * from './publication-support.service';

/**
 * Publishing is an explicit office action: it freezes the values of a region and year (and, if
 * asked, of its sub-regions) into the published tables, which are all the public API reads.
 */
export function createPublicationService(deps: PublicationDeps) {
  return { ...createPublicationQueries(deps), ...createPublicationCommands(deps) };
}
export type PublicationService = ReturnType<typeof createPublicationService>;
