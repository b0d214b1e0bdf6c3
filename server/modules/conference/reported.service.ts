import { createReportedCommands } from './reported-commands.service';
import { createReportedQueries } from './reported-queries.service';
import type { ReportedDeps } from './reported-support.service';

export type { ReportedDeps } from './reported-support.service';

/** Meetings read from outside reports (the publishing module's ingest page), and the year's events for the top ten. */
export function createReportedService(deps: ReportedDeps) {
  return { ...createReportedQueries(deps), ...createReportedCommands(deps) };
}
export type ReportedService = ReturnType<typeof createReportedService>;
