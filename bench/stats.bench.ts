// npm run bench:stats -- --patents 10000000 [--seed 1] [--keep]
// Generates N patents for every city of China (plus baselines), imports them into a scratch
// PostgreSQL database through the real import (a first load: CSV stream → checks → COPY straight
// into the index-less table, keys and indexes built once, facts and indicator values, all in one
// transaction; later imports go through the stage and merge a delta), recomputes every indicator of
// every region and year from scratch, measures the dashboard API, loads the same file into DuckDB
// with the same event key and computes the same facts there (stats-duckdb.ts; the faster of two
// ways, both checked against PostgreSQL's) and the same roll-up, then imports a day's changes. The
// last line is JSON.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { openBulk } from '../server/db/bulk';
import { rollUp } from '../server/modules/stats/domain/rollup';
import { computeValues } from '../server/modules/stats/domain/values';
import { dayOfChanges, geography, writeDataset } from '../server/modules/stats/demo/generator';
import { factRepository } from '../server/modules/stats/fact.repository';
import { PATENT_FILE_HEADER, patentFileLine } from '../server/modules/stats/demo/record-gen';
import { buildUser, TEST_PASSWORD } from '../server/test/factories';
import { scratchDatabase, signIn } from './lib';
import { duckdbFacts, factKey } from './stats-duckdb';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const N = Number(arg('patents', '1000000'));
const SEED = Number(arg('seed', '1'));
const KEEP = process.argv.includes('--keep');
if (!Number.isInteger(N) || N < 1000) throw new Error('--patents: at least 1000');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const quiet = { report: () => undefined };
const system = { actor: null, audit: { system: 'bench' }, name: 'bench' };

