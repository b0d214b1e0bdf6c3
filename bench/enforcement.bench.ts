/**
 * npm run bench:enforcement — 300,000 enforcement cases and 50,000 transfers to the police (with
 * clues and customs detentions beside them) on PostgreSQL: an officer's case list (first page,
 * through the service as the officer of one bureau) and the statistics page of the year (as the
 * city office, every agency and district). Creates and drops its own scratch database on
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres). The last line printed
 * is JSON with the medians: {"officerListMsPg":…,"enforcementStatsMsPg":…}.
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

const CASES = Number(process.env.BENCH_CASES ?? 300_000);
const TRANSFERS = Number(process.env.BENCH_TRANSFERS ?? 50_000);
const CLUES = 30_000;
const DETENTIONS = 10_000;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `zhichan_bench_enforcement_${process.pid}`;
const DISTRICTS = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311'];

function median(ms: number[]): number {
  const s = [...ms].sort((a, b) => a - b);
  return Math.round((s[Math.floor(s.length / 2)] ?? 0) * 10) / 10;
}

/** Times `run` twenty times after one warm-up; answers the median and the last result. */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; last: T }> {
  let last = await run();
  const runs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    last = await run();
    runs.push(performance.now() - t);
  }
  return { ms: median(runs), last };
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
    const bureaus: string[] = [];
    for (const d of DISTRICTS) bureaus.push((await buildOrg(services, { kind: 'districtOffice', regionCode: d, name: `基准测试监管局${d}` })).id);
    const police = (await buildOrg(services, { kind: 'publicSecurity', regionCode: '440300', name: '基准测试公安局' })).id;
    const customs = (await buildOrg(services, { kind: 'customs', regionCode: '440300', name: '基准测试海关' })).id;
    const holder = (await buildOrg(services, { kind: 'enterprise', regionCode: '440310', name: '基准测试权利人' })).id;
    const officer = await actorFor(services, await buildUser(services, { role: 'officer', orgId: bureaus[7] }));
    const office = await actorFor(services, await buildUser(services, { role: 'office', regionCode: '440300' }));

    console.log(`inserting ${CASES.toLocaleString()} cases, ${TRANSFERS.toLocaleString()} transfers, ${CLUES.toLocaleString()} clues, ${DETENTIONS.toLocaleString()} detentions…`);
    const t = performance.now();
    // Five years of cases in the order they came in; the status follows from how far each went, its dates from when it came in.
    await sql`
      insert into enforcement_case (case_no, year, seq, region_code, org_id, source, right_kind, summary, party_name, status,
        received_on, opened_on, decided_on, decision, fine_fen, confiscated_fen, closed_on, closed_outcome, due_on, next_actor, updated_at)
      select 'BENCH-' || g, extract(year from r)::int, g, (${DISTRICTS}::text[])[1 + g % 9], (${bureaus}::uuid[])[1 + g % 9],
        (array['complaint','inspection','customs','agency','superior'])[1 + g % 5], (array['trademark','patent','tradeSecret','gi','other'])[1 + g % 5],
        '基准测试案情' || g, '基准测试当事人' || (g % 5000), s,
        r, case when s <> 'received' and s <> 'notOpened' then r + 5 end,
        case when s in ('decided','served','closed') then r + 60 end, case when s in ('decided','served','closed') then 'penalty' end,
        case when s in ('decided','served','closed') then (10 + g % 90) * 1000000::bigint end, case when s in ('decided','served','closed') then (g % 4) * 250000::bigint end,
        case when s in ('closed','notOpened') then r + 80 end, case when s = 'closed' then 'performed' end,
        case when s in ('received','investigating','hearingNotice','decided') then r + 90 end, case when s in ('closed','notOpened','transferred') then 'none' else 'officer' end, now()
      from (select g, date '2022-01-01' + (g::bigint * 1800 / ${CASES}::int)::int as r,
              (array['received','notOpened','investigating','hearingNotice','decided','served','closed','closed','closed','transferred'])[1 + (g / 10) % 10] as s
            from generate_series(1, ${CASES}::int) g) x`.execute(db);
    const file = await sql<{ id: string }>`insert into file (name, mime, size, sha256) values ('基准测试移送书.pdf', 'application/pdf', 1, 'x') returning id`.execute(db);
    await sql`
      insert into enforcement_transfer (case_id, region_code, from_org_id, police_org_id, file_id, status, reported_on, sent_on, police_decided_on, criminal_case_no, due_on, next_actor, updated_at)
      select c.id, c.region_code, c.org_id, ${police}, ${file.rows[0].id}, st, c.opened_on + 10, c.opened_on + 11,
        case when st in ('opened','refusedFinal') then c.opened_on + 13 end, case when st = 'opened' then 'BENCH-XS-' || c.seq end,
        case when st in ('sent','reported') then c.opened_on + 14 end, case when st in ('sent') then 'police' when st = 'reported' then 'head' else 'none' end, now()
      from (select id, region_code, org_id, opened_on, seq, (array['opened','opened','opened','refusedFinal','sent','reported','notApproved'])[1 + seq % 7] as st,
              row_number() over (order by seq) as n from enforcement_case where opened_on is not null) c
      where c.n % 4 = 0 and c.n <= 4 * ${TRANSFERS}::int`.execute(db);
    await sql`
      insert into enforcement_clue (region_code, from_org_id, to_org_id, title, body, passed_on, acknowledged_on, answered_on, answer, due_on, next_actor, updated_at)
      select '440300', ${customs}, (${bureaus}::uuid[])[1 + g % 9], '基准测试线索' || g, '基准测试线索内容', date '2022-01-01' + (g * 11 % 1800),
        case when g % 3 <> 0 then date '2022-01-01' + (g * 11 % 1800) + 1 end, case when g % 3 = 1 then date '2022-01-01' + (g * 11 % 1800) + 1 + g % 12 end,
        case when g % 3 = 1 then '已核查' end, date '2022-01-01' + (g * 11 % 1800) + 20, 'receiver', now()
      from generate_series(1, ${CLUES}::int) g`.execute(db);
    await sql`
      insert into enforcement_recordal (recordal_no, holder_org_id, right_kind, right_no, right_name, approved_on, expires_on)
      select 'BENCH-T' || g, ${holder}, case when g % 2 = 0 then 'trademark' else 'patent' end, 'R' || g, '基准测试权利' || g, date '2020-01-01', date '2030-01-01' from generate_series(1, 100) g`.execute(db);
    await sql`
      insert into enforcement_detention (region_code, customs_org_id, holder_org_id, recordal_id, kind, goods, quantity, declared_value_fen, notified_on, detained_on, status, updated_at)
      select '440300', ${customs}, ${holder}, case when g % 5 <> 0 then (select id from enforcement_recordal order by recordal_no offset (g % 100) limit 1) end,
        case when g % 2 = 0 then 'onApplication' else 'exOfficio' end, '基准测试货物', 100, 1000000, date '2022-01-01' + (g * 13 % 1800), date '2022-01-01' + (g * 13 % 1800) + 2,
        (array['detained','released','confiscated','courtOrder'])[1 + g % 4], now()
      from generate_series(1, ${DETENTIONS}::int) g`.execute(db);
    // The rows above went in around the repositories, so the monthly figures are filled from them once.
    await services.enforcement.statistics.rebuildFigures();
    // As autovacuum leaves a table that has settled: statistics gathered, pages marked all-visible.
    await sql`vacuum analyze`.execute(db);
    console.log(`  ${Math.round(performance.now() - t)} ms`);

    const list = await timed(() => services.enforcement.cases.list(officer, { page: 1, pageSize: 20, order: 'desc' }));
    console.log(`officer's case list: ${list.last.total.toLocaleString()} cases of the bureau, first page of ${list.last.items.length}; median ${list.ms} ms`);
    const stats = await timed(() => services.enforcement.statistics.get(office, { year: 2025 }));
    const s = stats.last.totals;
    console.log(`statistics 2025 (city office): ${s.casesReceived.toLocaleString()} received, ${s.casesOpened.toLocaleString()} opened, ${s.penalties.toLocaleString()} penalties, ${s.transfers.toLocaleString()} transfers, ${s.detentions.toLocaleString()} detentions, ${stats.last.byAgency.length} agencies × ${stats.last.byDistrict.length} districts; median ${stats.ms} ms`);
    await app.close();
    console.log(JSON.stringify({ officerListMsPg: list.ms, enforcementStatsMsPg: stats.ms }));
  } finally {
    await database.close();
    // BENCH_KEEP=1 leaves the scratch database for a look at the query plans.
    if (!process.env.BENCH_KEEP) await admin.query(`drop database if exists ${dbName}`);
    else console.log(`kept ${dbName}`);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
