import { createVolunteerRequestCommands } from './volunteer-request-commands.service';
import { createVolunteerRequestQueries } from './volunteer-request-queries.service';
import { createVolunteerRequestSupport, type VolunteerRequestDeps } from './volunteer-request-support.service';

export type { VolunteerRequestDeps } from './volunteer-request-support.service';

/** Enterprises' requests for a 知助 volunteer: posting, the ranked suggestion, offers and answers, rating. */
export function createVolunteerRequestService(deps: VolunteerRequestDeps) {
  const support = createVolunteerRequestSupport(deps);
  return { ...createVolunteerRequestQueries(deps, support), ...createVolunteerRequestCommands(deps, support), support };
}
export type VolunteerRequestService = ReturnType<typeof createVolunteerRequestService>;
