import ExcelJS from 'exceljs';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, buildUser, rootActor, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession, waitJob } from '../../test/test-app';
import { buildPlan, buildTask } from './tasks.factories';

let t: TestApp;
let office: TestSession;
let police: TestSession;
let customs: TestSession;
let pingshan: TestSession;
let futian: TestSession;
const orgs: Record<string, string> = {};

type Err = { message: string; fields: { field: string; message: string }[] };

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('工作要点').addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await createTestApp();
  orgs.office = (await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440300', name: '任务测试市局', shortName: '市局' })).id;
  orgs.police = (await buildOrg(t.services, { kind: 'publicSecurity', regionCode: '440300', name: '任务测试公安局', shortName: '测试公安' })).id;
  orgs.customs = (await buildOrg(t.services, { kind: 'customs', regionCode: '440300', name: '任务测试海关' })).id;
  orgs.pingshan = (await buildOrg(t.services, { kind: 'districtOffice', regionCode: '440310', name: '任务测试坪山局' })).id;
  orgs.futian = (await buildOrg(t.services, { kind: 'districtOffice', regionCode: '440304', name: '任务测试福田局' })).id;
  const login = async (role: 'office' | 'liaison' | 'district', org: string) => t.login((await buildUser(t.services, { role, orgId: orgs[org] })).username, TEST_PASSWORD);
  office = await login('office', 'office');
  police = await login('liaison', 'police');
  customs = await login('liaison', 'customs');
  pingshan = await login('district', 'pingshan');
  futian = await login('district', 'futian');
});
afterAll(async () => t.close());

describe('work plans and numbered tasks', () => {
  it('numbers tasks 一、（一）1. under their parents and closes up the numbering after a delete', async () => {
    const plan = (await office.post('/api/v1/tasks/work-plans', { regionCode: '440300', year: 2031, title: '2031年知识产权工作要点' })).json<{ id: string }>();
    const top = (await office.post('/api/v1/tasks', { workPlanId: plan.id, title: '强化知识产权保护' })).json<{ id: string; path: string }>();
    const second = (await office.post('/api/v1/tasks', { workPlanId: plan.id, title: '促进转化运用' })).json<{ id: string; path: string }>();
    const mid = (await office.post('/api/v1/tasks', { workPlanId: plan.id, parentId: top.id, title: '打击侵权假冒', leadOrgId: orgs.police })).json<{ id: string; path: string }>();
    const leaf = (await office.post('/api/v1/tasks', { workPlanId: plan.id, parentId: mid.id, title: '开展专项行动', leadOrgId: orgs.police, supportOrgIds: [orgs.customs] })).json<{ id: string; path: string; level: number }>();
    expect([top.path, second.path, mid.path, leaf.path]).toEqual(['一', '二', '一（一）', '一（一）1']);
    const tooDeep = await office.post('/api/v1/tasks', { workPlanId: plan.id, parentId: leaf.id, title: '第四级' });
    expect(tooDeep.json<Err>().fields[0].field).toBe('parentId');
    expect((await office.delete(`/api/v1/tasks/${top.id}`)).statusCode).toBe(409);
    const extra = (await office.post('/api/v1/tasks', { workPlanId: plan.id, title: '临时任务' })).json<{ id: string; path: string }>();
    expect(extra.path).toBe('三');
    expect((await office.delete(`/api/v1/tasks/${second.id}`)).statusCode).toBe(204);
    const paths = (await office.get(`/api/v1/tasks/work-plans/${plan.id}/tasks`)).json<{ path: string; title: string }[]>();
    expect(paths.map((p) => `${p.path} ${p.title}`)).toEqual(['一 强化知识产权保护', '一（一） 打击侵权假冒', '一（一）1 开展专项行动', '二 临时任务']);
  });

  it('keeps liaisons to their unit’s tasks and other districts out; signed-out callers get 401', async () => {
    const plan = await buildPlan(t.services);
    const policeTask = await buildTask(t.services, { workPlanId: plan.id, leadOrgId: orgs.police });
    const pingshanTask = await buildTask(t.services, { workPlanId: plan.id, leadOrgId: orgs.pingshan });
    expect(pingshanTask.regionCode).toBe('440310');
    expect((await police.get(`/api/v1/tasks/${policeTask.id}`)).statusCode).toBe(200);
    expect((await police.get(`/api/v1/tasks/${pingshanTask.id}`)).statusCode).toBe(404);
    expect((await customs.get(`/api/v1/tasks/${policeTask.id}`)).statusCode).toBe(404);
    expect((await pingshan.get(`/api/v1/tasks/${pingshanTask.id}`)).statusCode).toBe(200);
    expect((await futian.get(`/api/v1/tasks/${pingshanTask.id}`)).statusCode).toBe(404);
    const mine = (await police.get(`/api/v1/tasks?workPlanId=${plan.id}`)).json<{ items: { id: string }[] }>();
    expect(mine.items.map((x) => x.id)).toEqual([policeTask.id]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tasks' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tasks/work-plans' })).statusCode).toBe(401);
    expect((await police.post('/api/v1/tasks', { workPlanId: plan.id, title: '联络员不能建任务' })).statusCode).toBe(403);
    const gz = await buildPlan(t.services, { regionCode: '440100' });
    expect((await office.get(`/api/v1/tasks/work-plans/${gz.id}`)).statusCode).toBe(404);
    expect((await office.post('/api/v1/tasks', { workPlanId: gz.id, title: '广州的任务' })).json<Err>().fields[0].field).toBe('workPlanId');
  });

  it('names bad input: a weight over 100, a target without an indicator, an unknown lead unit', async () => {
    const plan = await buildPlan(t.services);
    expect((await office.post('/api/v1/tasks', { workPlanId: plan.id, title: 'x', weight: 101 })).json<Err>().fields[0]).toEqual({ field: 'weight', message: '权重不能大于100' });
    expect((await office.post('/api/v1/tasks', { workPlanId: plan.id, title: 'x', targetValue: 5 })).json<Err>().fields[0].field).toBe('indicatorName');
    expect((await office.post('/api/v1/tasks', { workPlanId: plan.id, title: 'x', leadOrgId: '00000000-0000-4000-8000-00000000beef' })).json<Err>().fields[0].field).toBe('leadOrgId');
    expect((await office.get(`/api/v1/tasks/work-plans/${plan.id}/tasks`)).json<unknown[]>()).toHaveLength(0);
  });

  it('offers targets from the indicator catalogue or free text to the stats module', async () => {
    const plan = await buildPlan(t.services, { year: 2032 });
    await buildTask(t.services, { workPlanId: plan.id, indicatorId: 'pctApplications', targetValue: 16000 });
    await buildTask(t.services, { workPlanId: plan.id, indicatorName: '知识产权质押融资登记金额', indicatorUnit: '亿元', targetValue: 300 });
    await buildTask(t.services, { workPlanId: plan.id });
    const targets = await t.services.tasks.targets('440300', 2032);
    expect(targets.map((x) => [x.indicatorId, x.indicatorName, x.unit, x.targetValue])).toEqual([
      ['pctApplications', 'PCT国际专利申请量', '件', 16000],
      [null, '知识产权质押融资登记金额', '亿元', 300],
    ]);
  });
});

