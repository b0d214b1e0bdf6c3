import path from 'node:path';
import type { Command } from 'commander';
import pino from 'pino';
import { ROLES, type Role } from '../../common/roles';
import { backupDatabase } from '../../server/db/backup';
import { migrateDown, migrateToLatest } from '../../server/db/migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemo } from '../../server/demo/index';
import { checkRestore, restoreChecked } from '../../server/platform/backup/backup-check';
import { createBackupService } from '../../server/platform/backup/backup.service';
import { systemClock } from '../../server/platform/clock';
import { AppError } from '../../server/platform/errors';
import { loadConfig } from '../../server/config';
import { createDatabase } from '../../server/db/database';
import { fail, openContext, openDatabase } from '../context';

function explain(err: unknown): never {
  if (err instanceof AppError) fail(err.message);
  fail(err instanceof Error ? err.message : String(err));
}

/** migrate, demo, user, audit, backup and restore. */
export function registerCoreCommands(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (or undo the newest migration with --down)')
    .option('--down', 'undo the newest migration')
    .action(async (opts: { down?: boolean }) => {
      const config = loadConfig();
      const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
      try {
        const names = opts.down ? await migrateDown(database.db) : await migrateToLatest(database.db);
        console.log(names.length ? `${opts.down ? 'undone' : 'applied'}: ${names.join(', ')}` : 'schema is up to date');
      } finally {
        await database.close();
      }
    });

  program
    .command('demo')
    .description('fill an empty database with the demo city (Shenzhen, with Pingshan in detail)')
    .action(async () => {
      const ctx = await openContext();
      try {
        if (!(await isEmpty(ctx.services))) fail('the database already has users; the demo city goes only into an empty database');
        await seedDemo(ctx.platform, ctx.services);
        console.log(`demo city ready; accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`);
      } finally {
        await ctx.close();
      }
    });

  const user = program.command('user').description('manage user accounts');
  user
    .command('add')
    .description('create a user')
    .requiredOption('--username <name>', 'sign-in name (lower case letters, digits, . _ -)')
    .requiredOption('--org <name or id>', 'the organisation the user belongs to (its full name or id)')
    .option('--name <display name>', 'the name shown in the app')
    .option('--role <role...>', `one or more of ${ROLES.join(', ')}`, ['office'])
    .requiredOption('--password <password>', 'initial password (10+ characters, two of letters, digits, symbols)')
    .action(async (opts: { username: string; org: string; name?: string; role: string[]; password: string }) => {
      const bad = opts.role.filter((r) => !ROLES.includes(r as Role));
      if (bad.length) fail(`unknown role ${bad.join(', ')}; roles are ${ROLES.join(', ')}`);
      const ctx = await openContext();
      try {
        const orgId = await resolveOrg(ctx, opts.org);
        const u = await ctx.services.org.users.create(null, { username: opts.username, displayName: opts.name ?? opts.username, orgId, roles: opts.role as Role[], password: opts.password });
        console.log(`created user ${u.username} (${u.roles.join(', ')}) in ${u.orgName}`);
      } catch (err) {
        explain(err);
      } finally {
        await ctx.close();
      }
    });
  user
    .command('reset-password <username>')
    .description('set a new password and clear a lock-out')
    .requiredOption('--password <password>', 'the new password')
    .action(async (username: string, opts: { password: string }) => {
      const ctx = await openContext();
      try {
        const u = await ctx.services.org.users.findByUsername(username);
        if (!u) fail(`no user named ${username}`);
        await ctx.services.org.users.resetPassword(null, u.id, opts.password);
        console.log(`password of ${username} reset`);
      } catch (err) {
        explain(err);
      } finally {
        await ctx.close();
      }
    });

  program
    .command('audit')
    .description('audit log tools')
    .command('verify')
    .description('recompute the hash chain of the audit log; exits 1 and names the first broken event')
    .action(async () => {
      const ctx = await openContext();
      try {
        const r = await ctx.platform.auditLog.verify();
        if (r.ok) console.log(`audit chain intact: ${r.checked} events checked`);
        else {
          console.error(`audit chain broken at event ${r.firstBrokenId} (${r.reason}); ${r.checked} events before it are intact`);
          process.exitCode = 1;
        }
      } finally {
        await ctx.close();
      }
    });

  program
    .command('backup [file]')
    .description('write the whole database to a file (works on both engines; restore into either); without a file, into the backup folder with its retention')
    .option('--out <file>', 'the file to write (the same as giving it as an argument)')
    .action(async (file: string | undefined, opts: { out?: string }) => {
      const config = loadConfig();
      const database = await openDatabase(config);
      let problem: unknown = null;
      try {
        const t = Date.now();
        const out = opts.out ?? file;
        if (out) {
          const r = await backupDatabase(database.db, path.resolve(out), database.engine);
          console.log(`backed up ${r.rows} rows of ${r.tables} tables to ${out} (${r.bytes} bytes) in ${Date.now() - t} ms`);
          return;
        }
        const backups = createBackupService({ database, clock: systemClock, logger: pino({ level: 'silent' }), config });
        const r = await backups.backupNow();
        console.log(`backed up ${r.rows} rows of ${r.tables} tables to ${path.join(config.backupDir, r.name)} (${r.bytes} bytes) in ${Date.now() - t} ms`);
        if (r.removed.length) console.log(`retention removed: ${r.removed.join(', ')}`);
        if (!r.verified) problem = new Error(`the backup failed its check: ${r.problem}`);
      } catch (err) {
        problem = err;
      } finally {
        await database.close();
      }
      if (problem) explain(problem);
    });
  program
    .command('restore <file>')
    .description('check a backup in a scratch database (row counts, audit chain), then replace the whole database with it')
    .option('--yes', 'replace the current contents once the check passes (without it, only the check runs)')
    .action(async (file: string, opts: { yes?: boolean }) => {
      const config = loadConfig();
      const database = await openDatabase(config);
      let problem: unknown = null;
      try {
        const t = Date.now();
        const check = opts.yes ? await restoreChecked(database, path.resolve(file), config.databaseUrl) : await checkRestore(database, path.resolve(file), config.databaseUrl);
        const counts = check.counted ? 'row counts match the backup' : 'a format-1 backup has no row counts of its own; rows were counted as read';
        console.log(`checked ${file} in a scratch database: ${check.rows} rows of ${check.tables} tables, ${counts}, audit chain intact (${check.auditEvents} events)`);
        if (opts.yes) console.log(`restored ${check.rows} rows of ${check.tables} tables from ${file} in ${Date.now() - t} ms`);
        else console.log('nothing was replaced; run again with --yes to replace the whole database with this backup');
      } catch (err) {
        problem = err;
      } finally {
        await database.close();
      }
      if (problem) {
        console.error(`${file} was not restored; nothing was changed:`);
        explain(problem);
      }
    });
}

async function resolveOrg(ctx: Awaited<ReturnType<typeof openContext>>, org: string): Promise<string> {
  const root = { userId: '00000000-0000-4000-8000-000000000000', username: 'cli', displayName: 'cli', orgId: '', orgName: '', regionCode: '000000', roles: ['admin' as const], scope: 'all' as const };
  if (/^[0-9a-f-]{36}$/.test(org)) return (await ctx.services.org.orgs.get(root, org)).id;
  const page = await ctx.services.org.orgs.list(root, { q: org, page: 1, pageSize: 20, order: 'asc', kind: undefined });
  const exact = page.items.filter((o) => o.name === org || o.shortName === org);
  const pick = exact.length ? exact : page.items;
  if (pick.length === 1) return pick[0].id;
  fail(pick.length === 0 ? `no organisation matches "${org}"` : `"${org}" matches ${pick.length} organisations: ${pick.slice(0, 5).map((o) => o.name).join('; ')}`);
}
