import type { FastifyInstance, FastifyRequest } from 'fastify';
import '@fastify/cookie';
import { ErrorCode } from '../../../common/errors';
import { hasAnyRole, type Role } from '../../../common/roles';
import type { Actor } from '../access';
import { AppError } from '../errors';

export const SESSION_COOKIE = 'zhichan_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Who may call a route: 'public' for anyone, a list of roles, or (left out) any signed-in user. */
export type RouteAccess = 'public' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * 'required' on a public route that acts on the caller's own session (sign-out): a live
     * session without its CSRF token is refused with 403 instead of being treated as signed out.
     */
    csrf?: 'required';
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    csrfToken: string | null;
    sessionProblem: 'expired' | 'invalid' | null;
  }
}

/** Resolves a session cookie to its user; answers why when it cannot. */
export interface SessionResolver {
  resolve(token: string): Promise<{ actor: Actor; sessionId: string; csrfToken: string } | { problem: 'expired' | 'invalid' }>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_MESSAGE = '请求缺少有效的 CSRF 令牌，请刷新页面后重试';

/** The signed-in caller, or a 401 (routes use it after the access hook let them through). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(ErrorCode.Unauthenticated, '请先登录');
  return request.actor;
}

/**
 * Before validation, on every API request: find the session, enforce the route's access rule
 * (401 when signed out, 403 for a wrong role) and, for state-changing requests made with the
 * session cookie, require the session's CSRF token in the x-csrf-token header.
 */
export function installAuthHook(app: FastifyInstance, sessions: SessionResolver): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionProblem', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // The API documentation is public, like the open-data API it documents.
    const access = request.url.startsWith('/api/docs') ? 'public' : request.routeOptions.config?.access;
    const token = request.cookies?.[SESSION_COOKIE];
    let csrfToken: string | null = null;
    if (token) {
      const r = await sessions.resolve(token);
      if ('actor' in r) {
        request.actor = r.actor;
        request.sessionId = r.sessionId;
        request.csrfToken = r.csrfToken;
        csrfToken = r.csrfToken;
      } else request.sessionProblem = r.problem;
    }
    if (access === 'public') {
      // A signed-in user's state-changing call must still carry the token, even on public routes.
      if (request.actor && !SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== csrfToken) {
        if (request.routeOptions.config?.csrf === 'required') throw new AppError(ErrorCode.Forbidden, CSRF_MESSAGE);
        request.actor = null;
        request.sessionId = null;
        request.csrfToken = null;
      }
      return;
    }
    if (!request.actor) {
      throw new AppError(ErrorCode.Unauthenticated, request.sessionProblem === 'expired' ? '登录已过期，请重新登录' : '请先登录');
    }
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== csrfToken) {
      throw new AppError(ErrorCode.Forbidden, CSRF_MESSAGE);
    }
    if (access && !hasAnyRole(request.actor.roles, access)) throw new AppError(ErrorCode.Forbidden, '没有权限执行此操作');
  });
}
