import type { TaskCreateInput, Task, WorkPlan } from '../../../common/tasks';
import { TaskCreateSchema } from '../../../common/tasks';
import type { Services } from '../deps';
import { rootActor } from '../../test/factories';

let n = 0;

/** A work plan of Shenzhen for a year (tests). */
export async function buildPlan(s: Services, overrides: Partial<{ regionCode: string; year: number; title: string }> = {}): Promise<WorkPlan> {
  n++;
  return s.tasks.plans.createPlan(rootActor, { regionCode: '440300', year: 2031, title: `测试工作要点${n}-${Date.now()}`, ...overrides });
}

/** A key task in a plan; missing fields get plausible values. */
export async function buildTask(s: Services, overrides: Partial<TaskCreateInput> & { workPlanId: string }): Promise<Task> {
  n++;
  return s.tasks.tasks.create(rootActor, TaskCreateSchema.parse({ title: `测试任务${n}`, weight: 1, ...overrides }));
}
