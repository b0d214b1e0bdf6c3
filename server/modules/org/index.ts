import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../../platform/context';
import { tableVersionRepository } from '../../platform/cache/table-version.repository';
import type { ScheduledTask } from '../../platform/scheduler';
import { registerAuthRoutes } from './auth.routes';
import { createAuthService } from './auth.service';
import { orgRepository } from './org.repository';
import { registerOrgRoutes } from './org.routes';
import { registerPersonRoutes } from './person.routes';
import { registerRegionRoutes } from './region.routes';
import { registerUserRoutes } from './user.routes';
import { createOrgService } from './org.service';
import { personRepository } from './person.repository';
import { createPersonService } from './person.service';
import { regionRepository } from './region.repository';
import { createRegionService } from './region.service';
import { userRepository } from './user.repository';
import { createUserService } from './user.service';
import type { OrgServices } from './org.contract';
import { createEnrolmentService } from './enrolment.service';

export type { OrgService } from './org.service';
export type { PersonService } from './person.service';
export type { RegionService } from './region.service';
export { createRegionLookup, type RegionLookup, type RegionLookupRow } from './domain/region-lookup';
export type { UserService } from './user.service';
export type { AuthService } from './auth.service';

/** The org module's services: regions, organisations, people, users and sign-in. */
export async function createOrgServices(p: PlatformContext): Promise<OrgServices> {
  const { db, clock, audit, jobs } = p;
  const regions = createRegionService({ db, repo: regionRepository });
  await regions.load();
  const orgs = createOrgService({ db, repo: orgRepository, regions, audit, clock, jobs, versions: tableVersionRepository, history: (type, id) => p.auditLog.forEntity(type, id) });
  const people = createPersonService({ db, repo: personRepository, orgs, audit, clock, jobs });
  const auth = createAuthService({ db, repo: userRepository, regions, audit, clock, sessionHours: p.config.sessionHours, loginUserLimit: p.config.loginUserLimit });
  await auth.loadRoleScopes();
  const users = createUserService({ db, repo: userRepository, orgs, auth, audit, clock });
  const enrolment = createEnrolmentService({ orgs: orgRepository, users: userRepository, audit, clock });
  return { regions, orgs, people, auth, users, enrolment };
}
export type { OrgDeps, OrgServices } from './org.contract';

export function registerOrgModuleRoutes(app: FastifyInstance, p: PlatformContext, s: OrgServices): void {
  registerRegionRoutes(app, s);
  registerOrgRoutes(app, s);
  registerPersonRoutes(app, s);
  registerAuthRoutes(app, s, { cookieSecure: p.config.cookieSecure, loginRateLimit: p.config.loginRateLimit, publicUrl: p.config.publicUrl });
  registerUserRoutes(app, s);
}

export function orgSchedules(_p: PlatformContext, s: OrgServices): ScheduledTask[] {
  return [{ name: 'org.purgeSessions', everyMs: 3600_000, run: async () => void (await s.auth.purgeExpiredSessions()) }];
}
