import { INDICATORS } from '../../../common/indicators';
import { regionPrefix } from '../../../common/region';
import type { ImportRowError, Job } from '../../../common/jobs';
import type { ParsedTask } from '../../../common/tasks-assessment';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { fieldErrors, notFound } from '../../platform/errors';
import { writeTemplate } from '../../platform/excel';
import { startImport } from '../../platform/import';
import type { JobService } from '../../platform/jobs/job.service';
import type { OrgNameIndex } from '../org/org.contract';
import type { OrgServices } from '../org/org.contract';
import { canManageTasks } from './tasks.policy';
import { numberStyle, parseDeadline, parsePastedPlan, styledNumber } from './domain/task-rules';
import type { TaskRepository, TaskValues } from './task.repository';
import type { TaskService } from './task.service';
import { PLAN_IMPORT_COLUMNS, PlanImportRowSchema } from './tasks.workbook';
import { inTransaction } from '../../db/unit-of-work';

/** One task ready to insert, in plan order. */
interface ReadyItem {
  line: number;
  style: 1 | 2 | 3;
  values: TaskValues;
  supports: string[];
  leadName: string | null;
  supportNames: string[];
}

/** Work plans imported from an Excel template or from pasted numbered text. */
export function createPlanImport(deps: { db: Db; repo: TaskRepository; tasks: TaskService; org: OrgServices; jobs: JobService }) {
  const { db, repo, tasks, org, jobs } = deps;

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

  return {
    async template(): Promise<Buffer> {
      return writeTemplate('工作要点', PLAN_IMPORT_COLUMNS);
    },

    /** Imports tasks from the Excel template into a plan, after the tasks it already has; all rows or none. */
    async importXlsx(actor: Actor, planId: string, bytes: Buffer): Promise<Job> {
      const plan = await planFor(actor, planId);
      return startImport(jobs, actor, bytes, {
        kind: 'tasks.plan.import',
        columns: PLAN_IMPORT_COLUMNS,
        rowSchema: PlanImportRowSchema,
        check: async (rows, errors: ImportRowError[]) => {
          const names = await org.orgs.nameIndex(actor);
          const out: { rowNumber: number; value: ReadyItem }[] = [];
          const styled: { line: number; style: 1 | 2 | 3 }[] = [];
          for (const { rowNumber, value } of rows) {
            const style = numberStyle(value.number);
            if (!style) {
              errors.push({ row: rowNumber, field: '编号', message: `无法识别的编号「${value.number}」，应为“一”“（一）”或“1”` });
              continue;
            }
            styled.push({ line: rowNumber, style: style.style });
            const item = ready(
              {
                line: rowNumber,
                style: style.style,
                title: value.title,
                description: value.description ?? null,
                expectedOutcome: value.expectedOutcome ?? null,
                lead: value.leadOrg ?? null,
                supports: value.supportOrgs ? value.supportOrgs.split(/[、，,;；]/).map((s) => s.trim()).filter(Boolean) : [],
                deadlineText: value.deadline ?? null,
                weight: value.weight ?? 1,
                indicator: value.indicator ?? null,
                unit: value.unit ?? null,
                target: value.target ?? null,
              },
              { names, year: plan.year, planRegion: plan.region_code, problem: (field, message) => errors.push({ row: rowNumber, field, message }) },
            );
            out.push({ rowNumber, value: item });
          }
          structure(styled, (line, message) => errors.push({ row: line, field: '编号', message }));
          return out;
        },
        persist: async (rows, progress) => {
          await inTransaction(db, (trx) => persist(trx, actor, plan, rows.map((r) => r.value), progress));
        },
      });
    },

    /**
     * Reads a plan pasted as numbered text. A dry run answers what was understood; otherwise the
     * tasks are added in one transaction, or, when any line is wrong, nothing is and every bad line is named.
     */
    async importText(actor: Actor, planId: string, text: string, dryRun: boolean): Promise<{ created: number; tasks: ParsedTask[] }> {
      const plan = await planFor(actor, planId);
      const parsed = parsePastedPlan(text);
      const problems = parsed.errors.map((e) => ({ field: 'text', message: `第${e.line}行：${e.message}` }));
      const names = await org.orgs.nameIndex(actor);
      const items = parsed.items.map((it) =>
        ready(
          { ...it, expectedOutcome: null, lead: it.lead, weight: 1, indicator: null, unit: null, target: null },
          { names, year: plan.year, planRegion: plan.region_code, problem: (field, message) => problems.push({ field: 'text', message: `第${it.line}行（${field}）：${message}` }) },
        ),
      );
      structure(items, (line, message) => problems.push({ field: 'text', message: `第${line}行：${message}` }));
      if (items.length === 0 && problems.length === 0) problems.push({ field: 'text', message: '没有读到任何带编号的任务' });
      if (problems.length) throw fieldErrors(problems);
      const counters: { style: number; n: number }[] = [];
      const preview: ParsedTask[] = items.map((it) => {
        while (counters.length && counters[counters.length - 1].style > it.style) counters.pop();
        const top = counters.at(-1);
        const n = top && top.style === it.style ? ++top.n : (counters.push({ style: it.style, n: 1 }), 1);
        return { line: it.line, level: it.style, number: styledNumber(it.style, n), title: it.values.title, leadOrgName: it.leadName, supportOrgNames: it.supportNames, deadline: it.values.deadline };
      });
      if (dryRun) return { created: 0, tasks: preview };
      const created = await inTransaction(db, (trx) => persist(trx, actor, plan, items));
      return { created, tasks: preview };
    },
  };
}
export type PlanImport = ReturnType<typeof createPlanImport>;
