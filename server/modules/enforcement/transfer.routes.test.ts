import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../common/enforcement';
import type { TransferDetail, TransferListItem } from '../../../common/enforcement-agency';
import { fixedClock } from '../../platform/clock';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildEnforcementWorld, caseInput, type EnforcementWorld } from './enforcement.factories';

// Today is 2025-10-20.
let t: TestApp;
let w: EnforcementWorld;
let fileId: string;
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
type Fields = { message: string; fields: { field: string; message: string }[] };
type Page = { items: TransferListItem[]; total: number };

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2025-10-20T02:00:00Z') });
  w = await buildEnforcementWorld(t);
  fileId = (await w.s.officer.upload('/api/v1/platform/files', { name: '涉嫌犯罪案件移送书.pdf', bytes: pdf })).json<{ id: string }>().id;
});
afterAll(async () => t.close());

/** A case of the Pingshan bureau opened on `openedOn`. */
async function openCase(openedOn = '2025-10-09'): Promise<CaseDetail> {
  const c = (await w.s.officer.post('/api/v1/enforcement/cases', caseInput(w, { receivedOn: openedOn, summary: '销售假冒注册商标商品，货值金额逾五万元，涉嫌犯罪' }))).json<CaseDetail>();
  const res = await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/actions`, { action: 'open', on: openedOn });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CaseDetail>();
}
async function transfer(caseId: string, reportedOn = '2025-10-10'): Promise<TransferDetail> {
  const res = await w.s.officer.post(`/api/v1/enforcement/cases/${caseId}/transfers`, { policeOrgId: w.police.id, fileId, reportedOn });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<TransferDetail>();
}
async function act(who: keyof EnforcementWorld['s'], id: string, body: Record<string, unknown>, status = 200) {
  const res = await w.s[who].post(`/api/v1/enforcement/transfers/${id}/actions`, body);
  expect(res.statusCode, res.body).toBe(status);
  return res.json<TransferDetail>();
}

describe('POST /api/v1/enforcement/cases/:id/transfers', () => {
  it('refuses a transfer without its file, naming the rule, and saves nothing', async () => {
    const c = await openCase();
    const res = await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/transfers`, { policeOrgId: w.police.id });
    expect(res.statusCode).toBe(400);
    expect(res.json<Fields>().fields[0].field).toBe('fileId');
    const missing = await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/transfers`, { policeOrgId: w.police.id, fileId: '00000000-0000-4000-8000-000000000999' });
    expect(missing.json<Fields>().fields[0]).toEqual({ field: 'fileId', message: '移送须附案卷材料：所选文件不存在（《行政执法机关移送涉嫌犯罪案件的规定》第六条）' });
    const notPolice = await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/transfers`, { policeOrgId: w.customs.id, fileId });
    expect(notPolice.json<Fields>().fields[0]).toEqual({ field: 'policeOrgId', message: '请选择公安机关' });
    expect((await w.s.officer.get(`/api/v1/enforcement/cases/${c.id}`)).json<CaseDetail>().transferIds).toEqual([]);
  });

  it('answers 401 signed out, 403 to the police and 404 to another agency', async () => {
    const c = await openCase();
    const body = { policeOrgId: w.police.id, fileId };
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/enforcement/cases/${c.id}/transfers`, payload: body })).statusCode).toBe(401);
    expect((await w.s.police.post(`/api/v1/enforcement/cases/${c.id}/transfers`, body)).statusCode).toBe(403);
    expect((await w.s.otherOfficer.post(`/api/v1/enforcement/cases/${c.id}/transfers`, body)).statusCode).toBe(404);
  });
});

describe('a transfer through its stages', () => {
  it('head approves, the police open a criminal case, the procuratorate sees it closed and the case ends transferred', async () => {
    const c = await openCase();
    const reported = await transfer(c.id);
    expect(reported).toMatchObject({ status: 'reported', nextActor: 'head', actions: ['approve', 'notApprove'] });
    // 10-10 + 3 days = 10-13; today is 10-20, so the head is late.
    expect(reported.limits[0]).toMatchObject({ code: 'transferApprove', dueOn: '2025-10-13', state: 'overdue' });
    const sent = await act('officer', reported.id, { action: 'approve', on: '2025-10-11', approval: '局长 陈某 批准（坪监移批〔2025〕2号）' });
    expect(sent).toMatchObject({ status: 'sent', nextActor: 'police', actions: [] });
    expect((await w.s.officer.post(`/api/v1/enforcement/transfers/${sent.id}/actions`, { action: 'policeDecide', decision: 'open' })).statusCode).toBe(403);
    const policeView = (await w.s.police.get(`/api/v1/enforcement/transfers/${sent.id}`)).json<TransferDetail>();
    expect(policeView.actions).toEqual(['policeDecide']);
    const opened = await act('police', sent.id, { action: 'policeDecide', on: '2025-10-13', decision: 'open', criminalCaseNo: '深公(经)立字〔2025〕301号' });
    expect(opened).toMatchObject({ status: 'opened', nextActor: 'none', overdue: false });
    expect(opened.limits.find((l) => l.code === 'policeDecide')).toMatchObject({ dueOn: '2025-10-14', state: 'met' });
    const seen = (await w.s.procuratorate.get('/api/v1/enforcement/transfers?status=opened')).json<Page>();
    expect(seen.items.map((i) => i.id)).toContain(opened.id);
    expect((await w.s.officer.get(`/api/v1/enforcement/cases/${c.id}`)).json<CaseDetail>()).toMatchObject({ status: 'transferred', nextActor: 'none' });
    const history = (await w.s.procuratorate.get(`/api/v1/enforcement/transfers/${opened.id}/history`)).json<{ action: string }[]>();
    expect(history.map((h) => h.action)).toEqual(['policeDecide', 'approve', 'create']);
  });

  it('shows a late police decision overdue to the procuratorate of the district, not to another district’s', async () => {
    const c = await openCase('2025-10-13');
    const reported = await transfer(c.id, '2025-10-14');
    await act('officer', reported.id, { action: 'approve', on: '2025-10-14', approval: '局长 陈某 批准' });
    const list = (await w.s.procuratorate.get('/api/v1/enforcement/transfers?overdue=true')).json<Page>();
    // Received 10-14: the police had until 10-17.
    expect(list.items.find((i) => i.id === reported.id)).toMatchObject({ overdue: true, nextDueOn: '2025-10-17', nextActor: 'police', status: 'sent' });
    const detail = (await w.s.procuratorate.get(`/api/v1/enforcement/transfers/${reported.id}`)).json<TransferDetail>();
    expect(detail).toMatchObject({ overdue: true, actions: [] });
    expect(detail.limits.find((l) => l.code === 'policeDecide')).toMatchObject({ state: 'overdue', actor: 'police' });
    expect((await w.s.otherProcuratorate.get(`/api/v1/enforcement/transfers/${reported.id}`)).statusCode).toBe(404);
    expect((await w.s.otherProcuratorate.get('/api/v1/enforcement/transfers')).json<Page>().total).toBe(0);
    expect((await w.s.procuratorate.post(`/api/v1/enforcement/transfers/${reported.id}/actions`, { action: 'policeDecide', decision: 'open' })).statusCode).toBe(403);
    const xlsx = await w.s.procuratorate.get('/api/v1/enforcement/transfers/export.xlsx?overdue=true');
    expect(xlsx.statusCode).toBe(200);
  });

  it('takes a refusal back for reconsideration within 3 days, answered within 3 days', async () => {
    const c = await openCase('2025-10-09');
    const reported = await transfer(c.id, '2025-10-10');
    await act('officer', reported.id, { action: 'approve', on: '2025-10-10', approval: '局长 陈某 批准' });
    const noReason = await w.s.police.post(`/api/v1/enforcement/transfers/${reported.id}/actions`, { action: 'policeDecide', on: '2025-10-13', decision: 'refuse' });
    expect(noReason.json<Fields>().fields[0].field).toBe('reason');
    const refused = await act('police', reported.id, { action: 'policeDecide', on: '2025-10-13', decision: 'refuse', reason: '涉案金额未达立案追诉标准' });
    expect(refused).toMatchObject({ status: 'refused', refusalReason: '涉案金额未达立案追诉标准', actions: [] });
    const late = await w.s.officer.post(`/api/v1/enforcement/transfers/${reported.id}/actions`, { action: 'requestReconsideration', on: '2025-10-17' });
    expect(late.json<Fields>().fields[0].message).toMatch(/^已超过提请复议的期限（接到不予立案通知书之日起至 2025-10-16；《行政执法机关移送涉嫌犯罪案件的规定》第九条/);
    const asked = await act('officer', reported.id, { action: 'requestReconsideration', on: '2025-10-15' });
    expect(asked).toMatchObject({ status: 'reconsidering', nextActor: 'police' });
    const answered = await act('police', reported.id, { action: 'reconsiderDecide', on: '2025-10-17', decision: 'open', criminalCaseNo: '深公(经)立字〔2025〕318号' });
    expect(answered).toMatchObject({ status: 'opened', criminalCaseNo: '深公(经)立字〔2025〕318号' });
    expect(answered.limits.map((l) => [l.code, l.state])).toEqual([['transferApprove', 'met'], ['policeDecide', 'met'], ['reconsiderRequest', 'met'], ['reconsiderDecide', 'met']]);
  });

  it('records the head’s refusal with its reason and refuses a second open transfer of one case', async () => {
    const c = await openCase();
    const first = await transfer(c.id);
    const again = await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/transfers`, { policeOrgId: w.police.id, fileId });
    expect(again.statusCode).toBe(409);
    const refused = await act('officer', first.id, { action: 'notApprove', on: '2025-10-12', reason: '证据尚不足以证明达到追诉标准' });
    expect(refused).toMatchObject({ status: 'notApproved', notApprovedReason: '证据尚不足以证明达到追诉标准', nextActor: 'none' });
    expect((await w.s.police.get(`/api/v1/enforcement/transfers/${first.id}`)).statusCode).toBe(200);
    expect((await w.s.customs.get(`/api/v1/enforcement/transfers/${first.id}`)).statusCode).toBe(404);
    expect((await w.s.officer.get('/api/v1/enforcement/transfers?status=nope')).statusCode).toBe(400);
  });
});
