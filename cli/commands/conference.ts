import fs from 'node:fs';
import type { Command } from 'commander';
import { MeetingKindLabels } from '../../common/conference-report';
import type { Actor } from '../../server/platform/access';
import { AppError } from '../../server/platform/errors';
import { fail, openContext } from '../context';

const CLI_ACTOR: Actor = { userId: '00000000-0000-4000-8000-000000000000', username: 'cli', displayName: '命令行', orgId: '', orgName: '', regionCode: '000000', roles: ['admin'], scope: 'all' };

/** Commands of the `conference` module: member units, meetings to come, a meeting's calendar file. */
export function registerConferenceCommands(program: Command): void {
  const conference = program.command('conference').description('the joint conference: members and meetings');

  conference
    .command('members')
    .description('list the member units of a region’s joint conference, or write them to Excel with --out')
    .requiredOption('--region <code>', 'the region code, e.g. 440300')
    .option('--out <file.xlsx>', 'write the list to this workbook')
    .action(async (opts: { region: string; out?: string }) => {
      const ctx = await openContext();
      try {
        const q = { page: 1, pageSize: 500, order: 'asc' as const, regionCode: opts.region, current: 'true' as const };
        if (opts.out) {
          fs.writeFileSync(opts.out, await ctx.services.conference.body.exportMembers(CLI_ACTOR, q));
          console.log(`wrote ${opts.out}`);
          return;
        }
        const page = await ctx.services.conference.body.members(CLI_ACTOR, q);
        for (const m of page.items) console.log(`${String(m.sortOrder).padStart(3)}  ${m.position === 'lead' ? '牵头' : '成员'}  ${m.orgName}${m.liaisonName ? `  联络员 ${m.liaisonName}` : ''}`);
      } catch (err) {
        if (err instanceof AppError) fail(err.message);
        throw err;
      } finally {
        await ctx.close();
      }
    });

  conference
    .command('upcoming')
    .description('meetings starting within the next days')
    .option('--days <n>', 'how many days ahead', '7')
    .action(async (opts: { days: string }) => {
      const ctx = await openContext();
      try {
        const list = await ctx.services.conference.meetings.upcoming(CLI_ACTOR, Math.min(60, Math.max(1, Number(opts.days) || 7)));
        if (list.length === 0) console.log('no meetings');
        for (const m of list) console.log(`${new Date(m.startsAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}  ${MeetingKindLabels[m.kind].zh}  ${m.title}${m.venue ? `  @${m.venue}` : ''}  (${m.registered}${m.capacity ? `/${m.capacity}` : ''})`);
      } finally {
        await ctx.close();
      }
    });

  conference
    .command('ics <meetingId>')
    .description('write a meeting as an iCalendar file')
    .option('--out <file.ics>', 'where to write it (default: print)')
    .action(async (meetingId: string, opts: { out?: string }) => {
      const ctx = await openContext();
      try {
        const ics = await ctx.services.conference.calendar.meetingIcs(CLI_ACTOR, meetingId, 'http://localhost:3000');
        if (opts.out) fs.writeFileSync(opts.out, ics.text);
        else process.stdout.write(ics.text);
      } catch (err) {
        if (err instanceof AppError) fail(err.message);
        throw err;
      } finally {
        await ctx.close();
      }
    });
}
