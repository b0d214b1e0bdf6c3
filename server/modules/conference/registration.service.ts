import { createRegistrationCommands } from './registration-commands.service';
import { createRegistrationQueries } from './registration-queries.service';
import type { RegistrationDeps } from './registration-support.service';

export { type RegistrationDeps, mapAttendee } from './registration-support.service';

/** Invitations, registration with capacity and an automatic waitlist, check-in and the attendance list. */
export function createRegistrationService(deps: RegistrationDeps) {
  const queries = createRegistrationQueries(deps);
  return { ...queries, ...createRegistrationCommands(deps, queries) };
}
export type RegistrationService = ReturnType<typeof createRegistrationService>;
