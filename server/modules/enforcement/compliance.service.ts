import { createComplianceCommands } from './compliance-commands.service';
import { createComplianceQueries } from './compliance-queries.service';
import { type ComplianceDeps, createComplianceSupport } from './compliance-support.service';

/** The procuratorate's compliance work: procedures, supervision teams, inspections and evaluations. */
export function createComplianceService(deps: ComplianceDeps) {
  const support = createComplianceSupport(deps);
  return { ...createComplianceQueries(deps, support), ...createComplianceCommands(deps, support) };
}
export type ComplianceService = ReturnType<typeof createComplianceService>;
