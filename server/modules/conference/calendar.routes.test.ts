import ICAL from 'ical.js';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdjustableClock } from '../../platform/clock';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

// What calendar apps and spreadsheets read: the .ics files checked with ical.js (a strict parser)
// and line by line against RFC 5545, the meeting list with read-excel-file.

const clock = createAdjustableClock();
let t: TestApp;
let office: TestSession;

const LONG_TITLE = '深圳市知识产权联席会议2026年全体会议暨知识产权保护工作推进会议及重点任务签约仪式';

beforeAll(async () => {
  clock.set(new Date('2026-12-01T00:00:00Z'));
  t = await createTestApp({ clock });
  const ipOffice = await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440300', name: '日历测试市知识产权局' });
  office = await t.login((await buildUser(t.services, { role: 'office', orgId: ipOffice.id })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

async function meeting(body: Record<string, unknown>): Promise<{ id: string; endsAt: string | null }> {
  const res = await office.post('/api/v1/conference/meetings', { kind: 'plenary', regionCode: '440300', venue: '市民中心', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Every content line (CRLF-separated) of the raw bytes: at most 75 octets, each whole UTF-8. */
function checkLines(raw: Buffer): void {
  const text = raw.toString('latin1');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(text)).toBe(false);
  let start = 0;
  for (let i = raw.indexOf('\r\n'); i !== -1; start = i + 2, i = raw.indexOf('\r\n', start)) {
    const line = raw.subarray(start, i);
    expect(line.length, line.toString()).toBeLessThanOrEqual(75);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line), line.toString()).not.toThrow();
  }
}

function events(text: string): ICAL.Event[] {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(cal.name).toBe('vcalendar');
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('a meeting’s calendar file and the calendar feed', () => {
  it('fold long Chinese lines at 75 octets without splitting a character, and invent no end time', async () => {
    // 07:30 on 21 December in Shanghai; the API keeps the end empty.
    const m = await meeting({ title: LONG_TITLE, startsAt: '2026-12-21T07:30:00+08:00', theme: '知识产权强市建设' });
    expect(m.endsAt).toBeNull();
    const res = await office.get(`/api/v1/conference/meetings/${m.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    checkLines(res.rawPayload);
    expect(Buffer.byteLength(`SUMMARY:${LONG_TITLE}`)).toBeGreaterThan(75);
    const [event] = events(res.body);
    expect(event.summary).toBe(LONG_TITLE);
    expect(event.uid).toBe(`${m.id}@zhichan`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-20T23:30:00.000Z');
    expect(event.component.hasProperty('dtend')).toBe(false);
    expect(event.component.hasProperty('duration')).toBe(false);
    expect(event.location).toBe('市民中心');
  });

  it('carries the end a meeting has, and the feed passes the same checks', async () => {
    await meeting({ title: '有结束时间的专题会议', kind: 'thematic', startsAt: '2026-12-22T14:00:00+08:00', endsAt: '2026-12-22T17:30:00+08:00' });
    const feed = (await office.post('/api/v1/conference/me/calendar-feed')).json<{ url: string }>();
    const res = await t.app.inject({ method: 'GET', url: new URL(feed.url).pathname });
    expect(res.statusCode).toBe(200);
    checkLines(res.rawPayload);
    const all = events(res.body);
    expect(all.map((e) => e.summary).sort()).toEqual([LONG_TITLE, '有结束时间的专题会议'].sort());
    const thematic = all.find((e) => e.summary === '有结束时间的专题会议')!;
    expect(thematic.endDate.toJSDate().toISOString()).toBe('2026-12-22T09:30:00.000Z');
  });
});

for (const tz of ['UTC', 'America/New_York']) {
  describe(`the meeting list in Excel, with the server under TZ=${tz}`, () => {
    const before = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = tz;
    });
    afterAll(() => {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    });

    it('shows the 07:30 Shanghai meeting at 07:30 on 21 December', async () => {
      expect(new Date(2026, 11, 21).getTimezoneOffset()).toBe(tz === 'UTC' ? 0 : 300);
      const res = await office.get('/api/v1/conference/meetings/export.xlsx');
      expect(res.statusCode).toBe(200);
      const rows = await readSheet(res.rawPayload);
      const header = rows[0];
      const row = rows.find((r) => r[0] === LONG_TITLE)!;
      const startsAt = row[header.indexOf('开始时间')] as unknown as Date; // the reader types a date cell as DateConstructor
      // A spreadsheet date has no zone: the reader hands back its wall-clock fields as UTC.
      expect(startsAt.toISOString()).toBe('2026-12-21T07:30:00.000Z');
      expect(row[header.indexOf('结束时间')]).toBeNull();
    });
  });
}
