import type { AuditEvent } from '../../../common/audit';
import { createCaseCommands } from './case-commands.service';
import { createCaseQueries } from './case-queries.service';
import { type CaseDeps, createCaseSupport } from './case-support.service';

/** Administrative enforcement cases: reads and writes. */
export function createCaseService(deps: CaseDeps & { history: (type: string, id: string) => Promise<AuditEvent[]> }) {
  const support = createCaseSupport(deps);
  return { ...createCaseQueries(deps, support), ...createCaseCommands(deps, support), visibleIn: support.visible };
}
export type CaseService = ReturnType<typeof createCaseService>;