describe('importing a plan', () => {
  it('refuses a file with a malformed row, naming row and column, and imports the corrected file', async () => {
    const plan = await buildPlan(t.services, { year: 2031 });
    const header = ['编号', '任务名称', '任务内容', '预期成果', '牵头单位', '配合单位', '完成时限', '权重', '目标指标', '指标单位', '目标值'];
    const good = [
      ['一', '强化保护', '', '', '', '', '', '', '', '', ''],
      ['（一）', '打击侵权', '', '', '测试公安', '任务测试海关', '2031年6月底', 3, '', '', ''],
      ['1', '开展专项行动', '', '', '测试公安', '', '2031-05-31', '', 'PCT国际专利申请量', '', 100],
    ];
    const bad = await workbook([header, ...good, ['二', '运用', '', '', '不存在的局', '', '下个月', '', '', '', ''], ['三', '服务', '', '', '', '', '', 'x', '', '', '']]);
    const failed = await waitJob(office, (await office.upload(`/api/v1/tasks/work-plans/${plan.id}/import`, { name: 'plan.xlsx', bytes: bad })).json<{ id: string }>().id);
    expect(failed.status).toBe('failed');
    expect((failed.result as { errors: { row: number; field: string }[] }).errors).toEqual(
      expect.arrayContaining([
        { row: 5, field: '牵头单位', message: '找不到单位「不存在的局」' },
        { row: 5, field: '完成时限', message: '无法识别的时限「下个月」' },
        { row: 6, field: '权重', message: '权重应为数字' },
      ]),
    );
    expect((await office.get(`/api/v1/tasks/work-plans/${plan.id}/tasks`)).json<unknown[]>()).toHaveLength(0);
    const ok = await waitJob(office, (await office.upload(`/api/v1/tasks/work-plans/${plan.id}/import`, { name: 'plan.xlsx', bytes: await workbook([header, ...good]) })).json<{ id: string }>().id);
    expect(ok.status, JSON.stringify(ok.result)).toBe('succeeded');
    const tasks = (await office.get(`/api/v1/tasks/work-plans/${plan.id}/tasks`)).json<{ path: string; leadOrgName: string; deadline: string; indicatorId: string; supportOrgs: { name: string }[] }[]>();
    expect(tasks.map((x) => [x.path, x.leadOrgName, x.deadline])).toEqual([
      ['一', null, null],
      ['一（一）', '任务测试公安局', '2031-06-30'],
      ['一（一）1', '任务测试公安局', '2031-05-31'],
    ]);
    expect(tasks[1].supportOrgs.map((o) => o.name)).toEqual(['任务测试海关']);
    expect(tasks[2].indicatorId).toBe('pctApplications');
    // The plan's export, read by a second reader: deadlines are date cells, not ISO text.
    const exported = await readSheet((await office.get(`/api/v1/tasks/work-plans/${plan.id}/export.xlsx`)).rawPayload);
    const deadlines = exported.slice(1).map((r) => r[exported[0].indexOf('完成时限')] as unknown);
    expect(deadlines).toEqual([null, new Date('2031-06-30T00:00:00Z'), new Date('2031-05-31T00:00:00Z')]);
  });

  it('exports the filtered plans a district sees, one row per plan with its progress', async () => {
    const mine = await buildPlan(t.services, { year: 2033, regionCode: '440310', title: '2033年坪山区知识产权工作要点' });
    await buildPlan(t.services, { year: 2033, regionCode: '440304', title: '2033年福田区知识产权工作要点' });
    const res = await pingshan.get('/api/v1/tasks/work-plans/export.xlsx?year=2033');
    expect(res.statusCode).toBe(200);
    const rows = await readSheet(res.rawPayload);
    expect(rows[0]).toEqual(['年度', '工作要点', '地区', '任务数', '已完成', '已逾期', '总体进度(%)']);
    expect(rows.slice(1).map((r) => r[1])).toEqual([mine.title]);
    expect((await pingshan.get('/api/v1/tasks/work-plans/export.xlsx?year=0')).statusCode).toBe(400);
  });

  it('reads pasted numbered text: a dry run previews, a bad line saves nothing, a good text saves all', async () => {
    const plan = await buildPlan(t.services, { year: 2031 });
    const text = ['一、聚焦发展新质生产力', '（一）建设运营中心（牵头单位：测试公安；完成时限：2031年9月底）', '1. 完成验收（测试公安负责）'].join('\n');
    const dry = (await office.post(`/api/v1/tasks/work-plans/${plan.id}/import-text`, { text, dryRun: true })).json<{ created: number; tasks: { number: string; deadline: string }[] }>();
    expect(dry.created).toBe(0);
    expect(dry.tasks.map((x) => x.number)).toEqual(['一', '（一）', '1']);
    expect(dry.tasks[1].deadline).toBe('2031-09-30');
    const bad = await office.post(`/api/v1/tasks/work-plans/${plan.id}/import-text`, { text: text + '\n2. 另一项（查无此局负责）' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Err>().fields[0]).toEqual({ field: 'text', message: '第4行（牵头单位）：找不到单位「查无此局」' });
    expect((await office.get(`/api/v1/tasks/work-plans/${plan.id}/tasks`)).json<unknown[]>()).toHaveLength(0);
    expect((await office.post(`/api/v1/tasks/work-plans/${plan.id}/import-text`, { text })).json<{ created: number }>().created).toBe(3);
  });
});

describe('task books', () => {
  it('issues a book to a district, which sees and acknowledges it; another district does not see it', async () => {
    const plan = await buildPlan(t.services);
    const a = await buildTask(t.services, { workPlanId: plan.id, leadOrgId: orgs.pingshan, deadline: '2031-12-31' });
    const b = await buildTask(t.services, { workPlanId: plan.id, leadOrgId: orgs.pingshan });
    const policeTask = await buildTask(t.services, { workPlanId: plan.id, leadOrgId: orgs.police });
    const wrong = await office.post('/api/v1/tasks/task-books', { title: '坪山区任务书', workPlanId: plan.id, receiverOrgId: orgs.pingshan, receiverKind: 'district', taskIds: [a.id, policeTask.id] });
    expect(wrong.json<Err>().fields[0].field).toBe('taskIds.1');
    const book = (await office.post('/api/v1/tasks/task-books', { title: '坪山区任务书', workPlanId: plan.id, receiverOrgId: orgs.pingshan, receiverKind: 'district', taskIds: [a.id, b.id] })).json<{ id: string }>();
    expect((await futian.get(`/api/v1/tasks/task-books/${book.id}`)).statusCode).toBe(404);
    const seen = (await pingshan.get(`/api/v1/tasks/task-books/${book.id}`)).json<{ tasks: unknown[]; canAcknowledge: boolean }>();
    expect(seen).toMatchObject({ canAcknowledge: true });
    expect(seen.tasks).toHaveLength(2);
    expect((await police.post(`/api/v1/tasks/task-books/${book.id}/acknowledge`)).statusCode).toBe(404);
    expect((await pingshan.post(`/api/v1/tasks/task-books/${book.id}/acknowledge`)).json<{ acknowledgedAt: string }>().acknowledgedAt).toBeTruthy();
    expect((await pingshan.post(`/api/v1/tasks/task-books/${book.id}/acknowledge`)).statusCode).toBe(409);
    const timeline = (await pingshan.get(`/api/v1/tasks/${a.id}/history`)).json<{ action: string }[]>();
    expect(timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['issueBook', 'bookAcknowledged']));
    expect((await office.delete(`/api/v1/tasks/task-books/${book.id}`)).statusCode).toBe(409);
  });
});

