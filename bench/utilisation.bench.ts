/**
 * npm run bench:centre (its second half) — 1,000,000 transfers and licences and 200,000 open-licence declarations on
 * PostgreSQL: the public catalogue search (through the service, as the portal asks it: first page,
 * a field, an IPC prefix, universities only, a word of the title) and the year's transformation
 * statistics of the city. Creates and drops its own scratch database on BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres). The last line printed is JSON with the medians:
 * {"catalogueSearchMsPg":…,"transferStatsMsPg":…}.
 */
import pg from 'pg';
import pino from 'pino';
import { sql } from 'kysely';
import { CatalogueQuerySchema } from '../common/utilisation';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { withDatabase } from '../server/test/template';
import { actorFor, buildUser } from '../server/test/factories';

const TRANSFERS = Number(process.env.BENCH_TRANSFERS ?? 1_000_000);
const DECLARATIONS = Number(process.env.BENCH_DECLARATIONS ?? 200_000);
const HOLDERS = 5_000;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `zhichan_bench_utilisation_${process.pid}`;
const districts = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311'];
const fields = ['newEnergyVehicle', 'newMaterials', 'electronics', 'biomedicine', 'intelligentManufacturing', 'energySaving', 'digitalCreative', 'other'];
const ipcs = ['H01M', 'B60L', 'C08K', 'G06F', 'A61K', 'H04N', 'B23K', 'F24F'];
const words = ['电池', '正极材料', '电机控制', '图像识别', '复合材料', '药物组合物', '焊接装置', '节能空调'];

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

    console.log(`inserting ${HOLDERS.toLocaleString()} holders, ${DECLARATIONS.toLocaleString()} declarations, ${TRANSFERS.toLocaleString()} transfers…`);
    let t = performance.now();
    await sql`insert into org (name, name_pinyin, kind, region_code, updated_at)
      select '基准测试单位' || g, 'jizhunceshidanwei' || g, case when g % 5 = 0 then 'university' else 'enterprise' end, (${districts}::text[])[1 + g % 9], now() from generate_series(1, ${HOLDERS}::int) g`.execute(db);
    await sql`
      with h as (select id, name, kind, region_code, row_number() over (order by id) as n from org where name like '基准测试单位%')
      insert into utilisation_declaration (region_code, holder_org_id, holder_name, holder_kind, patent_no, patent_type, title, main_ipc, field, grant_date, expiry_date, pay_kind, rate_bp, term_from, term_to, annual_fee_fen, status, withdrawn_on, declared_on, search_text)
      select h.region_code, h.id, h.name, h.kind, 'BENCH' || g, case when g % 4 = 0 then 'utilityModel' else 'invention' end,
        '一种' || (${words}::text[])[1 + g % 8] || '的方法' || g, (${ipcs}::text[])[1 + g % 8] || ' ' || (g % 90 + 1) || '/' || (g % 50), (${fields}::text[])[1 + (g / 7) % 8],
        date '2018-01-01' + (g % 2000), date '2040-01-01' + (g % 2000), 'royaltySales', 100 + g % 1500, date '2026-01-01', date '2029-01-01', 90000,
        case when g % 10 = 0 then 'withdrawn' else 'open' end, case when g % 10 = 0 then date '2025-06-01' end, date '2024-01-01' + (g % 1000),
        '一种' || (${words}::text[])[1 + g % 8] || '的方法' || g || ' BENCH' || g || ' ' || h.name
      from generate_series(1, ${DECLARATIONS}::int) g join h on h.n = 1 + g % ${HOLDERS}`.execute(db);
    await sql`
      insert into utilisation_transfer (deal_kind, licence_kind, right_kind, right_no, right_title, industry, from_name, from_kind, from_region, to_name, to_kind, to_region, amount_fen, effective_on, source)
      select case when g % 3 = 0 then 'licence' else 'assignment' end, case when g % 3 = 0 then 'ordinary' end, case when g % 6 = 0 then 'trademark' else 'patent' end,
        'T' || g, '基准测试权利' || g, (${fields}::text[])[1 + g % 8], '让与人' || (g % 9973), case when g % 5 = 0 then 'university' else 'enterprise' end,
        (${districts}::text[])[1 + g % 9], '受让人' || (g % 7919), 'enterprise', case when g % 13 = 0 then '440103' else (${districts}::text[])[1 + (g / 9) % 9] end,
        (5 + (g::bigint * 7919) % 4000) * 10000, date '2022-01-01' + (g % 1460), 'imported'
      from generate_series(1, ${TRANSFERS}::int) g`.execute(db);
    // What autovacuum leaves behind in a running database: statistics, and the visibility map the index-only scans need.
    await sql`vacuum analyze`.execute(db);
    console.log(`  ${Math.round(performance.now() - t)} ms`);

    const searches = [{}, { field: 'newMaterials' }, { ipc: 'H01M' }, { holderKind: 'university' }, { q: '正极材料' }, { q: '电池', field: 'newEnergyVehicle', page: '3' }];
    const searchRuns: number[] = [];
    for (let i = 0; i < 4; i++) {
      for (const s of searches) {
        t = performance.now();
        const page = await services.utilisation.declarations.catalogue(CatalogueQuerySchema.parse(s));
        searchRuns.push(performance.now() - t);
        if (i === 0) console.log(`  catalogue ${JSON.stringify(s)}: ${page.total.toLocaleString()} found (counted up to 10,001)`);
      }
    }
    console.log(`catalogue search: median ${median(searchRuns)} ms, worst ${Math.round(Math.max(...searchRuns))} ms`);

    const statsRuns: number[] = [];
    let stats = await services.utilisation.transfers.statistics(office, { year: 2024, regionCode: '440300' });
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      stats = await services.utilisation.transfers.statistics(office, { year: 2024, regionCode: '440300' });
      statsRuns.push(performance.now() - t);
    }
    console.log(`transformation statistics 2024: ${stats.total.count.toLocaleString()} deals, ${stats.byDistrict.length} districts, university to enterprise ${stats.universityToEnterprise.count.toLocaleString()}; median ${median(statsRuns)} ms`);
    await app.close();
    console.log(JSON.stringify({ catalogueSearchMsPg: median(searchRuns), catalogueSearchWorstMsPg: Math.round(Math.max(...searchRuns)), transferStatsMsPg: median(statsRuns) }));
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
