import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdjustableClock } from '../../platform/clock';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

const clock = createAdjustableClock();
let t: TestApp;
let admin: TestSession;

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/org/auth/login', payload: { username, password }, headers });

beforeAll(async () => {
  t = await createTestApp({ clock });
  const a = await buildUser(t.services, { role: 'admin' });
  admin = await t.login(a.username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('sign-in', () => {
  it('answers the user and an HttpOnly SameSite session cookie, and never the password hash', async () => {
    const u = await buildUser(t.services, { role: 'district', regionCode: '440310' });
    const res = await login(u.username.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'zhichan_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json()).toMatchObject({ username: u.username, roles: ['district'], scope: 'region', org: { regionName: '广东省深圳市坪山区' } });
    expect(res.body).not.toMatch(/argon2|password_?hash/i);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/org/auth/me', headers: { cookie: `zhichan_session=${cookie.value}` } });
    expect(me.json<{ username: string }>().username).toBe(u.username);
  });

  it('names missing fields, refuses a wrong password, and writes every attempt to the login log', async () => {
    const u = await buildUser(t.services, { role: 'office' });
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/org/auth/login', payload: { username: u.username } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ message: string }>().message).toBe('password: 必填');
    const wrong = await login(u.username, 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<{ message: string }>().message).toBe('用户名或密码错误（再错 4 次将锁定账号）');
    const unknown = await login('nobody-here', 'whatever-123');
    expect(unknown.json<{ message: string }>().message).toBe('用户名或密码错误');
    const log = await admin.get(`/api/v1/org/login-events?username=${u.username}`);
    expect(log.json<{ items: { success: boolean; reason: string }[] }>().items).toEqual([expect.objectContaining({ success: false, reason: 'wrong password' })]);
  });

  it('locks the account after five wrong passwords, even against the right one, until an admin unlocks it', async () => {
    const u = await buildUser(t.services, { role: 'office' });
    for (let i = 0; i < 4; i++) expect((await login(u.username, 'wrong-password-1')).statusCode).toBe(401);
    const fifth = await login(u.username, 'wrong-password-1');
    expect(fifth.statusCode).toBe(423);
    const right = await login(u.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json<{ message: string }>().message).toMatch(/账号已锁定至/);
    expect((await admin.post(`/api/v1/org/users/${u.id}/unlock`)).statusCode).toBe(200);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a sign-in posted from another site', async () => {
    const u = await buildUser(t.services);
    const res = await login(u.username, TEST_PASSWORD, { origin: 'https://evil.example', host: 'zhichan.local' });
    expect(res.statusCode).toBe(403);
  });

  it('expires a session after its lifetime and says so', async () => {
    const u = await buildUser(t.services);
    const s = await t.login(u.username, TEST_PASSWORD);
    expect((await s.get('/api/v1/org/auth/me')).statusCode).toBe(200);
    clock.set(new Date(Date.now() + 13 * 3600_000));
    try {
      const res = await s.get('/api/v1/org/auth/me');
      expect(res.statusCode).toBe(401);
      expect(res.json<{ message: string }>().message).toBe('登录已过期，请重新登录');
    } finally {
      clock.set(null);
    }
  });

  it('refuses a sign-in whose Origin is opaque or unparsable with 403, and accepts its own origin', async () => {
    const u = await buildUser(t.services);
    for (const origin of ['null', 'not a url', 'http://']) {
      const res = await login(u.username, TEST_PASSWORD, { origin, host: 'zhichan.local' });
      expect(res.statusCode).toBe(403);
      expect(res.json<{ message: string }>().message).toBe('登录请求的来源 (Origin) 无效，请从本站登录页登录');
      expect(res.cookies.find((c) => c.name === 'zhichan_session')).toBeUndefined();
    }
    expect((await login(u.username, TEST_PASSWORD, { origin: 'https://zhichan.local', host: 'zhichan.local' })).statusCode).toBe(200);
  });

  it('signs out only with the CSRF token; then the cookie stops working at once', async () => {
    const u = await buildUser(t.services);
    const s = await t.login(u.username, TEST_PASSWORD);
    const forged = await t.app.inject({ method: 'POST', url: '/api/v1/org/auth/logout', headers: { cookie: `zhichan_session=${s.cookie}` } });
    expect(forged.statusCode).toBe(403);
    expect(forged.json<{ message: string }>().message).toMatch(/CSRF/);
    expect((await s.get('/api/v1/org/auth/me')).statusCode).toBe(200);
    const session = (await s.get('/api/v1/org/auth/session')).json<{ me: { username: string; csrfToken: string } }>();
    expect(session.me.username).toBe(u.username);
    expect(session.me.csrfToken).toBeTruthy();
    expect((await s.post('/api/v1/org/auth/logout')).statusCode).toBe(204);
    expect((await s.get('/api/v1/org/auth/me')).statusCode).toBe(401);
    // The page's own question "who is signed in?" answers a visitor without an error.
    expect((await s.get('/api/v1/org/auth/session')).json()).toEqual({ me: null, expired: false });
    // A session that is already gone still clears its cookie without a token.
    const stale = await t.app.inject({ method: 'POST', url: '/api/v1/org/auth/logout', headers: { cookie: `zhichan_session=${s.cookie}` } });
    expect(stale.statusCode).toBe(204);
    expect(stale.cookies.find((c) => c.name === 'zhichan_session')?.value).toBe('');
  });

  it('marks API answers, errors and exports no-store, but leaves the documentation cacheable', async () => {
    expect((await admin.get('/api/v1/org/auth/me')).headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/org/users' })).headers['cache-control']).toBe('no-store');
    expect((await login('nobody-at-all', 'whatever-123')).headers['cache-control']).toBe('no-store');
    const exported = await admin.get('/api/v1/org/users/export.xlsx');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain("filename*=UTF-8''%E7%94%A8%E6%88%B7.xlsx");
    expect(exported.headers['cache-control']).toBe('no-store');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['cache-control']).not.toBe('no-store');
  });
});

describe('password change', () => {
  it('checks the current password and the policy, then closes the other sessions', async () => {
    const u = await buildUser(t.services);
    const s1 = await t.login(u.username, TEST_PASSWORD);
    const s2 = await t.login(u.username, TEST_PASSWORD);
    const wrong = await s1.post('/api/v1/org/auth/password', { currentPassword: 'nope', newPassword: 'another-Pass1' });
    expect(wrong.json<{ message: string }>().message).toBe('currentPassword: 当前密码不正确');
    const weak = await s1.post('/api/v1/org/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ message: string }>().message).toBe('newPassword: 密码至少10位');
    const withName = await s1.post('/api/v1/org/auth/password', { currentPassword: TEST_PASSWORD, newPassword: `${u.username}-2026!` });
    expect(withName.json<{ message: string }>().message).toBe('newPassword: 密码不能包含用户名');
    expect((await s1.post('/api/v1/org/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'brand-New-pass9' })).statusCode).toBe(204);
    expect((await s1.get('/api/v1/org/auth/me')).statusCode).toBe(200);
    expect((await s2.get('/api/v1/org/auth/me')).statusCode).toBe(401);
    expect((await login(u.username, 'brand-New-pass9')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/org/auth/password', payload: {} })).statusCode).toBe(401);
  });
});

describe('user administration', () => {
  it('creates a user who must change the password at first sign-in; names bad fields; refuses a duplicate', async () => {
    const org = await buildOrg(t.services, { kind: 'court' });
    const bad = await admin.post('/api/v1/org/users', { username: 'A B', displayName: '', orgId: org.id, roles: [], password: '123' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { field: string }[] }>().fields.map((f) => f.field).sort()).toEqual(['displayName', 'password', 'roles', 'username']);
    const ok = await admin.post('/api/v1/org/users', { username: 'judge.lin', displayName: '林法官', orgId: org.id, roles: ['court'], password: 'court-Pass-2026' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ username: 'judge.lin', roles: ['court'], mustChangePassword: true, orgName: org.name });
    expect(ok.body).not.toMatch(/hash/);
    const dup = await admin.post('/api/v1/org/users', { username: 'judge.lin', displayName: '另一个', orgId: org.id, roles: ['court'], password: 'court-Pass-2026' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json<{ fields: { field: string }[] }>().fields[0].field).toBe('username');
    const me = (await login('judge.lin', 'court-Pass-2026')).json<{ mustChangePassword: boolean }>();
    expect(me.mustChangePassword).toBe(true);
  });

  it('disabling a user ends their sessions; changing roles changes what they may call', async () => {
    const u = await buildUser(t.services, { role: 'office' });
    const s = await t.login(u.username, TEST_PASSWORD);
    expect((await s.get('/api/v1/org/orgs')).statusCode).toBe(200);
    expect((await admin.patch(`/api/v1/org/users/${u.id}`, { roles: ['admin'] })).statusCode).toBe(200);
    expect((await s.get('/api/v1/org/users')).statusCode).toBe(200);
    expect((await admin.patch(`/api/v1/org/users/${u.id}`, { status: 'disabled' })).json<{ status: string }>().status).toBe('disabled');
    expect((await s.get('/api/v1/org/auth/me')).statusCode).toBe(401);
    expect((await login(u.username, TEST_PASSWORD)).json<{ message: string }>().message).toBe('账号已停用，请联系管理员');
  });

  it('keeps user administration to admins and answers 404 for an unknown user', async () => {
    const office = await t.login((await buildUser(t.services, { role: 'office' })).username, TEST_PASSWORD);
    expect((await office.get('/api/v1/org/users')).statusCode).toBe(403);
    expect((await office.get('/api/v1/platform/audit')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/org/users' })).statusCode).toBe(401);
    expect((await admin.get('/api/v1/org/users/00000000-0000-4000-8000-0000000000aa')).statusCode).toBe(404);
    expect((await admin.post('/api/v1/org/users/00000000-0000-4000-8000-0000000000aa/password', { password: 'valid-Pass-123' })).statusCode).toBe(404);
  });

  it('changing a role’s data scope widens what its holders see', async () => {
    const court = await buildOrg(t.services, { kind: 'court', regionCode: '440310' });
    const other = await buildOrg(t.services, { regionCode: '440310' });
    const u = await buildUser(t.services, { role: 'court', orgId: court.id });
    const s = await t.login(u.username, TEST_PASSWORD);
    expect((await s.get(`/api/v1/org/orgs/${other.id}`)).statusCode).toBe(404);
    expect((await admin.patch('/api/v1/org/roles/court', { dataScope: 'region' })).json<{ dataScope: string }>().dataScope).toBe('region');
    try {
      expect((await s.get(`/api/v1/org/orgs/${other.id}`)).statusCode).toBe(200);
    } finally {
      await admin.patch('/api/v1/org/roles/court', { dataScope: 'org' });
    }
    expect((await admin.patch('/api/v1/org/roles/court', { dataScope: 'galaxy' })).json<{ message: string }>().message).toMatch(/^dataScope:/);
  });
});
