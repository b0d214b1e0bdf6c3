import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

/** Builds the server bundle (and the web app) unless they are newer than the sources. */
export function ensureBuilt(): void {
  if (!fs.existsSync('dist/server/main.js') || process.env.BENCH_REBUILD) {
    const r = spawnSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('build failed');
  }
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the built server with `env` and waits until /api/health answers. */
export async function startServer(env: Record<string, string>, timeoutMs = 180_000): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ZHICHAN_SCHEDULER: '0', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) {
      child.kill();
      throw new Error('server did not start');
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates a scratch PostgreSQL database; answers its URL and a function that drops it. */
export async function scratchDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** A scratch folder for an embedded database. */
export function scratchDir(prefix: string): string {
  return fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', `${prefix}-`));
}

/** Signs in and answers the cookie header and CSRF token. */
export async function signIn(url: string, username: string, password = 'zhichan-demo'): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${url}/api/v1/org/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!r.ok) throw new Error(`sign-in failed: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
  const me = (await r.json()) as { csrfToken: string };
  return { cookie, csrf: me.csrfToken };
}

/** Rounds to one decimal. */
export const round1 = (n: number) => Math.round(n * 10) / 10;
