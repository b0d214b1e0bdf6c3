import type { Page } from '../../../common/pagination';
import { type DataScopeKind, type Role, RoleLabels } from '../../../common/roles';
import type { RoleInfo, User, UserListQuery, LoginEventListQuerySchema, LoginEventSchema } from '../../../common/user';
import type { z } from 'zod';
import { pageWindow } from '../../db/query-helpers';
import { writeSheet } from '../../platform/excel';
import { mapUser, type UserDeps, type UserSupport } from './user-support.service';

/** Reads of user accounts: the lists, records and exports. */
export function createUserQueries(deps: UserDeps, support: UserSupport) {
  const { db, repo } = deps;
  const { must } = support;
  return {
    mapUser,

    async list(q: UserListQuery): Promise<Page<User>> {
      const { rows, total } = await repo.list(db, { q: q.q, role: q.role, status: q.status, orgId: q.orgId }, { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'username', order: q.order });
      return { items: rows.map(mapUser), total, page: q.page, pageSize: q.pageSize };
    },

    async get(id: string): Promise<User> {
      return mapUser(await must(db, id));
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
export type UserQueries = ReturnType<typeof createUserQueries>;