describe('resolutions become tasks', () => {
  it('turns a resolution into a task in one step and refuses to do it twice', async () => {
    const m = await t.services.conference.meetings.create(rootActor, { title: '联席会议', kind: 'plenary', regionCode: '440300', startsAt: '2031-04-25T02:00:00.000Z', endsAt: null, venue: null, mode: 'offline', onlineUrl: null, onlineAudience: null, attendeeCount: null, capacity: null, waitlist: true, theme: null, summary: null, orgs: [] });
    const r = await t.services.conference.records.addResolution(rootActor, m.id, { text: '由市公安局牵头开展专项行动', leadOrgId: orgs.police, dueDate: null });
    const plan = await buildPlan(t.services);
    const res = await office.post('/api/v1/tasks/from-resolution', { resolutionId: r.id, workPlanId: plan.id, deadlineRule: { from: '2024-09-27', length: 5, unit: 'workingDays' } });
    expect(res.statusCode, res.body).toBe(201);
    const task = res.json<{ id: string; leadOrgId: string; deadline: string; sourceResolutionId: string }>();
    expect(task).toMatchObject({ leadOrgId: orgs.police, deadline: '2024-10-10', sourceResolutionId: r.id });
    expect((await office.get(`/api/v1/conference/resolutions/${r.id}`)).json<{ taskId: string }>().taskId).toBe(task.id);
    expect((await office.post('/api/v1/tasks/from-resolution', { resolutionId: r.id, workPlanId: plan.id })).statusCode).toBe(409);
  });

  it('keeps the resolution\'s own deadline by default, and lists the tasks made from a meeting', async () => {
    const m = await t.services.conference.meetings.create(rootActor, { title: '专题会议', kind: 'thematic', regionCode: '440300', startsAt: '2031-05-10T01:30:00.000Z', endsAt: null, venue: null, mode: 'offline', onlineUrl: null, onlineAudience: null, attendeeCount: null, capacity: null, waitlist: true, theme: null, summary: null, orgs: [] });
    const r = await t.services.conference.records.addResolution(rootActor, m.id, { text: '完善知识产权纠纷调解机制', leadOrgId: orgs.police, dueDate: '2032-06-30' });
    const plan = await buildPlan(t.services);
    const res = await office.post('/api/v1/tasks/from-resolution', { resolutionId: r.id, workPlanId: plan.id });
    expect(res.statusCode, res.body).toBe(201);
    const task = res.json<{ id: string; deadline: string }>();
    expect(task.deadline).toBe('2032-06-30');
    const made = (await office.get(`/api/v1/tasks?meetingId=${m.id}`)).json<{ items: { id: string; status: string; flag: string }[] }>();
    expect(made.items.map((x) => x.id)).toEqual([task.id]);
    expect(made.items[0]).toMatchObject({ status: res.json<{ status: string }>().status, flag: res.json<{ flag: string }>().flag });
    expect((await office.get(`/api/v1/tasks?meetingId=${rootActor.orgId}`)).json<{ items: unknown[] }>().items).toEqual([]);
  });
});
