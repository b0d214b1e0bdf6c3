/**
 * npm run bench:soak [-- --minutes 30] — the built server on a fresh embedded database with the demo
 * city (scheduler on, as deployed), loaded for N minutes over 16 keep-alive connections on loopback:
 * office, district, liaison, court and enterprise users read lists, details, search and their
 * notifications, and the office and district users add, change and delete people, with the CSRF
 * token, as the web app does. The server's RSS is sampled every 5 s; the first minute (a third of a
 * shorter run) is warm-up. Fails when any request fails or answers other than 2xx, or when the RSS at
 * the end is 20 % or more above the RSS after warm-up. Requests and errors count the whole run, p99
 * the requests after warm-up. The last line is JSON.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { ensureBuilt, round1, scratchDir, signIn, startServer } from './lib';

const CONNECTIONS = 16;
const SAMPLE_MS = 5_000;
const REQUEST_TIMEOUT_MS = 30_000;
const RSS_GROWTH_MAX = 0.2;
// Latency histogram: 0.1 ms buckets up to 30 s; slower answers time out and count as errors.
const BUCKET_MS = 0.1;
const BUCKETS = REQUEST_TIMEOUT_MS / BUCKET_MS + 1;

function minutesArg(argv: string[]): number {
  const i = argv.indexOf('--minutes');
  const value = i >= 0 ? Number(argv[i + 1]) : 30;
  if (!Number.isFinite(value) || value <= 0 || value > 24 * 60) throw new Error('--minutes: a number of minutes between 0 and 1440');
  return value;
}

/** Resident set size of a process in MB (Linux /proc, else ps). */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux: ask ps
  }
  return Number(spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim()) / 1024;
}

interface Session {
  role: string;
  cookie: string;
  csrf: string;
}

interface Stats {
  requests: number;
  errors: number;
  measured: Uint32Array;
  firstErrors: string[];
}

const stats: Stats = { requests: 0, errors: 0, measured: new Uint32Array(BUCKETS), firstErrors: [] };
let measuring = false;

