import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ChangePasswordSchema, LoginSchema, MeSchema, SessionStateSchema } from '../../../common/user';
import { AppError } from '../../platform/errors';
import { actorOf, SESSION_COOKIE } from '../../platform/http/auth-hook';
import { errorResponses, NoContent } from '../../platform/http/route-helpers';
import type { AuthService } from './auth.service';

export interface AuthRouteOptions {
  cookieSecure: boolean;
  loginRateLimit: number;
  /** The configured public address; a sign-in from its origin is accepted even when a proxy rewrites Host. */
  publicUrl?: string | undefined;
}

/**
 * Why a sign-in with this Origin header is refused, or null when it came from this site. An
 * opaque origin ("null", from sandboxed frames and some redirects) and an unparsable one are
 * refused like another site's: neither proves the form was ours.
 */
export function foreignOriginProblem(origin: string | undefined, host: string, publicUrl: string | undefined): string | null {
  if (origin === undefined) return null;
  const url = URL.canParse(origin) ? new URL(origin) : null;
  if (!url || url.origin === 'null') return '登录请求的来源 (Origin) 无效，请从本站登录页登录';
  if (url.host === host || (publicUrl !== undefined && url.origin === new URL(publicUrl).origin)) return null;
  return '不允许从其他网站登录';
}

/** Sign-in, sign-out, the current user and their password. */
export function registerAuthRoutes(app: FastifyInstance, s: { auth: AuthService }, opts: AuthRouteOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const clearCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.cookieSecure });

  r.post(
    '/api/v1/org/auth/login',
    {
      config: { access: 'public', rateLimit: { max: opts.loginRateLimit, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: 'Sign in; answers the user and sets the HttpOnly session cookie', body: LoginSchema, response: { 200: MeSchema, ...errorResponses(400, 401, 403, 423, 429) } },
    },
    async (req, reply) => {
      // A sign-in form posted from another site is refused (login CSRF).
      const problem = foreignOriginProblem(req.headers.origin, req.host, opts.publicUrl);
      if (problem) throw new AppError('FORBIDDEN', problem);
      const { token, me, expiresAt } = await s.auth.login(req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.cookieSecure, expires: expiresAt });
      return me;
    },
  );
  r.post(
    '/api/v1/org/auth/logout',
    {
      // Public so that an expired session can still clear its cookie; a live one must send its CSRF token.
      config: { access: 'public', csrf: 'required' },
      schema: { tags: ['auth'], summary: 'Sign out (with the CSRF token when the session is live)', response: { 204: NoContent, ...errorResponses(403) } },
    },
    async (req, reply) => {
      if (req.sessionId) await s.auth.logout(req.sessionId);
      clearCookie(reply);
      return reply.code(204).send();
    },
  );
  r.get(
    '/api/v1/org/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user, with the CSRF token for later writes', response: { 200: MeSchema, ...errorResponses(401) } } },
    async (req) => {
      const actor = actorOf(req);
      return s.auth.me(actor, req.csrfToken ?? '', await s.auth.mustChangePassword(actor));
    },
  );
  r.get(
    '/api/v1/org/auth/session',
    {
      // Public: the portal asks it for a visitor too, who is simply not signed in (no 401 in the console).
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'The signed-in user, or none: what every page asks first', response: { 200: SessionStateSchema } },
    },
    async (req) => {
      if (!req.actor) return { me: null, expired: req.sessionProblem === 'expired' };
      return { me: s.auth.me(req.actor, req.csrfToken ?? '', await s.auth.mustChangePassword(req.actor)), expired: false };
    },
  );
  r.post(
    '/api/v1/org/auth/password',
    { schema: { tags: ['auth'], summary: 'Change my password', body: ChangePasswordSchema, response: { 204: NoContent, ...errorResponses(400, 401) } } },
    async (req, reply) => {
      await s.auth.changePassword(actorOf(req), req.sessionId!, req.body);
      return reply.code(204).send();
    },
  );
}
