import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filing } from '../../../common/centre';
import type { Knowledge, QuestionDetail, SlaReport } from '../../../common/services-desk';
import { createAdjustableClock } from '../../platform/clock';
import { pdf } from '../../test/access-world';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { buildCentreWorld, filingBody } from '../centre/centre.factories';
import { buildWorld } from '../protection/protection.factories';

const clock = createAdjustableClock();
let t: TestApp;
let office: TestSession;
let firm: TestSession;
let otherFirm: TestSession;
let farOffice: TestSession;
let unit: TestSession;
let mediationOrgId: string;
let names: { office: string; applicant: string; outsider: string; unit: string };

/** Moves the clock and signs everyone in again (sessions do not outlive a jump of days). */
async function moveTo(iso: string): Promise<void> {
  clock.set(new Date(iso));
  [office, firm, otherFirm, unit] = await Promise.all([names.office, names.applicant, names.outsider, names.unit].map((u) => t.login(u, TEST_PASSWORD)));
}
let unitOrgId: string;

const ask = (s: TestSession, over: Record<string, unknown> = {}) => s.post('/api/v1/services/questions', { category: 'patent', title: '实用新型专利被仿冒怎么办', body: '我司的折叠支架实用新型专利被同行仿冒，在电商平台低价销售，请问应如何维权？', ...over });
const detail = (r: { json: <T>() => T }) => r.json<QuestionDetail>();

beforeAll(async () => {
  // Friday 13 February 2026, the last working day but one before the Spring Festival holiday.
  clock.set(new Date('2026-02-13T02:00:00Z'));
  t = await createTestApp({ clock });
  const w = await buildWorld(t.services);
  mediationOrgId = w.orgId;
  office = await t.login(w.users.office, TEST_PASSWORD);
  firm = await t.login(w.users.applicant, TEST_PASSWORD);
  otherFirm = await t.login(w.users.outsider, TEST_PASSWORD);
  farOffice = await t.login((await buildUser(t.services, { role: 'office', regionCode: '510700' })).username, TEST_PASSWORD);
  const police = await buildOrg(t.services, { kind: 'publicSecurity', regionCode: '440300', name: '测试市公安局' });
  unitOrgId = police.id;
  const liaison = await buildUser(t.services, { role: 'liaison', orgId: police.id });
  unit = await t.login(liaison.username, TEST_PASSWORD);
  names = { office: w.users.office, applicant: w.users.applicant, outsider: w.users.outsider, unit: liaison.username };
});
afterAll(async () => t.close());