/** One request as a signed-in user; answers the parsed body, or null after counting an error. */
async function call(base: string, s: Session, method: string, path: string, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = { cookie: s.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = s.csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  stats.requests++;
  try {
    const res = await fetch(base + path, { method, headers, body: body === undefined ? null : JSON.stringify(body), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text();
    if (measuring) stats.measured[Math.min(BUCKETS - 1, Math.floor((performance.now() - started) / BUCKET_MS))]++;
    if (res.status >= 300) throw new Error(`${res.status} ${text.slice(0, 200)}`);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch (err) {
    stats.errors++;
    if (stats.firstErrors.length < 10) stats.firstErrors.push(`${s.role} ${method} ${path}: ${(err as Error).message}`);
    return null;
  }
}

const READS: Record<string, string[]> = {
  office: ['/api/v1/org/auth/me', '/api/v1/org/orgs?pageSize=20&sort=name', '/api/v1/org/people?pageSize=20', '/api/v1/tasks?pageSize=20', '/api/v1/protection/cases?pageSize=20', '/api/v1/publish/search?q=%E4%B8%93%E5%88%A9', '/api/v1/platform/notifications', '/api/v1/publish/articles?pageSize=20'],
  district: ['/api/v1/org/auth/me', '/api/v1/org/orgs?pageSize=20&regionCode=440310', '/api/v1/protection/cases?pageSize=20', '/api/v1/platform/notifications', '/api/v1/tasks?pageSize=20'],
  liaison: ['/api/v1/org/auth/me', '/api/v1/tasks?pageSize=20', '/api/v1/platform/notifications', '/api/v1/org/orgs?pageSize=20'],
  court: ['/api/v1/org/auth/me', '/api/v1/protection/cases?pageSize=20', '/api/v1/org/orgs?pageSize=20'],
  enterprise: ['/api/v1/org/auth/me', '/api/v1/platform/notifications', '/api/v1/org/orgs?pageSize=20'],
};
const WRITERS = new Set(['office', 'district']);
// Which role each of the 16 connections plays.
const CONNECTION_ROLES = ['office', 'office', 'office', 'office', 'district', 'district', 'district', 'liaison', 'liaison', 'liaison', 'court', 'court', 'enterprise', 'enterprise', 'office', 'district'];

/** Adds a person to an organisation the user may change, renames them, and deletes them again. */
async function writeCycle(base: string, s: Session, orgId: string, n: number): Promise<void> {
  const created = (await call(base, s, 'POST', '/api/v1/org/people', { name: `压测联系人${n}`, title: '测试', orgId })) as { id?: string } | null;
  if (!created?.id) return;
  await call(base, s, 'PATCH', `/api/v1/org/people/${created.id}`, { title: `测试${n}` });
  await call(base, s, 'GET', `/api/v1/org/people/${created.id}`);
  await call(base, s, 'DELETE', `/api/v1/org/people/${created.id}`);
}

/** One connection: its role's reads in turn, a write cycle every tenth round for writers, until the deadline. */
async function connection(base: string, s: Session, orgId: string, deadline: number, index: number): Promise<void> {
  const reads = READS[s.role];
  for (let round = 0; Date.now() < deadline; round++) {
    await call(base, s, 'GET', reads[round % reads.length]);
    if (WRITERS.has(s.role) && round % 10 === index % 10) await writeCycle(base, s, orgId, index * 1_000_000 + round);
  }
}

/** An organisation in the user's own scope, for the people it adds. */
async function ownOrg(base: string, s: Session): Promise<string> {
  const me = (await call(base, s, 'GET', '/api/v1/org/auth/me')) as { org: { id: string } } | null;
  if (!me) throw new Error(`${s.role}: /auth/me failed: ${stats.firstErrors.join('; ')}`);
  return me.org.id;
}

function p99Ms(histogram: Uint32Array): number {
  const total = histogram.reduce((a, b) => a + b, 0);
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i];
    if (seen >= total * 0.99) return round1((i + 1) * BUCKET_MS);
  }
  return 0;
}

const minutes = minutesArg(process.argv.slice(2));
const totalMs = minutes * 60_000;
const warmMs = Math.min(60_000, totalMs / 3);
ensureBuilt();
const dir = scratchDir('zhichan-bench-soak');
let failed = false;
try {
  console.log(`soak: ${minutes} min, ${CONNECTIONS} keep-alive connections, embedded database with the demo city; warm-up ${round1(warmMs / 1000)} s`);
  const server = await startServer({ ZHICHAN_DATA_DIR: dir, ZHICHAN_DEMO: '1', ZHICHAN_SCHEDULER: '1', ZHICHAN_LOGIN_RATE_LIMIT: '100000', NODE_OPTIONS: '--max-semi-space-size=64' });
  const pid = server.process.pid!;
  try {
    const sessions = new Map<string, Session>();
    for (const role of new Set(CONNECTION_ROLES)) sessions.set(role, { role, ...(await signIn(server.url, role)) });
    const orgs = new Map<string, string>();
    for (const [role, s] of sessions) orgs.set(role, await ownOrg(server.url, s));

    const started = Date.now();
    const deadline = started + totalMs;
    let rssStartMb = 0;
    let rssPeakMb = 0;
    const sampler = setInterval(() => {
      const rss = rssMb(pid);
      rssPeakMb = Math.max(rssPeakMb, rss);
      const elapsed = Date.now() - started;
      if (!measuring && elapsed >= warmMs) {
        measuring = true;
        rssStartMb = rss;
        console.log(`  warm-up done: RSS ${round1(rss)} MB`);
      }
      if (Math.floor(elapsed / 60_000) !== Math.floor((elapsed - SAMPLE_MS) / 60_000)) {
        console.log(`  ${String(Math.round(elapsed / 1000)).padStart(5)} s   ${String(stats.requests).padStart(8)} requests   ${stats.errors} errors   RSS ${round1(rss)} MB`);
      }
    }, SAMPLE_MS);
    try {
      await Promise.all(CONNECTION_ROLES.map((role, i) => connection(server.url, sessions.get(role)!, orgs.get(role)!, deadline, i)));
    } finally {
      clearInterval(sampler);
    }
    const rssEndMb = rssMb(pid);
    if (!measuring) rssStartMb = rssEndMb;
    const growth = (rssEndMb - rssStartMb) / rssStartMb;
    const result = { minutes, requests: stats.requests, errors: stats.errors, p99Ms: p99Ms(stats.measured), rssStartMb: Math.round(rssStartMb), rssEndMb: Math.round(rssEndMb) };
    console.log(`\n${stats.requests} requests (${Math.round(stats.requests / (totalMs / 1000))}/s), ${stats.errors} errors, p99 ${result.p99Ms} ms after warm-up; RSS ${round1(rssStartMb)} → ${round1(rssEndMb)} MB (${round1(growth * 100)} %, peak ${round1(rssPeakMb)} MB)`);
    for (const e of stats.firstErrors) console.log(`  error: ${e}`);
    if (stats.errors > 0) failed = true;
    if (growth >= RSS_GROWTH_MAX) {
      console.log(`RSS grew ${round1(growth * 100)} % after warm-up (limit ${RSS_GROWTH_MAX * 100} %)`);
      failed = true;
    }
    console.log(JSON.stringify(result));
  } finally {
    await server.stop();
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
