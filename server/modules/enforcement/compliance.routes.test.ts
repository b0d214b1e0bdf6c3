import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceDetail } from '../../../common/enforcement-compliance';
import { fixedClock } from '../../platform/clock';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildEnforcementWorld, type EnforcementWorld } from './enforcement.factories';

// Today is 2025-10-20, after the National Day holiday (10-01 to 10-08, with 09-28 and 10-11 worked).
let t: TestApp;
let w: EnforcementWorld;
type Fields = { message: string; fields: { field: string; message: string }[] };
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2025-10-20T02:00:00Z') });
  w = await buildEnforcementWorld(t);
});
afterAll(async () => t.close());

const input = (overrides: Record<string, unknown> = {}) => ({
  enterpriseName: '深圳市坪山某精密制造有限公司',
  enterpriseOrgId: w.party.id,
  caseRef: '涉嫌假冒注册商标罪 深坪检刑受〔2025〕118号',
  summary: '企业员工在代工生产中擅自使用他人注册商标，企业认罪认罚并申请适用合规考察',
  officeOrgId: w.bureau.id,
  startedOn: '2025-03-03',
  team: [
    { name: '李富忠', unit: '坪山监管局', orgId: w.bureau.id, leader: true },
    { name: '周律师', unit: '广东某律师事务所', leader: false },
  ],
  ...overrides,
});
const base = (id: string) => `/api/v1/enforcement/compliance/${id}`;

