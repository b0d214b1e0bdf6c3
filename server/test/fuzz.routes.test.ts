import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../common/errors';
import { ROLES, type Role } from '../../common/roles';
import { buildOrg, buildPerson, buildUser, randomCreditCode, TEST_PASSWORD } from './factories';
import { changedTables, type FuzzRoute, type OpenApiDocument, realPathValues, rowCounter, stateChangingRoutes, urlOf } from './fuzz-routes';
import { type Components, fieldPaths, type Hints, HOSTILE_PARAMS, hostileValue, POISONED_TEXT, sampleValue, withValueAt } from './fuzz-values';
import { createTestApp, multipart, type TestApp, type TestSession } from './test-app';
import { buildPlan, buildTask } from '../modules/tasks/tasks.factories';

// Routes the fuzz test leaves alone, and why. Everything else in the OpenAPI document is fuzzed.
const NOT_FUZZED = new Set([
  // Ends the caller's session, which every later request of that role needs.
  'POST /api/v1/org/auth/logout',
]);

// Fields of the stored record a route's rule may name although the request does not carry them.
const RECORD_FIELDS: Record<string, string[]> = {};

// Tables a refused request may still add to, on purpose.
const RECORDED_WHEN_REFUSED: Record<string, string[]> = {
  // Failed sign-ins are kept: they drive the lockout and the security report.
  'POST /api/v1/org/auth/login': ['login_event'],
};

// Hostile values per route beyond one for each field: enough to mix roles and values, few enough for `npm test`.
const EXTRA_RUNS = 3;
const SEED = 20261206;

type Target = { kind: 'body'; path: (string | number)[] } | { kind: 'param'; name: string } | { kind: 'fileName' } | { kind: 'formField' };
interface Attempt {
  target: Target;
  value: unknown;
  param: string;
  role: Role;
}

let t: TestApp;
const sessions = new Map<Role, TestSession>();
let components: Components;
let counts: () => Promise<Record<string, number>>;
const ownUserIds = new Set<string>();
let hints: Hints = [];

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440300' });
  for (const role of ROLES) {
    const user = await buildUser(t.services, { role, orgId: org.id });
    ownUserIds.add(user.id);
    sessions.set(role, await t.login(user.username, TEST_PASSWORD));
  }
  // Records for path parameters, and a user the admin routes may change without locking a fuzzing role out.
  await buildUser(t.services, { role: 'office', orgId: org.id });
  const plan = await buildPlan(t.services, { regionCode: '440300' });
  const task = await buildTask(t.services, { workPlanId: plan.id, leadOrgId: org.id });
  const person = await buildPerson(t.services, { orgId: org.id });
  let n = 0;
  hints = [
    [/^supportOrgIds$/, () => []],
    [/[oO]rgId$/, () => org.id],
    [/[oO]rgIds$/, () => [org.id]],
    [/^(parentId|linkMeetingId|meetingId)$/, () => null],
    [/^personId$/, () => person.id],
    [/^number$/, () => 'ZL202310123456.7'],
    [/^workPlanId$/, () => plan.id],
    [/^taskId$/, () => task.id],
    [/phone$/i, () => '13800138000'],
    [/email$/i, () => 'fuzz@example.com'],
    [/url$/i, () => 'https://example.com/a'],
    [/^creditCode$/, () => randomCreditCode('440300')],
    [/^username$/, () => `fuzz${++n}`],
    [/password$/i, () => 'Fuzz-Passw0rd-2026'],
    [/^regionCode$/, () => '440300'],
  ];
  counts = await rowCounter(t.database);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

function hasProtoKey(value: unknown): boolean {
  return !!value && typeof value === 'object' && (Object.hasOwn(value, '__proto__') || Object.hasOwn(value, 'constructor'));
}

async function send(route: FuzzRoute, session: TestSession, params: Record<string, string>, base: unknown, a: Attempt): Promise<{ res: LightMyRequestResponse; keys: Set<string> }> {
  const url = urlOf(route, a.target.kind === 'param' ? { ...params, [a.target.name]: a.param } : params);
  const headers = { cookie: `zhichan_session=${session.cookie}`, 'x-csrf-token': session.csrf };
  const keys = new Set([...Object.keys(route.query), ...route.pathParams.map((p) => p.name)]);
  if (route.body) {
    const body = a.target.kind === 'body' ? withValueAt(base, a.target.path, a.value) : base;
    if (body && typeof body === 'object') Object.keys(body).forEach((k) => keys.add(k));
    const payload = JSON.stringify(body);
    return { res: await t.app.inject({ method: route.method, url, headers: { ...headers, 'content-type': 'application/json' }, payload }), keys };
  }
  const text = typeof a.value === 'string' ? a.value : String(a.value);
  const file = { name: a.target.kind === 'fileName' ? text : 'fuzz.xlsx', bytes: Buffer.from('not a workbook') };
  const m = multipart(file, { note: a.target.kind === 'formField' ? text : '说明', regionCode: '440310' });
  ['file', 'note', 'regionCode'].forEach((k) => keys.add(k));
  return { res: await t.app.inject({ method: route.method, url, headers: { ...headers, ...m.headers }, payload: m.payload }), keys };
}

