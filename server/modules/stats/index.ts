import type { FastifyInstance } from 'fastify';
import { tableVersionRepository } from '../../platform/cache/table-version.repository';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import { createComputeService } from './compute.service';
import { createDashboardService } from './dashboard.service';
import { factRepository } from './fact.repository';
import { createImportService } from './import/import.service';
import { KINDS } from './import/domain/kinds';
import { importLogRepository } from './import-log.repository';
import { createListExports } from './list-exports.workbook';
import { registerOpenRoutes } from './open.routes';
import { publicationRepository } from './publication.repository';
import { createPublicationService } from './publication.service';
import { recordRepository } from './record.repository';
import { registerRecordRoutes } from './records.routes';
import { createRecordsService } from './records.service';
import { referenceRepository } from './reference.repository';
import { createReferenceService } from './reference.service';
import { reportRepository } from './report/report.repository';
import { createReportService } from './report/report.service';
import { settingRepository } from './setting.repository';
import { createStatsSettingsService } from './settings.service';
import { stageRepository } from './stage.repository';
import { registerStatsRoutes } from './stats.routes';
import { valueRepository } from './value.repository';
import type { StatsDeps, StatsServices } from './stats.contract';

export type { ComputeService } from './compute.service';
export type { DashboardService } from './dashboard.service';

/** The `stats` module's services: records and their import, the indicator engine, dashboards, publishing, reports. */
export async function createStatsServices(p: PlatformContext, deps: StatsDeps): Promise<StatsServices> {
  const { db, database, clock, audit, jobs, files, logger } = p;
  const regions = deps.org.regions;
  const compute = createComputeService({ database, regions, facts: factRepository, values: valueRepository, settings: settingRepository, logger });
  const imports = createImportService({ database, db, regions, jobs, files, audit, clock, compute, stage: stageRepository, settings: settingRepository, log: importLogRepository, logger, parallelReadFrom: p.config.importThreadMb * (1 << 20) });
  const records = createRecordsService({ db, repo: recordRepository, regions, compute, clock });
  const reference = createReferenceService({ database, db, repo: referenceRepository, regions, compute, settings: settingRepository, audit, clock, history: (type, id) => p.auditLog.forEntity(type, id) });
  const dashboards = createDashboardService({ db, values: valueRepository, publications: publicationRepository, compute, targets: (code, year) => deps.tasks.targets(code, year), versions: tableVersionRepository, logger });
  const publications = createPublicationService({ db, repo: publicationRepository, dashboards, compute, audit, clock });
  const reports = createReportService({ db, repo: reportRepository, dashboards, reference, files, jobs, clock });
  const settings = createStatsSettingsService({ db, repo: settingRepository, compute, audit, clock, jobs });
  const exports = createListExports({ publications, reports, imports });
  return { compute, imports, records, reference, dashboards, publications, reports, settings, exports };
}
export type { StatsDeps, StatsServices } from './stats.contract';

export function registerStatsModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: StatsServices): void {
  registerStatsRoutes(app, s);
  registerRecordRoutes(app, s);
  registerOpenRoutes(app, s);
}

export function statsSchedules(p: PlatformContext, _s: StatsServices): ScheduledTask[] {
  return [
    {
      name: 'stats.purgeImportStage',
      everyMs: 24 * 3600_000,
      run: async () => {
        // Imports left running by a process that stopped: marked failed, their staged rows removed.
        await importLogRepository.failStale(p.db);
        for (const spec of Object.values(KINDS)) await stageRepository.purgeStale(p.db, spec);
      },
    },
  ];
}
