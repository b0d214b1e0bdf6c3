import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdjustableClock } from '../../platform/clock';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

// Each app here has its own limits and proxy settings; the sign-in limit counts every request to
// the route from one address, the admin's own sign-in included.
const IP_LIMIT = 4;

interface LoginEvent {
  username: string;
  ip: string | null;
  success: boolean;
  reason: string | null;
}

const signIn = (t: TestApp, username: string, password: string, headers: Record<string, string> = {}, remoteAddress?: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/org/auth/login', payload: { username, password }, headers, ...(remoteAddress ? { remoteAddress } : {}) });

async function eventsOf(admin: TestSession, username: string): Promise<LoginEvent[]> {
  return (await admin.get(`/api/v1/org/login-events?username=${username}`)).json<{ items: LoginEvent[] }>().items;
}

describe('without a trusted proxy', () => {
  let t: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    t = await createTestApp({ env: { ZHICHAN_LOGIN_RATE_LIMIT: String(IP_LIMIT) } });
    admin = await t.login((await buildUser(t.services, { role: 'admin' })).username, TEST_PASSWORD);
  });
  afterAll(async () => t.close());

  it('a forged X-Forwarded-For neither escapes the sign-in limit nor lands in the login log', async () => {
    for (let i = 1; i < IP_LIMIT; i++) {
      const res = await signIn(t, `stranger-${i}`, 'wrong-password-1', { 'x-forwarded-for': `203.0.113.${i}` });
      expect(res.statusCode).toBe(401);
    }
    const over = await signIn(t, 'stranger-9', 'wrong-password-1', { 'x-forwarded-for': '203.0.113.99' });
    expect(over.statusCode).toBe(429);
    expect(over.json<{ message: string }>().message).toBe('请求过于频繁，请稍后再试');
    expect(await eventsOf(admin, 'stranger-1')).toEqual([expect.objectContaining({ ip: '127.0.0.1', success: false })]);
  });
});

describe('behind a trusted proxy, with a per-username limit', () => {
  const clock = createAdjustableClock();
  let t: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    t = await createTestApp({
      clock,
      env: { ZHICHAN_LOGIN_RATE_LIMIT: String(IP_LIMIT), ZHICHAN_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8', ZHICHAN_LOGIN_USER_LIMIT: '3', ZHICHAN_PUBLIC_URL: 'https://ip.example.gov.cn' },
    });
    admin = await t.login((await buildUser(t.services, { role: 'admin' })).username, TEST_PASSWORD);
  });
  afterAll(async () => t.close());

  it('records and limits the forwarded address, but only when the proxy is trusted', async () => {
    const u = await buildUser(t.services);
    expect((await signIn(t, u.username, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.7' })).statusCode).toBe(200);
    const untrusted = await signIn(t, u.username, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.8' }, '192.0.2.50');
    expect(untrusted.statusCode).toBe(200);
    expect((await eventsOf(admin, u.username)).map((e) => e.ip).sort()).toEqual(['192.0.2.50', '198.51.100.7']);

    for (let i = 0; i < IP_LIMIT; i++) expect((await signIn(t, `guess-${i}`, 'wrong-password-1', { 'x-forwarded-for': '198.51.100.20' })).statusCode).toBe(401);
    expect((await signIn(t, 'guess-9', 'wrong-password-1', { 'x-forwarded-for': '198.51.100.20' })).statusCode).toBe(429);
    expect((await signIn(t, 'guess-9', 'wrong-password-1', { 'x-forwarded-for': '198.51.100.21' })).statusCode).toBe(401);
  });

  it('limits failures per username from any address, lifts the limit after the window, and keeps it apart from the lock-out', async () => {
    const u = await buildUser(t.services);
    const other = await buildUser(t.services);
    const from = (n: number) => ({ 'x-forwarded-for': `198.51.100.${100 + n}` });
    for (let i = 0; i < 3; i++) expect((await signIn(t, u.username, 'wrong-password-1', from(i))).statusCode).toBe(401);
    const limited = await signIn(t, u.username, TEST_PASSWORD, from(3));
    expect(limited.statusCode).toBe(429);
    expect(limited.json<{ message: string }>().message).toBe('该账号登录失败次数过多，请 15 分钟后再试');
    expect(limited.cookies.find((c) => c.name === 'zhichan_session')).toBeUndefined();
    expect((await signIn(t, u.username, TEST_PASSWORD, from(4))).statusCode).toBe(429);
    expect((await signIn(t, other.username, TEST_PASSWORD, from(5))).statusCode).toBe(200);
    expect((await eventsOf(admin, u.username)).filter((e) => e.reason === 'too many failures for this username')).toHaveLength(2);

    clock.set(new Date(Date.now() + 15 * 60_000 + 1_000));
    try {
      // The refused attempts did not count towards the five-wrong-passwords lock-out.
      const fourth = await signIn(t, u.username, 'wrong-password-1', from(6));
      expect(fourth.json<{ message: string }>().message).toBe('用户名或密码错误（再错 1 次将锁定账号）');
      expect((await signIn(t, u.username, TEST_PASSWORD, from(7))).statusCode).toBe(200);
    } finally {
      clock.set(null);
    }
  });

  it('sets a Secure cookie when the public address is https, and accepts sign-ins from that origin', async () => {
    const u = await buildUser(t.services);
    const res = await signIn(t, u.username, TEST_PASSWORD, { origin: 'https://ip.example.gov.cn', host: 'zhichan-app:3000', 'x-forwarded-for': '198.51.100.30' });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'zhichan_session')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
  });
});
