import type { Me } from '../../../common/user';
import type { Actor } from '../../platform/access';
import type { AuthDeps, AuthSupport } from './auth-support.service';

/** Reads of sign-in: the session resolver, the role scopes and who is signed in. */
export function createAuthQueries(deps: AuthDeps, support: AuthSupport) {
  const { db, repo, regions } = deps;
  const { resolver, loadRoleScopes } = support;
  return {
    resolver,
    loadRoleScopes,

    me(actor: Actor, csrfToken: string, mustChangePassword = false): Me {
      return {
        id: actor.userId,
        username: actor.username,
        displayName: actor.displayName,
        org: { id: actor.orgId, name: actor.orgName, regionCode: actor.regionCode, regionName: regions.fullName(actor.regionCode) },
        roles: actor.roles,
        scope: actor.scope,
        mustChangePassword,
        csrfToken,
      };
    },

    async mustChangePassword(actor: Actor): Promise<boolean> {
      return (await repo.find(db, actor.userId))?.must_change_password ?? false;
    },
  };
}
export type AuthQueries = ReturnType<typeof createAuthQueries>;
