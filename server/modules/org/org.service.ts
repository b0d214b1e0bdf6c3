import { createOrgCommands } from './org-commands.service';
import { createOrgQueries } from './org-queries.service';
import { createOrgSupport, type OrgServiceDeps } from './org-support.service';

export type { OrgServiceDeps } from './org-support.service';

/** Organisations: the list, the record, and Excel in and out; every read and write stays inside the caller's data scope. */
export function createOrgService(deps: OrgServiceDeps) {
  const support = createOrgSupport(deps);
  return { ...createOrgQueries(deps, support), ...createOrgCommands(deps, support) };
}
export type OrgService = ReturnType<typeof createOrgService>;
