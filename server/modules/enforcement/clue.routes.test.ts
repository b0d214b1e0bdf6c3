import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clue } from '../../../common/enforcement-agency';
import { fixedClock } from '../../platform/clock';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildEnforcementWorld, type EnforcementWorld } from './enforcement.factories';

// Today is 2025-10-20.
let t: TestApp;
let w: EnforcementWorld;
type Fields = { message: string; fields: { field: string; message: string }[] };
type Page = { items: Clue[]; total: number };
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2025-10-20T02:00:00Z') });
  w = await buildEnforcementWorld(t);
});
afterAll(async () => t.close());

async function pass(passedOn: string, title: string): Promise<Clue> {
  const evidence = (await w.s.customs.upload('/api/v1/platform/files', { name: '查验照片.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') })).json<{ id: string }>().id;
  const res = await w.s.customs.post('/api/v1/enforcement/clues', { toOrgId: w.bureau.id, title, body: '出口货物中查获疑似假冒注册商标的电子产品，发货人位于坪山区', evidenceFileIds: [evidence], passedOn });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Clue>();
}

describe('clues between agencies', () => {
  it('passes a clue with evidence; the receiver acknowledges and answers in time', async () => {
    const c = await pass('2025-10-16', '海关移交：疑似侵权出口货物线索');
    // 10-16 + 3 working days = 10-21; + 15 working days = 11-06.
    expect(c).toMatchObject({ state: 'waiting', overdue: false, actions: [] });
    expect(c.limits.map((l) => [l.code, l.dueOn])).toEqual([['clueAcknowledge', '2025-10-21'], ['clueAnswer', '2025-11-06']]);
    const received = (await w.s.officer.get(`/api/v1/enforcement/clues/${c.id}`)).json<Clue>();
    expect(received.actions).toEqual(['acknowledge', 'answer']);
    const ack = await w.s.officer.post(`/api/v1/enforcement/clues/${c.id}/actions`, { action: 'acknowledge', on: '2025-10-17' });
    expect(ack.json<Clue>()).toMatchObject({ state: 'acknowledged', actions: ['answer'] });
    expect((await w.s.customs.post(`/api/v1/enforcement/clues/${c.id}/actions`, { action: 'answer', answer: '越权反馈' })).statusCode).toBe(403);
    const blank = await w.s.officer.post(`/api/v1/enforcement/clues/${c.id}/actions`, { action: 'answer', answer: '' });
    expect(blank.json<Fields>().message).toBe('answer: 请填写办理结果');
    const done = await w.s.officer.post(`/api/v1/enforcement/clues/${c.id}/actions`, { action: 'answer', answer: '已立案调查，案号坪山监管局知执〔2025〕31号' });
    expect(done.json<Clue>()).toMatchObject({ state: 'answered', answeredOn: '2025-10-20', overdue: false });
  });

  it('lists an unanswered clue past its limit on the office’s supervision view', async () => {
    const c = await pass('2025-09-01', '逾期未反馈线索');
    const view = (await w.s.office.get('/api/v1/enforcement/clues/unanswered')).json<Page>();
    expect(view.items.find((i) => i.id === c.id)).toMatchObject({ overdue: true, state: 'waiting' });
    expect((await w.s.officer.get('/api/v1/enforcement/clues/unanswered')).statusCode).toBe(403);
    expect((await w.s.officer.get('/api/v1/enforcement/clues?box=received')).json<Page>().items.map((i) => i.id)).toContain(c.id);
    expect((await w.s.office.get('/api/v1/enforcement/clues/export.xlsx')).statusCode).toBe(200);
  });

  it('hides a clue from units outside it, refuses bad input and signed-out callers', async () => {
    const c = await pass('2025-10-20', '范围测试线索');
    expect((await w.s.otherOfficer.get(`/api/v1/enforcement/clues/${c.id}`)).statusCode).toBe(404);
    expect((await w.s.otherOfficer.post(`/api/v1/enforcement/clues/${c.id}/actions`, { action: 'acknowledge' })).statusCode).toBe(404);
    expect((await w.s.party.get(`/api/v1/enforcement/clues/${c.id}`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/enforcement/clues/${c.id}` })).statusCode).toBe(401);
    const self = await w.s.customs.post('/api/v1/enforcement/clues', { toOrgId: w.customs.id, title: '自己', body: '自己' });
    expect(self.json<Fields>().fields[0].field).toBe('toOrgId');
    const noTitle = await w.s.customs.post('/api/v1/enforcement/clues', { toOrgId: w.bureau.id, title: '', body: '内容' });
    expect(noTitle.json<Fields>().message).toBe('title: 请填写线索标题');
  });
});
