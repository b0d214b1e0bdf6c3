import type { DataScopeKind, Role } from '../../../common/roles';
import { type RoleInfo, type User, type UserCreate, type UserUpdate, passwordProblem } from '../../../common/user';
import type { Actor } from '../../platform/access';
import type { AuditActor as AuditActorLike } from '../../platform/audit/audit.service';
import { conflict, fieldError, isUniqueViolation, notFound } from '../../platform/errors';
import { hashPassword } from './auth.service';
import type { UserRepository } from './user.repository';
import { inTransaction } from '../../db/unit-of-work';
import { mapUser, type UserDeps, type UserSupport } from './user-support.service';
import type { UserQueries } from './user-queries.service';

/** Writes of user accounts: each change in one transaction with its audit event. */
export function createUserCommands(deps: UserDeps, support: UserSupport, queries: UserQueries) {
  const { db, repo, orgs, auth, audit, clock } = deps;
  const { must } = support;

  async function checkOrg(actor: Actor | null, orgId: string): Promise<void> {
    const [org] = await orgs.lookup(actor, [orgId]);
    if (!org) throw fieldError('orgId', '所属机构不存在');
  }

  return {
    /**
     * Creates a user. `actor` null means the command line or the demo seeding, which are trusted;
     * a user created by an admin must change the password at first sign-in.
     */
    async create(actor: Actor | null, input: UserCreate, who: AuditActorLike = actor ?? { system: 'cli' }): Promise<User> {
      await checkOrg(actor, input.orgId);
      const problem = passwordProblem(input.password, input.username);
      if (problem) throw fieldError('password', problem);
      const passwordHash = await hashPassword(input.password);
      return inTransaction(db, async (trx) => {
          const id = await repo.insert(
            trx,
            { username: input.username, display_name: input.displayName, org_id: input.orgId, password_hash: passwordHash, must_change_password: actor !== null },
            clock.now(),
          );
          await repo.setRoles(trx, id, input.roles);
          const user = mapUser(await must(trx, id));
          await audit.record(trx, who, { action: 'create', entityType: 'user', entityId: id, after: user });
          return user;
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw conflict(`用户名「${input.username}」已存在`, 'username');
          throw err;
        });
    },

    async update(actor: Actor, id: string, patch: UserUpdate): Promise<User> {
      if (patch.orgId) await checkOrg(actor, patch.orgId);
      if (id === actor.userId && (patch.status === 'disabled' || (patch.roles && !patch.roles.includes('admin')))) {
        throw fieldError(patch.status ? 'status' : 'roles', '不能停用自己或取消自己的管理员角色');
      }
      const user = await inTransaction(db, async (trx) => {
        const before = mapUser(await must(trx, id));
        const values: Parameters<UserRepository['update']>[2] = {};
        if (patch.displayName !== undefined) values.display_name = patch.displayName;
        if (patch.orgId !== undefined) values.org_id = patch.orgId;
        if (patch.status !== undefined) values.status = patch.status;
        await repo.update(trx, id, values, clock.now());
        if (patch.roles) await repo.setRoles(trx, id, patch.roles);
        if (patch.status === 'disabled') await repo.deleteSessionsOf(trx, id);
        const after = mapUser(await must(trx, id));
        await audit.record(trx, actor, { action: 'update', entityType: 'user', entityId: id, before, after });
        return after;
      });
      auth.forgetUser(id);
      return user;
    },

    /** Sets a new password (the user must change it at next sign-in) and clears a lock-out. */
    async resetPassword(actor: Actor | null, id: string, password: string, who: AuditActorLike = actor ?? { system: 'cli' }): Promise<void> {
      const row = await must(db, id);
      const problem = passwordProblem(password, row.username);
      if (problem) throw fieldError('password', problem);
      const passwordHash = await hashPassword(password);
      await inTransaction(db, async (trx) => {
        await repo.update(trx, id, { password_hash: passwordHash, must_change_password: actor !== null, failed_attempts: 0, locked_until: null }, clock.now());
        await repo.deleteSessionsOf(trx, id);
        await audit.record(trx, who, { action: 'resetPassword', entityType: 'user', entityId: id });
      });
      auth.forgetUser(id);
    },

    async unlock(actor: Actor, id: string): Promise<User> {
      return inTransaction(db, async (trx) => {
        const before = mapUser(await must(trx, id));
        await repo.update(trx, id, { failed_attempts: 0, locked_until: null }, clock.now());
        const after = mapUser(await must(trx, id));
        await audit.record(trx, actor, { action: 'unlock', entityType: 'user', entityId: id, before, after });
        return after;
      });
    },

    async setRoleScope(actor: Actor, code: Role, dataScope: DataScopeKind): Promise<RoleInfo> {
      await inTransaction(db, async (trx) => {
        const before = (await repo.roles(trx)).find((r) => r.code === code);
        if (!before) throw notFound('角色');
        await repo.setRoleScope(trx, code, dataScope);
        await audit.record(trx, actor, { action: 'update', entityType: 'role', entityId: code, before: { dataScope: before.data_scope }, after: { dataScope } });
      });
      await auth.loadRoleScopes();
      return (await queries.roles()).find((r) => r.code === code)!;
    },
  };
}
export type UserCommands = ReturnType<typeof createUserCommands>;
