/**
 * npm run bench:finance — 100,000 loans, 1,000,000 repayments and 20,000 registered pledges on
 * PostgreSQL: the finance statistics page (statistics, through the service as the office: pledges
 * by kind, district, bank and industry, the loan figures, growth, securitisation) and a year's subsidy
 * computation for every enterprise of the city. Creates and drops its own scratch database on
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres). The last line printed is
 * JSON with the medians: {"financeStatsMsPg":…,"subsidyYearMs":…}.
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

const LOANS = Number(process.env.BENCH_LOANS ?? 100_000);
const REPAYMENTS_PER_LOAN = 10;
const ENTERPRISES = 5_000;
const PLEDGES = Number(process.env.BENCH_PLEDGES ?? 20_000);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `zhichan_bench_finance_${process.pid}`;

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
    const banks = [];
    for (let i = 0; i < 3; i++) banks.push((await buildOrg(services, { kind: 'bank', regionCode: '440300', name: `基准测试银行${i}` })).id);
    const office = await actorFor(services, await buildUser(services, { role: 'office', regionCode: '440300' }));
    const districts = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311'];

    console.log(`inserting ${ENTERPRISES.toLocaleString()} enterprises, ${LOANS.toLocaleString()} loans, ${(LOANS * REPAYMENTS_PER_LOAN).toLocaleString()} repayments, ${PLEDGES.toLocaleString()} pledges…`);
    let t = performance.now();
    await sql`insert into org (name, name_pinyin, kind, region_code, updated_at)
      select '基准测试企业' || g, 'jizhunceshiqiye' || g, 'enterprise', (${districts}::text[])[1 + g % 9], now() from generate_series(1, ${ENTERPRISES}::int) g`.execute(db);
    await sql`
      with e as (select id, region_code, row_number() over (order by id) as n from org where kind = 'enterprise')
      insert into finance_loan (region_code, enterprise_org_id, bank_org_id, contract_no, collateral, ip_share_bp, amount_fen, rate_bp, term_months, signed_on, disbursed_on, maturity_on, status, principal_repaid_fen, updated_at)
      select e.region_code, e.id, (${banks}::uuid[])[1 + g % 3], 'BENCH-' || g, case when g % 5 = 0 then 'mixed' else 'pureIp' end, case when g % 5 = 0 then 6000 else 10000 end,
        (100 + (g * 7919) % 2000) * 1000000::bigint, 300 + g % 150, 12, date '2023-01-01' + (g % 1095), date '2023-01-06' + (g % 1095), date '2024-01-06' + (g % 1095),
        (array['active','active','active','closed','closed','defaulted','rescheduled','submitted'])[1 + g % 8], 0, now()
      from generate_series(1, ${LOANS}::int) g join e on e.n = 1 + g % ${ENTERPRISES}`.execute(db);
    await sql`
      insert into finance_repayment (loan_id, paid_on, principal_fen, interest_fen)
      select l.id, l.disbursed_on + k * 30, 0, l.amount_fen * l.rate_bp / 120000
      from finance_loan l cross join generate_series(1, ${REPAYMENTS_PER_LOAN}::int) k where l.status <> 'submitted'`.execute(db);
    await sql`update finance_loan l set interest_repaid_fen = r.s from (select loan_id, sum(interest_fen)::bigint s from finance_repayment group by loan_id) r where r.loan_id = l.id`.execute(db);
    await sql`
      with e as (select id, region_code, row_number() over (order by id) as n from org where kind = 'enterprise')
      insert into finance_pledge (region_code, enterprise_org_id, bank_org_id, secured_amount_fen, debt_start, debt_end, status, time_limit_id, submitted_on, registration_no, registered_on, updated_at)
      select e.region_code, e.id, (${banks}::uuid[])[1 + g % 3], (100 + (g * 7919) % 2000) * 1000000::bigint, date '2023-01-01' + (g % 1095), date '2024-01-01' + (g % 1095),
        (array['registered','registered','changed','released'])[1 + g % 4], (select id from finance_time_limit where is_default), date '2023-01-01' + (g % 1095), 'BENCH-Y' || g, date '2023-01-03' + (g % 1095), now()
      from generate_series(1, ${PLEDGES}::int) g join e on e.n = 1 + g % ${ENTERPRISES}`.execute(db);
    await sql`
      insert into finance_pledge_right (pledge_id, position, kind, number)
      select p.id, k, case when k = 1 then (array['patent','patent','trademark','gi'])[1 + (abs(hashtext(p.id::text)) % 4)] else 'patent' end, 'BENCH' || p.registration_no || '-' || k
      from finance_pledge p cross join generate_series(1, 2) k`.execute(db);
    // What the pledge repository keeps with the rights when it writes them.
    await sql`
      update finance_pledge p set right_kinds = (select array_agg(distinct r.kind order by r.kind) from finance_pledge_right r where r.pledge_id = p.id),
        first_patent = (select r.number from finance_pledge_right r where r.pledge_id = p.id and r.kind = 'patent' order by r.position limit 1)`.execute(db);
    // The rows above went in around the repositories, so the monthly loan figures are filled from them once.
    await services.finance.loanFigures.rebuildFigures();
    // What autovacuum leaves behind in a running database: statistics, and the visibility map the index-only scans need.
    await sql`vacuum analyze`.execute(db);
    console.log(`  ${Math.round(performance.now() - t)} ms`);

    const pool = await services.finance.pools.create(office, { regionCode: '440300', name: '基准测试资金池', centralFen: 0, provincialFen: 0, cityFen: 0, leverageTarget: 10, qualifying: 'ipShare', perLoanCapFen: 100_000_000, capNote: null, depositMultiple: 10, claimDeadlineDays: 10, claimDeadlineSource: '基准测试', overflow: 'proRata', parties: [{ role: 'fund', orgId: null, shareBp: 5400 }, { role: 'bank', orgId: null, shareBp: 4600 }], banks: banks.map((b) => ({ bankOrgId: b, depositFen: 0 })) });
    await services.finance.pools.fund(office, pool.id, { source: 'city', amountFen: 5_000_000_000, on: '2023-01-01', note: null });
    const policy = await services.finance.subsidies.createPolicy(office, { regionCode: '440300', name: '基准测试贴息', kind: 'lprShare', shareBp: 6000, capPerEnterpriseYearFen: 50_000_000, firstTimeOnly: true, source: '基准测试', validFrom: '2023-01-01', validTo: null });

    const loanRuns: number[] = [];
    let figures = await services.finance.loanFigures.loanFigures(office, 2025, '4403');
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      figures = await services.finance.loanFigures.loanFigures(office, 2025, '4403');
      loanRuns.push(performance.now() - t);
    }
    console.log(`loan figures 2025: ${figures.loans.toLocaleString()} loans, inclusive share ${(figures.inclusiveShareBp / 100).toFixed(2)} %; median ${median(loanRuns)} ms`);

    // The statistics page as a whole: what GET /finance/statistics answers (the loan figures are part of it). Each
    // run follows a write to the loans, so the page's versioned cache never answers; the cached answer is timed apart.
    const statsRuns: number[] = [];
    const cachedRuns: number[] = [];
    let page = await services.finance.statistics.statistics(office, 2025, '440300');
    for (let i = 0; i < 20; i++) {
      await sql`update table_version set version = version + 1 where table_name = 'finance_loan'`.execute(db);
      t = performance.now();
      page = await services.finance.statistics.statistics(office, 2025, '440300');
      statsRuns.push(performance.now() - t);
      t = performance.now();
      await services.finance.statistics.statistics(office, 2025, '440300');
      cachedRuns.push(performance.now() - t);
    }
    console.log(`statistics page 2025: ${page.pledges.projects.toLocaleString()} pledges, ${page.byKind.length} kinds, ${page.byDistrict.length} districts, ${page.byIndustry.length} industries, ${page.loans.loans.toLocaleString()} loans; median ${median(statsRuns)} ms (${median(cachedRuns)} ms cached)`);

    const subsidyRuns: number[] = [];
    let year = await services.finance.subsidies.computeYear(office, policy.id, 2025);
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      year = await services.finance.subsidies.computeYear(office, policy.id, 2025);
      subsidyRuns.push(performance.now() - t);
    }
    console.log(`subsidies 2025: ${year.enterprises.toLocaleString()} enterprises, ${year.loans.toLocaleString()} loans, ${(year.totalFen / 100).toLocaleString('zh-CN')} 元; median ${median(subsidyRuns)} ms`);
    await app.close();
    console.log(JSON.stringify({ financeStatsMsPg: median(statsRuns), financeStatsCachedMs: median(cachedRuns), loanFiguresMsPg: median(loanRuns), subsidyYearMs: median(subsidyRuns) }));
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
