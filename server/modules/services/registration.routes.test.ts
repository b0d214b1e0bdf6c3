import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registration, RegistrationReceipt } from '../../../common/services';
import { buildOrg, buildUser, randomCreditCode, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

let t: TestApp;
let office: TestSession;
let otherOffice: TestSession;
let phone = 13800000000;

/** A fresh mobile number and its code, as the console sender received it. */
async function verified(): Promise<{ target: string; verificationCode: string }> {
  const target = String(++phone);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/services/public/verification-codes', payload: { channel: 'mobile', target } });
  expect(res.statusCode, res.body).toBe(202);
  const sent = t.services.services.sender as unknown as { sent: { target: string; text: string }[] };
  const code = /(\d{6})/.exec(sent.sent.filter((m) => m.target === target).at(-1)!.text)![1];
  return { target, verificationCode: code };
}

const application = async (over: Record<string, unknown> = {}) => ({
  kind: 'enterprise', name: `深圳市测试科技有限公司${phone}`, creditCode: randomCreditCode('440305'), regionCode: '440305', contactName: '林晓',
  channel: 'mobile', ...(await verified()), username: `firm${phone}`, password: 'Zhichan-2026!', ...over,
});
const register = (body: unknown) => t.app.inject({ method: 'POST', url: '/api/v1/services/public/registrations', payload: body as Record<string, unknown> });

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  otherOffice = await t.login((await buildUser(t.services, { role: 'office', regionCode: '510700' })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('self-registration', () => {
  it('leaves a valid registration for the office, which opens the account', async () => {
    const body = await application();
    const res = await register(body);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json<RegistrationReceipt>().status).toBe('pending');
    const list = (await office.get('/api/v1/services/registrations?status=pending')).json<{ items: Registration[] }>();
    const mine = list.items.find((r) => r.username === body.username)!;
    expect(mine.creditCode).toBe(body.creditCode);
    expect((await otherOffice.get(`/api/v1/services/registrations/${mine.id}`)).statusCode).toBe(404);
    const approved = await office.post(`/api/v1/services/registrations/${mine.id}/review`, { approve: true, note: '材料齐全' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<Registration>().status).toBe('approved');
    const signedIn = await t.login(body.username, body.password);
    expect((await signedIn.get('/api/v1/org/auth/me')).json<{ roles: string[] }>().roles).toEqual(['enterprise']);
    expect((await office.post(`/api/v1/services/registrations/${mine.id}/review`, { approve: true })).statusCode).toBe(409);
  });

  it('refuses an invalid credit code, naming the field, and saves nothing', async () => {
    const body = await application({ creditCode: '91440300MA5F00000O' });
    const res = await register(body);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toContain('creditCode');
    expect((await office.get(`/api/v1/services/registrations?q=${encodeURIComponent(body.name)}`)).json<{ total: number }>().total).toBe(0);
  });

  it('answers a held credit code like any pending one, and the office sees the holder', async () => {
    const held = await buildOrg(t.services, { kind: 'enterprise', regionCode: '440305', name: '深圳市已注册电子有限公司' });
    await office.request('PUT', '/api/v1/services/settings', { autoApprove: true });
    const free = await register(await application());
    expect(free.json<RegistrationReceipt>().status).toBe('approved');
    const duplicate = await register(await application({ creditCode: held.creditCode }));
    expect(duplicate.statusCode).toBe(202);
    expect(duplicate.json<RegistrationReceipt>()).toEqual({ status: 'pending', message: expect.any(String) as string });
    await office.request('PUT', '/api/v1/services/settings', { autoApprove: false });
    const pending = (await office.get(`/api/v1/services/registrations?q=${held.creditCode!}`)).json<{ items: Registration[] }>().items[0];
    expect(pending.duplicateOfName).toBe('深圳市已注册电子有限公司');
    const refused = await office.post(`/api/v1/services/registrations/${pending.id}/review`, { approve: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ message: string }>().message).toContain('creditCode');
  });

  it('refuses a second registration of the same pending code and a taken username', async () => {
    const first = await application();
    expect((await register(first)).statusCode).toBe(202);
    const again = await register(await application({ creditCode: first.creditCode }));
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toContain('creditCode');
    const sameName = await register(await application({ username: first.username }));
    expect(sameName.json<{ message: string }>().message).toContain('username');
  });

  it('refuses a wrong verification code and counts the try', async () => {
    const body = await application({ verificationCode: '000000' });
    const res = await register(body);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toContain('verificationCode');
  });

  it('keeps the review routes to the office', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services/registrations' })).statusCode).toBe(401);
    const firm = await t.login((await buildUser(t.services, { role: 'enterprise', orgId: (await buildOrg(t.services)).id })).username, TEST_PASSWORD);
    expect((await firm.get('/api/v1/services/registrations')).statusCode).toBe(403);
    expect((await office.get('/api/v1/services/registrations/export.xlsx')).statusCode).toBe(200);
    expect((await office.post(`/api/v1/services/registrations/${crypto.randomUUID()}/review`, { approve: 'yes' })).json<{ message: string }>().message).toContain('approve');
  });
});
