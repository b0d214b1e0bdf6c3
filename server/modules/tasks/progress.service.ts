import { createProgressCommands } from './progress-commands.service';
import { createProgressQueries } from './progress-queries.service';
import type { ProgressDeps } from './progress-support.service';

export * from './progress-support.service';

/** Progress reports: the responsible unit reports, the office accepts or returns, and progress rolls up. */
export function createProgressService(deps: ProgressDeps) {
  return { ...createProgressQueries(deps), ...createProgressCommands(deps) };
}
export type ProgressService = ReturnType<typeof createProgressService>;
