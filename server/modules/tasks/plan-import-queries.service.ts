import { writeTemplate } from '../../platform/excel';
import type { PlanImportDeps } from './plan-import-support.service';
import { PLAN_IMPORT_COLUMNS } from './tasks.workbook';

/** The work plan import template. */
export function createPlanImportQueries(_deps: PlanImportDeps) {
  return {
    async template(): Promise<Buffer> {
      return writeTemplate('工作要点', PLAN_IMPORT_COLUMNS);
    },
  };
}
