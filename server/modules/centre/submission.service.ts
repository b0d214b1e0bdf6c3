import type { Actor } from '../../platform/access';
import { createSubmissionCommands } from './submission-commands.service';
import { createSubmissionQueries } from './submission-queries.service';
import { createSubmissionSupport, type SubmissionDeps } from './submission-support.service';

export type { SubmissionDeps } from './submission-support.service';

/** Pre-examinations: submission, the examiner's queue, decisions in rounds, the CNIPA outcome. */
export function createSubmissionService(deps: SubmissionDeps) {
  const support = createSubmissionSupport(deps);
  const queries = createSubmissionQueries(deps, support);
  return { ...queries, ...createSubmissionCommands(deps, support, (actor: Actor, id: string) => queries.get(actor, id)) };
}
export type SubmissionService = ReturnType<typeof createSubmissionService>;
