import type { Command } from 'commander';
import { NextActorLabels } from '../../common/protection';
import { DEADLINE_CODE_LIST, DEADLINE_CODES, type DeadlineCode } from '../../common/protection-admin';
import { addDays } from '../../server/platform/calendar';
import { chinaDate } from '../../server/platform/clock';
import { AppError } from '../../server/platform/errors';
import { settingsRepository } from '../../server/modules/protection/settings.repository';
import { caseRepository } from '../../server/modules/protection/case.repository';
import { fail, openContext } from '../context';

/** Commands of the `protection` module: court-docking deliveries, the deadline run, overdue cases, deadline arithmetic. */
export function registerProtectionCommands(program: Command): void {
  const protection = program.command('protection').description('dispute mediation and adjudication: court docking and deadlines');

  protection
    .command('deliver')
    .description('post every due court-docking event to its endpoints now (failures are retried later with back-off)')
    .action(async () => {
      const ctx = await openContext();
      try {
        const r = await ctx.services.protection.outbox.deliverDue();
        console.log(`delivered ${r.delivered}, failed ${r.failed}`);
        if (r.failed) process.exitCode = 1;
      } finally {
        await ctx.close();
      }
    });

  protection
    .command('remind')
    .description('run the deadline job now: lapsed acceptances go back for reassignment, reminders and overdue notices are sent')
    .action(async () => {
      const ctx = await openContext();
      try {
        const r = await ctx.services.protection.reminders.run();
        console.log(`reassigned ${r.reassigned}, refreshed ${r.refreshed}, messages ${r.reminded}`);
      } finally {
        await ctx.close();
      }
    });

  protection
    .command('overdue')
    .description('list open cases whose current legal deadline has passed')
    .option('--json', 'one JSON object per line')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      try {
        const today = chinaDate(ctx.platform.clock.now());
        const rows = (await caseRepository.dueBy(ctx.platform.db, addDays(today, -1), 10_000)).filter((c) => c.due_on && c.due_on < today);
        for (const c of rows) {
          const kind = DEADLINE_CODES[c.due_kind as DeadlineCode]?.label.zh ?? c.due_kind;
          if (opts.json) console.log(JSON.stringify({ id: c.id, caseNo: c.case_no, status: c.status, deadline: c.due_kind, dueOn: c.due_on, nextActor: c.next_actor }));
          else console.log(`${c.case_no}\t${kind}\t${c.due_on}\t${NextActorLabels[c.next_actor as keyof typeof NextActorLabels]?.zh ?? c.next_actor}`);
        }
        if (!opts.json) console.error(`${rows.length} overdue as of ${today}`);
      } finally {
        await ctx.close();
      }
    });

  protection
    .command('deadline <code> <regionCode> <start>')
    .description(`the last day of a legal time limit under the rules in force (codes: ${DEADLINE_CODE_LIST.join(', ')})`)
    .option('--extra <n>', 'extension in the rule’s unit', '0')
    .option('--paused <days>', 'days the clock was stopped', '0')
    .action(async (code: string, regionCode: string, start: string, opts: { extra: string; paused: string }) => {
      if (!DEADLINE_CODE_LIST.includes(code as DeadlineCode)) fail(`unknown deadline ${code}; codes are ${DEADLINE_CODE_LIST.join(', ')}`);
      if (!/^\d{6}$/.test(regionCode) || !/^\d{4}-\d{2}-\d{2}$/.test(start)) fail('usage: zhichan protection deadline <code> <6-digit region code> <YYYY-MM-DD>');
      const ctx = await openContext();
      try {
        const rules = await settingsRepository.rules(ctx.platform.db);
        const engine = ctx.services.protection.engine;
        const rule = engine.resolve(rules, code as DeadlineCode, regionCode);
        const due = engine.dueFor(rules, code as DeadlineCode, regionCode, start, Number(opts.extra), Number(opts.paused));
        console.log(`${DEADLINE_CODES[code as DeadlineCode].label.zh}: ${rule.length} ${rule.unit} from ${start} → ${due}  (${rule.region_prefix || 'national'}; ${rule.citation})`);
      } catch (err) {
        fail(err instanceof AppError || err instanceof Error ? err.message : String(err));
      } finally {
        await ctx.close();
      }
    });
}
