import type { Role } from '../../../common/roles';
import type { Db } from '../../db/database';
import type { AuditActor, AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { hashPassword } from './auth.service';
import type { OrgRepository } from './org.repository';
import type { UserRepository } from './user.repository';

/** What a self-registration turns into once accepted: an organisation and its first account. */
export interface Enrolment {
  name: string;
  kind: 'enterprise';
  regionCode: string;
  creditCode: string | null;
  phone: string | null;
  username: string;
  displayName: string;
  /** Hashed when the applicant chose it (`hashPassword`), so the plain password is never kept. */
  passwordHash: string;
  roles: Role[];
}

/**
 * Accounts that people open for themselves (the services module's self-registration). Unlike the
 * admin's user form, these run inside the caller's transaction, so the registration, the
 * organisation, the account and their audit events are written together or not at all.
 */
export function createEnrolmentService(deps: { orgs: OrgRepository; users: UserRepository; audit: AuditWriter; clock: Clock }) {
  const { orgs, users, audit, clock } = deps;
  return {
    /** The stored form of a password chosen at registration. */
    hashPassword,

    /** The organisation already holding this credit code, if any. */
    async creditCodeHolder(trx: Db, creditCode: string): Promise<{ id: string; name: string } | undefined> {
      return orgs.findByCreditCode(trx, creditCode);
    },

    /** True when the username is taken. */
    async usernameTaken(trx: Db, username: string): Promise<boolean> {
      return (await users.findByUsername(trx, username)) !== undefined;
    },

    /** Creates the organisation and its first account inside `trx`; answers both ids. */
    async enrolIn(trx: Db, who: AuditActor, e: Enrolment): Promise<{ orgId: string; userId: string }> {
      const at = clock.now();
      const orgValues = { name: e.name, short_name: null, kind: e.kind, region_code: e.regionCode, parent_id: null, credit_code: e.creditCode, address: null, phone: e.phone };
      const orgId = await orgs.insert(trx, orgValues, at);
      await audit.record(trx, who, { action: 'create', entityType: 'org', entityId: orgId, after: orgValues });
      const userId = await users.insert(trx, { username: e.username, display_name: e.displayName, org_id: orgId, password_hash: e.passwordHash, must_change_password: false }, at);
      await users.setRoles(trx, userId, e.roles);
      await audit.record(trx, who, { action: 'create', entityType: 'user', entityId: userId, after: { username: e.username, displayName: e.displayName, orgId, roles: e.roles } });
      return { orgId, userId };
    },
  };
}
export type EnrolmentService = ReturnType<typeof createEnrolmentService>;
