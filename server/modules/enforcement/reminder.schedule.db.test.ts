import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../common/enforcement';
import { createAdjustableClock } from '../../platform/clock';
import { rootActor } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { buildEnforcementWorld, caseInput, type EnforcementWorld } from './enforcement.factories';

// A complaint received on 2025-09-26 must be decided on by 2025-10-23: 15 working days with the National Day
// holiday (10-01 … 10-08) left out and the make-up days (Sunday 09-28, Saturday 10-11) counted.
const clock = createAdjustableClock();
let t: TestApp;
let w: EnforcementWorld;
let c: CaseDetail;
const at = (day: string) => clock.set(new Date(`${day}T01:00:00Z`));
// Read through the service: moving the clock weeks ahead ends the sessions signed in at the start.
const messages = async (s: TestSession) => (await t.platform.notifications.list({ ...rootActor, userId: s.userId }, { unread: false, page: 1, pageSize: 50 })).items.filter((n) => n.kind.startsWith('enforcement.'));

beforeAll(async () => {
  at('2025-09-29');
  t = await createTestApp({ clock });
  w = await buildEnforcementWorld(t);
  c = (await w.s.officer.post('/api/v1/enforcement/cases', caseInput(w, { receivedOn: '2025-09-26' }))).json<CaseDetail>();
  await w.s.customs.post('/api/v1/enforcement/clues', { toOrgId: w.police.id, title: '出口货物涉嫌侵犯商标专用权线索', body: '查验发现一批运动鞋标注他人注册商标', passedOn: '2025-09-29' });
});
afterAll(async () => t.close());

describe('enforcement time-limit reminders', () => {
  it('counts the opening limit across the National Day holiday', () => {
    expect(c.limits[0]).toMatchObject({ code: 'caseOpen', dueOn: '2025-10-23' });
  });

  it('says nothing while the limit is more than two working days away', async () => {
    at('2025-10-20');
    await t.services.enforcement.reminders.run();
    expect(await messages(w.s.officer)).toHaveLength(0);
  });

  it('reminds the handling officer two working days before, once however often it runs', async () => {
    at('2025-10-21');
    await t.services.enforcement.reminders.run();
    await t.services.enforcement.reminders.run();
    const mine = await messages(w.s.officer);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'enforcement.reminder', link: `/enforcement/cases/${c.id}` });
    expect(mine[0].title).toContain('2025-10-23');
    expect(await messages(w.s.otherOfficer)).toHaveLength(0);
  });

  it('tells the receiving unit its clue is overdue, and the officer when the case limit has passed', async () => {
    at('2025-10-27');
    expect((await t.services.enforcement.reminders.run()).reminded).toBeGreaterThan(0);
    const police = await messages(w.s.police);
    expect(police.some((n) => n.kind === 'enforcement.overdue' && (n.link ?? '').startsWith('/enforcement/clues/'))).toBe(true);
    const officer = await messages(w.s.officer);
    expect(officer.map((n) => n.kind).sort()).toEqual(['enforcement.overdue', 'enforcement.reminder']);
    expect(await messages(w.s.customs)).toHaveLength(0);
  });
});
