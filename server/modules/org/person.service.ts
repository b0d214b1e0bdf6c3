import { createPersonCommands } from './person-commands.service';
import { createPersonQueries } from './person-queries.service';
import { createPersonSupport, type PersonDeps } from './person-support.service';

export type { PersonDeps } from './person-support.service';

/** People (with their position title) in organisations the caller may see. */
export function createPersonService(deps: PersonDeps) {
  const support = createPersonSupport(deps);
  return { ...createPersonQueries(deps, support), ...createPersonCommands(deps, support) };
}
export type PersonService = ReturnType<typeof createPersonService>;
