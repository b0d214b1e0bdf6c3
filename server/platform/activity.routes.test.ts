import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, buildUser, TEST_PASSWORD } from '../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../test/test-app';

let t: TestApp;
let office: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440300', name: '动态测试市局' });
  office = await t.login((await buildUser(t.services, { role: 'office', orgId: org.id })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('my latest changes', () => {
  it('names each changed record by its title, also for events that record something else (an attendee)', async () => {
    const meeting = (await office.post('/api/v1/conference/meetings', { title: '知识产权联席会议第三次全体会议', kind: 'plenary', regionCode: '440300', startsAt: '2031-03-03T01:30:00.000Z', mode: 'offline', waitlist: true, orgs: [] })).json<{ id: string }>();
    const reg = await office.post(`/api/v1/conference/meetings/${meeting.id}/attendees`, { name: '周明', orgName: '市公安局' });
    expect(reg.statusCode, reg.body).toBeLessThan(300);
    const res = await office.get('/api/v1/platform/me/activity');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ action: string; entityId: string; entityLabel: string | null }[]>();
    const onMeeting = items.filter((e) => e.entityId === meeting.id);
    expect(onMeeting.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'addAttendee']));
    for (const e of onMeeting) expect(e.entityLabel).toBe('知识产权联席会议第三次全体会议');
  });

  it('answers 401 signed out', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/platform/me/activity' })).statusCode).toBe(401);
  });
});
