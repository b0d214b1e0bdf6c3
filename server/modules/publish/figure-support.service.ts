import { INDICATORS } from '../../../common/indicators';
import type { Db } from '../../db/database';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { JobService } from '../../platform/jobs/job.service';
import type { OrgServices } from '../org/org.contract';
import type { FigureRepository } from './figure.repository';

const INDICATOR_BY_NAME = new Map<string, string>(INDICATORS.map((i) => [i.name, i.id]));

/** The catalogue id of an indicator named as a report names it (国内专利授权量 → domesticPatentGrants), or null. */
export function indicatorIdOf(name: string): string | null {
  return INDICATOR_BY_NAME.get(name.trim()) ?? null;
}

export interface FigureDeps {
  db: Db;
  repo: FigureRepository;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  jobs: JobService;
}
