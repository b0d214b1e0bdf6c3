import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../common/enforcement';
import { fixedClock } from '../../platform/clock';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildEnforcementWorld, caseInput, type EnforcementWorld } from './enforcement.factories';

// Today is 2025-10-20: a case opened on 2025-07-04 had until 2025-10-09 (90 days ending in the National Day holiday).
let t: TestApp;
let w: EnforcementWorld;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2025-10-20T02:00:00Z') });
  w = await buildEnforcementWorld(t);
});
afterAll(async () => t.close());

type Fields = { message: string; fields: { field: string; message: string }[] };

async function newCase(overrides: Record<string, unknown> = {}): Promise<CaseDetail> {
  const res = await w.s.officer.post('/api/v1/enforcement/cases', caseInput(w, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CaseDetail>();
}
async function act(id: string, body: Record<string, unknown>, status = 200): Promise<CaseDetail> {
  const res = await w.s.officer.post(`/api/v1/enforcement/cases/${id}/actions`, body);
  expect(res.statusCode, res.body).toBe(status);
  return res.json<CaseDetail>();
}
/** A case opened on 2025-07-04 with the hearing notice sent on 2025-09-01. */
async function openedCase(): Promise<CaseDetail> {
  const c = await newCase();
  await act(c.id, { action: 'open', on: '2025-07-04' });
  return act(c.id, { action: 'hearingNotice', on: '2025-09-01' });
}
const decision = (on: string) => ({ action: 'decide', on, decision: 'penalty', decisionNo: '深市监坪罚〔2025〕88号', fineFen: 12_000_000, confiscatedFen: 350_000, confiscatedGoods: '假冒蓝牙耳机 1200 副' });

describe('POST /api/v1/enforcement/cases', () => {
  it('registers a complaint numbered for the agency, with the 15-working-day check running', async () => {
    const c = await newCase({ receivedOn: '2025-10-15' });
    expect(c).toMatchObject({ status: 'received', nextActor: 'officer', org: { id: w.bureau.id }, actions: ['extendOpening', 'open', 'notOpen'] });
    expect(c.caseNo).toMatch(/^坪山监管局.{4}知执〔2025〕\d+号$/);
    // 10-15 + 15 working days: 10-16 … 11-05.
    expect(c.limits[0]).toMatchObject({ code: 'caseOpen', dueOn: '2025-11-05', state: 'running' });
    expect(c.limits[0].citation).toContain('第十八条');
  });

  it('names the field of bad input and saves nothing', async () => {
    const before = (await w.s.officer.get('/api/v1/enforcement/cases')).json<{ total: number }>().total;
    const blank = await w.s.officer.post('/api/v1/enforcement/cases', caseInput(w, { summary: '' }));
    expect(blank.statusCode).toBe(400);
    expect(blank.json<Fields>().message).toBe('summary: 请填写案情摘要');
    const future = await w.s.officer.post('/api/v1/enforcement/cases', caseInput(w, { receivedOn: '2025-10-21' }));
    expect(future.json<Fields>().fields[0]).toEqual({ field: 'receivedOn', message: '日期不能晚于今天' });
    expect((await w.s.officer.get('/api/v1/enforcement/cases')).json<{ total: number }>().total).toBe(before);
  });

  it('answers 401 signed out and 403 to the office, which supervises but does not open cases', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/enforcement/cases', payload: caseInput(w) })).statusCode).toBe(401);
    expect((await w.s.office.post('/api/v1/enforcement/cases', caseInput(w))).statusCode).toBe(403);
  });
});

describe('GET /api/v1/enforcement/cases and /:id', () => {
  it('shows the case to its agency, the office and the party, and not to another agency', async () => {
    const c = await newCase({ summary: '可见性测试：销售侵犯注册商标专用权的商品' });
    const q = '?q=' + encodeURIComponent('可见性测试');
    for (const who of ['officer', 'office', 'party'] as const) {
      expect((await w.s[who].get('/api/v1/enforcement/cases' + q)).json<{ items: { id: string }[] }>().items.map((i) => i.id), who).toEqual([c.id]);
    }
    expect((await w.s.otherOfficer.get('/api/v1/enforcement/cases' + q)).json<{ total: number }>().total).toBe(0);
    expect((await w.s.police.get('/api/v1/enforcement/cases' + q)).json<{ total: number }>().total).toBe(0);
    const party = (await w.s.party.get(`/api/v1/enforcement/cases/${c.id}`)).json<CaseDetail>();
    expect(party.actions).toEqual([]);
    expect((await w.s.otherOfficer.get(`/api/v1/enforcement/cases/${c.id}`)).statusCode).toBe(404);
    expect((await w.s.otherOfficer.get(`/api/v1/enforcement/cases/${c.id}/history`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/enforcement/cases/${c.id}` })).statusCode).toBe(401);
    expect((await w.s.officer.get('/api/v1/enforcement/cases/not-a-uuid')).statusCode).toBe(400);
  });

  it('filters overdue cases and exports the list as Excel', async () => {
    const late = await newCase({ receivedOn: '2025-09-01', summary: '逾期测试：未在期限内核查' });
    const list = (await w.s.officer.get('/api/v1/enforcement/cases?overdue=true&q=' + encodeURIComponent('逾期测试'))).json<{ items: { id: string; overdue: boolean; nextDueOn: string }[] }>();
    expect(list.items).toEqual([expect.objectContaining({ id: late.id, overdue: true, nextDueOn: '2025-09-22' })]);
    const xlsx = await w.s.officer.get('/api/v1/enforcement/cases/export.xlsx?overdue=true');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await w.s.officer.get('/api/v1/enforcement/cases?status=nope')).statusCode).toBe(400);
  });
});

describe('POST /api/v1/enforcement/cases/:id/actions', () => {
  it('refuses a decision after the 90-day limit without an extension, naming the rule, and changes nothing', async () => {
    const c = await openedCase();
    const res = await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/actions`, decision('2025-10-10'));
    expect(res.statusCode).toBe(400);
    expect(res.json<Fields>().fields[0].field).toBe('on');
    expect(res.json<Fields>().fields[0].message).toMatch(/^已超过作出处理决定的期限（立案之日起至 2025-10-09），未经批准延长不得作出决定（《市场监督管理行政处罚程序规定》第六十四条/);
    const after = (await w.s.officer.get(`/api/v1/enforcement/cases/${c.id}`)).json<CaseDetail>();
    expect(after).toMatchObject({ status: 'hearingNotice', decidedOn: null, overdue: true });
    expect(after.limits.find((l) => l.code === 'caseDecide')).toMatchObject({ dueOn: '2025-10-09', state: 'overdue' });
  });

  it('refuses an extension without approval; with approval before the limit, the decision is in time', async () => {
    const c = await openedCase();
    const bare = await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/actions`, { action: 'extendDecision', days: 30, on: '2025-10-09' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json<Fields>().fields[0].field).toBe('approval');
    expect(bare.json<Fields>().fields[0].message).toMatch(/^延长须经执法机关负责人批准，请填写批准人及批准文号（《市场监督管理行政处罚程序规定》第六十四条/);
    const extended = await act(c.id, { action: 'extendDecision', days: 30, approval: '局长 陈某 批准（坪监批〔2025〕12号）', on: '2025-10-09' });
    expect(extended.limits.find((l) => l.code === 'caseDecide')).toMatchObject({ dueOn: '2025-11-03', state: 'running', length: '90 日 + 延长 30 日' });
    const decided = await act(c.id, decision('2025-10-15'));
    expect(decided).toMatchObject({ status: 'decided', fineFen: 12_000_000, confiscatedFen: 350_000, actions: ['serve', 'publish'] });
    expect(decided.limits.map((l) => l.code)).toEqual(['caseOpen', 'caseDecide', 'decisionServe', 'decisionPublish']);
    const served = await act(c.id, { action: 'serve', on: '2025-10-16' });
    const published = await act(c.id, { action: 'publish', on: '2025-10-17' });
    expect(published.actions).toEqual(['remedy', 'close']);
    const closed = await act(c.id, { action: 'close', on: '2025-10-20', outcome: 'performed' });
    expect(closed).toMatchObject({ status: 'closed', nextActor: 'none', overdue: false });
    expect(served.servedOn).toBe('2025-10-16');
    const typical = await act(c.id, { action: 'typicalCandidate', value: true });
    expect(typical.typicalCandidate).toBe(true);
    const history = (await w.s.party.get(`/api/v1/enforcement/cases/${c.id}/history`)).json<{ action: string }[]>();
    expect(history.map((h) => h.action)).toEqual(['typicalCandidate', 'close', 'publish', 'serve', 'decide', 'extendDecision', 'hearingNotice', 'open', 'create']);
  });

  it('lets only the handling agency act: another agency gets 404, the party 403', async () => {
    const c = await newCase({ receivedOn: '2025-10-17' });
    expect((await w.s.otherOfficer.post(`/api/v1/enforcement/cases/${c.id}/actions`, { action: 'open' })).statusCode).toBe(404);
    expect((await w.s.party.post(`/api/v1/enforcement/cases/${c.id}/actions`, { action: 'open' })).statusCode).toBe(403);
    expect((await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/actions`, { action: 'fly' })).statusCode).toBe(400);
    expect((await w.s.officer.get(`/api/v1/enforcement/cases/${c.id}`)).json<CaseDetail>().status).toBe('received');
  });
});

