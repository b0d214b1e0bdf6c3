// npx tsx bench/body-rss.bench.ts — the server's resident memory after oversized request bodies: a
// few 20 MB JSON bodies (declared length and chunked), 20 MB uploads, and a 20 MB form sent to a JSON
// route, each answered before the next. The app runs in this process on an in-memory embedded
// database, so process RSS is the server's. The last line is JSON.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { buildUser, TEST_PASSWORD } from '../server/test/factories';

const SIZE = 20 * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const mb = (n: number) => Math.round(n / 1024 / 1024);

function send(url: string, path: string, headers: Record<string, string>, body: Buffer, chunked: boolean): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(`${url}${path}`, { method: 'POST', headers: chunked ? headers : { ...headers, 'content-length': String(body.length) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    // The server may answer and close before reading everything; that is the point.
    req.on('error', () => resolve(-1));
    for (let i = 0; i < body.length; i += 1024 * 1024) req.write(body.subarray(i, i + 1024 * 1024));
    req.end();
  });
}

function form(name: string, bytes: Buffer): { headers: Record<string, string>; body: Buffer } {
  const b = '----bench' + Date.now();
  const head = Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return { headers: { 'content-type': `multipart/form-data; boundary=${b}` }, body: Buffer.concat([head, bytes, Buffer.from(`\r\n--${b}--\r\n`)]) };
}

const database = await createDatabase({ dataDir: 'memory://' });
await migrateToLatest(database.db);
const config = loadConfig({ ZHICHAN_DEMO: '0', ZHICHAN_SCHEDULER: '0', ZHICHAN_LOGIN_RATE_LIMIT: '1000' });
const { app, services } = await buildApp({ config, database, logger: pino({ level: 'silent' }) });
const user = await buildUser(services, { role: 'admin', username: 'bench' });
await app.listen({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const login = await fetch(`${url}/api/v1/org/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user.username, password: TEST_PASSWORD }) });
const auth = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0], 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };

const json = Buffer.from(JSON.stringify({ title: '标题', body: 'x'.repeat(SIZE) }));
const upload = form('big.xlsx', Buffer.alloc(SIZE, 1));
const cases: [string, () => Promise<number>][] = [
  ['20 MB JSON, content-length', () => send(url, '/api/v1/publish/articles', { ...auth, 'content-type': 'application/json' }, json, false)],
  ['20 MB JSON, chunked', () => send(url, '/api/v1/publish/articles', { ...auth, 'content-type': 'application/json' }, json, true)],
  ['20 MB upload to /api/v1/platform/files', () => send(url, '/api/v1/platform/files', { ...auth, ...upload.headers }, upload.body, false)],
  ['20 MB form to a JSON route', () => send(url, '/api/v1/publish/articles', { ...auth, ...upload.headers }, upload.body, false)],
];
global.gc?.();
const start = process.memoryUsage().rss;
console.log(`rss at start ${mb(start)} MB; ${ROUNDS} requests of each kind`);
const figures: Record<string, { statuses: number[]; rssMb: number }> = {};
for (const [title, run] of cases) {
  const statuses: number[] = [];
  for (let i = 0; i < ROUNDS; i++) statuses.push(await run());
  global.gc?.();
  const rss = process.memoryUsage().rss;
  figures[title] = { statuses: [...new Set(statuses)], rssMb: mb(rss) };
  console.log(`${title.padEnd(34)} answers ${[...new Set(statuses)].join(',').padEnd(8)} rss ${mb(rss)} MB`);
}
const end = process.memoryUsage().rss;
console.log(`rss at end ${mb(end)} MB (+${mb(end - start)} MB)`);
await app.close();
await database.close();
console.log(JSON.stringify({ bench: 'body-rss', rounds: ROUNDS, bodyMb: SIZE / 1024 / 1024, startRssMb: mb(start), endRssMb: mb(end), cases: figures }));
