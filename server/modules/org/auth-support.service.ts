import { createHash } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { DATA_SCOPE_BREADTH, type DataScopeKind, type Role } from '../../../common/roles';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { SessionResolver } from '../../platform/http/auth-hook';
import type { RegionService } from './region.service';
import type { UserRepository } from './user.repository';

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

export interface AuthDeps {
  db: Db;
  repo: UserRepository;
  regions: RegionService;
  audit: AuditWriter;
  clock: Clock;
  sessionHours: number;
  loginUserLimit: number;
}

/** What sign-in's queries and commands share: the session cache, the session resolver and the role scopes. */
export function createAuthSupport(deps: AuthDeps) {
  const { db, repo, clock } = deps;

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

  /** Reads the data scope of each role; call at start and after an admin changes one. */
  async function loadRoleScopes(): Promise<void> {
    roleScopes = await repo.roleScopes(db);
    cache.clear();
  }

  return { cache, resolver, loadRoleScopes };
}
export type AuthSupport = ReturnType<typeof createAuthSupport>;
