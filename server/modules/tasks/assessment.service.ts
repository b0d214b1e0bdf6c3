import { createAssessmentCommands } from './assessment-commands.service';
import { createAssessmentQueries } from './assessment-queries.service';
import type { AssessmentDeps } from './assessment-support.service';

export * from './assessment-support.service';

/** Year-end assessment of member units, and the dashboards of key tasks. */
export function createAssessmentService(deps: AssessmentDeps) {
  return { ...createAssessmentQueries(deps), ...createAssessmentCommands(deps) };
}
export type AssessmentService = ReturnType<typeof createAssessmentService>;
