import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pledge, PledgeSummary } from '../../../common/finance';
import type { Page } from '../../../common/pagination';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildFinanceWorld, type FinanceWorld, pledgeBody } from './finance.factories';

type Err = { message: string; details?: { field: string; message: string }[] };
let t: TestApp;
let w: FinanceWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildFinanceWorld(t);
});
afterAll(async () => t.close());

const count = async () => (await w.office.get('/api/v1/finance/pledges?pageSize=200')).json<Page<PledgeSummary>>().total;

describe('pledge registrations', () => {
  it('lets the enterprise prepare a pledge, shows its pre-checks, files it and follows it to release', async () => {
    const res = await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.valid, w.patents.second]));
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json<Pledge>();
    expect(draft.status).toBe('draft');
    expect(draft.enterpriseName).toBe(w.enterprise.name);
    expect(draft.regionCode).toBe('440310');
    expect(draft.rights.map((r) => r.title)).toEqual(['一种复合材料', '一种合金']);
    expect(draft.checks.filter((c) => c.outcome !== 'pass')).toEqual([]);
    expect(draft.checks.map((c) => c.ground)).toEqual(expect.arrayContaining([1, 2, 5, 6, 8, 9, 11]));
    expect(draft.timeLimit.workingDays).toBe(7);

    const submitted = (await w.firm.post(`/api/v1/finance/pledges/${draft.id}/submit`, {})).json<Pledge>();
    expect(submitted.status).toBe('submitted');
    expect(submitted.dueOn! > submitted.submittedOn!).toBe(true);
    // The bank records what CNIPA decided.
    const registered = await w.banker.post(`/api/v1/finance/pledges/${draft.id}/register`, { registrationNo: 'Y2026440000123', registeredOn: submitted.submittedOn });
    expect(registered.statusCode, registered.body).toBe(200);
    const changed = (await w.banker.post(`/api/v1/finance/pledges/${draft.id}/change`, { changedOn: submitted.submittedOn, note: '担保债权数额变更', securedAmountFen: 600_000_000 })).json<Pledge>();
    expect(changed.status).toBe('changed');
    expect(changed.securedAmountFen).toBe(600_000_000);
    const released = (await w.firm.post(`/api/v1/finance/pledges/${draft.id}/release`, { releasedOn: submitted.submittedOn })).json<Pledge>();
    expect(released.status).toBe('released');
    expect(released.events.map((e) => e.kind)).toEqual(['submit', 'register', 'change', 'release']);
    const history = (await w.firm.get(`/api/v1/finance/pledges/${draft.id}/history`)).json<{ action: string }[]>();
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'submit', 'register', 'change', 'release']));
  });

  it('refuses to file a right that is not in force, naming the ground, and changes nothing', async () => {
    const draft = (await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.lapsed]))).json<Pledge>();
    expect(draft.checks.find((c) => c.ground === 4)?.outcome).toBe('fail');
    const res = await w.firm.post(`/api/v1/finance/pledges/${draft.id}/submit`, { overrideWarnings: true });
    expect(res.statusCode).toBe(400);
    expect(res.json<Err>().message).toMatch(/^rights: .*第4项.*年费/);
    expect((await w.firm.get(`/api/v1/finance/pledges/${draft.id}`)).json<Pledge>().status).toBe('draft');
  });

  it('fails a right of another holder and one not yet granted; flags a same-day twin until the parties insist', async () => {
    const foreign = (await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.foreign, w.patents.pending]))).json<Pledge>();
    expect(foreign.checks.filter((c) => c.outcome === 'fail').map((c) => c.ground).sort()).toEqual([1, 3]);
    const twin = (await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.twin]))).json<Pledge>();
    expect(twin.checks.find((c) => c.ground === 10)?.outcome).toBe('warn');
    const refused = await w.firm.post(`/api/v1/finance/pledges/${twin.id}/submit`, {});
    expect(refused.json<Err>().message).toMatch(/^overrideWarnings: .*第10项/);
    const insisted = await w.firm.post(`/api/v1/finance/pledges/${twin.id}/submit`, { overrideWarnings: true });
    expect(insisted.json<Pledge>().status).toBe('submitted');
    // Now pledged: a second pledge of the same right fails ground 9.
    const again = (await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.twin]))).json<Pledge>();
    expect(again.checks.find((c) => c.ground === 9)?.outcome).toBe('fail');
  });

  it('answers 400 naming the field for fractions of a fen, a bad number, a wrong state or a bad term', async () => {
    const before = await count();
    const frac = await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.valid], { securedAmountFen: 100.5 }));
    expect(frac.statusCode).toBe(400);
    expect(frac.json<Err>().message).toContain('securedAmountFen');
    const bad = await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, ['ZL201910123456.0']));
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Err>().message).toContain('rights.0.number');
    const term = await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.valid], { debtEnd: '2026-01-01' }));
    expect(term.json<Err>().message).toMatch(/^debtEnd: /);
    const notBank = await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.valid], { bankOrgId: w.appraiser.id }));
    expect(notBank.json<Err>().message).toMatch(/^bankOrgId: /);
    expect(await count()).toBe(before);
    const draft = (await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.valid]))).json<Pledge>();
    const early = await w.banker.post(`/api/v1/finance/pledges/${draft.id}/register`, { registrationNo: 'Y1', registeredOn: '2026-12-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json<Err>().message).toMatch(/^status: /);
  });

  it('keeps each party to its own: 401 signed out, 404 for another bank or enterprise, the district its district', async () => {
    const draft = (await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.second]))).json<Pledge>();
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/finance/pledges' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/finance/pledges/${draft.id}` })).statusCode).toBe(401);
    expect((await w.otherBanker.get(`/api/v1/finance/pledges/${draft.id}`)).statusCode).toBe(404);
    expect((await w.otherBanker.post(`/api/v1/finance/pledges/${draft.id}/register`, { registrationNo: 'Y2', registeredOn: '2026-12-01' })).statusCode).toBe(404);
    expect((await w.otherFirm.get(`/api/v1/finance/pledges/${draft.id}`)).statusCode).toBe(404);
    expect((await w.otherFirm.patch(`/api/v1/finance/pledges/${draft.id}`, { securedAmountFen: 1 })).statusCode).toBe(404);
    // Nanshan's district office does not see a Pingshan enterprise's pledge.
    expect((await w.district.get(`/api/v1/finance/pledges/${draft.id}`)).statusCode).toBe(404);
    expect((await w.banker.get(`/api/v1/finance/pledges/${draft.id}`)).statusCode).toBe(200);
    expect((await w.otherBanker.get('/api/v1/finance/pledges')).json<Page<PledgeSummary>>().items.map((p) => p.id)).not.toContain(draft.id);
    // The bank follows but does not prepare.
    expect((await w.banker.patch(`/api/v1/finance/pledges/${draft.id}`, { securedAmountFen: 1 })).statusCode).toBe(403);
  });

  it('lists with filters and sorting, exports, and lets the office mark a typical case', async () => {
    const list = (await w.office.get(`/api/v1/finance/pledges?status=submitted&kind=patent&sort=securedAmountFen&order=desc&q=${encodeURIComponent(w.enterprise.name)}`)).json<Page<PledgeSummary>>();
    expect(list.items.every((p) => p.status === 'submitted')).toBe(true);
    const x = await w.office.get('/api/v1/finance/pledges/export.xlsx?status=draft');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const id = list.items[0].id;
    expect((await w.office.request('PUT', `/api/v1/finance/pledges/${id}/typical-case`, { typicalCase: true })).json<Err>().message).toMatch(/^caseStory: /);
    const marked = (await w.office.request('PUT', `/api/v1/finance/pledges/${id}/typical-case`, { typicalCase: true, caseStory: '企业以两件发明专利质押获得贷款。' })).json<Pledge>();
    expect(marked.typicalCase).toBe(true);
    expect((await w.firm.request('PUT', `/api/v1/finance/pledges/${id}/typical-case`, { typicalCase: false })).statusCode).toBe(403);
    const limits = (await w.firm.get('/api/v1/finance/pledge-time-limits')).json<{ workingDays: number; source: string }[]>();
    expect(limits.map((l) => l.workingDays)).toEqual([7, 3, 15]);
  });
});
