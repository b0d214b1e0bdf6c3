import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdjustableClock } from '../../platform/clock';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { weekOf } from './home.service';

const clock = createAdjustableClock();
let t: TestApp;
let office: TestSession;
let police: TestSession;
let customs: TestSession;
let policeId: string;

type Home = { counts: { key: string; count: number; query: Record<string, string> }[]; meetings: { title: string }[] };
const counts = (h: Home) => Object.fromEntries(h.counts.map((c) => [c.key, c.count]));

beforeAll(async () => {
  clock.set(new Date('2031-03-05T02:00:00Z')); // a Wednesday in China
  t = await createTestApp({ clock });
  const ipOffice = await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440300', name: '首页会议测试市局' });
  policeId = (await buildOrg(t.services, { kind: 'publicSecurity', regionCode: '440300', name: '首页会议测试公安局' })).id;
  const customsId = (await buildOrg(t.services, { kind: 'customs', regionCode: '440300', name: '首页会议测试海关' })).id;
  office = await t.login((await buildUser(t.services, { role: 'office', orgId: ipOffice.id })).username, TEST_PASSWORD);
  police = await t.login((await buildUser(t.services, { role: 'liaison', orgId: policeId })).username, TEST_PASSWORD);
  customs = await t.login((await buildUser(t.services, { role: 'liaison', orgId: customsId })).username, TEST_PASSWORD);
  const meeting = async (title: string, startsAt: string) => {
    const res = await office.post('/api/v1/conference/meetings', { title, kind: 'officeMeeting', regionCode: '440300', startsAt, venue: '市民中心' });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ id: string }>().id;
    await office.post(`/api/v1/conference/meetings/${id}/invitations`, { orgIds: [policeId] });
    return id;
  };
  await meeting('本周五的办公室会议', '2031-03-07T01:30:00Z');
  await meeting('下周的办公室会议', '2031-03-12T01:30:00Z');
});
afterAll(async () => t.close());

describe('the meetings card of a home page', () => {
  it('takes the week from Monday to Sunday in China', () => {
    expect(weekOf(new Date('2031-03-05T02:00:00Z'))).toEqual({ from: '2031-03-03', to: '2031-03-09' });
    expect(weekOf(new Date('2031-03-09T15:59:00Z'))).toEqual({ from: '2031-03-03', to: '2031-03-09' }); // Sunday 23:59
    expect(weekOf(new Date('2031-03-09T16:00:00Z'))).toEqual({ from: '2031-03-10', to: '2031-03-16' }); // Monday 00:00
  });

  it('shows an invited unit this week’s meetings and those it may still register for, until it registers', async () => {
    const before = (await police.get('/api/v1/conference/home')).json<Home>();
    expect(counts(before)).toEqual({ thisWeek: 1, toRegister: 2 });
    expect(before.meetings.map((m) => m.title)).toEqual(['本周五的办公室会议']);
    for (const c of before.counts) {
      const qs = new URLSearchParams(c.query);
      expect((await police.get(`/api/v1/conference/meetings?${qs}`)).json<{ total: number }>().total).toBe(c.count);
    }
    const toRegister = (await police.get('/api/v1/conference/meetings?toRegister=true')).json<{ items: { id: string }[] }>();
    expect((await police.post(`/api/v1/conference/meetings/${toRegister.items[0].id}/registrations`, { name: '周明', title: '联络员' })).statusCode).toBe(201);
    expect(counts((await police.get('/api/v1/conference/home')).json<Home>())).toEqual({ thisWeek: 1, toRegister: 1 });
  });

  it('shows a unit not invited nothing, and the office no registrations to make', async () => {
    expect(counts((await customs.get('/api/v1/conference/home')).json<Home>())).toEqual({ thisWeek: 0, toRegister: 0 });
    expect(counts((await office.get('/api/v1/conference/home')).json<Home>())).toEqual({ thisWeek: 1 });
  });
});
