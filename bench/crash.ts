// Crash test: starts the real server, writes through the HTTP API as fast as one client can,
// kills the server with SIGKILL at a random moment, restarts it and checks that every write
// that was answered is still there, that the demo city was not filled in again and that the
// audit chain verifies. PGlite first (one data folder, the first cycle after a large import),
// then PostgreSQL (a scratch database). Prints a line per cycle and ends with one JSON line.
//   node --import tsx bench/crash.ts [--cycles 20] [--pg-cycles 5] [--import-rows 30000]
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { freePort, scratchDatabase, scratchDir, signIn } from './lib';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const CYCLES = flag('cycles', 20);
const PG_CYCLES = flag('pg-cycles', 5);
const IMPORT_ROWS = flag('import-rows', 30_000);

// Servers this script started: killed if it stops early, so none is left holding a folder.
const running = new Set<ChildProcess>();
let lastLog: string[] = [];
process.on('exit', () => running.forEach((c) => c.kill('SIGKILL')));

interface Server {
  url: string;
  child: ChildProcess;
  log: string[];
}
interface Session {
  url: string;
  headers: Record<string, string>;
}

/** Starts `node --import tsx server/main.ts` itself, so SIGKILL hits the process holding the database. */
async function start(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ZHICHAN_SCHEDULER: '0', ZHICHAN_LOGIN_RATE_LIMIT: '100000', ZHICHAN_DEMO: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const keep = (d: Buffer) => log.push(...d.toString().split('\n').filter(Boolean));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  running.add(child);
  lastLog = log;
  child.once('exit', () => running.delete(child));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log.slice(-20).join('\n')}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { url, child, log };
    if (Date.now() - started > 600_000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stop(s: Server, signal: NodeJS.Signals): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill(signal);
  await exited;
}

async function session(url: string): Promise<Session> {
  const { cookie, csrf } = await signIn(url, 'admin');
  return { url, headers: { cookie, 'x-csrf-token': csrf } };
}

async function getJson<T>(s: Session, p: string): Promise<{ status: number; body: T }> {
  const r = await fetch(s.url + p, { headers: s.headers });
  return { status: r.status, body: (await r.json()) as T };
}

interface Me {
  id: string;
  org: { id: string; name: string };
}

/** Imports people from Excel in jobs of 10,000 rows (the import limit), to make the WAL large. */
async function bigImport(s: Session, orgName: string, rows: number): Promise<void> {
  for (let done = 0; done < rows; done += 10_000) {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('人员');
    sheet.addRow(['姓名', '职务', '所属机构', '电话', '邮箱']);
    for (let i = done; i < Math.min(rows, done + 10_000); i++) sheet.addRow([`导入${i}`, `知识产权专员 ${'备注'.repeat(20)}`, orgName]);
    const form = new FormData();
    form.append('file', new Blob([await wb.xlsx.writeBuffer()]), 'people.xlsx');
    const r = await fetch(`${s.url}/api/v1/org/people/import`, { method: 'POST', headers: s.headers, body: form });
    if (r.status !== 202) throw new Error(`import refused: ${r.status} ${await r.text()}`);
    const job = (await r.json()) as { id: string };
    for (;;) {
      const j = (await getJson<{ status: string; message: string | null; result: unknown }>(s, `/api/v1/platform/jobs/${job.id}`)).body;
      if (j.status === 'succeeded') break;
      if (j.status === 'failed') throw new Error(`import failed: ${j.message} ${JSON.stringify(j.result).slice(0, 300)}`);
      await new Promise((res) => setTimeout(res, 500));
    }
  }
}

