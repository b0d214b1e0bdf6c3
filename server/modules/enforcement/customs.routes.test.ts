import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Detention } from '../../../common/enforcement-agency';
import { fixedClock } from '../../platform/clock';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildEnforcementWorld, type EnforcementWorld } from './enforcement.factories';

// Today is 2025-10-20.
let t: TestApp;
let w: EnforcementWorld;
let recordalId: string;
type Fields = { message: string; fields: { field: string; message: string }[] };
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2025-10-20T02:00:00Z') });
  w = await buildEnforcementWorld(t);
  const res = await w.s.customs.post('/api/v1/enforcement/recordals', { recordalNo: 'T2016-51234', holderOrgId: w.party.id, rightKind: 'trademark', rightNo: '第12345678号', rightName: '“坪芯”商标', approvedOn: '2016-01-15' });
  expect(res.statusCode, res.body).toBe(201);
  recordalId = res.json<{ id: string }>().id;
});
afterAll(async () => t.close());

const notified = async (on: string) => {
  const res = await w.s.customs.post('/api/v1/enforcement/detentions', { kind: 'exOfficio', holderOrgId: w.party.id, recordalId, goods: '蓝牙耳机', quantity: 3000, declaredValueFen: 45_000_000, on });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Detention>();
};

describe('customs recordals', () => {
  it('are valid ten years and renewable only in the last six months', async () => {
    const r = (await w.s.party.get(`/api/v1/enforcement/recordals/${recordalId}`)).json<{ expiresOn: string; valid: boolean }>();
    expect(r).toMatchObject({ expiresOn: '2026-01-15', valid: true });
    const renewed = await w.s.customs.post(`/api/v1/enforcement/recordals/${recordalId}/renew`);
    expect(renewed.json<{ expiresOn: string; renewals: number }>()).toMatchObject({ expiresOn: '2036-01-15', renewals: 1 });
    const early = await w.s.customs.post(`/api/v1/enforcement/recordals/${recordalId}/renew`);
    expect(early.json<Fields>().message).toMatch(/^action: 续展应在备案有效期届满前六个月内申请/);
    expect((await w.s.police.get(`/api/v1/enforcement/recordals/${recordalId}`)).statusCode).toBe(403);
  });
});

describe('customs detentions', () => {
  it('refuses the holder’s application after 3 working days from notice (make-up Saturday counted), nothing changes', async () => {
    // Notified 9-30: 10-09, 10-10, 10-11 (a make-up Saturday) — the holder had until 10-11.
    const d = await notified('2025-09-30');
    expect(d.limits[0]).toMatchObject({ code: 'customsApply', dueOn: '2025-10-11', state: 'overdue' });
    const late = await w.s.customs.post(`/api/v1/enforcement/detentions/${d.id}/actions`, { action: 'apply', on: '2025-10-13', bondFen: 45_000_000 });
    expect(late.statusCode).toBe(400);
    expect(late.json<Fields>().fields[0].message).toMatch(/^已超过申请扣留并提供担保的期限（通知送达之日起 3 个工作日，至 2025-10-11；《中华人民共和国知识产权海关保护条例》第十六条）/);
    expect((await w.s.customs.get(`/api/v1/enforcement/detentions/${d.id}`)).json<Detention>().status).toBe('notified');
    const lapsed = await w.s.customs.post(`/api/v1/enforcement/detentions/${d.id}/actions`, { action: 'lapse', on: '2025-10-13' });
    expect(lapsed.json<Detention>()).toMatchObject({ status: 'notDetained', nextActor: 'none' });
  });

  it('holds goods detained on application 20 working days, then customs releases them at the limit', async () => {
    const res = await w.s.customs.post('/api/v1/enforcement/detentions', { kind: 'onApplication', holderOrgId: w.party.id, goods: '移动电源', quantity: 500, declaredValueFen: 2_000_000, on: '2025-09-16', bondFen: 2_000_000 });
    const d = res.json<Detention>();
    // 9-16 + 20 working days: the make-up 9-28 and 10-11 count, the holiday does not: 10-20.
    expect(d.limits[0]).toMatchObject({ code: 'detentionOnApplication', dueOn: '2025-10-20', state: 'running' });
    const released = await w.s.customs.post(`/api/v1/enforcement/detentions/${d.id}/actions`, { action: 'release', on: '2025-10-20' });
    expect(released.json<Detention>()).toMatchObject({ status: 'released', outcomeOn: '2025-10-20', overdue: false });
    expect(released.json<Detention>().limits[0].state).toBe('met');
  });

  it('lets the holder and the office follow, hides it from another customs house, refuses bad input', async () => {
    const d = await notified('2025-10-17');
    expect((await w.s.party.get(`/api/v1/enforcement/detentions/${d.id}`)).json<Detention>().actions).toEqual([]);
    expect((await w.s.office.get('/api/v1/enforcement/detentions')).json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(d.id);
    expect((await w.s.police.get(`/api/v1/enforcement/detentions/${d.id}`)).statusCode).toBe(404);
    expect((await w.s.party.post(`/api/v1/enforcement/detentions/${d.id}/actions`, { action: 'release' })).statusCode).toBe(403);
    const noBond = await w.s.customs.post('/api/v1/enforcement/detentions', { kind: 'onApplication', holderOrgId: w.party.id, goods: '耳机', quantity: 1, declaredValueFen: 100, on: '2025-10-17' });
    expect(noBond.json<Fields>().fields[0].field).toBe('bondFen');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/enforcement/detentions' })).statusCode).toBe(401);
    expect((await w.s.office.get('/api/v1/enforcement/detentions/export.xlsx')).statusCode).toBe(200);
  });
});
