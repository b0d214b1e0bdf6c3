import { createTaskCommands } from './task-commands.service';
import { createTaskQueries } from './task-queries.service';
import { createTaskSupport, type TaskDeps } from './task-support.service';

export { mapTaskSummary, type TaskDeps } from './task-support.service';

/** Numbered key tasks (一、 （一） 1.) of the work plans: create, change, cancel, turn resolutions into tasks. */
export function createTaskService(deps: TaskDeps) {
  return { ...createTaskSupport(deps), ...createTaskQueries(deps), ...createTaskCommands(deps) };
}
export type TaskService = ReturnType<typeof createTaskService>;