const outDir = path.resolve('bench/out', `stats-${N}-${SEED}`);
const scratch = await scratchDatabase('zhichan_bench_stats');
console.log(`stats benchmark: ${fmt(N)} patents, seed ${SEED}, scratch database ${new URL(scratch.url).pathname.slice(1)}`);
const database = await createDatabase({ databaseUrl: scratch.url, poolSize: 10 });
let result: Record<string, number> | undefined;
try {
  await migrateToLatest(database.db);
  const built = await buildApp({ config: loadConfig({ DATABASE_URL: scratch.url, ZHICHAN_DEMO: '0', ZHICHAN_SCHEDULER: '0', ZHICHAN_LOGIN_RATE_LIMIT: '100000' }), database, logger: pino({ level: 'warn' }) });
  const { services } = built;
  const tree = services.stats.compute.tree();

  // 1. Generate (kept in bench/out for the next run with the same size and seed).
  let t = Date.now();
  const marker = path.join(outDir, 'complete');
  if (!fs.existsSync(marker)) {
    await writeDataset(tree, { patents: N, seed: SEED, dir: outDir });
    fs.writeFileSync(marker, new Date().toISOString());
    console.log(`generate        ${fmt(N)} patents in ${secs(Date.now() - t)} (${fmt(fs.statSync(path.join(outDir, 'patents.csv')).size / 1e6)} MB)`);
  } else console.log(`generate        reusing ${outDir}`);
  const patentsCsv = path.join(outDir, 'patents.csv');

  // 2. Import: baselines, then the patents through the whole import path.
  await services.stats.imports.run(system, 'baseline', { name: 'baselines.csv', path: path.join(outDir, 'baselines.csv') }, null, quiet);
  t = Date.now();
  const imported = await services.stats.imports.run(system, 'patent', { name: 'patents.csv', path: patentsCsv }, null, quiet);
  const importMs = Date.now() - t;
  const importRowsPerSec = imported.total / (importMs / 1000);
  console.log(`import          ${fmt(imported.total)} rows in ${secs(importMs)} = ${fmt(importRowsPerSec)} rows/s (parse, COPY into the stage, checks, merge, facts delta, values)`);
  console.log(`  phases (ms): ${JSON.stringify(imported.phasesMs)}`);

  // 3. Full recompute: facts from every record, then the roll-up, values and ranks of every region and year.
  t = Date.now();
  const recompute = await services.stats.compute.fullRecompute();
  const recomputeMs = Date.now() - t;
  console.log(`recompute       ${fmt(recompute.values)} values in ${secs(recomputeMs)}; parts (ms): ${JSON.stringify(services.stats.compute.lastRefresh())}`);
  const threshold = await services.stats.compute.thresholdFen(database.db);
  // As the recompute computes them, without writing them.
  const bulk = await openBulk(database);
  t = Date.now();
  const pgFacts = await bulk.db.transaction().execute((trx) => services.stats.compute.recordFacts(bulk, trx));
  const pgFactsMs = Date.now() - t;
  bulk.release();
  console.log(`  of which the facts alone: ${secs(pgFactsMs)} (${fmt(pgFacts.length)} facts)`);

  // 4. Dashboard API p95 over HTTP, for cities and districts and years.
  const user = await buildUser(services, { role: 'office', regionCode: '440300' });
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(built.app.server.address() as AddressInfo).port}`;
  const { cookie } = await signIn(url, user.username, TEST_PASSWORD);
  const regions = ['440300', '110000', '310000', '440100', '440305', '440310', '330100', '320500', '000000'];
  const times: number[] = [];
  const REQUESTS = 400;
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const started = performance.now();
        const r = await fetch(`${url}/api/v1/stats/dashboard?region=${regions[i % regions.length]}&year=${2019 + (i % 5)}`, { headers: { cookie } });
        await r.arrayBuffer();
        if (!r.ok) throw new Error(`dashboard ${r.status}`);
        if (i >= 20) times.push(performance.now() - started);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const dashboardP95Ms = times[Math.floor(times.length * 0.95)];
  console.log(`dashboard API   p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, p95 ${dashboardP95Ms.toFixed(1)} ms (${times.length} requests, 4 at a time)`);

  // 5. DuckDB: the same file with the same event key, its facts by the faster of two ways, and the same roll-up in JS.
  const duck = await duckdbFacts(patentsCsv, threshold);
  if (factKey(duck.facts) !== factKey(await factRepository.facts(database.db))) throw new Error('DuckDB and PostgreSQL disagree on the facts');
  const duckFactsMs = Math.min(duck.jsMs, duck.sqlMs);
  console.log(`duckdb load     ${secs(duck.loadMs)}; facts ${secs(duck.jsMs)} by the groups SQL and JS, ${secs(duck.sqlMs)} all in SQL (${fmt(duck.groups)} groups, ${fmt(duck.facts.length)} facts, the same as PostgreSQL's)`);
  const baselines = await factRepository.baselines(database.db);
  t = Date.now();
  const values = computeValues(tree, rollUp(tree, duck.facts, []), baselines);
  const duckRollupMs = Date.now() - t;
  const duckdbMs = duckFactsMs + duckRollupMs;
  console.log(`duckdb          facts ${secs(duckFactsMs)} + roll-up and ranks in JS ${secs(duckRollupMs)} (${fmt(values.length)} values) = ${secs(duckdbMs)}`);
  const ratioToDuckdb = recomputeMs / duckdbMs;
  console.log(`ratio           PostgreSQL full recompute / DuckDB = ${ratioToDuckdb.toFixed(2)} (facts alone ${(pgFactsMs / duckFactsMs).toFixed(2)})`);

  // 6. A day's changes: new grants and lapses, reflected by the import's delta without a full recompute.
  const geo = geography(tree);
  const day = dayOfChanges(geo, SEED, N, Math.max(1000, Math.round(N / 7300)), '2024-01-02');
  const dayFile = path.join(outDir, 'day-2024-01-02.csv');
  fs.writeFileSync(dayFile, PATENT_FILE_HEADER + day.map(patentFileLine).join(''));
  const before = (await services.stats.dashboards.dashboard('000000', 2024)).cards.find((c) => c.id === 'patentGrants')?.value ?? 0;
  t = Date.now();
  const dayReport = await services.stats.imports.run(system, 'patent', { name: 'day.csv', path: dayFile }, null, quiet);
  const incrementalMs = Date.now() - t;
  const after = (await services.stats.dashboards.dashboard('000000', 2024)).cards.find((c) => c.id === 'patentGrants')?.value ?? 0;
  console.log(`a day's changes ${fmt(dayReport.inserted)} new, ${fmt(dayReport.updated)} changed in ${secs(incrementalMs)}; national grants of 2024: ${fmt(before)} → ${fmt(after)}`);
  if (after - before !== dayReport.inserted) throw new Error('the day’s grants are not reflected');

  result = {
    patents: N,
    importRowsPerSec: Math.round(importRowsPerSec),
    recomputeMs,
    duckdbMs,
    ratioToDuckdb: Math.round(ratioToDuckdb * 100) / 100,
    dashboardP95Ms: Math.round(dashboardP95Ms * 10) / 10,
    incrementalMs,
  };
  await built.app.close();
} finally {
  await database.close();
  if (KEEP) console.log(`kept ${scratch.url}`);
  else await scratch.drop();
}
if (!result) throw new Error('the benchmark did not finish');
console.log(JSON.stringify(result));
