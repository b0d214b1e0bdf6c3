/**
 * npm run bench:services (its second half) — 5,000 approved volunteers (and 20,000 offers, a fifth of them still
 * open, so every volunteer has a load) on PostgreSQL: the ranked matching suggestion for one
 * request, through the service as the office. Creates and drops its own scratch database on
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres). The last line printed is
 * JSON with the median: {"matchMsPg":…}.
 */
import pg from 'pg';
import pino from 'pino';
import { sql } from 'kysely';
import { VOLUNTEER_LANGUAGES, VOLUNTEER_SKILLS } from '../common/services-volunteer';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { withDatabase } from '../server/test/template';
import { actorFor, buildOrg, buildUser } from '../server/test/factories';

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 5_000);
const REQUESTS = 4_000;
const OFFERS_PER_REQUEST = 5;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `zhichan_bench_services_match_${process.pid}`;

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
    const districts = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311', '440300'];
    const office = await actorFor(services, await buildUser(services, { role: 'office', regionCode: '440300' }));
    const firmOrg = await buildOrg(services, { kind: 'enterprise', regionCode: '440310', name: '基准测试求助企业' });
    const firm = await actorFor(services, await buildUser(services, { role: 'enterprise', orgId: firmOrg.id }));

    console.log(`inserting ${VOLUNTEERS.toLocaleString()} volunteers, ${REQUESTS.toLocaleString()} requests and ${(REQUESTS * OFFERS_PER_REQUEST).toLocaleString()} offers…`);
    let t = performance.now();
    await sql`insert into services_volunteer (region_code, name, kind, affiliation, skills, languages, districts, availability, weekly_hours, max_active, status, created_at, updated_at)
      select '440300', '基准志愿者' || g, (array['lawyer','patentAgent','student','retiredExaminer','other'])[1 + g % 5], '基准测试单位' || (g % 300),
        array[(${VOLUNTEER_SKILLS}::text[])[1 + g % 8], (${VOLUNTEER_SKILLS}::text[])[1 + (g / 8) % 8]],
        case when g % 3 = 0 then array[]::text[] else array[(${VOLUNTEER_LANGUAGES}::text[])[1 + g % 10]] end,
        array[(${districts}::text[])[1 + g % 10], (${districts}::text[])[1 + (g / 10) % 10]],
        '工作日晚间', 4, 3, case when g % 20 = 0 then 'applied' else 'approved' end, now(), now()
      from generate_series(1, ${VOLUNTEERS}::int) g`.execute(db);
    await sql`insert into services_volunteer_request (region_code, number, enterprise_org_id, title, need, skill, urgency, status, due_on, created_by, created_at, updated_at)
      select (${districts}::text[])[1 + g % 9], 'BENCH-' || g, ${firmOrg.id}, '基准求助' || g, '基准测试', (${VOLUNTEER_SKILLS}::text[])[1 + g % 8], 'normal',
        case when g % 5 = 0 then 'offered' else 'completed' end, date '2026-06-01', ${firm.userId}, now(), now()
      from generate_series(1, ${REQUESTS}::int) g`.execute(db);
    await sql`with v as (select id, row_number() over (order by id) as n from services_volunteer)
      insert into services_volunteer_offer (request_id, volunteer_id, status, score, reasons, offered_by, offered_at)
      select r.id, v.id, case when r.status = 'offered' then 'offered' else (array['completed','declined','withdrawn','withdrawn','withdrawn'])[1 + k] end, 50, '[]', ${office.userId}, now()
      from (select id, status, row_number() over (order by id) as n from services_volunteer_request) r
      cross join generate_series(0, ${OFFERS_PER_REQUEST - 1}::int) k
      join v on v.n = 1 + (r.n * 7 + k * 997) % ${VOLUNTEERS}`.execute(db);
    await sql`analyze`.execute(db);
    console.log(`  ${Math.round(performance.now() - t)} ms`);

    const request = await services.services.volunteerRequests.create(firm, { title: '美国律师函应对', need: '需要熟悉美国专利诉讼、会英语的志愿者', skill: 'overseas', language: 'en', urgency: 'urgent', districtCode: '440310' });
    const runs: number[] = [];
    let answer = await services.services.volunteerRequests.suggest(office, request.id);
    for (let i = 0; i < 30; i++) {
      t = performance.now();
      answer = await services.services.volunteerRequests.suggest(office, request.id);
      runs.push(performance.now() - t);
    }
    const top = answer.items[0];
    console.log(`suggestion for one request among ${answer.candidates.toLocaleString()} approved volunteers: top ${top?.name} (${top?.score} points: ${top?.reasons.map((r) => r.zh).join('、')}); median ${median(runs)} ms, max ${Math.round(Math.max(...runs))} ms`);
    await app.close();
    console.log(JSON.stringify({ matchMsPg: median(runs), matchMaxMsPg: Math.round(Math.max(...runs)), volunteers: VOLUNTEERS }));
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
