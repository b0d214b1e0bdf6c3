import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, Batch, CreditLine } from '../../../common/finance-whitelist';
import type { Page } from '../../../common/pagination';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildFinanceWorld, type FinanceWorld } from './finance.factories';

type Err = { message: string };
let t: TestApp;
let w: FinanceWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildFinanceWorld(t);
});
afterAll(async () => t.close());

const criteria = [
  { key: 'inventionPatents', threshold: 2, required: true, points: 40 },
  { key: 'highValuePatents', threshold: 1, required: false, points: 20 },
  { key: 'noDishonesty', required: true, points: 20 },
  { key: 'highTech', required: false, points: 20 },
];

describe('whitelists', () => {
  it('runs a batch: apply, recommend, score with reasons, review, approve, publish; banks mark interest and grant credit', async () => {
    const created = await w.office.post('/api/v1/finance/whitelists', { regionCode: '440300', title: '2026年第一批知识产权质押融资白名单', criteria, passScore: 60, validFrom: '2026-12-01', validTo: '2027-11-30' });
    expect(created.statusCode, created.body).toBe(201);
    const batch = created.json<Batch>();

    const own = await w.firm.post('/api/v1/finance/whitelist-applications', { batchId: batch.id, highTech: true });
    expect(own.statusCode, own.body).toBe(201);
    const app = own.json<Application>();
    expect(app.channel).toBe('self');
    expect(app.validInventions).toBe(2);
    expect(app.highValueInventions).toBe(1);
    expect(app.lines.find((l) => l.key === 'noDishonesty')?.met).toBeNull();
    expect(app.eligible).toBe(false);
    expect((await w.firm.post('/api/v1/finance/whitelist-applications', { batchId: batch.id })).statusCode).toBe(409);

    // Nanshan's district recommends its own enterprise; a bank sends one for checking.
    const recommended = (await w.district.post('/api/v1/finance/whitelist-applications', { batchId: batch.id, enterpriseOrgId: w.other.id })).json<Application>();
    expect(recommended.channel).toBe('district');
    expect((await w.district.post('/api/v1/finance/whitelist-applications', { batchId: batch.id, enterpriseOrgId: w.enterprise.id })).json<Err>().message).toMatch(/^enterpriseOrgId: /);

    const refused = await w.office.post(`/api/v1/finance/whitelist-applications/${app.id}/decision`, { decision: 'approved' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Err>().message).toContain('失信记录待核查');
    const reviewed = (await w.office.patch(`/api/v1/finance/whitelist-applications/${app.id}/review`, { dishonesty: false, abnormalFiling: false })).json<Application>();
    expect(reviewed.eligible).toBe(true);
    expect(reviewed.score).toBe(100);
    expect((await w.office.post(`/api/v1/finance/whitelist-applications/${app.id}/decision`, { decision: 'approved' })).json<Application>().status).toBe('approved');
    expect((await w.office.post(`/api/v1/finance/whitelists/${batch.id}/status`, { status: 'published' })).json<Err>().message).toMatch(/^status: 尚有1家/);
    await w.office.post(`/api/v1/finance/whitelist-applications/${recommended.id}/decision`, { decision: 'rejected', note: '有效发明专利不足' });
    expect((await w.office.post(`/api/v1/finance/whitelists/${batch.id}/status`, { status: 'published' })).json<Batch>().status).toBe('published');

    // The bank sees the published list (not the rejected one), marks interest and records a credit line.
    const list = (await w.banker.get(`/api/v1/finance/whitelist-applications?batchId=${batch.id}`)).json<Page<Application>>();
    expect(list.items.map((a) => a.id)).toEqual([app.id]);
    expect((await w.banker.get(`/api/v1/finance/whitelist-applications/${recommended.id}`)).statusCode).toBe(404);
    const x = await w.banker.get(`/api/v1/finance/whitelist-applications/export.xlsx?batchId=${batch.id}`);
    expect(x.statusCode).toBe(200);
    const interest = (await w.banker.post(`/api/v1/finance/whitelist-applications/${app.id}/interest`)).json<CreditLine>();
    expect(interest.status).toBe('interested');
    const noAmount = await w.banker.patch(`/api/v1/finance/credit-lines/${interest.id}`, { status: 'granted', grantedOn: '2026-12-05' });
    expect(noAmount.json<Err>().message).toMatch(/^amountFen: /);
    const frac = await w.banker.patch(`/api/v1/finance/credit-lines/${interest.id}`, { status: 'granted', amountFen: 10.5, grantedOn: '2026-12-05' });
    expect(frac.statusCode).toBe(400);
    const granted = (await w.banker.patch(`/api/v1/finance/credit-lines/${interest.id}`, { status: 'granted', amountFen: 1_000_000_000, grantedOn: '2026-12-05', expiresOn: '2027-12-04' })).json<CreditLine>();
    expect(granted.amountFen).toBe(1_000_000_000);
    expect((await w.otherBanker.patch(`/api/v1/finance/credit-lines/${interest.id}`, { status: 'declined' })).statusCode).toBe(404);
    expect((await w.firm.get('/api/v1/finance/credit-lines')).json<Page<CreditLine>>().items.map((c) => c.id)).toEqual([interest.id]);
    expect((await w.otherFirm.get(`/api/v1/finance/whitelist-applications/${app.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/finance/whitelists' })).statusCode).toBe(401);
  });

  it('refuses bad criteria and a batch outside the office’s region', async () => {
    const bad = await w.office.post('/api/v1/finance/whitelists', { regionCode: '440300', title: '批次', criteria: [{ key: 'inventionPatents', required: true, points: 10 }], passScore: 10, validFrom: '2026-12-01', validTo: '2027-11-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Err>().message).toContain('threshold');
    const far = await w.office.post('/api/v1/finance/whitelists', { regionCode: '510700', title: '批次', criteria, passScore: 10, validFrom: '2026-12-01', validTo: '2027-11-30' });
    expect(far.json<Err>().message).toMatch(/^regionCode: /);
    expect((await w.firm.post('/api/v1/finance/whitelists', { regionCode: '440300', title: '批次', criteria, passScore: 10, validFrom: '2026-12-01', validTo: '2027-11-30' })).statusCode).toBe(403);
  });
});
