/**
 * npm run bench:centre — 500,000 pre-examinations of 2,000 filed enterprises on PostgreSQL: the
 * examiner's queue (as the Pingshan window's examiner) and the centre statistics page (as the
 * office: by kind, field, window, examiner and district). The statistics read the tally the writes
 * keep; here the tally is built once from the rows with the same counting rule, and checked against
 * them. Creates and drops its own scratch database on BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres). The last line printed is JSON with the medians:
 * {"queueMsPg":…,"centreStatsMsPg":…}.
 */
import pg from 'pg';
import pino from 'pino';
import { sql } from 'kysely';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { withDatabase } from '../server/test/template';
import { actorFor, buildOrg, buildUser } from '../server/test/factories';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 500_000);
const ENTERPRISES = 2_000;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `zhichan_bench_centre_${process.pid}`;

function median(ms: number[]): number {
  const s = [...ms].sort((a, b) => a - b);
  return Math.round((s[Math.floor(s.length / 2)] ?? 0) * 10) / 10;
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
    const db = database.db;
    const office = await actorFor(services, await buildUser(services, { role: 'office', regionCode: '440300' }));
    const centreOrg = await buildOrg(services, { kind: 'serviceAgency', regionCode: '440300', name: '基准测试保护中心' });
    const windowOrg = await buildOrg(services, { kind: 'serviceAgency', regionCode: '440310', name: '基准测试坪山分窗口' });
    const centre = await services.centre.config.createWindow(office, { orgId: centreOrg.id, parentId: null, regionCode: '440300', name: '基准测试保护中心', fieldCodes: ['newEnergyVehicle', 'newMaterials', 'electronics'], filingValidityMonths: 24, validitySource: '基准测试' });
    const window = await services.centre.config.createWindow(office, { orgId: windowOrg.id, parentId: centre.id, regionCode: '440310', name: '基准测试坪山分窗口', fieldCodes: ['newEnergyVehicle', 'newMaterials'], filingValidityMonths: 24, validitySource: '基准测试' });
    const examiners = [];
    for (let i = 0; i < 4; i++) examiners.push(await buildUser(services, { role: 'examiner', orgId: i < 2 ? windowOrg.id : centreOrg.id }));
    const examiner = await actorFor(services, examiners[0]);
    const districts = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311'];

    console.log(`inserting ${ENTERPRISES.toLocaleString()} enterprises and filings, ${SUBMISSIONS.toLocaleString()} pre-examinations…`);
    let t = performance.now();
    await sql`insert into org (name, name_pinyin, kind, region_code, updated_at)
      select '基准测试企业' || g, 'jizhunceshiqiye' || g, 'enterprise', (${districts}::text[])[1 + g % 9], now() from generate_series(1, ${ENTERPRISES}::int) g`.execute(db);
    await sql`insert into centre_filing (window_id, region_code, enterprise_org_id, field_codes, established_on, insured_staff, dishonesty, abnormal_filing, checks, documents, status, valid_from, valid_to, submitted_on)
      select case when o.region_code = '440310' then ${window.id}::uuid else ${centre.id}::uuid end, o.region_code, o.id, array[case when row_number() over () % 2 = 0 then 'newEnergyVehicle' else 'newMaterials' end],
        date '2015-01-01', 50, false, false, '[]', '营业执照', 'approved', date '2023-01-01', date '2027-12-31', date '2022-12-20'
      from org o where o.kind = 'enterprise'`.execute(db);
    const people = examiners.map((e) => e.id);
    await sql`
      with f as (select id, window_id, region_code, enterprise_org_id, field_codes[1] as field, row_number() over (order by id) as n from centre_filing)
      insert into centre_submission (filing_id, window_id, region_code, enterprise_org_id, kind, title, ipc, field_code, applicant, status, round, examiner_user_id,
        submitted_on, round_started_on, limit_days, due_on, examiner_days, decided_on, refusal_ground, cnipa_outcome, cnipa_on, year)
      select f.id, f.window_id, f.region_code, f.enterprise_org_id, k.kind, '基准测试申请' || g, case when f.field = 'newEnergyVehicle' then 'B60L 53/00' else 'C08K 3/00' end, f.field, '基准测试企业',
        s.status, 1 + g % 3, case when s.status = 'submitted' then null else (${people}::uuid[])[1 + (case when f.window_id = ${window.id}::uuid then g % 2 else 2 + g % 2 end)] end,
        d.day, d.day, 10, case when s.status in ('submitted', 'examining') then d.day + 14 else null end,
        case when s.status in ('passed', 'refused') then 4 + g % 12 else 0 end, case when s.status in ('passed', 'refused') then d.day + 20 else null end,
        case when s.status = 'refused' then 'quality' end,
        case when s.status = 'passed' and d.day < date '2026-06-01' then (case when g % 10 = 0 then 'rejected' else 'granted' end) end,
        case when s.status = 'passed' and d.day < date '2026-06-01' then d.day + 120 end, extract(year from d.day)::int
      from generate_series(1, ${SUBMISSIONS}::int) g
      join f on f.n = 1 + g % ${ENTERPRISES}
      cross join lateral (select (array['invention','invention','utilityModel','design'])[1 + g % 4] as kind) k
      cross join lateral (select date '2023-01-01' + (g % 1430) as day) d
      cross join lateral (select case when d.day > date '2026-11-20' then (array['submitted','examining'])[1 + g % 2] when g % 23 = 0 then 'returned' when g % 13 = 0 then 'refused' else 'passed' end as status) s`.execute(db);
    // The tally the writes keep, built once with the same rule as domain/submission-tally.ts.
    await sql`
      insert into centre_tally select window_id, region_code, kind, coalesce(field_code, ''), coalesce(examiner_user_id::text, ''), year,
        count(*), count(*) filter (where status in ('submitted','examining')), count(*) filter (where status = 'returned'), count(*) filter (where status = 'passed'),
        count(*) filter (where status = 'refused'), sum(round - 1), count(*) filter (where status in ('passed','refused')),
        coalesce(sum(examiner_days) filter (where status in ('passed','refused')), 0), coalesce(sum(limit_days * round) filter (where status in ('passed','refused')), 0),
        count(*) filter (where status in ('passed','refused') and examiner_days <= limit_days * round),
        count(*) filter (where cnipa_outcome = 'granted'), count(*) filter (where cnipa_outcome = 'rejected'), coalesce(sum(cnipa_on - submitted_on) filter (where cnipa_outcome = 'granted'), 0)
      from centre_submission group by 1, 2, 3, 4, 5, 6`.execute(db);
    await sql`vacuum analyze`.execute(db);
    console.log(`  ${Math.round(performance.now() - t)} ms`);

    const queueRuns: number[] = [];
    let queue = await services.centre.submissions.queue(examiner, false);
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      queue = await services.centre.submissions.queue(examiner, i % 2 === 0);
      queueRuns.push(performance.now() - t);
    }
    console.log(`examiner queue: ${queue.total.toLocaleString()} open, ${queue.overdue.toLocaleString()} overdue, first page ${queue.items.length}; median ${median(queueRuns)} ms`);

    const statsRuns: number[] = [];
    let stats = await services.centre.statistics.statistics(office, {});
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      stats = await services.centre.statistics.statistics(office, i % 2 === 0 ? {} : { year: 2025 });
      statsRuns.push(performance.now() - t);
    }
    stats = await services.centre.statistics.statistics(office, {});
    const count = Number((await sql<{ n: string }>`select count(*) as n from centre_submission`.execute(db)).rows[0].n);
    if (stats.total.submissions !== count) throw new Error(`tally ${stats.total.submissions} differs from ${count} rows`);
    console.log(`statistics: ${stats.total.submissions.toLocaleString()} pre-examinations, pass rate ${((stats.total.passRate ?? 0) * 100).toFixed(1)} %, grant rate ${((stats.total.grantRate ?? 0) * 100).toFixed(1)} %, ${stats.byExaminer.length} examiners, ${stats.byDistrict.length} districts; median ${median(statsRuns)} ms`);
    await app.close();
    console.log(JSON.stringify({ queueMsPg: median(queueRuns), centreStatsMsPg: median(statsRuns) }));
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
