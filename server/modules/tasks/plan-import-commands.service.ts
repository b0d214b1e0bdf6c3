import type { ImportRowError, Job } from '../../../common/jobs';
import type { ParsedTask } from '../../../common/tasks-assessment';
import type { Actor } from '../../platform/access';
import { fieldErrors } from '../../platform/errors';
import { startImport } from '../../platform/import';
import { numberStyle, parsePastedPlan, styledNumber } from './domain/task-rules';
import { PLAN_IMPORT_COLUMNS, PlanImportRowSchema } from './tasks.workbook';
import { inTransaction } from '../../db/unit-of-work';
import { type PlanImportDeps, type ReadyItem, createPlanImportSupport } from './plan-import-support.service';

/** Importing a work plan's tasks from Excel or pasted text, all rows or none. */
export function createPlanImportCommands(deps: PlanImportDeps) {
  const { db, org, jobs } = deps;
  const { planFor, ready, structure, persist } = createPlanImportSupport(deps);

  const commands = {
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
  return commands;
}