/**
 * The names a 400 may give for what the request sent: its body's fields, its query fields, its path
 * parameters (an `{id}` under /tasks/ may be called taskId), and `body` or `path` when the spoiled
 * value is the whole body or a path that is not even a valid address.
 */
function namesInRequest(route: FuzzRoute, keys: Set<string>, a: Attempt): Set<string> {
  const names = new Set([...keys, ...(RECORD_FIELDS[`${route.method} ${route.path}`] ?? [])]);
  for (const m of route.path.matchAll(/\/([a-z-]+?)s?\/\{id\}/g)) names.add(`${m[1].replace(/-(\w)/g, (_x, c: string) => c.toUpperCase())}Id`);
  if (a.target.kind === 'body' && (a.target.path.length === 0 || hasProtoKey(a.value))) names.add('body');
  if (a.target.kind === 'param') names.add('path');
  return names;
}

/** What is wrong with one answer to a hostile request, if anything. */
function problemsOf(route: FuzzRoute, res: LightMyRequestResponse, keys: Set<string>, a: Attempt, changed: string[]): string[] {
  const out: string[] = [];
  if (res.statusCode >= 500) out.push(`${res.statusCode} ${res.body.slice(0, 200)}`);
  if (res.statusCode >= 400 && res.statusCode < 500 && changed.length) out.push(`refused with ${res.statusCode} but changed ${changed.join(', ')}`);
  if (res.statusCode < 300 && a.target.kind === 'body' && POISONED_TEXT.includes(a.value as string)) out.push(`accepted poisoned text with ${res.statusCode}`);
  if (res.statusCode === 400) {
    const body = res.json<ApiErrorBody>();
    const names = namesInRequest(route, keys, a);
    if (!body.fields?.length) out.push(`400 names no field: ${body.message}`);
    for (const f of body.fields ?? []) {
      // A form's text fields are not in the OpenAPI document, so an upload may name one the test did not send.
      // A body replaced whole may leave required fields out; they are then named as missing.
      const wholeBody = a.target.kind === 'body' && a.target.path.length === 0;
      if (route.body && !wholeBody && !names.has(f.field.split('.')[0])) out.push(`400 names ${f.field}, which is not in the request: ${body.message}`);
      if (!body.message.includes(`${f.field}: `)) out.push(`400 message does not read "field: 问题": ${body.message}`);
    }
  }
  if (Object.hasOwn(Object.prototype, 'polluted')) out.push('Object.prototype was polluted');
  return out;
}

// A request still unanswered after this long is a hang (on the embedded database, usually a query
// outside the open transaction); the database is stuck after it, so the test stops there.
const ANSWER_MS = 20_000;

