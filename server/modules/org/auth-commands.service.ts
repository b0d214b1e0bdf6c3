import { randomBytes } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { type ChangePassword, type Login, type Me, passwordProblem } from '../../../common/user';
import type { Actor } from '../../platform/access';
import { AppError, fieldError } from '../../platform/errors';
import { inTransaction } from '../../db/unit-of-work';
import {
  MAX_FAILED_ATTEMPTS,
  LOCKOUT_MINUTES,
  USER_LIMIT_MINUTES,
  hashToken,
  hashPassword,
  type ClientInfo,
  createFailureWindow,
  type AuthDeps,
  type AuthSupport,
} from './auth-support.service';
import type { AuthQueries } from './auth-queries.service';

// Verifying against this keeps a sign-in for an unknown user as slow as one for a real user.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$H/Xv7VtNlwrFC1GYZP6Htg$PrkqiotVTNYm/oi9p+0GbAVLPNVqNSIbLQ8BJpStMe0';

/** Writes of sign-in: signing in and out with the failure limits, password changes, and purging expired sessions. */
export function createAuthCommands(deps: AuthDeps, support: AuthSupport, queries: AuthQueries) {
  const { db, repo, audit, clock } = deps;
  const { cache, resolver } = support;

  const userFailures = createFailureWindow(deps.loginUserLimit, USER_LIMIT_MINUTES * 60_000);

  async function fail(username: string, userId: string | null, client: ClientInfo, reason: string): Promise<void> {
    userFailures.add(username, clock.now().getTime());
    await repo.insertLoginEvent(db, { username, user_id: userId, ip: client.ip, user_agent: client.userAgent, success: false, reason, at: clock.now() });
  }

  function forgetUser(userId: string): void {
    for (const [k, v] of cache) if (v.userId === userId) cache.delete(k);
  }

  return {
    /** Drops cached sessions of a user whose roles, organisation or status changed. */
    forgetUser,

    /**
     * Checks the password and opens a session. Five wrong passwords in a row lock the account for
     * 15 minutes; more than `loginUserLimit` failures for one username within 15 minutes, from
     * any addresses, are answered 429 without checking the password. Every attempt goes to the
     * login log. Answers the cookie token and the user.
     */
    async login(input: Login, client: ClientInfo): Promise<{ token: string; me: Me; expiresAt: Date }> {
      const username = input.username.trim().toLowerCase();
      const user = await repo.findByUsername(db, username);
      const now = clock.now();
      const waitMs = userFailures.waitMs(username, now.getTime());
      if (waitMs > 0) {
        await repo.insertLoginEvent(db, { username, user_id: user?.id ?? null, ip: client.ip, user_agent: client.userAgent, success: false, reason: 'too many failures for this username', at: now });
        throw new AppError('RATE_LIMITED', `该账号登录失败次数过多，请 ${Math.ceil(waitMs / 60_000)} 分钟后再试`);
      }
      if (!user) {
        await verify(DUMMY_HASH, input.password).catch(() => false);
        await fail(username, null, client, 'unknown user');
        throw new AppError('UNAUTHENTICATED', '用户名或密码错误');
      }
      if (user.status !== 'active') {
        await fail(username, user.id, client, 'disabled');
        throw new AppError('UNAUTHENTICATED', '账号已停用，请联系管理员');
      }
      if (user.locked_until && user.locked_until > now) {
        await fail(username, user.id, client, 'locked');
        const until = user.locked_until.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' });
        throw new AppError('LOCKED', `密码错误次数过多，账号已锁定至 ${until}，请稍后再试或联系管理员解锁`);
      }
      if (!(await verify(user.password_hash, input.password).catch(() => false))) {
        const attempts = user.failed_attempts + 1;
        const lock = attempts >= MAX_FAILED_ATTEMPTS;
        await repo.update(
          db,
          user.id,
          lock ? { failed_attempts: 0, locked_until: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) } : { failed_attempts: attempts },
          now,
        );
        await fail(username, user.id, client, lock ? 'wrong password, locked' : 'wrong password');
        throw new AppError(
          lock ? 'LOCKED' : 'UNAUTHENTICATED',
          lock ? `密码错误次数过多，账号已锁定 ${LOCKOUT_MINUTES} 分钟` : `用户名或密码错误（再错 ${MAX_FAILED_ATTEMPTS - attempts} 次将锁定账号）`,
        );
      }
      const token = randomBytes(32).toString('base64url');
      const csrf = randomBytes(24).toString('base64url');
      const expiresAt = new Date(now.getTime() + deps.sessionHours * 3600_000);
      await inTransaction(db, async (trx) => {
        await repo.update(trx, user.id, { failed_attempts: 0, locked_until: null, last_login_at: now }, now);
        await repo.insertSession(trx, { id: hashToken(token), user_id: user.id, csrf_token: csrf, expires_at: expiresAt, last_seen_at: now, ip: client.ip, user_agent: client.userAgent });
        await repo.insertLoginEvent(trx, { username, user_id: user.id, ip: client.ip, user_agent: client.userAgent, success: true, reason: null, at: now });
      });
      userFailures.clear(username);
      const resolved = await resolver.resolve(token);
      if (!('actor' in resolved)) throw new AppError('INTERNAL', '登录失败');
      return { token, me: queries.me(resolved.actor, csrf, user.must_change_password), expiresAt };
    },

    async logout(sessionId: string): Promise<void> {
      cache.delete(sessionId);
      await repo.deleteSession(db, sessionId);
    },

    /** Changes the caller's password after checking the current one; other sessions are closed. */
    async changePassword(actor: Actor, sessionId: string, input: ChangePassword): Promise<void> {
      const current = await repo.passwordHash(db, actor.userId);
      if (!current || !(await verify(current, input.currentPassword).catch(() => false))) {
        throw fieldError('currentPassword', '当前密码不正确');
      }
      const problem = passwordProblem(input.newPassword, actor.username);
      if (problem) throw fieldError('newPassword', problem);
      if (await verify(current, input.newPassword).catch(() => false)) throw fieldError('newPassword', '新密码不能与当前密码相同');
      const passwordHash = await hashPassword(input.newPassword);
      await inTransaction(db, async (trx) => {
        await repo.update(trx, actor.userId, { password_hash: passwordHash, must_change_password: false }, clock.now());
        await repo.deleteSessionsOf(trx, actor.userId, sessionId);
        await audit.record(trx, actor, { action: 'changePassword', entityType: 'user', entityId: actor.userId });
      });
      forgetUser(actor.userId);
    },

    async purgeExpiredSessions(): Promise<number> {
      return repo.deleteExpiredSessions(db, clock.now());
    },
  };
}
export type AuthCommands = ReturnType<typeof createAuthCommands>;
