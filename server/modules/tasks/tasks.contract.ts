// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { OrgServices } from '../org/org.contract';
import type { ConferenceServices } from '../conference/conference.contract';
import type { createAssessmentService } from './assessment.service';
import type { createBookService } from './book.service';
import type { TasksHomeService } from './home.service';
import type { createPlanImport } from './plan-import.service';
import type { createPlanService } from './plan.service';
import type { createProgressService } from './progress.service';
import type { createSupervisionService } from './supervision.service';
import type { createTaskService } from './task.service';
import type { SuperviseResult } from './supervision-run.service';
import type { TaskService } from './task.service';

/** What the tasks module needs from the modules built before it. */
export interface TasksDeps {
  org: OrgServices;
  conference: ConferenceServices;
}

/** The tasks module's services, as other modules and the command line see them. */
export interface TasksServices {
  plans: Awaited<ReturnType<typeof createPlanService>>;
  tasks: Awaited<ReturnType<typeof createTaskService>>;
  planImport: Awaited<ReturnType<typeof createPlanImport>>;
  progress: Awaited<ReturnType<typeof createProgressService>>;
  supervision: Awaited<ReturnType<typeof createSupervisionService>>;
  books: Awaited<ReturnType<typeof createBookService>>;
  assessment: Awaited<ReturnType<typeof createAssessmentService>>;
  /** The key-task card of a home page. */
  home: TasksHomeService;
  /** One supervision run now (the scheduler calls it; tests and the command line may too). */
  supervise: () => Promise<SuperviseResult>;
  /** Indicator targets set by key tasks of the work plans of a region subtree and year (read by the stats module). */
  targets: TaskService['targets'];
}