describe('compliance procedures', () => {
  it('runs a procedure: plan, inspection, evaluation sent to the procuratorate; the report limit passes National Day', async () => {
    const res = await w.s.procuratorate.post('/api/v1/enforcement/compliance', input());
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json<ComplianceDetail>();
    // 30 calendar days from 03-03: the plan was due 04-02 and is not in.
    expect(p).toMatchObject({ status: 'planPending', nextActor: 'party', overdue: true, actions: [] });
    expect(p.limits.map((l) => [l.code, l.dueOn, l.state])).toEqual([['compliancePlan', '2025-04-02', 'overdue']]);
    const act = (body: Record<string, unknown>) => w.s.officer.post(`${base(p.id)}/actions`, body);
    expect((await act({ action: 'submitPlan', on: '2025-03-20', title: '商标合规专项整改计划', summary: '建立商标使用审查制度，设合规专员' })).json<ComplianceDetail>().actions).toEqual(['submitPlan', 'approvePlan']);
    const approved = (await act({ action: 'approvePlan', on: '2025-03-25' })).json<ComplianceDetail>();
    expect(approved).toMatchObject({ status: 'inspecting', termEndsOn: '2025-09-25', actions: ['schedule', 'extendTerm'] });
    expect((await act({ action: 'evaluate', result: 'passed', summary: '合格' })).json<Fields>().fields[0].field).toBe('action');
    const outside = await w.s.officer.post(`${base(p.id)}/inspections`, { plannedOn: '2025-12-01', focus: '商标使用台账' });
    expect(outside.json<Fields>().fields[0].field).toBe('plannedOn');
    const planned = (await w.s.officer.post(`${base(p.id)}/inspections`, { plannedOn: '2025-06-10', focus: '商标使用台账与授权文件' })).json<ComplianceDetail>();
    const inspection = planned.inspections[0];
    expect(inspection).toMatchObject({ plannedOn: '2025-06-10', doneOn: null, overdue: true });
    const recorded = await w.s.officer.post(`${base(p.id)}/inspections/${inspection.id}`, { doneOn: '2025-06-10', findings: '已建立商标授权审查台账，抽查30份订单均有授权', rating: 'effective' });
    expect(recorded.json<ComplianceDetail>()).toMatchObject({ inspectionsDone: 1, inspectionsPlanned: 1 });
    expect((await w.s.officer.post(`${base(p.id)}/inspections/${inspection.id}`, { doneOn: '2025-06-11', findings: '重复', rating: 'effective' })).statusCode).toBe(409);
    // The term ended 09-25; the report is due 10 working days later, counted over National Day: 10-15.
    const seen = (await w.s.procuratorate.get(base(p.id))).json<ComplianceDetail>();
    expect(seen.limits.find((l) => l.code === 'complianceReport')).toMatchObject({ dueOn: '2025-10-15', state: 'overdue' });
    expect(seen).toMatchObject({ overdue: true, nextActor: 'team', actions: [] });
    await act({ action: 'evaluate', on: '2025-10-16', result: 'passed', summary: '企业合规整改有效，建议作出不起诉决定' });
    const sent = (await act({ action: 'send', on: '2025-10-17' })).json<ComplianceDetail>();
    expect(sent).toMatchObject({ status: 'sent', nextActor: 'none', overdue: false, evaluationResult: 'passed' });
    expect(sent.limits.find((l) => l.code === 'complianceReport')?.state).toBe('late');
  });

  it('refuses an extension without the procuratorate’s approval, or past the most allowed', async () => {
    const p = (await w.s.procuratorate.post('/api/v1/enforcement/compliance', input({ startedOn: '2025-09-01' }))).json<ComplianceDetail>();
    const act = (body: Record<string, unknown>) => w.s.officer.post(`${base(p.id)}/actions`, body);
    await act({ action: 'submitPlan', on: '2025-09-10', title: '计划', summary: '要点' });
    await act({ action: 'approvePlan', on: '2025-09-12' });
    const noApproval = await act({ action: 'extendTerm', months: 2 });
    expect(noApproval.json<Fields>().fields[0]).toMatchObject({ field: 'approval' });
    expect(noApproval.json<Fields>().message).toContain('指导意见');
    expect((await act({ action: 'extendTerm', months: 7, approval: '深坪检函〔2025〕5号' })).json<Fields>().fields[0].field).toBe('months');
    const before = (await w.s.officer.get(base(p.id))).json<ComplianceDetail>();
    expect(before.termExtensionMonths).toBe(0);
    const ok = (await act({ action: 'extendTerm', months: 2, approval: '深坪检函〔2025〕5号' })).json<ComplianceDetail>();
    expect(ok).toMatchObject({ termExtensionMonths: 2, termEndsOn: '2026-05-12' });
  });

  it('keeps each procedure to its procuratorate, team and enterprise; refuses bad input', async () => {
    const p = (await w.s.procuratorate.post('/api/v1/enforcement/compliance', input({ startedOn: '2025-10-10' }))).json<ComplianceDetail>();
    expect((await w.s.otherProcuratorate.get(base(p.id))).statusCode).toBe(404);
    expect((await w.s.otherOfficer.get(base(p.id))).statusCode).toBe(404);
    expect((await w.s.otherOfficer.post(`${base(p.id)}/actions`, { action: 'approvePlan' })).statusCode).toBe(404);
    expect((await w.s.party.get(base(p.id))).statusCode).toBe(200);
    expect((await w.s.party.post(`${base(p.id)}/actions`, { action: 'approvePlan' })).statusCode).toBe(403);
    expect((await w.s.procuratorate.post(`${base(p.id)}/actions`, { action: 'submitPlan', title: '计划', summary: '要点' })).statusCode).toBe(403);
    expect((await w.s.office.get(base(p.id))).json<ComplianceDetail>().actions).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: base(p.id) })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/enforcement/compliance', payload: input() })).statusCode).toBe(401);
    expect((await w.s.officer.post('/api/v1/enforcement/compliance', input())).statusCode).toBe(403);
    expect((await w.s.procuratorate.post('/api/v1/enforcement/compliance', input({ enterpriseName: '' }))).json<Fields>().fields[0].field).toBe('enterpriseName');
    const noOffice = await w.s.procuratorate.post('/api/v1/enforcement/compliance', input({ team: [{ name: '周律师', unit: '律所', leader: true }, { name: '王会计', unit: '会计所' }] }));
    expect(noOffice.json<Fields>().fields[0].field).toBe('team');
    expect((await w.s.procuratorate.post('/api/v1/enforcement/compliance', input({ officeOrgId: w.police.id }))).json<Fields>().fields[0].field).toBe('officeOrgId');
    const list = (await w.s.procuratorate.get('/api/v1/enforcement/compliance?q=精密&sort=startedOn&order=asc')).json<{ items: { id: string }[] }>();
    expect(list.items.map((i) => i.id)).toContain(p.id);
    expect((await w.s.otherProcuratorate.get('/api/v1/enforcement/compliance')).json<{ total: number }>().total).toBe(0);
    expect((await w.s.office.get('/api/v1/enforcement/compliance/export.xlsx?status=planPending')).statusCode).toBe(200);
    expect((await w.s.procuratorate.get(`${base(p.id)}/history`)).json<unknown[]>().length).toBe(1);
  });
});
