import type { Page } from '../../../common/pagination';
import { type DataScopeKind, type Role, RoleLabels } from '../../../common/roles';
import {
  type RoleInfo,
  type User,
  type UserCreate,
  type UserListQuery,
  type UserUpdate,
  passwordProblem,
  type LoginEventListQuerySchema,
  type LoginEventSchema,
} from '../../../common/user';
import type { z } from 'zod';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { writeSheet } from '../../platform/excel';
import type { Actor } from '../../platform/access';
import type { AuditActor as AuditActorLike } from '../../platform/audit/audit.service';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, isUniqueViolation, notFound } from '../../platform/errors';
import { type AuthService, hashPassword } from './auth.service';
import type { OrgService } from './org.service';
import type { UserRepository, UserRow } from './user.repository';
import { inTransaction } from '../../db/unit-of-work';

function mapUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    orgId: r.org_id,
    orgName: r.org_name,
    roles: r.roles as Role[],
    status: r.status as User['status'],
    lockedUntil: r.locked_until ? r.locked_until.toISOString() : null,
    lastLoginAt: r.last_login_at ? r.last_login_at.toISOString() : null,
    mustChangePassword: r.must_change_password,
    createdAt: r.created_at.toISOString(),
  };
}

/** User and role administration (platform admins), and the lookups other modules need. */
export function createUserService(deps: { db: Db; repo: UserRepository; orgs: OrgService; auth: AuthService; audit: AuditWriter; clock: Clock }) {
  const { db, repo, orgs, auth, audit, clock } = deps;

  async function must(trx: Db, id: string): Promise<UserRow> {
    const row = await repo.find(trx, id);
    if (!row) throw notFound('用户');
    return row;
  }

  async function checkOrg(actor: Actor | null, orgId: string): Promise<void> {
    const [org] = await orgs.lookup(actor, [orgId]);
    if (!org) throw fieldError('orgId', '所属机构不存在');
  }

  return {
    mapUser,
    async list(q: UserListQuery): Promise<Page<User>> {
      const { rows, total } = await repo.list(db, { q: q.q, role: q.role, status: q.status, orgId: q.orgId }, { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'username', order: q.order });
      return { items: rows.map(mapUser), total, page: q.page, pageSize: q.pageSize };
    },
    async get(id: string): Promise<User> {
      return mapUser(await must(db, id));
    },
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
    async exportXlsx(q: UserListQuery): Promise<Buffer> {
      const page = await this.list({ ...q, page: 1, pageSize: 50_000 });
      return writeSheet({
        name: '用户',
        columns: [
          { header: '用户名', value: (u: User) => u.username },
          { header: '姓名', value: (u: User) => u.displayName },
          { header: '所属机构', width: 36, value: (u: User) => u.orgName },
          { header: '角色', width: 30, value: (u: User) => u.roles.map((r) => RoleLabels[r].zh).join('、') },
          { header: '状态', value: (u: User) => (u.status === 'active' ? '启用' : '停用') },
          { header: '最近登录', width: 20, value: (u: User) => (u.lastLoginAt ? new Date(u.lastLoginAt) : null) },
          { header: '创建时间', width: 20, value: (u: User) => new Date(u.createdAt) },
        ],
        rows: page.items,
      });
    },
    async exportLoginEvents(q: z.output<typeof LoginEventListQuerySchema>): Promise<Buffer> {
      const page = await this.loginEvents({ ...q, page: 1, pageSize: 50_000 });
      type E = (typeof page.items)[number];
      return writeSheet({
        name: '登录日志',
        columns: [
          { header: '时间', width: 20, value: (e: E) => new Date(e.at) },
          { header: '用户名', value: (e: E) => e.username },
          { header: '结果', value: (e: E) => (e.success ? '成功' : '失败') },
          { header: '原因', width: 24, value: (e: E) => e.reason },
          { header: 'IP', width: 16, value: (e: E) => e.ip },
          { header: '浏览器', width: 50, value: (e: E) => e.userAgent },
        ],
        rows: page.items,
      });
    },
    async findByUsername(username: string): Promise<User | null> {
      const row = await repo.findByUsername(db, username.trim().toLowerCase());
      return row ? mapUser(row) : null;
    },
    async count(): Promise<number> {
      return repo.count(db);
    },
    /** Active users holding one of `roles`, optionally only in these organisations (for notifications). */
    async userIdsWithRole(roles: readonly Role[], orgIds?: readonly string[]): Promise<string[]> {
      return repo.userIdsWithRole(db, roles, orgIds);
    },

    async roles(): Promise<RoleInfo[]> {
      const rows = await repo.roles(db);
      return rows.map((r) => ({ code: r.code as Role, name: RoleLabels[r.code as Role]?.zh ?? r.name, dataScope: r.data_scope as DataScopeKind, userCount: r.user_count }));
    },
    async setRoleScope(actor: Actor, code: Role, dataScope: DataScopeKind): Promise<RoleInfo> {
      await inTransaction(db, async (trx) => {
        const before = (await repo.roles(trx)).find((r) => r.code === code);
        if (!before) throw notFound('角色');
        await repo.setRoleScope(trx, code, dataScope);
        await audit.record(trx, actor, { action: 'update', entityType: 'role', entityId: code, before: { dataScope: before.data_scope }, after: { dataScope } });
      });
      await auth.loadRoleScopes();
      return (await this.roles()).find((r) => r.code === code)!;
    },

    async loginEvents(q: z.output<typeof LoginEventListQuerySchema>): Promise<Page<z.infer<typeof LoginEventSchema>>> {
      const { rows, total } = await repo.loginEvents(db, { username: q.username, success: q.success }, { ...pageWindow(q.page, q.pageSize), order: q.order });
      return {
        items: rows.map((r) => ({ id: String(r.id), at: r.at.toISOString(), username: r.username, userId: r.user_id, ip: r.ip, userAgent: r.user_agent, success: r.success, reason: r.reason })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  };
}
export type UserService = ReturnType<typeof createUserService>;
