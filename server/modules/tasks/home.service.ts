import { HOME_LIST_SIZE, type HomeCount, type TasksHome } from '../../../common/home';
import { type TaskListQuery, TaskListQuerySchema } from '../../../common/tasks';
import { NoticeListQuerySchema, ReportListQuerySchema, TaskBookListQuerySchema } from '../../../common/tasks-progress';
import type { Actor } from '../../platform/access';
import { countOf } from '../../platform/home-count';
import type { BookService } from './book.service';
import type { ProgressService } from './progress.service';
import type { SupervisionService } from './supervision.service';
import type { TaskService } from './task.service';
import { canManageTasks } from './tasks.policy';

const OPEN = ['planned', 'inProgress', 'atRisk', 'overdue'];

/**
 * The key-task card of a home page. The office sees its region's late and at-risk tasks and what waits for
 * it; a unit or district sees its own tasks by flag and what it must answer or sign for. Late tasks of earlier
 * years stay on the home until they are done: they are still owed.
 */
export function createTasksHomeService(deps: { tasks: TaskService; progress: ProgressService; supervision: SupervisionService; books: BookService }) {
  const { tasks, progress, supervision, books } = deps;

  async function officeCounts(actor: Actor): Promise<HomeCount[]> {
    const list = (q: TaskListQuery) => tasks.list(actor, q);
    return Promise.all([
      countOf('overdue', TaskListQuerySchema, { status: ['overdue'], leavesOnly: 'true', sort: 'deadline' }, list),
      countOf('atRisk', TaskListQuerySchema, { status: ['atRisk'], leavesOnly: 'true', sort: 'deadline' }, list),
      countOf('reviews', ReportListQuerySchema, { status: 'submitted' }, (q) => progress.list(actor, q)),
      countOf('notices', NoticeListQuerySchema, { status: 'open' }, (q) => supervision.notices(actor, q)),
      countOf('escalated', NoticeListQuerySchema, { status: 'escalated' }, (q) => supervision.notices(actor, q)),
      countOf('responded', NoticeListQuerySchema, { status: 'responded' }, (q) => supervision.notices(actor, q)),
      countOf('books', TaskBookListQuerySchema, { acknowledged: 'false' }, (q) => books.list(actor, q)),
    ]);
  }

  async function unitCounts(actor: Actor): Promise<HomeCount[]> {
    const list = (q: TaskListQuery) => tasks.list(actor, q);
    const mine = { mine: 'true', leavesOnly: 'true', sort: 'deadline' };
    return Promise.all([
      countOf('red', TaskListQuerySchema, { ...mine, flag: 'red', status: OPEN }, list),
      countOf('yellow', TaskListQuerySchema, { ...mine, flag: 'yellow', status: OPEN }, list),
      countOf('onTrack', TaskListQuerySchema, { ...mine, flag: 'none', status: ['planned', 'inProgress'] }, list),
      countOf('notices', NoticeListQuerySchema, { status: 'open', orgId: actor.orgId }, (q) => supervision.notices(actor, q)),
      countOf('escalated', NoticeListQuerySchema, { status: 'escalated', orgId: actor.orgId }, (q) => supervision.notices(actor, q)),
      countOf('books', TaskBookListQuerySchema, { acknowledged: 'false', receiverOrgId: actor.orgId }, (q) => books.list(actor, q)),
    ]);
  }

  return {
    async home(actor: Actor): Promise<TasksHome> {
      const office = canManageTasks(actor, actor.regionCode);
      const counts = office ? await officeCounts(actor) : await unitCounts(actor);
      const urgent = TaskListQuerySchema.parse(
        office
          ? { status: ['overdue', 'atRisk'], leavesOnly: 'true', sort: 'deadline', pageSize: String(HOME_LIST_SIZE) }
          : { status: OPEN, mine: 'true', leavesOnly: 'true', sort: 'deadline', pageSize: String(HOME_LIST_SIZE) },
      );
      return { view: office ? 'office' : 'unit', counts, tasks: (await tasks.list(actor, urgent)).items };
    },
  };
}
export type TasksHomeService = ReturnType<typeof createTasksHomeService>;
