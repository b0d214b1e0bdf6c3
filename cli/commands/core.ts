import path from 'node:path';
import type { Command } from 'commander';
import { ROLES, type Role } from '../../common/roles';
import { backupDatabase, restoreDatabase } from '../../server/db/backup';
import { migrateDown, migrateToLatest } from '../../server/db/migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemo } from '../../server/demo/index';
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
    .command('backup <file>')
    .description('write the whole database to a file (works on both engines; restore into either)')
    .action(async (file: string) => {
      const database = await openDatabase();
      try {
        const t = Date.now();
        const r = await backupDatabase(database.db, path.resolve(file), database.engine);
        console.log(`backed up ${r.rows} rows of ${r.tables} tables to ${file} in ${Date.now() - t} ms`);
      } finally {
        await database.close();
      }
    });
  program
    .command('restore <file>')
    .description('replace the whole database with a backup taken at the same schema version')
    .option('--yes', 'do not ask (the current contents are replaced)')
    .action(async (file: string, opts: { yes?: boolean }) => {
      if (!opts.yes) fail('restore replaces everything in the database; run again with --yes to go ahead');
      const database = await openDatabase();
      try {
        const r = await restoreDatabase(database.db, path.resolve(file));
        console.log(`restored ${r.rows} rows of ${r.tables} tables from ${file}`);
      } catch (err) {
        explain(err);
      } finally {
        await database.close();
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
