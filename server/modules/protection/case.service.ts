import { createCaseCommands } from './case-commands.service';
import { createCaseQueries } from './case-queries.service';
import { type CaseServiceDeps, createCaseSupport } from './case-support.service';

export * from './case-support.service';

/** Filing cases, the case page and the case lists; every read stays inside what the caller may see. */
export function createCaseService(deps: CaseServiceDeps) {
  const { visible, orgNames } = createCaseSupport(deps);
  return { visible, orgNames, ...createCaseQueries(deps), ...createCaseCommands(deps) };
}
export type CaseService = ReturnType<typeof createCaseService>;
