import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdjustableClock } from '../../platform/clock';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession, waitJob } from '../../test/test-app';
import { buildPlan, buildTask } from './tasks.factories';

const clock = createAdjustableClock();
let t: TestApp;
const users: Record<string, string> = {};
const orgs: Record<string, string> = {};
let office: TestSession;
let police: TestSession;
let customs: TestSession;
let planId: string;
let parentId: string;
let taskA: string; // police leads, weight 3, due 2024-10-10
let taskB: string; // police leads, customs supports, weight 1, due 2024-12-31
let taskC: string; // customs leads, due 2024-11-29

type Err = { message: string; fields: { field: string; message: string }[] };

/** Moves the clock (China time, 10:00) and signs everyone in again: sessions last 12 hours. */
async function at(day: string) {
  clock.set(new Date(`${day}T02:00:00Z`));
  office = await t.login(users.office, TEST_PASSWORD);
  police = await t.login(users.police, TEST_PASSWORD);
  customs = await t.login(users.customs, TEST_PASSWORD);
}
const task = async (s: TestSession, id: string) => (await s.get(`/api/v1/tasks/${id}`)).json<{ progress: number; status: string; flag: string; deadline: string; completedOn: string | null; openNotices: number }>();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  clock.set(new Date('2024-09-20T02:00:00Z'));
  t = await createTestApp({ clock });
  orgs.office = (await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440300', name: '进展测试市局' })).id;
  orgs.police = (await buildOrg(t.services, { kind: 'publicSecurity', regionCode: '440300', name: '进展测试公安局' })).id;
  orgs.customs = (await buildOrg(t.services, { kind: 'customs', regionCode: '440300', name: '进展测试海关' })).id;
  users.office = (await buildUser(t.services, { role: 'office', orgId: orgs.office })).username;
  users.police = (await buildUser(t.services, { role: 'liaison', orgId: orgs.police })).username;
  users.customs = (await buildUser(t.services, { role: 'liaison', orgId: orgs.customs })).username;
  planId = (await buildPlan(t.services, { year: 2024 })).id;
  parentId = (await buildTask(t.services, { workPlanId: planId, title: '强化协同保护' })).id;
  taskA = (await buildTask(t.services, { workPlanId: planId, parentId, title: '开展专项行动', leadOrgId: orgs.police, weight: 3, deadline: '2024-10-10' })).id;
  taskB = (await buildTask(t.services, { workPlanId: planId, parentId, title: '建立线索移送机制', leadOrgId: orgs.police, supportOrgIds: [orgs.customs], weight: 1, deadline: '2024-12-31' })).id;
  taskC = (await buildTask(t.services, { workPlanId: planId, title: '海关备案', leadOrgId: orgs.customs, deadline: '2024-11-29' })).id;
  await at('2024-09-20');
});
afterAll(async () => t.close());

