import type { Role } from '../../../common/roles';
import type { User } from '../../../common/user';
import type { Db } from '../../db/database';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { AuthService } from './auth.service';
import type { OrgService } from './org.service';
import type { UserRepository, UserRow } from './user.repository';

export function mapUser(r: UserRow): User {
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

export interface UserDeps {
  db: Db;
  repo: UserRepository;
  orgs: OrgService;
  auth: AuthService;
  audit: AuditWriter;
  clock: Clock;
}

/** What the queries and commands of user accounts share: mappers and the checks that find a record the caller may see. */
export function createUserSupport(deps: UserDeps) {
  const { repo } = deps;

  async function must(trx: Db, id: string): Promise<UserRow> {
    const row = await repo.find(trx, id);
    if (!row) throw notFound('用户');
    return row;
  }

  return { must };
}
export type UserSupport = ReturnType<typeof createUserSupport>;
