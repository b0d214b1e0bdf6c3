import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queue, Stats, Submission } from '../../../common/centre-submissions';
import type { Page } from '../../../common/pagination';
import { createAdjustableClock } from '../../platform/clock';
import { createTestApp, type TestApp, type TestSession, waitJob } from '../../test/test-app';
import { approvedFiling, buildCentreWorld, type CentreWorld } from './centre.factories';

type Err = { message: string };
const clock = createAdjustableClock();
let w: CentreWorld;
let signedIn = false;
/** Moves the clock and signs everyone in again (sessions end when the clock jumps). */
async function at(day: string): Promise<void> {
  clock.set(new Date(`${day}T02:00:00Z`));
  if (signedIn) await w.signInAgain();
}
let t: TestApp;
let filingId: string;

const workbook = async (rows: string[][]) => {
  const out = new ExcelJS.Workbook();
  out.addWorksheet('结果').addRows([['预审编号', '申请号', '审查结果', '结果日期'], ...rows]);
  return Buffer.from(await out.xlsx.writeBuffer());
};
const submit = (body: Record<string, unknown>, who: TestSession = w.firm) => who.post('/api/v1/centre/submissions', { filingId, kind: 'invention', title: '一种动力电池包的液冷板', ipc: 'B60L 58/26', applicant: w.enterprise.name, ...body });

beforeAll(async () => {
  await at('2026-02-13');
  t = await createTestApp({ clock });
  w = await buildCentreWorld(t);
  filingId = (await approvedFiling(w)).id;
  signedIn = true;
});
afterAll(async () => t.close());

