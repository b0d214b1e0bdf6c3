import { createAuthCommands } from './auth-commands.service';
import { createAuthQueries } from './auth-queries.service';
import { createAuthSupport, type AuthDeps } from './auth-support.service';

export { MAX_FAILED_ATTEMPTS, LOCKOUT_MINUTES, USER_LIMIT_MINUTES, hashToken, hashPassword, type ClientInfo, createFailureWindow, type AuthDeps } from './auth-support.service';

/** Sign-in, sessions, sign-out and password changes. */
export function createAuthService(deps: AuthDeps) {
  const support = createAuthSupport(deps);
  const queries = createAuthQueries(deps, support);
  return { ...queries, ...createAuthCommands(deps, support, queries) };
}
export type AuthService = ReturnType<typeof createAuthService>;
