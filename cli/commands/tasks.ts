import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ImportReport } from '../../common/jobs';
import { AppError } from '../../server/platform/errors';
import type { Actor } from '../../server/platform/access';
import { type CliContext, fail, openContext } from '../context';

/** The command line acts as a platform administrator (its audit events name it 命令行). */
const CLI_ACTOR: Actor = { userId: '00000000-0000-4000-8000-000000000000', username: 'cli', displayName: '命令行', orgId: '', orgName: '', regionCode: '000000', roles: ['admin'], scope: 'all' };

async function withContext(work: (ctx: CliContext) => Promise<void>): Promise<void> {
  const ctx = await openContext();
  try {
    await work(ctx);
  } catch (err) {
    if (err instanceof AppError) fail(err.fields?.length ? err.fields.map((f) => `${f.field}: ${f.message}`).join('\n') : err.message);
    throw err;
  } finally {
    await ctx.close();
  }
}

/** The plan named by id, or by title, year and region (created when it does not exist yet). */
async function planId(ctx: CliContext, opts: { plan?: string; title?: string; year?: string; region?: string }): Promise<string> {
  if (opts.plan) return (await ctx.services.tasks.plans.plan(CLI_ACTOR, opts.plan)).id;
  if (!opts.title || !opts.year || !opts.region) fail('give --plan <id>, or --title, --year and --region to name (or create) a work plan');
  const year = Number(opts.year);
  const found = (await ctx.services.tasks.plans.plans(CLI_ACTOR, { page: 1, pageSize: 200, order: 'asc', year, regionCode: opts.region, q: opts.title })).items.find((p) => p.title === opts.title && p.regionCode === opts.region);
  if (found) return found.id;
  const created = await ctx.services.tasks.plans.createPlan(CLI_ACTOR, { regionCode: opts.region, year, title: opts.title });
  console.log(`created work plan 「${created.title}」 (${created.id})`);
  return created.id;
}

/** Commands of the `tasks` module: import a work plan, run supervision, export the assessment. */
export function registerTasksCommands(program: Command): void {
  const tasks = program.command('tasks').description('key tasks: work plans, supervision, assessment');

  tasks
    .command('import-plan <file>')
    .description('add the tasks of a work plan from the Excel template (.xlsx) or from numbered text (.txt: 一、 （一） 1.)')
    .option('--plan <id>', 'the work plan to add to')
    .option('--title <title>', 'or: the title of the plan (created when missing)')
    .option('--year <year>', 'with --title: the year')
    .option('--region <code>', 'with --title: the region code, e.g. 440300')
    .option('--dry-run', 'text only: show what was understood without saving')
    .action(async (file: string, opts: { plan?: string; title?: string; year?: string; region?: string; dryRun?: boolean }) => {
      if (!fs.existsSync(file)) fail(`no such file: ${file}`);
      await withContext(async (ctx) => {
        const id = await planId(ctx, opts);
        if (path.extname(file).toLowerCase() === '.txt') {
          const r = await ctx.services.tasks.planImport.importText(CLI_ACTOR, id, fs.readFileSync(file, 'utf8'), !!opts.dryRun);
          for (const t of r.tasks) console.log(`${'  '.repeat(t.level - 1)}${t.number} ${t.title}${t.leadOrgName ? `  [${t.leadOrgName}]` : ''}${t.deadline ? `  ${t.deadline}` : ''}`);
          console.log(opts.dryRun ? `${r.tasks.length} tasks understood (dry run: nothing saved)` : `${r.created} tasks imported`);
          return;
        }
        const job = await ctx.services.tasks.planImport.importXlsx(CLI_ACTOR, id, fs.readFileSync(file));
        await ctx.platform.jobs.wait(job.id);
        const done = await ctx.platform.jobs.get(CLI_ACTOR, job.id);
        const report = done.result as ImportReport | null;
        if (done.status !== 'succeeded') {
          for (const e of report?.errors ?? []) console.error(`row ${e.row}, ${e.field}: ${e.message}`);
          fail(done.message ?? 'import failed');
        }
        console.log(`${report?.imported ?? 0} tasks imported`);
      });
    });

  tasks
    .command('supervise')
    .description('run the supervision once now: flags, reminders, supervision notices, escalation')
    .action(async () => {
      await withContext(async (ctx) => {
        const r = await ctx.services.tasks.supervise();
        console.log(`status changes ${r.statusChanges}, reminders ${r.reminders}, notices ${r.notices}, escalations ${r.escalations}`);
      });
    });

  tasks
    .command('assessment')
    .description('print a year’s assessment ranking, or write it to Excel with --out')
    .requiredOption('--year <year>', 'the year')
    .requiredOption('--region <code>', 'the region code, e.g. 440300')
    .option('--out <file.xlsx>', 'write the ranking and bonus items to this workbook')
    .action(async (opts: { year: string; region: string; out?: string }) => {
      await withContext(async (ctx) => {
        const year = Number(opts.year);
        if (opts.out) {
          const f = await ctx.services.tasks.assessment.exportXlsx(CLI_ACTOR, year, opts.region);
          fs.writeFileSync(opts.out, f.bytes);
          console.log(`wrote ${opts.out}`);
          return;
        }
        const a = await ctx.services.tasks.assessment.get(CLI_ACTOR, year, opts.region);
        for (const s of a.scores) console.log(`${String(s.rank).padStart(3)}  ${s.total.toFixed(2).padStart(7)}  ${s.orgName}  (${s.onTime}/${s.late}/${s.notDone} on time/late/not done, bonus ${s.bonus})`);
      });
    });
}
