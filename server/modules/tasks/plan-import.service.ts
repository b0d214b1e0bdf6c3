import { createPlanImportCommands } from './plan-import-commands.service';
import { createPlanImportQueries } from './plan-import-queries.service';
import type { PlanImportDeps } from './plan-import-support.service';

export * from './plan-import-support.service';

/** Work plans imported from an Excel template or from pasted numbered text. */
export function createPlanImport(deps: PlanImportDeps) {
  return { ...createPlanImportQueries(deps), ...createPlanImportCommands(deps) };
}
export type PlanImport = ReturnType<typeof createPlanImport>;