describe('consultation desk', () => {
  it('numbers a question and counts its clocks over the Spring Festival', async () => {
    const res = await ask(firm);
    expect(res.statusCode, res.body).toBe(201);
    const q = detail(res);
    expect(q.number).toMatch(/^ZX2026\d{6}$/);
    expect(q.firstAnswerDue).toBe('2026-02-24');
    expect(q.resolutionDue).toBe('2026-03-05');
    expect(q.messages.map((m) => m.kind)).toEqual(['question']);
  });

  it('refuses bad input naming the field, and signed-out callers', async () => {
    const bad = await ask(firm, { category: 'weather' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toContain('category');
    expect((await ask(firm, { title: '短' })).json<{ message: string }>().message).toContain('title');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services/questions' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/services/questions', payload: {} })).statusCode).toBe(401);
  });

  it('shows an enterprise only its own questions, and another region’s office none', async () => {
    const q = detail(await ask(firm, { title: '商标被抢注的应对', category: 'trademark' }));
    expect((await otherFirm.get(`/api/v1/services/questions/${q.id}`)).statusCode).toBe(404);
    expect((await otherFirm.get('/api/v1/services/questions')).json<{ total: number }>().total).toBe(0);
    expect((await farOffice.get(`/api/v1/services/questions/${q.id}`)).statusCode).toBe(404);
    expect((await farOffice.post(`/api/v1/services/questions/${q.id}/assign`, { assigneeKind: 'memberUnit', orgId: unitOrgId })).statusCode).toBe(404);
    expect((await firm.get('/api/v1/services/questions')).json<{ total: number }>().total).toBeGreaterThanOrEqual(2);
  });

  it('assigns to a member unit, keeps notes from the asker, pauses while waiting, and is rated once', async () => {
    const q = detail(await ask(firm, { title: '海关扣留出口货物如何应对', category: 'other' }));
    const assigned = await office.post(`/api/v1/services/questions/${q.id}/assign`, { assigneeKind: 'memberUnit', orgId: unitOrgId });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(detail(assigned).status).toBe('assigned');
    expect((await unit.post(`/api/v1/services/questions/${q.id}/messages`, { kind: 'note', body: '内部：先核实该企业是否办理过知识产权海关备案' })).statusCode).toBe(200);
    const waiting = detail(await unit.post(`/api/v1/services/questions/${q.id}/messages`, { kind: 'reply', body: '请提供海关扣留通知书和商标注册证复印件。', effect: 'waitForAsker' }));
    expect(waiting.status).toBe('waitingAsker');
    expect(waiting.firstAnsweredOn).toBe('2026-02-13');
    const seen = detail(await firm.get(`/api/v1/services/questions/${q.id}`));
    expect(seen.messages.map((m) => m.kind)).toEqual(['question', 'reply']);
    expect(JSON.stringify((await firm.get(`/api/v1/services/questions/${q.id}/history`)).json())).not.toContain('内部');
    await moveTo('2026-02-26T02:00:00Z');
    const back = detail(await firm.post(`/api/v1/services/questions/${q.id}/messages`, { kind: 'followUp', body: '已上传扣留通知书。' }));
    expect(back.status).toBe('assigned');
    // Waited from 13 to 26 February: 14 February (a make-up working day), 24, 25 and 26 February.
    expect(back.pausedDays).toBe(4);
    expect(back.resolutionDue).toBe('2026-03-11');
    expect((await firm.post(`/api/v1/services/questions/${q.id}/rating`, { score: 5 })).statusCode).toBe(409);
    const done = detail(await unit.post(`/api/v1/services/questions/${q.id}/messages`, { kind: 'reply', body: '已协调海关，按知识产权海关保护程序处理。', effect: 'resolve' }));
    expect(done.status).toBe('resolved');
    const closedReply = await unit.post(`/api/v1/services/questions/${q.id}/messages`, { kind: 'reply', body: '补充说明' });
    expect(closedReply.statusCode).toBe(409);
    expect(closedReply.json<{ message: string }>().message).toContain('status');
    expect((await otherFirm.post(`/api/v1/services/questions/${q.id}/rating`, { score: 1 })).statusCode).toBe(404);
    expect((await firm.post(`/api/v1/services/questions/${q.id}/rating`, { score: 6 })).json<{ message: string }>().message).toContain('score');
    expect(detail(await firm.post(`/api/v1/services/questions/${q.id}/rating`, { score: 5, comment: '答复及时' })).rating).toBe(5);
    expect((await firm.post(`/api/v1/services/questions/${q.id}/rating`, { score: 4 })).statusCode).toBe(409);
  });

  it('escalates into a mediation case that keeps the question’s facts', async () => {
    const q = detail(await ask(firm, { title: '专利许可费纠纷', body: '被许可方连续两年未支付专利许可使用费，合计约80万元，双方愿意调解。' }));
    const res = await office.post(`/api/v1/services/questions/${q.id}/escalation`, { target: 'mediation', mediationOrgId, respondentName: '深圳市欠费电子有限公司', claims: '支付拖欠的许可使用费80万元', amountFen: 80_000_000 });
    expect(res.statusCode, res.body).toBe(200);
    const escalated = detail(res);
    expect(escalated.status).toBe('escalated');
    // The escalation notice answers the asker: the first-answer clock stops with it.
    expect(escalated.firstAnsweredOn).toBe(escalated.resolvedOn);
    const kase = (await office.get(`/api/v1/protection/cases/${escalated.escalation!.caseId}`)).json<{ summary: string; amountFen: number; parties: { name: string }[] }>();
    expect(kase.summary).toContain(q.number);
    expect(kase.summary).toContain('连续两年未支付专利许可使用费');
    expect(kase.amountFen).toBe(80_000_000);
    expect(kase.parties.map((p) => p.name)).toContain('深圳市欠费电子有限公司');
    // Sent twice at once, the question becomes one case: the second escalation files nothing.
    const twice = detail(await ask(firm, { title: '商标许可费纠纷', body: '被许可方拖欠商标许可使用费。' }));
    const body = { target: 'mediation', mediationOrgId, respondentName: '深圳市重复转办贸易有限公司', claims: '支付许可使用费', amountFen: 1_000_000 };
    const both = await Promise.all([1, 2].map(() => office.post(`/api/v1/services/questions/${twice.id}/escalation`, body)));
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const cases = (await office.get(`/api/v1/protection/cases?q=${encodeURIComponent('深圳市重复转办贸易有限公司')}`)).json<{ total: number }>();
    expect(cases.total).toBe(1);
    const noRespondent = await office.post(`/api/v1/services/questions/${detail(await ask(firm)).id}/escalation`, { target: 'mediation', mediationOrgId, claims: '调解' });
    expect(noRespondent.json<{ message: string }>().message).toContain('respondentName');
  });

  it('escalates an enterprise’s question into a filing its district’s centre window invites it to complete', async () => {
    const cw = await buildCentreWorld(t);
    const q = detail(await ask(cw.firm, { title: '如何申请专利快速预审', body: '我司研发新能源汽车电池管理系统，希望走快速预审通道，需要先办理什么手续？' }));
    const res = await office.post(`/api/v1/services/questions/${q.id}/escalation`, { target: 'centreFiling' });
    expect(res.statusCode, res.body).toBe(200);
    expect(detail(res)).toMatchObject({ status: 'escalated', escalation: { target: 'centreFiling', caseNo: cw.window.name } });
    const invited = (await cw.firm.get('/api/v1/centre/filings?status=invited')).json<{ items: Filing[] }>().items;
    expect(invited).toHaveLength(1);
    expect(invited[0]).toMatchObject({ windowId: cw.window.id, submittedOn: null, establishedOn: null, actions: ['resubmit'] });
    expect(invited[0].sourceNote).toContain('希望走快速预审通道');
    // The Pingshan examiner sees it waiting for the enterprise, with nothing to decide yet.
    expect((await cw.examiner.get(`/api/v1/centre/filings/${invited[0].id}`)).json<Filing>().actions).toEqual([]);
    const completed = await cw.firm.request('PUT', `/api/v1/centre/filings/${invited[0].id}`, filingBody(cw));
    expect(completed.json<Filing>()).toMatchObject({ status: 'submitted', insuredStaff: 120 });
    // The enterprise already has a filing with the window; a member unit is not an enterprise.
    const again = await office.post(`/api/v1/services/questions/${detail(await ask(cw.firm)).id}/escalation`, { target: 'centreFiling' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toContain('target');
    const fromUnit = await office.post(`/api/v1/services/questions/${detail(await ask(unit)).id}/escalation`, { target: 'centreFiling' });
    expect(fromUnit.statusCode).toBe(400);
    expect(fromUnit.json<{ message: string }>().message).toContain('target');
  });

  it('publishes an answer that the portal finds in traditional script too', async () => {
    const q = detail(await ask(firm, { title: '专利年费滞纳金如何计算', body: '专利年费逾期未缴，滞纳金怎么计算？最晚什么时候补缴？' }));
    await office.post(`/api/v1/services/questions/${q.id}/messages`, { kind: 'reply', body: '期满之日起六个月内补缴，每超过一个月加收年费5%的滞纳金。', effect: 'resolve' });
    const published = await office.post(`/api/v1/services/questions/${q.id}/knowledge`, { title: '专利年费逾期的滞纳金', body: '专利年费期满之日起六个月内可以补缴，每超过一个月加收当年年费5%的滞纳金。', category: 'patent' });
    expect(published.statusCode, published.body).toBe(200);
    const found = (await t.app.inject({ method: 'GET', url: `/api/v1/services/public/knowledge?q=${encodeURIComponent('專利年費 滯納金')}` })).json<{ items: Knowledge[] }>();
    expect(found.items.map((k) => k.title)).toContain('专利年费逾期的滞纳金');
    expect((await office.post(`/api/v1/services/questions/${q.id}/knowledge`, { title: 'x', body: 'y', category: 'patent' })).json<{ message: string }>().message).toContain('title');
    // Withdrawn, the entry leaves the portal and the question's answer can be published again.
    const entryId = detail(published).knowledgeId!;
    expect((await office.delete(`/api/v1/services/knowledge/${entryId}`)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/services/public/knowledge/${entryId}` })).statusCode).toBe(404);
    const freed = detail(await office.get(`/api/v1/services/questions/${q.id}`));
    expect(freed.knowledgeId).toBeNull();
    expect(freed.can.publish).toBe(true);
  });

  it('refuses an oversized attachment, naming the field, and someone else’s file', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const uploaded = await firm.upload('/api/v1/platform/files', { name: '证据.pdf', bytes: big });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const res = await ask(firm, { fileIds: [uploaded.json<{ id: string }>().id] });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toContain('fileIds.0');
    expect((await ask(otherFirm, { fileIds: [randomUUID()] })).json<{ message: string }>().message).toContain('fileIds.0');
  });

  it('reports the share of service levels met with a click-through to the late ones', async () => {
    await moveTo('2026-03-20T02:00:00Z');
    const report = (await office.get('/api/v1/services/sla-report?from=2026-01-01&to=2026-12-31')).json<SlaReport>();
    const total = report.rows.find((r) => r.category === null)!;
    expect(total.total).toBeGreaterThanOrEqual(5);
    expect(total.firstLate).toBeGreaterThan(0);
    const late = (await office.get('/api/v1/services/questions?late=firstAnswer')).json<{ total: number; items: { lateFirstAnswer: boolean }[] }>();
    expect(late.total).toBe(total.firstLate);
    expect(late.items.every((q) => q.lateFirstAnswer)).toBe(true);
    expect((await office.get('/api/v1/services/questions/export.xlsx')).statusCode).toBe(200);
  });
});