async function answerWithin<T>(work: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${ANSWER_MS / 1000} s`)), ANSWER_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function describeAttempt(a: Attempt): string {
  const where = a.target.kind === 'body' ? a.target.path.join('.') : a.target.kind === 'param' ? `:${a.target.name}=${a.param.slice(0, 30)}` : a.target.kind;
  const value = a.target.kind === 'param' ? '' : ` = ${JSON.stringify(a.value)?.slice(0, 40)}`;
  return `${a.role} ${where}${value}`;
}

function targetsOf(route: FuzzRoute, base: unknown): Target[] {
  const targets: Target[] = route.pathParams.map((p) => ({ kind: 'param', name: p.name }));
  if (route.body) targets.push({ kind: 'body', path: [] }, ...fieldPaths(base).map((path): Target => ({ kind: 'body', path })));
  else targets.push({ kind: 'fileName' }, { kind: 'formField' });
  return targets;
}

/** Sends hostile values to every field of one route, as the roles that may call it; answers the problems found. */
async function fuzzRoute(route: FuzzRoute): Promise<{ sent: number; problems: string[] }> {
  const base = route.body ? sampleValue(route.body, components, hints) : null;
  const readers = [sessions.get('admin'), sessions.get('office')].filter((s): s is TestSession => !!s);
  const params = await realPathValues(route, readers, ownUserIds);
  const targets = targetsOf(route, base);
  const denied = new Set<Role>();
  const problems: string[] = [];
  let sent = 0;
  // The row counts after the last refused request stand for the counts before the next one, so most
  // requests cost one count instead of two; a request that went through counts afresh.
  let last: Record<string, number> | null = null;
  const check = async (a: Attempt) => {
    const callers = ROLES.filter((r) => !denied.has(r));
    const attempt = { ...a, role: denied.has(a.role) && callers.length ? callers[ROLES.indexOf(a.role) % callers.length] : a.role };
    const before = last ?? (await counts());
    const label = `${route.method} ${route.path} [${describeAttempt(attempt)}]`;
    const { res, keys } = await answerWithin(send(route, sessions.get(attempt.role)!, params, base, attempt), label);
    sent++;
    if (res.statusCode === 202) await answerWithin(t.platform.jobs.wait(res.json<{ id: string }>().id), `${label} (its job)`);
    const refused = res.statusCode >= 400 && res.statusCode < 500;
    if (res.statusCode === 403 && res.json<ApiErrorBody>().message === '没有权限执行此操作') denied.add(attempt.role);
    const allowed = RECORDED_WHEN_REFUSED[`${route.method} ${route.path}`] ?? [];
    const after = refused ? await counts() : null;
    last = after;
    const changed = after ? changedTables(before, after).filter((c) => !allowed.includes(c)) : [];
    problems.push(...problemsOf(route, res, keys, attempt, changed).map((p) => `${route.method} ${route.path} [${describeAttempt(attempt)}]: ${p}`));
  };
  const values = fc.sample(hostileValue(), { numRuns: targets.length + ROLES.length, seed: SEED });
  const paramValues = fc.sample(fc.constantFrom(...HOSTILE_PARAMS), { numRuns: targets.length + ROLES.length, seed: SEED });
  // Every field once and every role once first, then random mixes.
  const examples: [Attempt][] = Array.from({ length: Math.max(targets.length, ROLES.length) }, (_, i) => [
    { target: targets[i % targets.length], value: values[i], param: paramValues[i], role: ROLES[i % ROLES.length] },
  ]);
  const attempt = fc.record({ target: fc.constantFrom(...targets), value: hostileValue(), param: fc.constantFrom(...HOSTILE_PARAMS), role: fc.constantFrom(...ROLES) });
  await fc.assert(fc.asyncProperty(attempt, check), { numRuns: examples.length + EXTRA_RUNS, examples, seed: SEED });
  if (denied.size === ROLES.length) problems.push(`${route.method} ${route.path}: no role may call it, so nothing was fuzzed`);
  return { sent, problems };
}

describe('hostile input to every state-changing route', () => {
  it('answers no 5xx, names the field of a 400, and a refused request changes nothing', async () => {
    await t.app.ready();
    const doc = t.app.swagger() as unknown as OpenApiDocument;
    components = doc.components?.schemas ?? {};
    const routes = stateChangingRoutes(doc).filter((r) => !NOT_FUZZED.has(`${r.method} ${r.path}`));
    const problems: string[] = [];
    let sent = 0;
    for (const route of routes) {
      const r = await fuzzRoute(route);
      sent += r.sent;
      problems.push(...r.problems);
    }
    console.log(`fuzz: ${routes.length} routes, ${sent} requests, ${problems.length} problems, ${problems.filter((p) => /\]: 5\d\d /.test(p)).length} answered 5xx`);
    if (problems.length) console.log(problems.join('\n'));
    expect(routes.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  }, 600_000);

  it('answers no 5xx to odd search text on any list that takes q', async () => {
    const doc = t.app.swagger() as unknown as OpenApiDocument;
    const lists = Object.entries(doc.paths).filter(([, ops]) => ops.get?.parameters?.some((p) => p.in === 'query' && p.name === 'q')).map(([path]) => path);
    const odd = ['a%00b', '%ED%A0%80', '%FF', encodeURIComponent("&|!():*<-> 'x' \\"), encodeURIComponent('知識產權 & !对接'), 'x'.repeat(3000), encodeURIComponent('%_\\')];
    const failures: string[] = [];
    for (const path of lists.filter((p) => !p.includes('{'))) {
      for (const q of odd) {
        const res = await sessions.get('office')!.get(`${path}?q=${q}`);
        if (res.statusCode >= 500) failures.push(`${path}?q=${q.slice(0, 30)}: ${res.statusCode}`);
      }
    }
    expect(lists.length).toBeGreaterThan(3);
    expect(failures).toEqual([]);
  });
});
