import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, EnforcementHome } from '../../../common/enforcement';
import { fixedClock } from '../../platform/clock';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { buildEnforcementWorld, caseInput, type EnforcementWorld } from './enforcement.factories';

let t: TestApp;
let w: EnforcementWorld;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2025-10-20T02:00:00Z') });
  w = await buildEnforcementWorld(t);
  const open = async (receivedOn: string, summary: string) => (await w.s.officer.post('/api/v1/enforcement/cases', caseInput(w, { receivedOn, summary }))).json<CaseDetail>();
  // One case still being checked, one whose check ran out in September, one opened and investigating.
  await open('2025-10-15', '权利人投诉当事人销售假冒注册商标的蓝牙耳机');
  await open('2025-08-01', '网络巡查发现当事人网店标注已失效专利号');
  const c = await open('2025-09-20', '举报当事人仓库存放侵犯商业秘密的图纸');
  await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/actions`, { action: 'open', on: '2025-09-25' });
  await w.s.customs.post('/api/v1/enforcement/clues', { toOrgId: w.bureau.id, title: '进口蓝牙耳机涉嫌侵权线索', body: '查验发现一批耳机标注他人注册商标', passedOn: '2025-10-16' });
});
afterAll(async () => t.close());

/** Each count of the card against the total of the list its query opens. */
async function expectCountsMatchLists(s: TestSession, lists: Record<string, string>): Promise<EnforcementHome> {
  const res = await s.get('/api/v1/enforcement/home');
  expect(res.statusCode, res.body).toBe(200);
  const home = res.json<EnforcementHome>();
  for (const c of home.counts) {
    const path = lists[c.key] ?? lists['*'];
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(c.query)) for (const x of [v].flat()) qs.append(k, x);
    const list = await s.get(`/api/v1/enforcement/${path}?${qs}`);
    expect(list.statusCode, `${c.key}: ${list.body}`).toBe(200);
    expect(list.json<{ total: number }>().total, c.key).toBe(c.count);
  }
  return home;
}

describe('GET /api/v1/enforcement/home', () => {
  it('shows the officer its cases by stage, the overdue ones and the clues to acknowledge, each equal to its list', async () => {
    const home = await expectCountsMatchLists(w.s.officer, { checking: 'cases', investigating: 'cases', overdue: 'cases', toApprove: 'transfers', cluesWaiting: 'clues' });
    expect(home.view).toBe('officer');
    expect(Object.fromEntries(home.counts.map((c) => [c.key, c.count]))).toMatchObject({ checking: 2, investigating: 1, overdue: 1, cluesWaiting: 1 });
  });
  it('gives the police, procuratorate, customs, office and party their own counts, each equal to its list', async () => {
    expect((await expectCountsMatchLists(w.s.police, { '*': 'transfers', cluesWaiting: 'clues' })).view).toBe('police');
    expect((await expectCountsMatchLists(w.s.procuratorate, { '*': 'transfers' })).view).toBe('procuratorate');
    expect((await expectCountsMatchLists(w.s.customs, { '*': 'detentions', cluesWaiting: 'clues' })).view).toBe('customs');
    const office = await expectCountsMatchLists(w.s.office, { overdue: 'cases', transfersOverdue: 'transfers', cluesUnanswered: 'clues/unanswered', detained: 'detentions' });
    expect(office.view).toBe('office');
    const party = await expectCountsMatchLists(w.s.party, { mine: 'cases', '*': 'detentions' });
    expect(party.counts.find((c) => c.key === 'mine')?.count).toBe(3);
    expect((await expectCountsMatchLists(w.s.otherOfficer, { '*': 'cases', toApprove: 'transfers', cluesWaiting: 'clues' })).counts.every((c) => c.count === 0)).toBe(true);
  });
  it('answers 401 signed out', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/enforcement/home' })).statusCode).toBe(401);
  });
});

describe('search', () => {
  const search = async (s: TestSession, q: string) => (await s.get(`/api/v1/publish/search?q=${encodeURIComponent(q)}&type=enforcementCase`)).json<{ total: number; items: { url: string; title: string }[] }>();
  it('finds a case by its summary for those whose case list shows it, and for nobody else', async () => {
    const mine = await search(w.s.officer, '商业秘密');
    expect(mine.total).toBe(1);
    expect(mine.items[0].url).toMatch(/^\/enforcement\/cases\//);
    expect((await search(w.s.party, '商业秘密')).total).toBe(1);
    expect((await search(w.s.office, '商业秘密')).total).toBe(1);
    expect((await search(w.s.otherOfficer, '商业秘密')).total).toBe(0);
    expect((await search(w.s.police, '商业秘密')).total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/publish/search?q=${encodeURIComponent('商业秘密')}` })).json<{ total: number }>().total).toBe(0);
  });
  it('keeps the entry current in the transaction that changes the case', async () => {
    const c = (await w.s.officer.get('/api/v1/enforcement/cases?q=' + encodeURIComponent('商业秘密'))).json<{ items: { id: string }[] }>().items[0];
    await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/actions`, { action: 'hearingNotice', on: '2025-10-09' });
    const decided = await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/actions`, { action: 'decide', on: '2025-10-17', decision: 'penalty', decisionNo: '深市监坪罚〔2025〕301号', fineFen: 5_000_000, confiscatedFen: 0 });
    expect(decided.statusCode, decided.body).toBe(200);
    expect((await search(w.s.officer, '深市监坪罚〔2025〕301号')).total).toBe(1);
  });
});

describe('GET /api/v1/enforcement/agencies', () => {
  it('offers the officer the police, the member units and the enterprises of its city by name', async () => {
    const police = await w.s.officer.get('/api/v1/enforcement/agencies?kind=police');
    expect(police.statusCode, police.body).toBe(200);
    expect(police.json<{ id: string }[]>().map((o) => o.id)).toContain(w.police.id);
    const units = (await w.s.officer.get('/api/v1/enforcement/agencies?kind=unit')).json<{ id: string }[]>().map((o) => o.id);
    expect(units).toEqual(expect.arrayContaining([w.police.id, w.customs.id, w.procuratorate.id]));
    expect(units).not.toContain(w.bureau.id);
    expect((await w.s.customs.get(`/api/v1/enforcement/agencies?kind=holder&q=${encodeURIComponent(w.party.name)}`)).json<{ id: string }[]>().map((o) => o.id)).toEqual([w.party.id]);
  });
  it('names the field of a bad kind, answers 401 signed out and 403 to a party', async () => {
    const bad = await w.s.officer.get('/api/v1/enforcement/agencies?kind=bank');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { field: string }[] }>().fields[0].field).toBe('kind');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/enforcement/agencies?kind=police' })).statusCode).toBe(401);
    expect((await w.s.party.get('/api/v1/enforcement/agencies?kind=police')).statusCode).toBe(403);
  });
});
