// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { createAuthService } from './auth.service';
import type { createOrgService } from './org.service';
import type { createPersonService } from './person.service';
import type { createRegionService } from './region.service';
import type { createUserService } from './user.service';
import type { EnrolmentService } from './enrolment.service';

/** What the org module needs from the modules built before it. */
export type OrgDeps = Record<never, never>;

/** The org module's services, as other modules and the command line see them. */
export interface OrgServices {
  regions: Awaited<ReturnType<typeof createRegionService>>;
  orgs: Awaited<ReturnType<typeof createOrgService>>;
  people: Awaited<ReturnType<typeof createPersonService>>;
  auth: Awaited<ReturnType<typeof createAuthService>>;
  users: Awaited<ReturnType<typeof createUserService>>;
  /** Self-registered organisations and accounts, written inside the registering module's transaction. */
  enrolment: EnrolmentService;
}

export type { OrgService } from './org.service';
export type { PersonService } from './person.service';
export type { RegionService } from './region.service';
export type { UserService } from './user.service';
export type { AuthService } from './auth.service';
export type { RegionLookup, RegionLookupRow } from './domain/region-lookup';
export type { OrgNameIndex } from './domain/org-name-index';
