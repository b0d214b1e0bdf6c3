import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { buildApp, type App } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../db/database';
import type { Clock } from '../platform/clock';
import { createTestDatabase } from './test-db';

export interface TestSession {
  cookie: string;
  csrf: string;
  userId: string;
  request(method: InjectOptions['method'], url: string, body?: unknown): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  upload(url: string, file: { name: string; bytes: Buffer }, fields?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export interface TestApp extends App {
  database: Database;
  login(username: string, password: string): Promise<TestSession>;
  close(): Promise<void>;
}

/** A multipart body with one file, as a browser would send it. */
export function multipart(file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----zhichan' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name.replace(/"/g, '%22')}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The app on a fresh database, without the demo; sign in users made with the factories. */
export async function createTestApp(opts: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ ZHICHAN_DEMO: '0', ZHICHAN_SCHEDULER: '0', ZHICHAN_LOGIN_RATE_LIMIT: '1000', ...opts.env });
  const built = await buildApp({ config, database, logger: pino({ level: 'silent' }), ...(opts.clock ? { clock: opts.clock } : {}) });
  await built.app.ready();
  return {
    ...built,
    database,
    async login(username, password) {
      const res = await built.app.inject({ method: 'POST', url: '/api/v1/org/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'zhichan_session')!;
      const me = res.json<{ id: string; csrfToken: string }>();
      const headers = { cookie: `zhichan_session=${cookie.value}`, 'x-csrf-token': me.csrfToken };
      const request = (method: InjectOptions['method'], url: string, body?: unknown) =>
        built.app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }) });
      return {
        cookie: cookie.value,
        csrf: me.csrfToken,
        userId: me.id,
        request,
        get: (url) => request('GET', url),
        post: (url, body) => request('POST', url, body ?? {}),
        patch: (url, body) => request('PATCH', url, body ?? {}),
        delete: (url) => request('DELETE', url),
        upload: (url, file, fields) => {
          const m = multipart(file, fields);
          return built.app.inject({ method: 'POST', url, headers: { ...headers, ...m.headers }, payload: m.payload });
        },
      };
    },
    async close() {
      await built.app.close();
      await database.close();
    },
  };
}

/** Polls a background job (an import, a rebuild) until it has succeeded or failed, for up to ten seconds. */
export async function waitJob(s: TestSession, id: string): Promise<{ status: string; result: unknown; message: string | null }> {
  for (let i = 0; i < 200; i++) {
    const job = (await s.get(`/api/v1/platform/jobs/${id}`)).json<{ status: string; result: unknown; message: string | null }>();
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('job did not finish');
}