describe('progress reports', () => {
  it('is returned with a comment, resubmitted, accepted, and rolls up to the parent by weight', async () => {
    const first = await police.post(`/api/v1/tasks/${taskA}/reports`, { percent: 50, narrative: '已部署专项行动' });
    expect(first.statusCode, first.body).toBe(201);
    expect((await police.post(`/api/v1/tasks/${taskA}/reports`, { percent: 55, narrative: '再报一次' })).statusCode).toBe(409);
    const returned = await office.post(`/api/v1/tasks/progress-reports/${first.json<{ id: string }>().id}/return`, { comment: '请补充查办案件数' });
    expect(returned.json<{ status: string; reviewComment: string }>()).toMatchObject({ status: 'returned', reviewComment: '请补充查办案件数' });
    expect((await police.get('/api/v1/platform/notifications')).json<{ items: { kind: string }[] }>().items.map((n) => n.kind)).toContain('task.returned');
    expect((await task(office, taskA)).progress).toBe(0);
    const again = (await police.post(`/api/v1/tasks/${taskA}/reports`, { percent: 60, narrative: '查办案件12件' })).json<{ id: string }>();
    expect((await office.post(`/api/v1/tasks/progress-reports/${again.id}/accept`, {})).json<{ status: string }>().status).toBe('accepted');
    expect((await task(office, taskA))).toMatchObject({ progress: 60, status: 'inProgress' });
    // (60×3 + 0×1) / 4 = 45
    expect((await task(office, parentId)).progress).toBe(45);
    const timeline = (await police.get(`/api/v1/tasks/${taskA}/history`)).json<{ action: string }[]>().map((e) => e.action);
    expect(timeline).toEqual(expect.arrayContaining(['create', 'report', 'returnReport', 'acceptReport', 'status']));
  });

  it('refuses a percent over 100, a report on someone else’s task, and evidence the reporter did not upload', async () => {
    const over = await police.post(`/api/v1/tasks/${taskB}/reports`, { percent: 101, narrative: 'x' });
    expect(over.json<Err>().fields).toEqual([{ field: 'percent', message: '进度不能大于100' }]);
    const other = await customs.post(`/api/v1/tasks/${taskB}/reports`, { percent: 10, narrative: '配合单位报送' });
    expect(other.statusCode).toBe(400);
    expect(other.json<Err>().message).toBe('taskId: 只有该任务的牵头单位可以报送进展');
    expect((await customs.post(`/api/v1/tasks/${taskA}/reports`, { percent: 10, narrative: 'x' })).statusCode).toBe(404);
    const file = (await police.upload('/api/v1/platform/files', { name: 'plan.pdf', bytes: pdf })).json<{ id: string }>();
    expect((await customs.post(`/api/v1/tasks/${taskC}/reports`, { percent: 10, narrative: 'x', fileIds: [file.id] })).json<Err>().fields[0].field).toBe('fileIds.0');
    const ok = await police.post(`/api/v1/tasks/${taskB}/reports`, { percent: 20, narrative: '起草移送办法', fileIds: [file.id] });
    const report = ok.json<{ id: string; files: { id: string; name: string }[] }>();
    expect(report.files.map((f) => f.name)).toEqual(['plan.pdf']);
    expect((await customs.get(`/api/v1/tasks/progress-reports/${report.id}/files/${file.id}`)).statusCode).toBe(200);
    expect((await office.get('/api/v1/tasks/progress-reports?status=submitted')).json<{ items: { id: string }[] }>().items.map((r) => r.id)).toContain(report.id);
    await office.post(`/api/v1/tasks/progress-reports/${report.id}/accept`, {});
    expect((await office.get(`/api/v1/tasks/progress-reports/${report.id}/files/${file.id}`)).headers['content-type']).toBe('application/pdf');
  });

  it('updates progress in bulk from Excel, all rows or none', async () => {
    const tpl = await customs.get('/api/v1/tasks/progress-reports/import-template.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v as string)))));
    expect(rows[0]).toEqual(['任务ID', '编号', '任务名称', '完成时限', '当前进度(%)', '进度(%)', '进展情况', '实际值']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([taskC]);
    const sheet = wb.worksheets[0];
    sheet.getRow(2).getCell(6).value = 150;
    sheet.getRow(2).getCell(7).value = '完成备案';
    const bad = await waitJob(customs, (await customs.upload('/api/v1/tasks/progress-reports/import', { name: 'p.xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) })).json<{ id: string }>().id);
    expect(bad.status).toBe('failed');
    expect((bad.result as { errors: unknown[] }).errors).toEqual([{ row: 2, field: '进度(%)', message: '进度不能大于100' }]);
    sheet.getRow(2).getCell(6).value = 100;
    const good = await waitJob(customs, (await customs.upload('/api/v1/tasks/progress-reports/import', { name: 'p.xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) })).json<{ id: string }>().id);
    expect(good.status).toBe('succeeded');
    const pending = (await office.get(`/api/v1/tasks/progress-reports?status=submitted&taskId=${taskC}`)).json<{ items: { id: string; percent: number }[] }>();
    expect(pending.items.map((r) => r.percent)).toEqual([100]);
    await office.post(`/api/v1/tasks/progress-reports/${pending.items[0].id}/accept`, {});
    expect(await task(office, taskC)).toMatchObject({ status: 'completed', completedOn: '2024-09-20' });
  });
});

describe('supervision with a moving clock', () => {
  it('flags yellow five working days ahead, red after the deadline with one notice, and escalates an unanswered notice', async () => {
    // From 09-26 six working days remain (09-27, 09-29 make-up Sunday, 09-30, 10-08, 10-09, 10-10).
    await at('2024-09-26');
    await t.services.tasks.supervise();
    expect((await task(office, taskA)).flag).toBe('none');
    // From 09-27 five remain: yellow although the deadline is 13 calendar days away, and the unit is reminded.
    await at('2024-09-27');
    await t.services.tasks.supervise();
    expect(await task(office, taskA)).toMatchObject({ status: 'atRisk', flag: 'yellow' });
    expect((await police.get('/api/v1/platform/notifications')).json<{ items: { kind: string }[] }>().items.filter((n) => n.kind === 'task.reminder')).toHaveLength(1);
    await at('2024-10-11');
    await t.services.tasks.supervise();
    await t.services.tasks.supervise();
    expect(await task(office, taskA)).toMatchObject({ status: 'overdue', flag: 'red', openNotices: 1 });
    const notices = (await police.get(`/api/v1/tasks/supervision-notices?taskId=${taskA}`)).json<{ items: { id: string; number: string; responseDue: string; status: string }[] }>();
    // Five working days from Friday 10-11: Saturday 10-12 is a make-up working day.
    expect(notices.items).toEqual([expect.objectContaining({ number: '督〔2024〕1号', responseDue: '2024-10-17', status: 'open' })]);
    expect((await task(office, parentId)).status).not.toBe('overdue');
    await at('2024-10-18');
    await t.services.tasks.supervise();
    const escalated = (await office.get(`/api/v1/tasks/supervision-notices?taskId=${taskA}`)).json<{ items: { level: number; status: string; responseDue: string }[] }>();
    expect(escalated.items[0]).toMatchObject({ level: 1, status: 'escalated', responseDue: '2024-10-23' });
    const answered = await police.post(`/api/v1/tasks/supervision-notices/${notices.items[0].id}/respond`, { response: '已加派人手，10月底前完成' });
    expect(answered.json<{ status: string }>().status).toBe('responded');
    await t.services.tasks.supervise();
    expect((await office.get(`/api/v1/tasks/supervision-notices?taskId=${taskA}`)).json<{ items: { level: number }[] }>().items[0].level).toBe(1);
  });

  it('approves a deadline adjustment (the red flag clears) and refuses one on a closed task', async () => {
    const closed = await customs.post(`/api/v1/tasks/${taskC}/adjustments`, { kind: 'deadline', newDeadline: '2024-12-31', reason: '延期' });
    expect(closed.json<Err>().message).toBe('taskId: 任务已完成，不能申请调整');
    expect((await police.post(`/api/v1/tasks/${taskA}/adjustments`, { kind: 'deadline', reason: '延期' })).json<Err>().fields[0].field).toBe('newDeadline');
    const req = (await police.post(`/api/v1/tasks/${taskA}/adjustments`, { kind: 'deadline', newDeadline: '2024-11-29', reason: '案件侦办周期长' })).json<{ id: string }>();
    expect((await police.post(`/api/v1/tasks/adjustments/${req.id}/approve`, {})).statusCode).toBe(403);
    expect((await office.post(`/api/v1/tasks/adjustments/${req.id}/approve`, { comment: '同意' })).json<{ status: string }>().status).toBe('approved');
    expect(await task(office, taskA)).toMatchObject({ deadline: '2024-11-29', flag: 'none', status: 'inProgress' });
  });

  it('records a leader comment the unit sees', async () => {
    const c = await office.post(`/api/v1/tasks/${taskA}/comments`, { authorName: '蔡英权', authorTitle: '局长', body: '务必按期完成' });
    expect(c.statusCode).toBe(201);
    expect((await police.get(`/api/v1/tasks/${taskA}/comments`)).json<{ body: string }[]>().map((x) => x.body)).toEqual(['务必按期完成']);
    expect((await police.post(`/api/v1/tasks/${taskA}/comments`, { authorName: 'x', body: 'y' })).statusCode).toBe(403);
  });
});

describe('assessment and dashboard', () => {
  it('ranks units by weighted on-time completion plus capped bonuses backed by evidence, and exports the ranking', async () => {
    expect((await police.get('/api/v1/tasks/assessments?year=2024')).statusCode).toBe(403);
    const draft = (await office.post('/api/v1/tasks/assessments', { year: 2024, regionCode: '440300' })).json<{ id: string; scores: { orgName: string; rank: number; total: number }[] }>();
    // 海关: its one task done on time → 100. 公安局: nothing done yet → 0.
    expect(draft.scores.map((s) => [s.rank, s.orgName, s.total])).toEqual([
      [1, '进展测试海关', 100],
      [2, '进展测试公安局', 0],
    ]);
    expect((await office.post(`/api/v1/tasks/assessments/${draft.id}/bonuses`, { orgId: orgs.police, points: 5, reason: '破获大案', fileId: '00000000-0000-4000-8000-00000000f11e' })).json<Err>().fields[0].field).toBe('fileId');
    const evidence = (await office.upload('/api/v1/platform/files', { name: '表彰通报.pdf', bytes: pdf })).json<{ id: string }>();
    const withBonus = (await office.post(`/api/v1/tasks/assessments/${draft.id}/bonuses`, { orgId: orgs.police, points: 5, reason: '破获大案', fileId: evidence.id })).json<{ scores: { orgName: string; bonus: number; total: number }[] }>();
    expect(withBonus.scores.find((s) => s.orgName === '进展测试公安局')).toMatchObject({ bonus: 5, total: 5 });
    const xlsx = await office.get('/api/v1/tasks/assessments/export.xlsx?year=2024');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(2).getCell(2).value).toBe('进展测试海关');
    const final = (await office.post(`/api/v1/tasks/assessments/${draft.id}/finalise`)).json<{ status: string }>();
    expect(final.status).toBe('final');
    expect((await office.post(`/api/v1/tasks/assessments/${draft.id}/bonuses`, { orgId: orgs.customs, points: 1, reason: 'x', fileId: evidence.id })).statusCode).toBe(409);
  });

  it('shows progress by unit and district and the overdue ranking, limited to what the caller may see', async () => {
    const other = await buildPlan(t.services, { year: 2024 });
    await buildTask(t.services, { workPlanId: other.id, title: '逾期任务', leadOrgId: orgs.customs, deadline: '2024-10-01' });
    await t.services.tasks.supervise();
    const d = (await office.get('/api/v1/tasks/dashboard?year=2024')).json<{ totals: { tasks: number; byStatus: Record<string, number> }; byUnit: { orgName: string; tasks: number; completed: number }[]; overdueRanking: { orgName: string; overdue: number; openNotices: number }[]; byDistrict: { regionName: string }[] }>();
    expect(d.totals.tasks).toBe(4);
    expect(d.byUnit.find((u) => u.orgName === '进展测试海关')).toMatchObject({ tasks: 2, completed: 1 });
    expect(d.overdueRanking).toEqual([expect.objectContaining({ orgName: '进展测试海关', overdue: 1, openNotices: 1 })]);
    expect(d.byDistrict.map((x) => x.regionName)).toEqual(['深圳市（市本级）']);
    const mine = (await police.get('/api/v1/tasks/dashboard?year=2024')).json<{ totals: { tasks: number } }>();
    expect(mine.totals.tasks).toBe(2);
  });
});