describe('measures', () => {
  it('starts a 30-day limit, extends it once with approval and lifts it', async () => {
    const c = await openedCase();
    const res = await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/measures`, { kind: 'seizure', goods: '假冒蓝牙耳机 1200 副', startedOn: '2025-10-10' });
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json<CaseDetail>().measures[0];
    expect(m.limit).toMatchObject({ code: 'measure', dueOn: '2025-11-10', state: 'running' });
    const path = `/api/v1/enforcement/cases/${c.id}/measures/${m.id}/actions`;
    expect((await w.s.officer.post(path, { action: 'extend', days: 30 })).json<Fields>().fields[0].field).toBe('approval');
    const ext = await w.s.officer.post(path, { action: 'extend', days: 30, approval: '局长 陈某 批准' });
    expect(ext.json<CaseDetail>().measures[0].limit.dueOn).toBe('2025-12-09');
    expect((await w.s.officer.post(path, { action: 'extend', days: 5, approval: '局长 陈某 批准' })).json<Fields>().message).toMatch(/只能延长一次/);
    expect((await w.s.otherOfficer.post(path, { action: 'lift' })).statusCode).toBe(404);
    expect((await w.s.officer.post(path, { action: 'lift', on: '2025-10-20' })).json<CaseDetail>().measures[0].liftedOn).toBe('2025-10-20');
    expect((await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/measures`, { kind: 'seizure', goods: '', startedOn: '2025-10-10' })).statusCode).toBe(400);
  });
});
