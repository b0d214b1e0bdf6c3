import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdjustableClock } from '../../platform/clock';
import { buildOrg, buildUser, rootActor, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

const clock = createAdjustableClock();
let t: TestApp;
let office: TestSession; // office staff, Shenzhen
let police: TestSession; // liaison of the police (invited)
let police2: TestSession; // a second liaison of the police
let customs: TestSession; // liaison of customs (invited later)
let court: TestSession; // liaison of a unit never invited
let policeId: string;
let customsId: string;

type Json = Record<string, unknown>;
const future = (days: number, hour = 9) => new Date(Date.UTC(2031, 0, 1 + days, hour - 8)).toISOString();

async function meeting(body: Json = {}): Promise<Json & { id: string }> {
  const res = await office.post('/api/v1/conference/meetings', { title: '2031年知识产权联席会议全体会议', kind: 'plenary', regionCode: '440300', startsAt: future(10), endsAt: future(10, 12), venue: '市民中心', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

beforeAll(async () => {
  clock.set(new Date('2031-01-01T00:00:00Z'));
  t = await createTestApp({ clock });
  const ipOffice = await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440300', name: '测试市知识产权局' });
  policeId = (await buildOrg(t.services, { kind: 'publicSecurity', regionCode: '440300', name: '测试市公安局' })).id;
  customsId = (await buildOrg(t.services, { kind: 'customs', regionCode: '440300', name: '测试海关' })).id;
  const courtOrg = await buildOrg(t.services, { kind: 'court', regionCode: '440300', name: '测试中级法院' });
  office = await t.login((await buildUser(t.services, { role: 'office', orgId: ipOffice.id })).username, TEST_PASSWORD);
  police = await t.login((await buildUser(t.services, { role: 'liaison', orgId: policeId })).username, TEST_PASSWORD);
  police2 = await t.login((await buildUser(t.services, { role: 'liaison', orgId: policeId })).username, TEST_PASSWORD);
  customs = await t.login((await buildUser(t.services, { role: 'liaison', orgId: customsId })).username, TEST_PASSWORD);
  court = await t.login((await buildUser(t.services, { role: 'liaison', orgId: courtOrg.id })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('meetings', () => {
  it('creates a plenary with a nested agenda, lists it, and keeps it from units not involved', async () => {
    const m = await meeting({ orgs: [{ role: 'host', orgId: null, orgName: '深圳市知识产权联席会议办公室' }] });
    const agenda = await office.request('PUT', `/api/v1/conference/meetings/${m.id}/agenda`, {
      items: [
        { title: '总结2030年工作', speaker: '蔡英权', durationMinutes: 20, children: [{ title: '宣传片', durationMinutes: 5 }] },
        { title: '颁发任务书', durationMinutes: 10 },
      ],
    });
    expect(agenda.statusCode, agenda.body).toBe(200);
    const read = (await office.get(`/api/v1/conference/meetings/${m.id}/agenda`)).json<{ title: string; children: { title: string }[] }[]>();
    expect(read.map((i) => i.title)).toEqual(['总结2030年工作', '颁发任务书']);
    expect(read[0].children.map((c) => c.title)).toEqual(['宣传片']);
    const list = (await office.get('/api/v1/conference/meetings?kind=plenary&q=' + encodeURIComponent('全体会议'))).json<{ items: { id: string }[] }>();
    expect(list.items.map((x) => x.id)).toContain(m.id);
    expect((await court.get(`/api/v1/conference/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await court.get('/api/v1/conference/meetings')).json<{ total: number }>().total).toBe(0);
  });

  it('refuses a meeting that ends before it starts, naming endsAt, and saves nothing', async () => {
    const before = (await office.get('/api/v1/conference/meetings?pageSize=200')).json<{ total: number }>().total;
    const res = await office.post('/api/v1/conference/meetings', { title: '时间颠倒的会议', kind: 'thematic', regionCode: '440300', startsAt: future(5, 15), endsAt: future(5, 14) });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { field: string; message: string }[] }>().fields).toEqual([{ field: 'endsAt', message: '结束时间不能早于开始时间' }]);
    const m = await meeting();
    const patch = await office.patch(`/api/v1/conference/meetings/${m.id}`, { endsAt: future(9) });
    expect(patch.json<{ message: string }>().message).toBe('endsAt: 结束时间不能早于开始时间');
    expect((await office.get(`/api/v1/conference/meetings/${m.id}`)).json<{ endsAt: string }>().endsAt).toBe(future(10, 12));
    expect((await office.get('/api/v1/conference/meetings?pageSize=200')).json<{ total: number }>().total).toBe(before + 1);
  });

  it('answers 401 signed out, 403 for a liaison creating, and 404 for another city’s meeting', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/conference/meetings' })).statusCode).toBe(401);
    expect((await police.post('/api/v1/conference/meetings', { title: 'x', kind: 'plenary', regionCode: '440300', startsAt: future(1) })).statusCode).toBe(403);
    const gz = await t.services.conference.meetings.create(rootActor, { title: '广州会议', kind: 'plenary', regionCode: '440100', startsAt: future(3), endsAt: null, venue: null, mode: 'offline', onlineUrl: null, onlineAudience: null, attendeeCount: null, capacity: null, waitlist: true, theme: null, summary: null, orgs: [] });
    expect((await office.get(`/api/v1/conference/meetings/${gz.id}`)).statusCode).toBe(404);
    expect((await office.patch(`/api/v1/conference/meetings/${gz.id}`, { title: '改名' })).statusCode).toBe(404);
    expect((await office.post('/api/v1/conference/meetings', { title: '广州', kind: 'plenary', regionCode: '440100', startsAt: future(1) })).json<{ message: string }>().message).toBe('regionCode: 超出您的管辖范围');
  });
});

describe('registration, waitlist and check-in', () => {
  it('fills the meeting, puts the next on the waitlist, and promotes them when someone cancels', async () => {
    const m = await meeting({ capacity: 2 });
    expect((await police.post(`/api/v1/conference/meetings/${m.id}/registrations`, {})).statusCode).toBe(404);
    await office.post(`/api/v1/conference/meetings/${m.id}/invitations`, { orgIds: [policeId, customsId] });
    const a = await police.post(`/api/v1/conference/meetings/${m.id}/registrations`, { name: '周明', title: '联络员' });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json<{ status: string; code: string }>()).toMatchObject({ status: 'registered' });
    expect((await police.post(`/api/v1/conference/meetings/${m.id}/registrations`, {})).statusCode).toBe(409);
    expect((await customs.post(`/api/v1/conference/meetings/${m.id}/registrations`, { name: '海关甲' })).json<{ status: string }>().status).toBe('registered');
    const c = await police2.post(`/api/v1/conference/meetings/${m.id}/registrations`, { name: '候补乙' });
    expect(c.json<{ status: string; waitlistPosition: number }>()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await office.get(`/api/v1/conference/meetings/${m.id}`)).json<{ registered: number; waitlisted: number }>()).toMatchObject({ registered: 2, waitlisted: 1 });

    const cancel = await customs.post(`/api/v1/conference/meetings/${m.id}/registrations/${(await customs.get(`/api/v1/conference/meetings/${m.id}`)).json<{ myRegistration: { id: string } }>().myRegistration.id}/cancel`);
    expect(cancel.json<{ status: string }>().status).toBe('cancelled');
    const mine = (await police2.get(`/api/v1/conference/meetings/${m.id}`)).json<{ myRegistration: { status: string } }>();
    expect(mine.myRegistration.status).toBe('registered');
    const inbox = (await police2.get('/api/v1/platform/notifications')).json<{ items: { kind: string; title: string }[] }>();
    expect(inbox.items.map((n) => n.kind)).toContain('meeting.promoted');
    // A liaison only sees their own registration, and never others' check-in codes.
    const seen = (await police.get(`/api/v1/conference/meetings/${m.id}/registrations`)).json<{ items: { name: string }[] }>();
    expect(seen.items.map((r) => r.name)).toEqual(['周明']);
  });

  it('refuses a registration once the meeting is over, as a conflict that names no field the form has', async () => {
    // An hour-long meeting starting at 09:00 Beijing time today; the clock then moves past its end (sessions last 12 hours).
    const m = await meeting({ startsAt: '2031-01-01T01:00:00.000Z', endsAt: '2031-01-01T02:00:00.000Z' });
    await office.post(`/api/v1/conference/meetings/${m.id}/invitations`, { orgIds: [policeId] });
    clock.set(new Date('2031-01-01T02:01:00Z'));
    try {
      const late = await police.post(`/api/v1/conference/meetings/${m.id}/registrations`, { name: '迟到者' });
      expect(late.statusCode).toBe(409);
      expect(late.json<{ message: string; fields?: unknown[] }>()).toMatchObject({ message: '会议已结束，不能报名' });
      expect(late.json<{ fields?: unknown[] }>().fields ?? []).toEqual([]);
    } finally {
      clock.set(new Date('2031-01-01T00:00:00Z'));
    }
  });

  it('refuses a registration past capacity when the meeting has no waitlist, naming capacity', async () => {
    const m = await meeting({ capacity: 1, waitlist: false });
    await office.post(`/api/v1/conference/meetings/${m.id}/invitations`, { orgIds: [policeId] });
    expect((await police.post(`/api/v1/conference/meetings/${m.id}/registrations`, {})).statusCode).toBe(201);
    const full = await police2.post(`/api/v1/conference/meetings/${m.id}/registrations`, {});
    expect(full.statusCode).toBe(400);
    expect(full.json<{ message: string }>().message).toBe('capacity: 名额已满（共 1 个名额），本次会议不设候补');
    expect((await office.get(`/api/v1/conference/meetings/${m.id}/registrations`)).json<{ total: number }>().total).toBe(1);
    const lower = await office.patch(`/api/v1/conference/meetings/${m.id}`, { capacity: 1, waitlist: true });
    expect(lower.statusCode).toBe(200);
    expect((await office.patch(`/api/v1/conference/meetings/${m.id}`, { capacity: 0 })).json<{ fields: { field: string }[] }>().fields[0].field).toBe('capacity');
  });

  it('checks people in by code and lists them as attendees with their titles', async () => {
    const m = await meeting();
    await office.post(`/api/v1/conference/meetings/${m.id}/invitations`, { orgIds: [policeId] });
    const reg = (await police.post(`/api/v1/conference/meetings/${m.id}/registrations`, { name: '周明', title: '市公安局经侦支队副支队长' })).json<{ code: string }>();
    expect((await office.post(`/api/v1/conference/meetings/${m.id}/check-in`, { code: 'ZZZZZZ' })).json<{ message: string }>().message).toMatch(/^code: /);
    const ok = await office.post(`/api/v1/conference/meetings/${m.id}/check-in`, { code: reg.code.toLowerCase() });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await office.post(`/api/v1/conference/meetings/${m.id}/check-in`, { code: reg.code })).statusCode).toBe(409);
    const attendees = (await police.get(`/api/v1/conference/meetings/${m.id}/attendees`)).json<{ name: string; title: string; orgName: string }[]>();
    expect(attendees).toEqual([expect.objectContaining({ name: '周明', title: '市公安局经侦支队副支队长', orgName: '测试市公安局' })]);
  });

  it('reminds registered people the day before and when the online link opens, once however often it runs', async () => {
    const m = await meeting({ title: '提醒测试会议', mode: 'hybrid', onlineUrl: 'https://meeting.example.org/j/9', startsAt: '2031-01-01T10:00:00.000Z', endsAt: '2031-01-01T11:00:00.000Z' });
    await office.post(`/api/v1/conference/meetings/${m.id}/invitations`, { orgIds: [customsId] });
    await customs.post(`/api/v1/conference/meetings/${m.id}/registrations`, { name: '海关乙' });
    const kinds = async () => (await customs.get('/api/v1/platform/notifications?pageSize=100')).json<{ items: { kind: string; link: string }[] }>().items.filter((n) => n.link === `/meetings/${m.id}`).map((n) => n.kind);
    await t.platform.scheduler.runNow('conference.meetingReminders');
    expect((await kinds()).filter((k) => k === 'meeting.reminder')).toHaveLength(1);
    expect(await kinds()).not.toContain('meeting.online');
    clock.set(new Date('2031-01-01T09:35:00Z'));
    await t.platform.scheduler.runNow('conference.meetingReminders');
    await t.platform.scheduler.runNow('conference.meetingReminders');
    expect((await kinds()).filter((k) => k.startsWith('meeting.') && k !== 'meeting.invited').sort()).toEqual(['meeting.online', 'meeting.reminder']);
    clock.set(new Date('2031-01-01T00:00:00Z'));
  });

  it('shows the online link to invitees only from 30 minutes before the start', async () => {
    const m = await meeting({ mode: 'online', onlineUrl: 'https://meeting.example.org/j/123', startsAt: '2031-01-01T02:00:00.000Z', endsAt: '2031-01-01T04:00:00.000Z' });
    await office.post(`/api/v1/conference/meetings/${m.id}/invitations`, { orgIds: [policeId] });
    expect((await office.get(`/api/v1/conference/meetings/${m.id}`)).json<{ onlineUrl: string }>().onlineUrl).toBe('https://meeting.example.org/j/123');
    clock.set(new Date('2031-01-01T01:29:00Z'));
    expect((await police.get(`/api/v1/conference/meetings/${m.id}`)).json<{ onlineUrl: string | null; hasOnlineUrl: boolean }>()).toMatchObject({ onlineUrl: null, hasOnlineUrl: true });
    clock.set(new Date('2031-01-01T01:31:00Z'));
    expect((await police.get(`/api/v1/conference/meetings/${m.id}`)).json<{ onlineUrl: string }>().onlineUrl).toBe('https://meeting.example.org/j/123');
    expect((await customs.get(`/api/v1/conference/meetings/${m.id}`)).statusCode).toBe(404);
    clock.set(new Date('2031-01-01T00:00:00Z'));
  });
});

describe('minutes, calendar and reported meetings', () => {
  it('moves minutes from draft to approved and locks them', async () => {
    const m = await meeting();
    expect((await office.post(`/api/v1/conference/meetings/${m.id}/minutes/approve`)).json<{ message: string }>().message).toMatch(/^body: /);
    await office.request('PUT', `/api/v1/conference/meetings/${m.id}/minutes`, { body: '会议听取了2030年工作汇报。' });
    await office.post(`/api/v1/conference/meetings/${m.id}/invitations`, { orgIds: [policeId] });
    expect((await police.get(`/api/v1/conference/meetings/${m.id}/record`)).json<{ minutes: unknown }>().minutes).toBeNull();
    expect((await office.post(`/api/v1/conference/meetings/${m.id}/minutes/approve`)).json<{ status: string }>().status).toBe('approved');
    expect((await office.request('PUT', `/api/v1/conference/meetings/${m.id}/minutes`, { body: '改写' })).statusCode).toBe(409);
    expect((await police.get(`/api/v1/conference/meetings/${m.id}/record`)).json<{ minutes: { body: string } }>().minutes.body).toBe('会议听取了2030年工作汇报。');
  });

  it('serves an .ics per meeting and a feed whose token works without a cookie until revoked', async () => {
    const m = await meeting({ title: '日历测试会议' });
    const ics = await office.get(`/api/v1/conference/meetings/${m.id}/calendar.ics`);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('SUMMARY:日历测试会议');
    const feed = (await office.post('/api/v1/conference/me/calendar-feed')).json<{ url: string }>();
    const path = new URL(feed.url).pathname;
    const anon = await t.app.inject({ method: 'GET', url: path });
    expect(anon.statusCode).toBe(200);
    expect(anon.body).toContain('SUMMARY:日历测试会议');
    expect((await office.get('/api/v1/conference/me/calendar-feed')).json<{ active: boolean; url: null }>()).toMatchObject({ active: true, url: null });
    expect((await office.delete('/api/v1/conference/me/calendar-feed')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
  });

  it('records a reported meeting with attendees, agreements and unveilings, and lists it among the year’s events', async () => {
    const actor = { ...rootActor, regionCode: '440300' };
    const r = await t.services.conference.recordReportedMeeting(actor, {
      title: '2030年测试区知识产权峰会',
      kind: 'summit',
      startsAt: '2030-04-26',
      regionCode: '440310',
      mode: 'hybrid',
      onlineAudience: 62000,
      attendees: [{ name: '袁测试', title: '区委常委、常务副区长', orgName: '测试市公安局' }, { name: '无单位嘉宾', title: '特邀演讲嘉宾' }],
      agreements: [{ title: '《诉调对接框架协议》', kind: 'framework', parties: ['测试市公安局', '某不存在单位'] }],
      unveilings: [{ what: '保护中心分窗口', by: ['袁测试'] }],
    });
    expect(r.agreementIds).toHaveLength(1);
    const attendees = (await office.get(`/api/v1/conference/meetings/${r.meetingId}/attendees`)).json<{ name: string; title: string; personId: string | null }[]>();
    expect(attendees.map((a) => [a.name, a.title, !!a.personId])).toEqual([
      ['袁测试', '区委常委、常务副区长', true],
      ['无单位嘉宾', '特邀演讲嘉宾', false],
    ]);
    const again = await t.services.conference.recordReportedMeeting(actor, { title: '同一人再次出席', kind: 'seminar', startsAt: '2030-05-01', regionCode: '440300', attendees: [{ name: '袁测试', title: '新职务', orgName: '测试市公安局' }] });
    const second = (await office.get(`/api/v1/conference/meetings/${again.meetingId}/attendees`)).json<{ personId: string }[]>();
    expect(second[0].personId).toBe(attendees[0].personId);
    const agreement = (await office.get(`/api/v1/conference/agreements/${r.agreementIds[0]}`)).json<{ title: string; parties: { name: string; orgId: string | null }[] }>();
    expect(agreement.title).toBe('诉调对接框架协议');
    expect(agreement.parties.map((p) => !!p.orgId)).toEqual([true, false]);
    const events = await t.services.conference.eventsOfYear(actor, '440300', 2030);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['meeting', 'agreement', 'unveiling']));
    expect(events.find((e) => e.type === 'agreement')!.date).toBe('2030-04-26');
    await expect(t.services.conference.recordReportedMeeting(actor, { title: '坏数据', kind: 'summit', startsAt: '2030-13-45', regionCode: '440300' })).rejects.toThrow(/startsAt/);
  });
});
