/**
 * npm run bench:services — 200,000 consultation questions over 5,000 enterprises on PostgreSQL: the
 * office's queue page (the open questions of the city, newest first, 20 a page, through the service
 * as the office). Creates and drops its own scratch database on BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres). Each measurement is a function of its own taking the
 * shared context and answering its JSON figures; the last line printed is JSON with the medians:
 * {"queueMsPg":…}.
 */
import pg from 'pg';
import pino from 'pino';
import { sql } from 'kysely';
import { QuestionListQuerySchema } from '../common/services-desk';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createDatabase, type Database } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import type { Services } from '../server/modules/index';
import type { Actor } from '../server/platform/access';
import { withDatabase } from '../server/test/template';
import { actorFor, buildOrg, buildUser } from '../server/test/factories';

const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 200_000);
const ENTERPRISES = 5_000;
const RUNS = 20;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `zhichan_bench_services_${process.pid}`;

/** What every measurement gets: the database, the services and the office's actor. */
interface BenchContext {
  database: Database;
  services: Services;
  office: Actor;
}

function median(ms: number[]): number {
  const s = [...ms].sort((a, b) => a - b);
  return Math.round((s[Math.floor(s.length / 2)] ?? 0) * 10) / 10;
}

/** Fills the scratch database: enterprises with one user, and the questions spread over four years and every state. */
async function fill(ctx: BenchContext): Promise<void> {
  const db = ctx.database.db;
  const districts = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311'];
  const asker = await buildUser(ctx.services, { role: 'enterprise', orgId: (await buildOrg(ctx.services, { kind: 'enterprise', regionCode: '440310' })).id });
  console.log(`inserting ${ENTERPRISES.toLocaleString()} enterprises and ${QUESTIONS.toLocaleString()} questions with their messages…`);
  const t = performance.now();
  await sql`insert into org (name, name_pinyin, kind, region_code, updated_at)
    select '基准测试咨询企业' || g, 'jizhunceshizixunqiye' || g, 'enterprise', (${districts}::text[])[1 + g % 9], now() from generate_series(1, ${ENTERPRISES}::int) g`.execute(db);
  // Most questions of past years are resolved; the open ones (about one in eight) are the queue.
  await sql`
    with e as (select id, region_code, row_number() over (order by id) as n from org where kind = 'enterprise')
    insert into services_question (number, region_code, category, title, body, asker_org_id, asker_user_id, status, assignee_kind, assignee_org_id, assignee_user_id, asked_on, first_answer_due, first_answered_on,
      resolution_days, next_answer_days, resolution_due, resolved_on, paused_since, rating, updated_at)
    select 'ZX' || (2023 + g % 4) || lpad(g::text, 6, '0'), e.region_code,
      (array['patent','trademark','copyright','tradeSecret','overseasDispute','finance','mediation','other'])[1 + g % 8],
      '基准测试咨询' || g, '基准测试咨询内容' || g, e.id, ${asker.id}::uuid, st.status,
      case when st.status = 'submitted' then null else 'staff' end, case when st.status = 'submitted' then null else ${ctx.office.orgId}::uuid end, case when st.status = 'submitted' then null else ${ctx.office.userId}::uuid end,
      d.asked, d.asked + 3, case when st.status in ('submitted', 'assigned') then null else d.asked + (g % 5) end,
      10, 2, d.asked + 14, case when st.status in ('resolved', 'escalated') then d.asked + (g % 20) else null end, case when st.status = 'waitingAsker' then d.asked + 2 else null end,
      case when st.status = 'resolved' and g % 3 = 0 then 1 + g % 5 else null end, now()
    from generate_series(1, ${QUESTIONS}::int) g
    join e on e.n = 1 + g % ${ENTERPRISES}
    cross join lateral (select (array['resolved','resolved','resolved','resolved','resolved','resolved','escalated','submitted','assigned','answered','waitingAsker','resolved','resolved','resolved','resolved','resolved'])[1 + g % 16] as status) st
    cross join lateral (select date '2023-01-01' + (g * 1461 / ${QUESTIONS}::int) as asked) d`.execute(db);
  await sql`insert into services_question_message (question_id, kind, body, author_name) select id, 'question', body, '基准测试' from services_question`.execute(db);
  await sql`vacuum analyze`.execute(db);
  console.log(`  ${Math.round(performance.now() - t)} ms`);
}

/** The office's queue page: open questions of the city, newest first, the first page and a later one. */
async function measureQueue(ctx: BenchContext): Promise<{ queueMsPg: number }> {
  const query = QuestionListQuerySchema.parse({ status: ['submitted', 'assigned', 'answered', 'waitingAsker'], pageSize: 20 });
  let page = await ctx.services.services.questions.list(ctx.office, query);
  const runs: number[] = [];
  const later: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    page = await ctx.services.services.questions.list(ctx.office, query);
    runs.push(performance.now() - t);
    t = performance.now();
    await ctx.services.services.questions.list(ctx.office, { ...query, page: 50 });
    later.push(performance.now() - t);
  }
  console.log(`queue page: ${page.total.toLocaleString()} open questions, first page median ${median(runs)} ms, page 50 median ${median(later)} ms`);
  const lateRuns: number[] = [];
  let late = await ctx.services.services.questions.list(ctx.office, QuestionListQuerySchema.parse({ late: 'firstAnswer', pageSize: 20 }));
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    late = await ctx.services.services.questions.list(ctx.office, QuestionListQuerySchema.parse({ late: 'firstAnswer', pageSize: 20 }));
    lateRuns.push(performance.now() - t);
  }
  console.log(`late first answers (the report's click-through): ${late.total.toLocaleString()}, median ${median(lateRuns)} ms`);
  return { queueMsPg: median(runs) };
}

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const database = await createDatabase({ databaseUrl: withDatabase(adminUrl, dbName), poolSize: 10 });
  try {
    await migrateToLatest(database.db);
    const { app, services } = await buildApp({ config: loadConfig({ ZHICHAN_DEMO: '0', ZHICHAN_SCHEDULER: '0' }), database, logger: pino({ level: 'silent' }) });
    await app.ready();
    const office = await actorFor(services, await buildUser(services, { role: 'office', regionCode: '440300' }));
    const ctx: BenchContext = { database, services, office };
    await fill(ctx);
    // Each measurement adds its own keys to the one line of JSON.
    const figures = { ...(await measureQueue(ctx)) };
    await app.close();
    console.log(JSON.stringify(figures));
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${dbName}`);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
