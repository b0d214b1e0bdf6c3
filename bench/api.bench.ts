// npm run bench:api — requests/s and p99 of the organisation list and sign-in against the built
// server, on PostgreSQL and on the embedded database, with a route that only runs SELECT 1 on
// PostgreSQL (/api/health) as the ceiling. Every request after the first asks for the same page,
// so the list answers from its version-checked cache (one version query per request), as it
// does for users paging back and forth. The last line is JSON.
import fs from 'node:fs';
import autocannon from 'autocannon';
import { ensureBuilt, round1, scratchDatabase, scratchDir, signIn, startServer } from './lib';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

interface Figures {
  rps: number;
  p99: number;
  errors: number;
}

async function measure(title: string, opts: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts });
  const non2xx = result.non2xx + result.errors;
  const f = { rps: Math.round(result.requests.average), p99: result.latency.p99, errors: non2xx };
  console.log(`${title.padEnd(40)} ${String(f.rps).padStart(7)} req/s   p99 ${String(f.p99).padStart(4)} ms   errors ${non2xx}`);
  return f;
}

async function warm(opts: autocannon.Options): Promise<void> {
  await autocannon({ connections: CONNECTIONS, duration: 2, ...opts });
}

ensureBuilt();
console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION} s per route, server and load generator on the same machine\n`);

const pgDb = await scratchDatabase('zhichan_bench_api');
const results: Record<string, Figures> = {};
try {
  const server = await startServer({ DATABASE_URL: pgDb.url, ZHICHAN_DEMO: '1', ZHICHAN_LOGIN_RATE_LIMIT: '100000000' });
  try {
    const { cookie } = await signIn(server.url, 'office');
    const orgList: autocannon.Options = { url: `${server.url}/api/v1/org/orgs?pageSize=20&sort=name`, headers: { cookie } };
    const select1: autocannon.Options = { url: `${server.url}/api/health` };
    const login: autocannon.Options = {
      url: `${server.url}/api/v1/org/auth/login`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'office', password: 'zhichan-demo' }),
    };
    await warm(select1);
    results.select1Pg = await measure('PostgreSQL  SELECT 1 (/api/health)', select1);
    await warm(orgList);
    results.orgListPg = await measure('PostgreSQL  GET /api/v1/org/orgs (20 rows)', orgList);
    results.loginPg = await measure('PostgreSQL  POST /api/v1/org/auth/login', login);
  } finally {
    await server.stop();
  }
} finally {
  await pgDb.drop();
}

const dir = scratchDir('zhichan-bench-api');
try {
  const server = await startServer({ ZHICHAN_DATA_DIR: dir, ZHICHAN_DEMO: '1' });
  try {
    const { cookie } = await signIn(server.url, 'office');
    const orgList: autocannon.Options = { url: `${server.url}/api/v1/org/orgs?pageSize=20&sort=name`, headers: { cookie } };
    await warm(orgList);
    results.orgListPglite = await measure('PGlite      GET /api/v1/org/orgs (20 rows)', orgList);
  } finally {
    await server.stop();
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const r = results as Record<'select1Pg' | 'orgListPg' | 'loginPg' | 'orgListPglite', Figures>;
console.log(`\norganisation list on PostgreSQL: ${round1((r.orgListPg.rps / r.select1Pg.rps) * 100)}% of the SELECT 1 ceiling (target ≥ 50%, and ≥ 2,000 req/s)`);
console.log(
  JSON.stringify({
    orgListRpsPg: r.orgListPg.rps,
    orgListP99MsPg: r.orgListPg.p99,
    orgListRpsPglite: r.orgListPglite.rps,
    orgListP99MsPglite: r.orgListPglite.p99,
    loginRpsPg: r.loginPg.rps,
    loginP99MsPg: r.loginPg.p99,
    select1RpsPg: r.select1Pg.rps,
    select1P99MsPg: r.select1Pg.p99,
  }),
);
