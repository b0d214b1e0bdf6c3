import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarYear } from '../../common/calendar';
import { buildOrg, buildUser, TEST_PASSWORD } from '../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../test/test-app';

let t: TestApp;
let admin: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440300', name: '日历测试市局' });
  admin = await t.login((await buildUser(t.services, { role: 'admin', orgId: org.id })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe("a year's holiday arrangement", () => {
  it('lists the built-in days and, for a year nobody holds, says it is not covered until an administrator enters a day', async () => {
    const y2026 = (await admin.get('/api/v1/platform/calendar/years/2026')).json<CalendarYear>();
    expect(y2026.covered).toBe(true);
    expect(y2026.days).toContainEqual({ date: '2026-10-01', work: false, name: '国庆节', nameEn: 'National Day', source: 'national' });

    const before = (await admin.get('/api/v1/platform/calendar/years/2099')).json<CalendarYear>();
    expect(before).toEqual({ year: 2099, covered: false, days: [] });
    expect((await admin.request('PUT', '/api/v1/platform/calendar/days/2099-10-01', { work: false, name: '国庆节' })).statusCode).toBe(200);
    const after = (await admin.get('/api/v1/platform/calendar/years/2099')).json<CalendarYear>();
    expect(after.covered).toBe(true);
    expect(after.days).toEqual([{ date: '2099-10-01', work: false, name: '国庆节', nameEn: null, source: 'override' }]);
    // The working-day count follows the entered day at once.
    expect((await admin.get('/api/v1/platform/calendar/check?date=2099-09-30&add=1')).json<{ plusWorkingDays: string }>().plusWorkingDays).toBe('2099-10-02');
  });

  it('refuses a year outside 2000–2100 naming the field, and answers 401 signed out', async () => {
    const bad = await admin.get('/api/v1/platform/calendar/years/0');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('year');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/platform/calendar/years/2026' })).statusCode).toBe(401);
  });
});
