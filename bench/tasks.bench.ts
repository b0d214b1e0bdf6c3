/**
 * npm run bench:tasks — the key-task dashboard and the year-end assessment at city scale: 100 member
 * units, about 2,000 key tasks and 50,000 progress reports, on the embedded engine and on a scratch
 * PostgreSQL database (postgres://postgres@127.0.0.1:5432, created and dropped here). Each query is
 * timed over several runs after a warm-up; the last line is one JSON object.
 */
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createDatabase, type Database } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import type { Actor } from '../server/platform/access';
import { fixedClock } from '../server/platform/clock';
import { assessmentRepository } from '../server/modules/tasks/assessment.repository';
import { taskScope } from '../server/modules/tasks/tasks.policy';
import { generateCity, SIZE, TODAY, YEAR } from './tasks-data';

const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RUNS = 7;

async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return Math.round(ms[Math.floor(ms.length / 2)] * 10) / 10;
}

async function run(engine: string, database: Database): Promise<{ dashboard: Record<string, number>; assessmentMs: number; counts: Record<string, number> }> {
  const t0 = performance.now();
  await migrateToLatest(database.db);
  const city = await generateCity(database.db);
  const loadMs = Math.round(performance.now() - t0);
  const { services } = await buildApp({ config: loadConfig({ ZHICHAN_DEMO: '0', ZHICHAN_SCHEDULER: '0' }), database, logger: pino({ level: 'warn' }), clock: fixedClock(`${TODAY}T02:00:00Z`) });
  const office: Actor = { userId: '00000000-0000-4000-8000-0000000000b1', username: 'bench', displayName: 'bench', orgId: city.officeOrgId, orgName: '基准测试市知识产权局', regionCode: '440300', roles: ['office'], scope: 'region' };
  const liaison: Actor = { ...office, orgId: city.units[0], roles: ['liaison'], scope: 'org' };
  const db = database.db;
  const visible = taskScope(office);
  const prefix = '4403';
  const counts = {
    tasks: Number((await db.selectFrom('task').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    reports: Number((await db.selectFrom('progress_report').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    units: SIZE.units,
    loadMs,
  };
  const dashboard: Record<string, number> = {
    totals: await time(() => assessmentRepository.totals(db, YEAR, prefix, visible)),
    byUnit: await time(() => assessmentRepository.byUnit(db, YEAR, prefix, visible)),
    byDistrict: await time(() => assessmentRepository.byDistrict(db, YEAR, prefix, visible)),
    overdueRanking: await time(() => assessmentRepository.overdueRanking(db, YEAR, prefix, TODAY, visible, 20)),
    reviewQueues: await time(() => assessmentRepository.queueCounts(db, YEAR, prefix, visible)),
    upcomingMeetings: await time(() => services.conference.meetings.upcoming(office, 7)),
    myTasks: await time(() => services.tasks.tasks.list(liaison, { page: 1, pageSize: 10, order: 'asc', sort: 'deadline', mine: 'true', leavesOnly: 'true', status: ['planned', 'inProgress', 'atRisk', 'overdue'] })),
    wholeDashboard: await time(() => services.tasks.assessment.dashboard(office, YEAR)),
    liaisonDashboard: await time(() => services.tasks.assessment.dashboard(liaison, YEAR)),
  };
  const assessmentMs = await time(() => services.tasks.assessment.get(office, YEAR, '440300'));
  const saveMs = await time(() => services.tasks.assessment.save(office, YEAR, '440300', undefined));
  console.log(`\n${engine}: ${counts.units} units, ${counts.tasks} tasks, ${counts.reports} progress reports (loaded in ${loadMs} ms)`);
  for (const [k, v] of Object.entries(dashboard)) console.log(`  ${k.padEnd(18)} ${String(v).padStart(8)} ms`);
  console.log(`  ${'assessment'.padEnd(18)} ${String(assessmentMs).padStart(8)} ms   (save with ranking: ${saveMs} ms)`);
  return { dashboard, assessmentMs, counts };
}

const maxOf = (d: Record<string, number>) => Math.max(...Object.entries(d).filter(([k]) => !['wholeDashboard', 'liaisonDashboard'].includes(k)).map(([, v]) => v));

const pglite = await createDatabase({ dataDir: 'memory://' });
const lite = await run('PGlite', pglite).finally(() => pglite.close());

const scratch = `zhichan_bench_tasks_${process.pid}`;
const admin = new pg.Client({ connectionString: PG_URL });
await admin.connect();
await admin.query(`create database ${scratch}`);
let pgResult: Awaited<ReturnType<typeof run>>;
try {
  const u = new URL(PG_URL);
  u.pathname = `/${scratch}`;
  const database = await createDatabase({ databaseUrl: u.toString(), poolSize: 5 });
  pgResult = await run('PostgreSQL', database).finally(() => database.close());
} finally {
  await admin.query(`drop database if exists ${scratch} with (force)`);
  await admin.end();
}

console.log(`\nEvery dashboard query is the median of ${RUNS} runs after a warm-up; the maximum excludes the whole-page sums.`);
console.log(`Assessment on PGlite: ${lite.assessmentMs} ms; whole dashboard page on PostgreSQL: ${pgResult.dashboard.wholeDashboard} ms.`);
console.log(JSON.stringify({ dashboardMaxMsPg: maxOf(pgResult.dashboard), dashboardMaxMsPglite: maxOf(lite.dashboard), assessmentMsPg: pgResult.assessmentMs }));
