import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { DATA_SCOPE_BREADTH, type DataScopeKind, type Role } from '../../../common/roles';
import { type ChangePassword, type Login, type Me, passwordProblem } from '../../../common/user';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { AppError, fieldError } from '../../platform/errors';
import type { SessionResolver } from '../../platform/http/auth-hook';
import type { RegionService } from './region.service';
import type { UserRepository } from './user.repository';
import { inTransaction } from '../../db/unit-of-work';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;
/** The window of the per-username sign-in limit: its failures are forgotten this long after they happened. */
export const USER_LIMIT_MINUTES = 15;
// Usernames remembered by the per-username limit; a spray over many names cannot grow it past this.
const USER_LIMIT_NAMES_MAX = 50_000;
// Sessions are looked up on every request; a short in-process cache spares the database most of
// them. Sign-out and password changes clear it at once in this process; other processes follow
// within this many milliseconds.
const SESSION_CACHE_MS = 5_000;
// last_seen_at is written at most this often per session.
const TOUCH_EVERY_MS = 5 * 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Hashes a password with argon2id (OWASP parameters: 19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this keeps a sign-in for an unknown user as slow as one for a real user.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$H/Xv7VtNlwrFC1GYZP6Htg$PrkqiotVTNYm/oi9p+0GbAVLPNVqNSIbLQ8BJpStMe0';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

type Resolved = Awaited<ReturnType<SessionResolver['resolve']>>;

/**
 * Failed sign-ins per username over a sliding window, whatever address they came from. A refused
 * attempt is not counted, so the limit always lifts one window after the last counted failure,
 * and a successful sign-in clears it.
 */
export function createFailureWindow(limit: number, windowMs: number) {
  const failures = new Map<string, number[]>();
  const recent = (username: string, now: number): number[] => {
    const kept = (failures.get(username) ?? []).filter((t) => now - t < windowMs);
    if (kept.length) failures.set(username, kept);
    else failures.delete(username);
    return kept;
  };
  return {
    /** Milliseconds until this username may try again; 0 when it may now. */
    waitMs(username: string, now: number): number {
      const kept = recent(username, now);
      return kept.length >= limit ? kept[kept.length - limit] + windowMs - now : 0;
    },
    add(username: string, now: number): void {
      const kept = recent(username, now);
      failures.delete(username);
      failures.set(username, [...kept, now].slice(-limit));
      // Maps iterate in insertion order: the first names are the ones that failed longest ago.
      for (const name of failures.keys()) {
        if (failures.size <= USER_LIMIT_NAMES_MAX) break;
        failures.delete(name);
      }
    },
    clear(username: string): void {
      failures.delete(username);
    },
  };
}

/** Sign-in, sessions, sign-out and password changes. */
export function createAuthService(deps: { db: Db; repo: UserRepository; regions: RegionService; audit: AuditWriter; clock: Clock; sessionHours: number; loginUserLimit: number }) {
  const { db, repo, regions, audit, clock } = deps;
  const userFailures = createFailureWindow(deps.loginUserLimit, USER_LIMIT_MINUTES * 60_000);
  const cache = new Map<string, { value: Resolved; at: number; userId: string | null; expiresAt: number }>();
  let roleScopes = new Map<string, string>();

  function widestScope(roles: readonly string[]): DataScopeKind {
    let best: DataScopeKind = 'own';
    for (const r of roles) {
      const s = (roleScopes.get(r) ?? 'own') as DataScopeKind;
      if (DATA_SCOPE_BREADTH[s] > DATA_SCOPE_BREADTH[best]) best = s;
    }
    return best;
  }

  async function fail(username: string, userId: string | null, client: ClientInfo, reason: string): Promise<void> {
    userFailures.add(username, clock.now().getTime());
    await repo.insertLoginEvent(db, { username, user_id: userId, ip: client.ip, user_agent: client.userAgent, success: false, reason, at: clock.now() });
  }

  const resolver: SessionResolver = {
    async resolve(token) {
      const id = hashToken(token);
      const now = clock.now();
      const hit = cache.get(id);
      if (hit && Date.now() - hit.at < SESSION_CACHE_MS && now.getTime() < hit.expiresAt) return hit.value;
      const row = await repo.findSession(db, id);
      let value: Resolved;
      if (!row) value = { problem: 'invalid' };
      else if (row.expires_at.getTime() <= now.getTime()) {
        await repo.deleteSession(db, id);
        value = { problem: 'expired' };
      } else if (row.status !== 'active') value = { problem: 'invalid' };
      else {
        const roles = row.roles as Role[];
        const actor: Actor = {
          userId: row.user_id,
          username: row.username,
          displayName: row.display_name,
          orgId: row.org_id,
          orgName: row.org_name,
          regionCode: row.region_code,
          roles,
          scope: widestScope(roles),
        };
        value = { actor, sessionId: id, csrfToken: row.csrf_token };
        if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) await repo.touchSession(db, id, now);
      }
      if (cache.size > 10_000) cache.clear();
      cache.set(id, { value, at: Date.now(), userId: row?.user_id ?? null, expiresAt: row?.expires_at.getTime() ?? Infinity });
      return value;
    },
  };

  function forgetUser(userId: string): void {
    for (const [k, v] of cache) if (v.userId === userId) cache.delete(k);
  }

  return {
    resolver,

    /** Reads the data scope of each role; call at start and after an admin changes one. */
    async loadRoleScopes(): Promise<void> {
      roleScopes = await repo.roleScopes(db);
      cache.clear();
    },

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
      return { token, me: this.me(resolved.actor, csrf, user.must_change_password), expiresAt };
    },

    async logout(sessionId: string): Promise<void> {
      cache.delete(sessionId);
      await repo.deleteSession(db, sessionId);
    },

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
export type AuthService = ReturnType<typeof createAuthService>;