/** Creates people one after another until the server dies; answers the ids whose answer arrived. */
async function writeUntilKilled(s: Session, server: Server, orgId: string, tag: string): Promise<string[]> {
  const acked: string[] = [];
  let killed = false;
  setTimeout(() => {
    killed = true;
    server.child.kill('SIGKILL');
  }, 1000 + Math.random() * 6000);
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${s.url}/api/v1/org/people`, {
        method: 'POST',
        headers: { ...s.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `崩溃${tag}-${i}`, title: '测试', orgId }),
      });
      if (r.status !== 201) throw new Error(`create answered ${r.status}: ${await r.text()}`);
      acked.push(((await r.json()) as { id: string }).id);
    } catch (err) {
      if (!killed) throw err;
      await new Promise((res) => (server.child.exitCode === null && server.child.signalCode === null ? server.child.once('exit', res) : res(null)));
      return acked;
    }
  }
}

/** How many of the ids the server no longer knows. */
async function missing(s: Session, ids: string[]): Promise<number> {
  let lost = 0;
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++] ?? '';
      const r = await fetch(`${s.url}/api/v1/org/people/${id}`, { headers: s.headers });
      await r.arrayBuffer();
      if (r.status !== 200) lost++;
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return lost;
}

interface Totals {
  cycles: number;
  acked: number;
  lost: number;
  wiped: number;
}

/** Runs the kill/restart cycles on one database; the first server must be running. */
async function cycles(engine: string, n: number, env: Record<string, string>, first: Server, totals: Totals): Promise<void> {
  let server = first;
  let s = await session(server.url);
  const me = (await getJson<Me>(s, '/api/v1/org/auth/me')).body;
  const everything: string[] = [];
  for (let c = 1; c <= n; c++) {
    const acked = await writeUntilKilled(s, server, me.org.id, `${engine}${c}`);
    everything.push(...acked);
    const t = Date.now();
    server = await start(env);
    const restartMs = Date.now() - t;
    s = await session(server.url);
    const again = (await getJson<Me>(s, '/api/v1/org/auth/me')).body;
    const refilled = server.log.some((l) => l.includes('filling in the demo city') || l.includes('database schema updated'));
    const wiped = again.id !== me.id || again.org.id !== me.org.id || refilled ? 1 : 0;
    const lost = await missing(s, acked);
    const audit = (await getJson<{ ok: boolean; checked: number }>(s, '/api/v1/platform/audit/verify')).body;
    totals.cycles++;
    totals.acked += acked.length;
    totals.lost += lost;
    totals.wiped += wiped;
    console.log(`${engine} cycle ${c}/${n}: acked ${acked.length}, lost ${lost}, wiped ${wiped}, restart ${restartMs} ms, audit ${audit.ok ? 'intact' : 'BROKEN'} (${audit.checked} events)`);
    if (!audit.ok) totals.lost++;
  }
  const lostOverall = await missing(s, everything);
  console.log(`${engine}: all ${everything.length} acknowledged people checked after the last restart, ${lostOverall} missing`);
  totals.lost += lostOverall;
  await stop(server, 'SIGTERM');
}

async function main(): Promise<void> {
  const totals: Totals = { cycles: 0, acked: 0, lost: 0, wiped: 0 };
  const dataDir = scratchDir('zhichan-crash');
  try {
    const env = { ZHICHAN_DATA_DIR: dataDir };
    const t = Date.now();
    const first = await start(env);
    const s = await session(first.url);
    const me = (await getJson<Me>(s, '/api/v1/org/auth/me')).body;
    await bigImport(s, me.org.name, IMPORT_ROWS);
    const wal = fs.readdirSync(path.join(dataDir, 'pgdata', 'pg_wal')).filter((f) => /^[0-9A-F]{24}$/.test(f));
    console.log(`pglite: demo city and ${IMPORT_ROWS} imported people in ${Math.round((Date.now() - t) / 1000)} s; pg_wal holds ${wal.length} segments`);
    await cycles('pglite', CYCLES, env, first, totals);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const pgCycles = totals.cycles;
  if (PG_CYCLES > 0) {
    const scratch = await scratchDatabase('zhichan_crash');
    const pgDir = scratchDir('zhichan-crash-pg');
    try {
      const env = { DATABASE_URL: scratch.url, ZHICHAN_DATA_DIR: pgDir };
      await cycles('postgres', PG_CYCLES, env, await start(env), totals);
    } finally {
      await scratch.drop();
      fs.rmSync(pgDir, { recursive: true, force: true });
    }
  }
  console.log(JSON.stringify({ cycles: totals.cycles, pgCycles: totals.cycles - pgCycles, acked: totals.acked, lost: totals.lost, wiped: totals.wiped }));
  if (totals.lost > 0 || totals.wiped > 0) process.exitCode = 1;
}

await main().catch((err: unknown) => {
  console.error(err instanceof Error ? `${err.message} ${err.cause instanceof Error ? err.cause.message : ''}` : err);
  console.error(`the server's last lines:\n${lastLog.slice(-15).join('\n')}`);
  process.exit(1);
});
