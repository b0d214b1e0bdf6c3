import type { Db } from '../../db/database';
import type { JobService } from '../../platform/jobs/job.service';
import type { OrgNameIndex, OrgServices } from '../org/org.contract';
import type { TaskService } from './task.service';
import { INDICATORS } from '../../../common/indicators';
import { regionPrefix } from '../../../common/region';
import type { Actor } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { canManageTasks } from './tasks.policy';
import { parseDeadline, styledNumber } from './domain/task-rules';
import type { TaskRepository, TaskValues } from './task.repository';

/** What the work plan import needs. */
export interface PlanImportDeps {
  db: Db;
  repo: TaskRepository;
  tasks: TaskService;
  org: OrgServices;
  jobs: JobService;
}

/** One task ready to insert, in plan order. */
export interface ReadyItem {
  line: number;
  style: 1 | 2 | 3;
  values: TaskValues;
  supports: string[];
  leadName: string | null;
  supportNames: string[];
}

/** Helpers the queries and the commands share. */
export function createPlanImportSupport(deps: PlanImportDeps) {
  const { db, repo, tasks } = deps;

  async function planFor(actor: Actor, id: string) {
    const plan = await repo.findPlan(db, id);
    if (!plan || !canManageTasks(actor, plan.region_code)) throw notFound('工作要点');
    return plan;
  }

  /** Resolves names and deadlines of one item; pushes a problem per bad field. */
  function ready(
    item: { line: number; style: 1 | 2 | 3; title: string; description: string | null; expectedOutcome: string | null; lead: string | null; supports: string[]; deadlineText: string | null; weight: number; indicator: string | null; unit: string | null; target: number | null },
    ctx: { names: OrgNameIndex; year: number; planRegion: string; problem: (field: string, message: string) => void },
  ): ReadyItem {
    const lead = item.lead ? ctx.names.resolve(item.lead) : null;
    if (lead && 'problem' in lead) ctx.problem('牵头单位', lead.problem);
    const supports = item.supports.map((n) => ctx.names.resolve(n));
    for (const s of supports) if ('problem' in s) ctx.problem('配合单位', s.problem);
    const deadline = item.deadlineText ? parseDeadline(item.deadlineText, ctx.year) : null;
    if (deadline === undefined) ctx.problem('完成时限', `无法识别的时限「${item.deadlineText}」`);
    const known = INDICATORS.find((i) => i.name === item.indicator);
    if (item.target !== null && !item.indicator) ctx.problem('目标指标', '填写目标值时请同时填写目标指标');
    const leadRef = lead && 'id' in lead ? lead : null;
    return {
      line: item.line,
      style: item.style,
      values: {
        title: item.title,
        description: item.description,
        expected_outcome: item.expectedOutcome,
        region_code: leadRef && leadRef.regionCode.startsWith(regionPrefix(ctx.planRegion)) ? leadRef.regionCode : ctx.planRegion,
        lead_org_id: leadRef?.id ?? null,
        deadline: deadline ?? null,
        weight: item.weight,
        indicator_id: known?.id ?? null,
        indicator_name: item.indicator,
        indicator_unit: item.unit ?? known?.unit ?? null,
        target_value: item.target,
      },
      supports: supports.flatMap((s) => ('id' in s ? [s.id] : [])),
      leadName: item.lead,
      supportNames: item.supports,
    };
  }

  /** Checks that each lower-level item follows an item of a higher level. */
  function structure(items: { line: number; style: 1 | 2 | 3 }[], problem: (line: number, message: string) => void): void {
    const stack: (1 | 2 | 3)[] = [];
    for (const it of items) {
      while (stack.length && stack[stack.length - 1] >= it.style) stack.pop();
      if (it.style > 1 && stack.length === 0) problem(it.line, '下级任务前面缺少上级任务（如“一、”）');
      if (stack.length >= 3) problem(it.line, '重点任务最多分三级');
      stack.push(it.style);
    }
  }

  /** Inserts items in order, each under the nearest earlier item of a higher level. */
  async function persist(trx: Db, actor: Actor, plan: { id: string; region_code: string; year: number }, items: ReadyItem[], progress?: (n: number) => void): Promise<number> {
    const stack: { style: number; id: string }[] = [];
    for (const [i, it] of items.entries()) {
      while (stack.length && stack[stack.length - 1].style >= it.style) stack.pop();
      const parentId = stack.at(-1)?.id ?? null;
      const id = await tasks.insertTask(trx, actor, plan, parentId, it.values, it.supports, { number: (p) => styledNumber(it.style, p) });
      stack.push({ style: it.style, id });
      if (progress && i % 20 === 0) progress(i);
    }
    return items.length;
  }

  return { planFor, ready, structure, persist };
}
