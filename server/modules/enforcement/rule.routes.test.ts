import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnforcementRule } from '../../../common/enforcement';
import { fixedClock } from '../../platform/clock';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { buildEnforcementWorld, caseInput, type EnforcementWorld } from './enforcement.factories';

let t: TestApp;
let w: EnforcementWorld;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2025-10-20T02:00:00Z') });
  w = await buildEnforcementWorld(t);
  admin = await t.login((await buildUser(t.services, { role: 'admin' })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

const RULES = '/api/v1/enforcement/deadline-rules';
const put = (s: TestSession, body: Record<string, unknown>) => s.request('PUT', RULES, body);
const rules = async () => (await w.s.officer.get(RULES)).json<EnforcementRule[]>();
const override = { code: 'clueAnswer', regionPrefix: '440310', length: 10, unit: 'workingDays', extensionLength: null, citation: '坪山区知识产权联席会议线索移交办理细则' };

describe('GET /api/v1/enforcement/deadline-rules', () => {
  it('lists every limit with its length, calendar and citation, in the order a case meets them', async () => {
    const list = await rules();
    expect(list[0]).toMatchObject({ code: 'caseOpen', regionPrefix: '', regionName: '全国', length: 15, unit: 'workingDays', extensionLength: 15 });
    expect(list[0].citation).toContain('第十八条');
    expect(list.map((r) => r.code)).toContain('detentionExOfficio');
  });
  it('answers 401 signed out', async () => {
    expect((await t.app.inject({ method: 'GET', url: RULES })).statusCode).toBe(401);
  });
  it('exports the rules as Excel', async () => {
    const res = await w.s.office.get(`${RULES}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('PUT /api/v1/enforcement/deadline-rules', () => {
  it('lets the office set an override for its region; the clue clock then counts it, with an audit event', async () => {
    const res = await put(w.s.office, override);
    expect(res.statusCode, res.body).toBe(200);
    const rule = res.json<EnforcementRule>();
    expect(rule).toMatchObject({ code: 'clueAnswer', regionPrefix: '440310', length: 10 });
    const clue = await w.s.officer.post('/api/v1/enforcement/clues', { toOrgId: w.police.id, title: '涉嫌销售假冒商标商品线索', body: '某商铺大量销售假冒注册商标的蓝牙耳机', passedOn: '2025-10-09' });
    expect(clue.statusCode, clue.body).toBe(201);
    // 10-09 + 10 working days, 10-11 (a Saturday) being a make-up working day: 10-10, 10-11, 10-13 … 10-17, 10-20, 10-21, 10-22.
    expect(clue.json<{ limits: { code: string; dueOn: string; citation: string }[] }>().limits[1]).toMatchObject({ code: 'clueAnswer', dueOn: '2025-10-22', citation: override.citation });
    const history = await admin.get(`/api/v1/platform/audit?entityType=enforcementRule&entityId=${rule.id}`);
    expect(history.json<{ total: number; items: { action: string }[] }>()).toMatchObject({ total: 1, items: [{ action: 'create' }] });
  });
  it('changes the override in place on a second save', async () => {
    const before = (await rules()).filter((r) => r.code === 'clueAnswer').length;
    expect((await put(w.s.office, { ...override, length: 12 })).json<EnforcementRule>().length).toBe(12);
    expect((await rules()).filter((r) => r.code === 'clueAnswer').length).toBe(before);
  });
  it('names the field of bad input and changes nothing', async () => {
    const blank = await put(w.s.office, { ...override, citation: ' ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<{ message: string }>().message).toBe('citation: 请填写法律依据');
    const zero = await put(w.s.office, { ...override, length: 0 });
    expect(zero.json<{ fields: { field: string }[] }>().fields[0].field).toBe('length');
    const months = await put(admin, { ...override, code: 'recordalValid', regionPrefix: '', unit: 'workingDays' });
    expect(months.json<{ fields: { field: string }[] }>().fields[0].field).toBe('unit');
    expect((await rules()).find((r) => r.code === 'recordalValid' && r.regionPrefix === '')?.unit).toBe('months');
  });
  it('keeps the national defaults to the administrator and another region to its own office', async () => {
    expect((await put(w.s.office, { ...override, regionPrefix: '' })).statusCode).toBe(403);
    expect((await put(w.s.office, { ...override, regionPrefix: '4401' })).statusCode).toBe(403);
    expect((await put(w.s.officer, override)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url: RULES, payload: override })).statusCode).toBe(401);
    const national = await put(admin, { code: 'clueAcknowledge', regionPrefix: '', length: 3, unit: 'workingDays', citation: '知识产权联席会议线索移交办理规则（联席会议确定）' });
    expect(national.statusCode, national.body).toBe(200);
  });
});

describe('DELETE /api/v1/enforcement/deadline-rules/:id', () => {
  it('removes a regional override but never a national default', async () => {
    const list = await rules();
    const mine = list.find((r) => r.regionPrefix === '440310')!;
    const national = list.find((r) => r.regionPrefix === '')!;
    expect((await admin.delete(`${RULES}/${national.id}`)).statusCode).toBe(400);
    expect((await w.s.officer.delete(`${RULES}/${mine.id}`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `${RULES}/${mine.id}` })).statusCode).toBe(401);
    expect((await w.s.office.delete(`${RULES}/00000000-0000-4000-8000-00000000dead`)).statusCode).toBe(404);
    expect((await w.s.office.delete(`${RULES}/not-a-uuid`)).statusCode).toBe(400);
    expect((await w.s.office.delete(`${RULES}/${mine.id}`)).statusCode).toBe(204);
    expect((await rules()).some((r) => r.id === mine.id)).toBe(false);
  });
  it('answers 404 for an override of another region', async () => {
    const other = await put(admin, { ...override, regionPrefix: '440304' });
    expect((await w.s.office.delete(`${RULES}/${other.json<EnforcementRule>().id}`)).statusCode).toBe(204);
    const far = await put(admin, { ...override, regionPrefix: '4401' });
    expect((await w.s.office.delete(`${RULES}/${far.json<EnforcementRule>().id}`)).statusCode).toBe(404);
  });
});

describe('a case is opened with the rules of its region', () => {
  it('counts the opening limit from the override', async () => {
    await put(w.s.office, { code: 'caseOpen', regionPrefix: '440310', length: 10, unit: 'workingDays', extensionLength: 10, citation: '坪山区执法办案时限规定' });
    const c = await w.s.officer.post('/api/v1/enforcement/cases', caseInput(w, { receivedOn: '2025-10-15' }));
    expect(c.json<{ limits: { code: string; dueOn: string; citation: string }[] }>().limits[0]).toMatchObject({ code: 'caseOpen', dueOn: '2025-10-29', citation: '坪山区执法办案时限规定' });
  });
});
