import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../common/org';
import { OrgAccess, RoleSchema } from '../../../common/roles';
import {
  LoginEventListQuerySchema,
  LoginEventPageSchema,
  ResetPasswordSchema,
  RoleInfoSchema,
  RoleUpdateSchema,
  UserCreateSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
  UserUpdateSchema,
} from '../../../common/user';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { UserService } from './user.service';

/** User accounts, roles and the sign-in log, for administrators. */
export function registerUserRoutes(app: FastifyInstance, s: { users: UserService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = { access: OrgAccess.admin };

  r.get(
    '/api/v1/org/users',
    { config: admin, schema: { tags: ['admin'], summary: 'List users', querystring: UserListQuerySchema, response: { 200: UserPageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.users.list(req.query),
  );
  r.get(
    '/api/v1/org/users/export.xlsx',
    { config: admin, schema: { tags: ['admin'], summary: 'Export users as Excel', querystring: UserListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '用户.xlsx', await s.users.exportXlsx(req.query)),
  );
  r.get(
    '/api/v1/org/login-events/export.xlsx',
    { config: admin, schema: { tags: ['admin'], summary: 'Export the login log as Excel', querystring: LoginEventListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '登录日志.xlsx', await s.users.exportLoginEvents(req.query)),
  );
  r.post(
    '/api/v1/org/users',
    { config: admin, schema: { tags: ['admin'], summary: 'Create a user', body: UserCreateSchema, response: { 201: UserSchema, ...errorResponses(400, 401, 403, 409) } } },
    async (req, reply) => reply.code(201).send(await s.users.create(actorOf(req), req.body)),
  );
  r.get(
    '/api/v1/org/users/:id',
    { config: admin, schema: { tags: ['admin'], summary: 'One user', params: IdParamsSchema, response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.users.get(req.params.id),
  );
  r.patch(
    '/api/v1/org/users/:id',
    { config: admin, schema: { tags: ['admin'], summary: 'Change a user (name, organisation, roles, status)', params: IdParamsSchema, body: UserUpdateSchema, response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.users.update(actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/org/users/:id/password',
    { config: admin, schema: { tags: ['admin'], summary: 'Reset a password; the user must change it at next sign-in', params: IdParamsSchema, body: ResetPasswordSchema, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      await s.users.resetPassword(actorOf(req), req.params.id, req.body.password);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/v1/org/users/:id/unlock',
    { config: admin, schema: { tags: ['admin'], summary: 'Clear a lock-out', params: IdParamsSchema, response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.users.unlock(actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/org/roles',
    { config: admin, schema: { tags: ['admin'], summary: 'Roles with their data scope', response: { 200: z.array(RoleInfoSchema), ...errorResponses(401, 403) } } },
    async () => s.users.roles(),
  );
  r.patch(
    '/api/v1/org/roles/:code',
    { config: admin, schema: { tags: ['admin'], summary: "Change a role's data scope", params: z.object({ code: RoleSchema }), body: RoleUpdateSchema, response: { 200: RoleInfoSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.users.setRoleScope(actorOf(req), req.params.code, req.body.dataScope),
  );
  r.get(
    '/api/v1/org/login-events',
    { config: admin, schema: { tags: ['admin'], summary: 'The login log', querystring: LoginEventListQuerySchema, response: { 200: LoginEventPageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.users.loginEvents(req.query),
  );
}
