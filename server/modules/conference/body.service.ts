import { createBodyCommands } from './body-commands.service';
import { createBodyQueries } from './body-queries.service';
import { createBodySupport, type BodyDeps } from './body-support.service';

export type { BodyDeps } from './body-support.service';

/** The joint conference of a region: its office, member units (with position) and liaisons (with terms). */
export function createBodyService(deps: BodyDeps) {
  const support = createBodySupport(deps);
  return { ...createBodyQueries(deps, support), ...createBodyCommands(deps, support) };
}
export type BodyService = ReturnType<typeof createBodyService>;
