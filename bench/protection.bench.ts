/**
 * npm run bench:protection — 200,000 cases on PostgreSQL: a mediator's case list and the statistics
 * page, timed through the HTTP app as a signed-in user. Creates and drops its own scratch database
 * on BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres). The last line printed
 * is JSON with the medians: {"mediatorListMsPg":…,"statisticsMsPg":…}.
 */
import pg from 'pg';
import pino from 'pino';
import { sql } from 'kysely';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { withDatabase } from '../server/test/template';
import { buildOrg, buildUser, rootActor, TEST_PASSWORD } from '../server/test/factories';

const CASES = Number(process.env.BENCH_CASES ?? 200_000);
const RUNS = 30;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `zhichan_bench_protection_${process.pid}`;

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: Math.round(at(0.5) * 10) / 10, p95: Math.round(at(0.95) * 10) / 10, min: Math.round(s[0] * 10) / 10 };
}

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const database = await createDatabase({ databaseUrl: withDatabase(adminUrl, dbName), poolSize: 10 });
  try {
    await migrateToLatest(database.db);
    const { app, services } = await buildApp({ config: loadConfig({ ZHICHAN_DEMO: '0', ZHICHAN_SCHEDULER: '0', ZHICHAN_LOGIN_RATE_LIMIT: '1000' }), database, logger: pino({ level: 'silent' }) });
    await app.ready();
    const p = services.protection;

    // A city of 12 mediation organisations with 10 mediators each, two courts and the IP office.
    const office = await buildOrg(services, { kind: 'ipOffice', regionCode: '440300', name: '基准测试市知识产权局' });
    await p.settings.upsertProfile(rootActor, office.id, { caseCode: '基准裁', mediationType: null, courtInvited: false, invitingCourtId: null, disputeScope: ['patent'], chargesFee: false });
    const court = await buildOrg(services, { kind: 'court', regionCode: '440310', name: '基准测试法院' });
    const orgIds: string[] = [];
    const mediatorIds: string[] = [];
    const mediatorOrg: string[] = [];
    let busyUser = '';
    const districts = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311'];
    for (let o = 0; o < 12; o++) {
      const org = await buildOrg(services, { kind: 'mediationOrg', regionCode: districts[o % districts.length], name: `基准测试调解组织${o}` });
      await p.settings.upsertProfile(rootActor, org.id, { caseCode: `基准调${'甲乙丙丁戊己庚辛壬癸子丑'[o]}`, mediationType: 'people', courtInvited: true, invitingCourtId: court.id, disputeScope: [], chargesFee: false });
      orgIds.push(org.id);
      for (let m = 0; m < 10; m++) {
        const userId = o === 0 && m === 0 ? (busyUser = (await buildUser(services, { role: 'mediator', orgId: org.id })).username) : null;
        const account = userId ? (await services.org.users.findByUsername(userId))!.id : null;
        const created = await p.mediators.create(rootActor, { orgId: org.id, name: `调解员${o}-${m}`, title: null, phone: null, userId: account, specialities: ['patent'], onRoster: true, rosterCourtId: court.id, status: 'active' });
        mediatorIds.push(created.id);
        mediatorOrg.push(org.id);
      }
    }
    const officeUser = await buildUser(services, { role: 'office', orgId: office.id });

    console.log(`inserting ${CASES.toLocaleString()} cases…`);
    let t = performance.now();
    // Every 10th case goes to the first mediator (a busy one, ~20,000 cases); the rest spread over the other 119.
    await sql`
      with s as (
        select g, date '2022-01-01' + ((g::bigint * 1785) / ${CASES})::int as recv, ((g::bigint * 104729) % 997)::int as h
        from generate_series(1, ${CASES}::int) g
      ), v as (
        select s.*, case when h % 10 = 0 then 'adjudication' else 'mediation' end as kind,
               case when g % 10 = 0 then 1 else 2 + (h % ${mediatorIds.length - 1}) end as mi,
               recv < current_date - 90 as old
        from s
      )
      insert into protection_case (kind, case_no, year, seq, org_id, region_code, source, dispute_type, status, summary, claims, amount_fen,
        court_id, mediator_id, applicant_names, respondent_names, search_text, received_on, admitted_on, assigned_on, accepted_on, period_days,
        ended_on, outcome, confirmation_result, next_actor, due_on, due_kind, created_at, updated_at)
      select kind, 'BENCH-' || g, extract(year from recv)::int, g,
        case when kind = 'adjudication' then ${office.id}::uuid else (${mediatorOrg}::uuid[])[mi] end,
        (${districts}::text[])[1 + h % 9],
        case when kind = 'adjudication' then 'application' else (array['application','courtPreFiling','courtInLitigation','officeReferral'])[1 + h % 4] end,
        (array['patent','trademark','copyright','tradeSecret','unfairCompetition','technologyContract','other'])[1 + h % 7],
        case when kind = 'adjudication' then (case when old then 'final' else 'investigation' end)
             when old then (array['confirmed','closed','failureReported','transferred','withdrawn','closed','confirmed','returned'])[1 + h % 8]
             else (array['submitted','awaitingAssignment','assigned','inMediation','inMediation','agreementSigned','confirmationRequested'])[1 + h % 7] end,
        '基准测试纠纷', '基准测试请求', (h * 1000)::bigint,
        case when h % 4 in (1, 2) then ${court.id}::uuid end,
        case when kind = 'mediation' and (old or h % 7 >= 2) then (${mediatorIds}::uuid[])[mi] end,
        '基准申请人' || (h % 500), '基准被申请人' || (g % 700), 'BENCH-' || g || ' 基准申请人' || (h % 500),
        recv, recv, recv + 1, case when old or h % 7 >= 3 then recv + 2 end, 30,
        case when old then recv + 2 + (h % 45) end,
        case when kind = 'adjudication' and old then 'infringing'
             when old then (array['agreement','agreement','failure','failure','withdrawn','agreement','agreement','returned'])[1 + h % 8] end,
        case when old and kind = 'mediation' and h % 8 in (0, 6) then 'confirmed' end,
        case when old then 'none' else 'mediator' end,
        case when not old then recv + 30 end, case when not old then 'periodPreFiling' end,
        now(), now()
      from v`.execute(database.db);
    // What autovacuum does after a bulk load: statistics for the planner and the visibility map for index-only scans.
    await sql`vacuum analyze`.execute(database.db);
    console.log(`inserted in ${Math.round(performance.now() - t)} ms`);

    const login = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/org/auth/login', payload: { username, password: TEST_PASSWORD } });
      return `zhichan_session=${res.cookies.find((c) => c.name === 'zhichan_session')!.value}`;
    };
    const time = async (cookie: string, url: string) => {
      const ms: number[] = [];
      let body = '';
      for (let i = 0; i < RUNS + 5; i++) {
        t = performance.now();
        const res = await app.inject({ method: 'GET', url, headers: { cookie } });
        const took = performance.now() - t;
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        body = res.body;
        if (i >= 5) ms.push(took);
      }
      return { ...stats(ms), body };
    };

    const mediator = await login(busyUser);
    const office_ = await login(officeUser.username);
    const list = await time(mediator, '/api/v1/protection/cases');
    const listTotal = (JSON.parse(list.body) as { total: number }).total;
    console.log(`mediator's case list (page 1 of ${listTotal.toLocaleString()} cases, newest first): median ${list.median} ms, p95 ${list.p95} ms`);
    const byDue = await time(mediator, '/api/v1/protection/cases?open=true&sort=dueOn&order=asc');
    console.log(`mediator's open cases by deadline: median ${byDue.median} ms, p95 ${byDue.p95} ms`);
    const year = await time(office_, '/api/v1/protection/statistics');
    const yearBody = JSON.parse(year.body) as { total: number; from: string; to: string };
    console.log(`statistics page, this year (${yearBody.from}…${yearBody.to}, ${yearBody.total.toLocaleString()} mediation cases, whole city): median ${year.median} ms, p95 ${year.p95} ms`);
    const all = await time(office_, '/api/v1/protection/statistics?from=2022-01-01');
    const allBody = JSON.parse(all.body) as { total: number };
    console.log(`statistics, all years (${allBody.total.toLocaleString()} mediation cases): median ${all.median} ms, p95 ${all.p95} ms`);
    console.log(JSON.stringify({ mediatorListMsPg: list.median, statisticsMsPg: year.median }));
    await app.close();
  } finally {
    await database.close();
    // BENCH_KEEP=1 leaves the scratch database for EXPLAIN sessions.
    if (process.env.BENCH_KEEP) console.error(`kept database ${dbName}`);
    else await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
