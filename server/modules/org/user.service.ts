import { createUserCommands } from './user-commands.service';
import { createUserQueries } from './user-queries.service';
import { createUserSupport, type UserDeps } from './user-support.service';

export type { UserDeps } from './user-support.service';

/** User and role administration (platform admins), and the lookups other modules need. */
export function createUserService(deps: UserDeps) {
  const support = createUserSupport(deps);
  const queries = createUserQueries(deps, support);
  return { ...queries, ...createUserCommands(deps, support, queries) };
}
export type UserService = ReturnType<typeof createUserService>;