describe('pre-examination', () => {
  it('counts the time limit in working days across the Spring Festival and National Day', async () => {
    const s = await submit({ kind: 'utilityModel', title: '一种电池模组的固定支架', ipc: 'H01M 50/20' });
    expect(s.statusCode, s.body).toBe(201);
    // 7 working days from Friday 13 February 2026: the make-up Saturday 14th, then from 24 February.
    expect(s.json<Submission>()).toMatchObject({ status: 'submitted', limitDays: 7, dueOn: '2026-03-02', fieldCode: 'newEnergyVehicle' });
    await at('2026-03-02');
  });

  it('refuses a submission outside the filed fields at once; refuses an unknown IPC class and an expired filing with nothing saved', async () => {
    const out = await submit({ title: '一种图像识别方法', ipc: 'G06T 7/00' });
    expect(out.statusCode, out.body).toBe(201);
    expect(out.json<Submission>()).toMatchObject({ status: 'refused', refusalGround: 'outOfField', actions: [] });
    const before = (await w.firm.get('/api/v1/centre/submissions')).json<Page<Submission>>().total;
    expect((await submit({ ipc: 'B98A 1/00' })).json<Err>().message).toMatch(/^ipc: IPC分类号「B98A 1\/00」不存在/);
    expect((await submit({ ipc: '电池' })).json<Err>().message).toMatch(/^ipc: /);
    expect((await submit({ filingId: w.window.id })).json<Err>().message).toMatch(/^filingId: /);
    expect((await w.firm.get('/api/v1/centre/submissions')).json<Page<Submission>>().total).toBe(before);
    expect((await submit({}, w.otherFirm)).json<Err>().message).toMatch(/^filingId: /);
  });

  it('takes an invention through a return and an amendment to a pass, the CNIPA grant and the statistics', async () => {
    const s = (await submit({})).json<Submission>();
    expect(s).toMatchObject({ status: 'submitted', dueOn: '2026-03-16' });
    const queue = (await w.examiner.get('/api/v1/centre/queue')).json<Queue>();
    expect(queue.items.map((x) => x.id)).toContain(s.id);
    expect((await w.examiner.post(`/api/v1/centre/submissions/${s.id}/assign`, { examinerUserId: w.firm.userId })).json<Err>().message).toMatch(/^examinerUserId: /);
    expect((await w.examiner.post(`/api/v1/centre/submissions/${s.id}/assign`, {})).json<Submission>().status).toBe('examining');
    expect((await w.examiner.post(`/api/v1/centre/submissions/${s.id}/decision`, { decision: 'return', defects: '' })).json<Err>().message).toMatch(/^defects: /);
    await at('2026-03-05');
    const returned = (await w.examiner.post(`/api/v1/centre/submissions/${s.id}/decision`, { decision: 'return', defects: '权利要求1保护范围不清楚；说明书附图3缺少标记' })).json<Submission>();
    expect(returned).toMatchObject({ status: 'returned', examinerDays: 3, actions: [] });
    expect((await w.examiner.request('PUT', `/api/v1/centre/submissions/${s.id}`, { title: '改', ipc: 'B60L 58/26' })).statusCode).toBe(403);
    await at('2026-03-09');
    const amended = await w.firm.request('PUT', `/api/v1/centre/submissions/${s.id}`, { title: '一种动力电池包的液冷板及其制造方法', ipc: 'B60L 58/26', note: '已按意见修改权利要求1' });
    expect(amended.json<Submission>()).toMatchObject({ status: 'examining', round: 2, dueOn: '2026-03-23' });
    await at('2026-03-11');
    const passed = (await w.examiner.post(`/api/v1/centre/submissions/${s.id}/decision`, { decision: 'pass' })).json<Submission>();
    expect(passed).toMatchObject({ status: 'passed', examinerDays: 5, decidedOn: '2026-03-11', actions: ['outcome'] });
    expect((await w.examiner.request('PUT', `/api/v1/centre/submissions/${s.id}/outcome`, { applicationNo: '12345' })).json<Err>().message).toMatch(/^applicationNo: /);
    const filed = (await w.examiner.request('PUT', `/api/v1/centre/submissions/${s.id}/outcome`, { applicationNo: '202610234567.8' })).json<Submission>();
    expect(filed.cnipaApplicationNo).toBe('202610234567.8');
    const bad = await waitJob(w.examiner, (await w.examiner.upload('/api/v1/centre/submissions/outcomes/import', { name: '结果.xlsx', bytes: await workbook([['', '202610234567.8', '授权', '2026-06-30'], ['', '202699999999.9', '授权', '2026-06-30']]) })).json<{ id: string }>().id);
    expect(bad).toMatchObject({ status: 'failed', result: { imported: 0, errors: [{ row: 3, field: '申请号' }] } });
    const ok = await waitJob(w.examiner, (await w.examiner.upload('/api/v1/centre/submissions/outcomes/import', { name: '结果.xlsx', bytes: await workbook([['', 'CN202610234567.8', '授权', '2026-06-30']]) })).json<{ id: string }>().id);
    expect(ok.status).toBe('succeeded');
    expect((await w.firm.get(`/api/v1/centre/submissions/${s.id}`)).json<Submission>()).toMatchObject({ cnipaOutcome: 'granted', cnipaOn: '2026-06-30' });
    expect((await w.examiner.get('/api/v1/centre/submissions/outcomes/import-template.xlsx')).statusCode).toBe(200);

    const stats = (await w.office.get('/api/v1/centre/statistics?year=2026')).json<Stats>();
    const line = stats.byWindow.find((l) => l.key === w.window.id)!;
    expect(line).toMatchObject({ passed: 1, granted: 1, grantRate: 1 });
    expect(stats.byKind.find((l) => l.key === 'invention')).toMatchObject({ submissions: 2, passed: 1, refused: 1, pending: 0 });
    expect(stats.byDistrict[0].key).toBe('440310');
    expect(stats.filings.approved).toBeGreaterThanOrEqual(1);
    expect((await w.examiner.get('/api/v1/centre/statistics?year=1')).json<Err>().message).toMatch(/^year: /);
    expect((await w.firm.get('/api/v1/centre/statistics')).statusCode).toBe(403);
    const history = (await w.firm.get(`/api/v1/centre/submissions/${s.id}/history`)).json<{ action: string }[]>();
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'assign', 'return', 'amend', 'pass', 'outcome', 'import']));
    expect((await w.office.get('/api/v1/centre/submissions/export.xlsx?kind=invention')).statusCode).toBe(200);
  });

  it('enforces the yearly quota per enterprise and kind', async () => {
    await w.office.request('PUT', '/api/v1/centre/rules/design', { workingDays: 10, timeLimitSource: '广州受理处2018年外观设计约两周', yearlyQuota: 1, quotaSource: '测试配额：每年1件' });
    expect((await submit({ kind: 'design', title: '电动汽车充电桩外壳', ipc: 'B60L 53/30' })).statusCode).toBe(201);
    expect((await submit({ kind: 'design', title: '电动汽车充电桩面板', ipc: 'B60L 53/30' })).json<Err>().message).toMatch(/^kind: 本企业2026年该类型预审配额1件已用完/);
  });

  it('keeps pre-examinations to their parties: 401, and 404 for another enterprise, district or window', async () => {
    const mine = (await w.firm.get('/api/v1/centre/submissions?status=passed')).json<Page<Submission>>().items[0];
    expect((await w.otherFirm.get(`/api/v1/centre/submissions/${mine.id}`)).statusCode).toBe(404);
    expect((await w.district.get(`/api/v1/centre/submissions/${mine.id}`)).statusCode).toBe(404);
    expect((await w.centreExaminer.get(`/api/v1/centre/submissions/${mine.id}`)).statusCode).toBe(200);
    expect((await w.otherFirm.request('PUT', `/api/v1/centre/submissions/${mine.id}`, { title: '一种方法', ipc: 'B60L 58/26' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/centre/submissions/${mine.id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/centre/queue' })).statusCode).toBe(401);
  });

  it('counts across National Day, and refuses a submission once the filing has expired', async () => {
    await at('2026-09-30');
    const autumn = (await submit({ kind: 'utilityModel', title: '一种充电枪的散热结构', ipc: 'B60L 53/16' })).json<Submission>();
    // 7 working days from 30 September 2026: the National Day holiday runs 1–7 October.
    expect(autumn.dueOn).toBe('2026-10-15');
    await at('2027-02-20');
    const before = (await w.firm.get('/api/v1/centre/submissions')).json<Page<Submission>>().total;
    expect((await submit({})).json<Err>().message).toMatch(/^filingId: 备案已于2027-02-12过期/);
    expect((await w.firm.get('/api/v1/centre/submissions')).json<Page<Submission>>().total).toBe(before);
  });
});
