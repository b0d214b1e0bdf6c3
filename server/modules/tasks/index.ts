import type { FastifyInstance } from 'fastify';
import type { WorkPlanTarget } from '../../../common/indicators';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import { assessmentRepository } from './assessment.repository';
import { createAssessmentService } from './assessment.service';
import { bookRepository } from './book.repository';
import { registerBookRoutes } from './book.routes';
import { createBookService } from './book.service';
import { createTasksHomeService } from './home.service';
import { createPlanImport } from './plan-import.service';
import { createPlanService } from './plan.service';
import { progressRepository } from './progress.repository';
import { registerProgressRoutes } from './progress.routes';
import { createProgressService } from './progress.service';
import { supervise } from './supervision-run.service';
import { supervisionRepository } from './supervision.repository';
import { createSupervisionService } from './supervision.service';
import { taskRepository } from './task.repository';
import { registerTaskRoutes } from './task.routes';
import { createTaskService } from './task.service';
import type { TasksDeps, TasksServices } from './tasks.contract';

/** The `tasks` module's services: work plans and key tasks, task books, progress, supervision, assessment. */
export async function createTasksServices(p: PlatformContext, deps: TasksDeps): Promise<TasksServices> {
  const { db, clock, audit, jobs, notifications, files, calendar } = p;
  const { org, conference } = deps;
  const history = (type: string, id: string) => p.auditLog.forEntity(type, id, 300);
  const tasks = createTaskService({ db, repo: taskRepository, org, conference, audit, clock, calendar, search: p.search.indexer, history });
  const plans = createPlanService({ db, repo: taskRepository, org, audit, clock, search: p.search.indexer });
  const planImport = createPlanImport({ db, repo: taskRepository, tasks, org, jobs });
  const progress = createProgressService({ db, repo: progressRepository, taskRepo: taskRepository, tasks, org, audit, clock, calendar, files, jobs, notifications });
  const supervision = createSupervisionService({ db, repo: supervisionRepository, taskRepo: taskRepository, tasks, org, audit, clock, calendar, notifications });
  const books = createBookService({ db, repo: bookRepository, taskRepo: taskRepository, org, audit, clock, notifications, history });
  const assessment = createAssessmentService({ db, repo: assessmentRepository, org, audit, clock, files, plans });
  return {
    plans,
    tasks,
    planImport,
    progress,
    supervision,
    books,
    assessment,
    home: createTasksHomeService({ tasks, progress, supervision, books }),
    /** One supervision run now (the scheduler calls it; tests and the command line may too). */
    supervise: () => supervise({ db, repo: taskRepository, notices: supervisionRepository, org, audit, clock, calendar, notifications }),
    /** Indicator targets set by key tasks of the work plans of a region subtree and year (read by the stats module). */
    async targets(regionCode: string, year: number): Promise<WorkPlanTarget[]> {
      return tasks.targets(regionCode, year);
    },
  };
}
export type { TasksDeps, TasksServices } from './tasks.contract';

/** Registers the tasks module's HTTP routes. */
export function registerTasksModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: TasksServices): void {
  registerBookRoutes(app, s);
  registerTaskRoutes(app, s);
  registerProgressRoutes(app, s);
}

/** Flags, reminders, supervision notices and escalation: one idempotent run per hour. */
export function tasksSchedules(p: PlatformContext, s: TasksServices): ScheduledTask[] {
  return [
    {
      name: 'tasks.supervise',
      everyMs: 3600_000,
      run: async () => {
        const r = await s.supervise();
        if (r.statusChanges + r.notices + r.escalations > 0) p.logger.info(r, 'supervision run');
      },
    },
  ];
}
