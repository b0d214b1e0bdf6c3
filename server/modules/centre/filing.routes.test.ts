import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agency, Config, Filing, FilingCheck } from '../../../common/centre';
import type { Page } from '../../../common/pagination';
import { createAdjustableClock } from '../../platform/clock';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildCentreWorld, type CentreWorld, filingBody } from './centre.factories';

type Err = { message: string };
const clock = createAdjustableClock();
let t: TestApp;
let w: CentreWorld;

beforeAll(async () => {
  clock.set(new Date('2026-03-02T02:00:00Z'));
  t = await createTestApp({ clock });
  w = await buildCentreWorld(t);
});
afterAll(async () => t.close());

describe('centre configuration', () => {
  it('shows the fields, conditions with sources, rules and windows; the office changes a rule; examiners keep the agency list', async () => {
    const config = (await w.firm.get('/api/v1/centre/config')).json<Config>();
    expect(config.conditions.map((c) => c.code)).toEqual(['localYears', 'insuredStaff', 'approvedField', 'noDishonesty', 'patentRecord']);
    expect(config.conditions[0].source).toContain('宁波');
    expect(config.ipcClassCount).toBeGreaterThan(120);
    expect(config.windows.find((x) => x.id === w.window.id)?.parentId).toBe(w.centre.id);
    const rule = await w.office.request('PUT', '/api/v1/centre/rules/design', { workingDays: 10, timeLimitSource: '广州受理处2018年外观设计约两周', yearlyQuota: 50, quotaSource: '测试配额' });
    expect(rule.statusCode, rule.body).toBe(200);
    expect((await w.office.request('PUT', '/api/v1/centre/rules/design', { workingDays: 0, timeLimitSource: 'x', yearlyQuota: 1, quotaSource: 'x' })).json<Err>().message).toMatch(/^workingDays: /);
    expect((await w.examiner.request('PUT', '/api/v1/centre/rules/design', { workingDays: 5, timeLimitSource: 'x', yearlyQuota: 1, quotaSource: 'x' })).statusCode).toBe(403);
    const agency = await w.examiner.post('/api/v1/centre/agencies', { name: '深圳市测试专利代理事务所', creditCode: '91440300MA5F000001', regionCode: '440305' });
    expect(agency.statusCode, agency.body).toBe(201);
    expect((await w.firm.get('/api/v1/centre/agencies')).json<Agency[]>().some((a) => a.id === agency.json<Agency>().id)).toBe(true);
    expect((await w.examiner.post('/api/v1/centre/agencies', { name: '测', creditCode: 'x', regionCode: '440305' })).json<Err>().message).toMatch(/^(name|creditCode): /);
    expect((await w.office.get('/api/v1/centre/ipc-classes?q=B6')).json<{ code: string }[]>().map((c) => c.code)).toContain('B60');
  });
});

describe('filings', () => {
  it('checks the conditions from the records, files, is returned, comes back and is approved with a validity period', async () => {
    const check = (await w.firm.post('/api/v1/centre/filings/check', filingBody(w))).json<FilingCheck>();
    expect(check.eligible).toBe(true);
    expect(check.lines.find((l) => l.code === 'patentRecord')?.detail).toContain('有效发明专利1件');
    const poor = (await w.otherFirm.post('/api/v1/centre/filings/check', filingBody(w))).json<FilingCheck>();
    expect(poor.lines.filter((l) => !l.met).map((l) => l.code)).toEqual(['localYears', 'patentRecord']);
    const refused = await w.otherFirm.post('/api/v1/centre/filings', filingBody(w));
    expect(refused.json<Err>().message).toMatch(/^establishedOn: 不符合备案条件/);
    expect((await w.firm.post('/api/v1/centre/filings', filingBody(w, { insuredStaff: 3 }))).json<Err>().message).toMatch(/^insuredStaff: /);
    expect((await w.firm.post('/api/v1/centre/filings', filingBody(w, { fieldCodes: ['biomedicine'] }))).json<Err>().message).toMatch(/^fieldCodes: /);

    const filed = await w.firm.post('/api/v1/centre/filings', filingBody(w));
    expect(filed.statusCode, filed.body).toBe(201);
    const f = filed.json<Filing>();
    expect(f).toMatchObject({ status: 'submitted', actions: [] });
    expect((await w.firm.post('/api/v1/centre/filings', filingBody(w))).statusCode).toBe(409);
    expect((await w.examiner.get(`/api/v1/centre/filings/${f.id}`)).json<Filing>().actions).toEqual(['approve', 'return']);
    expect((await w.examiner.post(`/api/v1/centre/filings/${f.id}/decision`, { decision: 'return', reason: '' })).json<Err>().message).toMatch(/^reason: /);
    const returned = (await w.examiner.post(`/api/v1/centre/filings/${f.id}/decision`, { decision: 'return', reason: '请补充社保缴纳证明' })).json<Filing>();
    expect(returned.status).toBe('returned');
    const again = (await w.firm.request('PUT', `/api/v1/centre/filings/${f.id}`, filingBody(w, { documents: '营业执照副本；社保缴纳证明（2025年12月）' }))).json<Filing>();
    expect(again.status).toBe('submitted');
    const approved = (await w.centreExaminer.post(`/api/v1/centre/filings/${f.id}/decision`, { decision: 'approve' })).json<Filing>();
    expect(approved).toMatchObject({ status: 'approved', validFrom: '2026-03-02', validTo: '2027-03-01', expired: false });
    const list = (await w.examiner.get('/api/v1/centre/filings?status=approved&sort=enterprise')).json<Page<Filing>>();
    expect(list.items.map((x) => x.id)).toContain(f.id);
    const x = await w.office.get('/api/v1/centre/filings/export.xlsx?status=approved');
    expect(x.statusCode).toBe(200);
    const history = (await w.firm.get(`/api/v1/centre/filings/${f.id}/history`)).json<{ action: string }[]>();
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'return', 'resubmit', 'approve']));
  });

  it('keeps filings to their parties: 401 signed out, 404 for another enterprise, another window or district', async () => {
    const f = (await w.otherFirm.get('/api/v1/centre/filings')).json<Page<Filing>>();
    expect(f.total).toBe(0);
    const mine = (await w.firm.get('/api/v1/centre/filings')).json<Page<Filing>>().items[0];
    expect((await w.otherFirm.get(`/api/v1/centre/filings/${mine.id}`)).statusCode).toBe(404);
    expect((await w.district.get(`/api/v1/centre/filings/${mine.id}`)).statusCode).toBe(404);
    expect((await w.otherFirm.request('PUT', `/api/v1/centre/filings/${mine.id}`, filingBody(w))).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/centre/filings/${mine.id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/centre/config' })).statusCode).toBe(401);
  });
});
