import ExcelJS from 'exceljs';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../common/protection-case';
import { TEST_PASSWORD, buildOrg, buildUser, rootActor } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession, waitJob } from '../../test/test-app';
import { applicationInput, buildWorld, randomCaseCode, type World } from './protection.factories';

let t: TestApp;
let w: World;
const s: Record<string, TestSession> = {};
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function readXlsx(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v as string)))));
  return rows;
}


async function apply(overrides: Record<string, unknown> = {}): Promise<CaseDetail> {
  const res = await s.applicant.post('/api/v1/protection/cases', { ...applicationInput(w), ...overrides });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CaseDetail>();
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.services);
  for (const [key, username] of Object.entries(w.users)) s[key] = await t.login(username, TEST_PASSWORD);
  s.liaison = await t.login((await buildUser(t.services, { role: 'liaison', regionCode: '440300' })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('POST /api/v1/protection/cases', () => {
  it('files an online application that the office then sees, numbered for its organisation', async () => {
    const c = await apply();
    expect(c).toMatchObject({ status: 'submitted', source: 'application', nextActor: 'office', viewer: { sides: ['applicant'] } });
    expect(c.rights[0]).toMatchObject({ number: 'ZL202310123456.6' });
    const list = (await s.office.get('/api/v1/protection/cases?q=' + encodeURIComponent(c.caseNo))).json<{ items: { id: string }[] }>();
    expect(list.items.map((x) => x.id)).toEqual([c.id]);
  });

  it('refuses a case filed at a mediation organisation with no active mediator', async () => {
    const empty = await buildOrg(t.services, { kind: 'mediationOrg', regionCode: '440310', name: '工作站调解室' });
    await t.services.protection.settings.upsertProfile(rootActor, empty.id, { caseCode: randomCaseCode('知调'), mediationType: 'people', courtInvited: false, invitingCourtId: null, disputeScope: ['patent'], chargesFee: false });
    const before = (await s.applicant.get('/api/v1/protection/cases')).json<{ total: number }>().total;
    const res = await s.applicant.post('/api/v1/protection/cases', { ...applicationInput(w), orgId: empty.id });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { field: string; message: string }[] }>().fields[0]).toEqual({ field: 'orgId', message: '该调解组织暂无在册调解员，不能受理调解申请，请选择其他调解组织' });
    expect((await s.applicant.get('/api/v1/protection/cases')).json<{ total: number }>().total).toBe(before);
  });

  it('names the field of bad input and saves nothing', async () => {
    const before = (await s.applicant.get('/api/v1/protection/cases')).json<{ total: number }>().total;
    const blank = await s.applicant.post('/api/v1/protection/cases', { ...applicationInput(w), summary: '' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<{ message: string }>().message).toBe('summary: 请填写纠纷简要情况');
    const patent = await s.applicant.post('/api/v1/protection/cases', { ...applicationInput(w), rights: [{ kind: 'invention', number: 'ZL202310123456.7' }] });
    expect(patent.json<{ fields: { field: string; message: string }[] }>().fields[0]).toEqual({ field: 'rights.0.number', message: '专利号校验位错误（应为 6）' });
    const noRespondent = await s.applicant.post('/api/v1/protection/cases', { ...applicationInput(w), parties: [applicationInput(w).parties[0]] });
    expect(noRespondent.json<{ message: string }>().message).toMatch(/parties: /);
    const notMine = await s.applicant.post('/api/v1/protection/cases', { ...applicationInput(w), parties: applicationInput(w).parties.map((p) => ({ ...p, orgId: null })) });
    expect(notMine.json<{ message: string }>().message).toMatch(/^parties: 申请人中须有本单位/);
    const referral = await s.applicant.post('/api/v1/protection/cases', { ...applicationInput(w), source: 'officeReferral' });
    expect(referral.json<{ message: string }>().message).toBe('source: 企业只能在线申请调解');
    expect((await s.applicant.get('/api/v1/protection/cases')).json<{ total: number }>().total).toBe(before);
  });

  it('answers 401 signed out and 403 to a role that files no cases', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/protection/cases', payload: applicationInput(w) })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/protection/cases' })).statusCode).toBe(401);
    expect((await s.liaison.post('/api/v1/protection/cases', applicationInput(w))).statusCode).toBe(403);
    expect((await s.liaison.get('/api/v1/protection/cases')).statusCode).toBe(403);
  });
});

describe('who sees a case', () => {
  it('shows it to the parties, the office, the assigned mediator and the referring court only; others get 404 like a missing case', async () => {
    const c = await apply();
    for (const who of ['applicant', 'respondent', 'office', 'district']) expect((await s[who].get(`/api/v1/protection/cases/${c.id}`)).statusCode, who).toBe(200);
    for (const who of ['outsider', 'mediator', 'court', 'otherCourt']) expect((await s[who].get(`/api/v1/protection/cases/${c.id}`)).statusCode, who).toBe(404);
    const missing = await s.outsider.get('/api/v1/protection/cases/00000000-0000-4000-8000-00000000dead');
    expect((await s.outsider.get(`/api/v1/protection/cases/${c.id}`)).json()).toEqual(missing.json());
    await s.office.post(`/api/v1/protection/cases/${c.id}/actions`, { action: 'admit' });
    const designated = await s.office.post(`/api/v1/protection/cases/${c.id}/actions`, { action: 'designate', mediatorId: w.mediatorId });
    expect(designated.statusCode, designated.body).toBe(200);
    expect((await s.mediator.get(`/api/v1/protection/cases/${c.id}`)).json<CaseDetail>().viewer).toMatchObject({ sides: ['mediator'], actions: ['accept', 'decline', 'recuse'] });
    expect((await s.secondMediator.get(`/api/v1/protection/cases/${c.id}`)).statusCode).toBe(404);
    const mine = (await s.mediator.get('/api/v1/protection/cases?pageSize=200')).json<{ items: { id: string; mediator: { id: string } }[] }>().items;
    expect(mine.map((x) => x.id)).toContain(c.id);
    expect(mine.every((x) => x.mediator.id === w.mediatorId)).toBe(true);
  });

  it('shows a court the cases it referred, and no other court', async () => {
    const res = await s.court.post('/api/v1/protection/cases', { ...applicationInput(w), source: 'courtPreFiling', courtId: w.court.orgId });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<CaseDetail>().id;
    expect((await s.court.get('/api/v1/protection/cases')).json<{ items: { id: string }[] }>().items.map((x) => x.id)).toContain(id);
    expect((await s.otherCourt.get(`/api/v1/protection/cases/${id}`)).statusCode).toBe(404);
    const forOther = await s.court.post('/api/v1/protection/cases', { ...applicationInput(w), source: 'courtPreFiling', courtId: w.otherCourt.orgId });
    expect(forOther.json<{ message: string }>().message).toBe('courtId: 只能以本院名义委派或委托调解');
  });
});

describe('actions over HTTP', () => {
  it('refuses an illegal transition with 409, a wrong side with 403, a missing field with 400, and changes nothing', async () => {
    const c = await apply();
    const url = `/api/v1/protection/cases/${c.id}/actions`;
    const wrongStep = await s.office.post(url, { action: 'designate', mediatorId: w.mediatorId });
    expect(wrongStep.statusCode).toBe(409);
    expect(wrongStep.json<{ message: string }>().message).toMatch(/^案件当前状态为「已提交待审查」/);
    expect((await s.applicant.post(url, { action: 'admit' })).statusCode).toBe(403);
    const noReason = await s.office.post(url, { action: 'return' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ fields: { field: string }[] }>().fields[0].field).toBe('reason');
    const unknown = await s.office.post(url, { action: 'fly' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ fields: { field: string }[] }>().fields[0].field).toBe('action');
    expect((await s.outsider.post(url, { action: 'withdraw', reason: 'x' })).statusCode).toBe(404);
    const after = (await s.office.get(`/api/v1/protection/cases/${c.id}`)).json<CaseDetail>();
    expect(after.status).toBe('submitted');
    expect((await s.office.get(`/api/v1/protection/cases/${c.id}/events`)).json<unknown[]>()).toHaveLength(1);
    const returned = await s.office.post(url, { action: 'return', reason: '不属于知识产权纠纷' });
    expect(returned.json<CaseDetail>()).toMatchObject({ status: 'returned', nextActor: 'none' });
  });

  it('records the day a failed mediation ended apart from the closing date, which stays empty while the case is open', async () => {
    const c = await apply();
    const url = `/api/v1/protection/cases/${c.id}/actions`;
    for (const [who, body] of [
      ['office', { action: 'admit' }],
      ['office', { action: 'designate', mediatorId: w.mediatorId }],
      ['mediator', { action: 'accept', hasConflict: false, disclosure: '无' }],
    ] as const) {
      expect((await s[who].post(url, body)).statusCode).toBe(200);
    }
    const bad = await s.mediator.post(url, { action: 'contactRespondent', result: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { field: string }[] }>().fields[0].field).toBe('result');
    expect((await s.office.get(`/api/v1/protection/cases/${c.id}`)).json<CaseDetail>().dates.mediationEndedOn).toBeNull();
    expect((await s.outsider.post(url, { action: 'contactRespondent', result: 'refused' })).statusCode).toBe(404);
    expect((await s.mediator.post(url, { action: 'contactRespondent', result: 'refused' })).statusCode).toBe(200);
    const ended = (await s.applicant.get(`/api/v1/protection/cases/${c.id}`)).json<CaseDetail>();
    expect(ended).toMatchObject({ status: 'terminated', outcome: 'failure' });
    expect(ended.dates.mediationEndedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ended.dates.endedOn).toBeNull();
    const listed = (await s.office.get('/api/v1/protection/cases?q=' + encodeURIComponent(c.caseNo))).json<{ items: { endedOn: string | null }[] }>();
    expect(listed.items).toEqual([expect.objectContaining({ endedOn: null })]);
    // The mediator's own history names the date mediation ended and gives no closing date.
    const activity = (await s.mediator.get('/api/v1/platform/me/activity')).json<{ entityId: string; after: Record<string, unknown> | null }[]>();
    const entry = activity.find((a) => a.entityId === c.id);
    expect(entry?.after).toMatchObject({ status: 'terminated', mediationEndedOn: ended.dates.mediationEndedOn });
    expect(entry?.after).not.toHaveProperty('endedOn');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/protection/cases/${c.id}` })).statusCode).toBe(401);
  });
});

describe('parties, notes and evidence', () => {
  it("lets a party change its own particulars but not the other side's", async () => {
    const c = await apply();
    const [mine, theirs] = c.parties;
    const own = await s.applicant.patch(`/api/v1/protection/cases/${c.id}/parties/${mine.id}`, { phone: '0755-26660000', serviceAddress: 'ip@example.com' });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ phone: '0755-26660000', serviceAddress: 'ip@example.com' });
    const other = await s.applicant.patch(`/api/v1/protection/cases/${c.id}/parties/${theirs.id}`, { name: '被改名的公司', phone: '1' });
    expect(other.statusCode).toBe(403);
    expect(other.json<{ message: string }>().message).toBe('只能修改本方当事人的信息，不能修改对方当事人的信息');
    const after = (await s.office.get(`/api/v1/protection/cases/${c.id}`)).json<CaseDetail>();
    expect(after.parties[1]).toEqual(theirs);
    expect(after.caseNo).toBe(c.caseNo);
    const bad = await s.applicant.patch(`/api/v1/protection/cases/${c.id}/parties/${mine.id}`, { agentAuthority: 'pirate' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { field: string }[] }>().fields[0].field).toBe('agentAuthority');
  });

  it("never shows one side's private notes to the other side", async () => {
    const c = await apply();
    const url = `/api/v1/protection/cases/${c.id}/notes`;
    expect((await s.applicant.post(url, { visibility: 'applicant', text: '底线：赔偿不低于20万元' })).statusCode).toBe(201);
    expect((await s.applicant.post(url, { visibility: 'all', text: '已补充提交购买公证书' })).statusCode).toBe(201);
    expect((await s.applicant.post(url, { visibility: 'respondent', text: 'x' })).json<{ message: string }>().message).toBe('visibility: 您不能以此可见范围记录备注');
    const respondentSees = (await s.respondent.get(`/api/v1/protection/cases/${c.id}`)).json<CaseDetail>().notes.map((n) => n.text);
    expect(respondentSees).toEqual(['已补充提交购买公证书']);
    const officeSees = (await s.office.get(`/api/v1/protection/cases/${c.id}`)).json<CaseDetail>().notes.map((n) => n.text);
    expect(officeSees).toEqual(expect.arrayContaining(['底线：赔偿不低于20万元', '已补充提交购买公证书']));
  });

  it('refuses evidence whose content is not what its extension says, keeps nothing, and serves good evidence to the case only', async () => {
    const c = await apply();
    const url = `/api/v1/protection/cases/${c.id}/evidence`;
    const fake = await s.applicant.upload(url, { name: '购买公证书.pdf', bytes: Buffer.from('MZ this is really an executable') }, { title: '公证书' });
    expect(fake.statusCode).toBe(400);
    expect(fake.json<{ message: string }>().message).toBe('file: 文件内容是 .exe，与扩展名 .pdf 不符');
    const exe = await s.applicant.upload(url, { name: 'tool.exe', bytes: PNG });
    expect(exe.json<{ message: string }>().message).toMatch(/^file: 不支持的文件类型「\.exe」/);
    expect((await s.office.get(`/api/v1/protection/cases/${c.id}`)).json<CaseDetail>().evidence).toHaveLength(0);
    const ok = await s.applicant.upload(url, { name: '侵权产品照片.png', bytes: PNG }, { title: '侵权产品照片' });
    expect(ok.statusCode, ok.body).toBe(201);
    const e = ok.json<{ id: string; side: string }>();
    expect(e.side).toBe('applicant');
    const dl = await s.respondent.get(`${url}/${e.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PNG)).toBe(true);
    expect((await s.outsider.get(`${url}/${e.id}`)).statusCode).toBe(404);
  });
});

describe('lists, export, rules, roster, statistics', () => {
  it('exports the filtered list as a workbook', async () => {
    const c = await apply();
    const res = await s.office.get('/api/v1/protection/cases/export.xlsx?q=' + encodeURIComponent(c.caseNo));
    expect(res.statusCode).toBe(200);
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(['案号', '申请人/请求人', '状态', '期限届满日']));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(expect.arrayContaining([c.caseNo, w.applicant.orgName, '已提交待审查']));
    // Read by a second reader: the receipt date is a date cell (sortable, filterable), not ISO text.
    const cells = await readSheet(res.rawPayload);
    const received = cells[1][cells[0].indexOf('收案日期')] as unknown;
    expect(received).toBeInstanceOf(Date);
    expect((received as Date).toISOString().slice(0, 10)).toBe(c.dates.receivedOn);
    expect((await s.office.get('/api/v1/protection/cases?sort=planet')).statusCode).toBe(400);
  });

  it('lists cases due soon without those already overdue: the deadline between dueFrom and dueBefore', async () => {
    const c = await apply();
    const due = (await s.office.get(`/api/v1/protection/cases/${c.id}`)).json<{ dueOn: string }>().dueOn;
    const ids = async (query: string) => (await s.office.get(`/api/v1/protection/cases?pageSize=200&${query}`)).json<{ items: { id: string }[] }>().items.map((x) => x.id);
    expect(await ids(`dueFrom=${due}&dueBefore=${due}`)).toContain(c.id);
    // The day after its deadline it is overdue, no longer due soon.
    const next = new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await ids(`dueFrom=${next}&dueBefore=2099-12-31`)).not.toContain(c.id);
    expect((await s.office.get('/api/v1/protection/cases?dueFrom=2026-02-30')).statusCode).toBe(400);
  });

  it('keeps deadline rules as data: office staff override their own region only', async () => {
    const rules = (await s.office.get('/api/v1/protection/deadline-rules')).json<{ code: string; regionPrefix: string; length: number }[]>();
    expect(rules.find((r) => r.code === 'adjDecide' && r.regionPrefix === '33')).toMatchObject({ length: 2 });
    const national = await s.office.request('PUT', '/api/v1/protection/deadline-rules', { code: 'adjRegister', regionPrefix: '', length: 4, unit: 'workingDays', citation: '测试' });
    expect(national.statusCode).toBe(403);
    const local = await s.office.request('PUT', '/api/v1/protection/deadline-rules', { code: 'adjRegister', regionPrefix: '4403', length: 4, unit: 'workingDays', citation: '《深圳经济特区知识产权保护条例》（测试）' });
    expect(local.statusCode, local.body).toBe(200);
    const bad = await s.office.request('PUT', '/api/v1/protection/deadline-rules', { code: 'adjRegister', regionPrefix: '44031', length: 4, unit: 'workingDays', citation: 'x' });
    expect(bad.json<{ message: string }>().message).toMatch(/^regionPrefix: /);
    const adj = await s.applicant.post('/api/v1/protection/adjudications', {
      orgId: w.ipOfficeId,
      regionCode: w.regionCode,
      summary: '被请求人许诺销售侵权产品',
      claims: '责令停止侵权',
      parties: applicationInput(w).parties,
      rights: [{ kind: 'design', number: 'ZL202330123456.7' }],
    });
    expect(adj.statusCode, adj.body).toBe(201);
    expect(adj.json<CaseDetail>().deadlines[0]).toMatchObject({ code: 'adjRegister', regionPrefix: '4403', length: '4 个工作日', lengthEn: '4 working days' });
    expect((await s.office.delete(`/api/v1/protection/deadline-rules/${local.json<{ id: string }>().id}`)).statusCode).toBe(204);
  });

  it('keeps the mediator roster with import from the template, row errors and all-or-nothing', async () => {
    const created = await s.office.post('/api/v1/protection/mediators', { orgId: w.orgId, name: '林海', specialities: ['copyright'], onRoster: true });
    expect(created.statusCode, created.body).toBe(201);
    const none = await s.office.post('/api/v1/protection/mediators', { orgId: w.orgId, name: '空领域', specialities: [] });
    expect(none.json<{ message: string }>().message).toBe('specialities: 至少选择一个擅长领域');
    expect((await s.applicant.post('/api/v1/protection/mediators', { orgId: w.orgId, name: 'x', specialities: ['patent'] })).statusCode).toBe(403);
    const roster = (await s.applicant.get(`/api/v1/protection/mediators?orgId=${w.orgId}`)).json<{ items: { name: string; complaints: number | null }[] }>();
    expect(roster.items.map((m) => m.name)).toEqual(expect.arrayContaining(['陈静', '林海']));
    expect(roster.items.every((m) => m.complaints === null)).toBe(true);

    const template = await s.office.get('/api/v1/protection/mediators/import-template.xlsx');
    const header = (await readXlsx(template.rawPayload))[0];
    const orgName = (await s.office.get(`/api/v1/org/orgs/${w.orgId}`)).json<{ name: string }>().name;
    const book = async (rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('调解员').addRows([header, ...rows]);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const bad = await s.office.upload('/api/v1/protection/mediators/import', { name: 'm.xlsx', bytes: await book([[orgName, '吴桐', '律师', '', '专利、商标', '是', ''], [orgName, '郑好', '', '', '天文学', '是', ''], ['不存在的调解组织', '王五', '', '', '专利', '否', '']]) });
    const failed = await waitJob(s.office, bad.json<{ id: string }>().id);
    expect(failed.status).toBe('failed');
    expect((failed.result as { errors: { row: number; field: string; message: string }[] }).errors).toEqual(
      expect.arrayContaining([
        { row: 3, field: '擅长领域', message: '未知领域「天文学」' },
        { row: 4, field: '调解组织', message: '找不到调解组织「不存在的调解组织」（或不在您的管辖范围）' },
      ]),
    );
    expect((await s.office.get('/api/v1/protection/mediators?q=' + encodeURIComponent('吴桐'))).json<{ total: number }>().total).toBe(0);
    const good = await s.office.upload('/api/v1/protection/mediators/import', { name: 'm.xlsx', bytes: await book([[orgName, '吴桐', '律师', '', '专利、商标', '是', '']]) });
    expect(await waitJob(s.office, good.json<{ id: string }>().id)).toMatchObject({ status: 'succeeded', result: { imported: 1 } });
    expect((await s.office.get('/api/v1/protection/mediators?q=' + encodeURIComponent('吴桐'))).json<{ items: { specialities: string[] }[] }>().items[0].specialities).toEqual(['patent', 'trademark']);
  });

  it("files a court's batch of referrals from the template, all rows or none, naming each bad cell", async () => {
    const template = await s.court.get('/api/v1/protection/cases/import-template.xlsx');
    expect(template.statusCode).toBe(200);
    const header = (await readXlsx(template.rawPayload))[0];
    expect(header.slice(0, 3)).toEqual(['来源*', '调解组织*', '纠纷类型*']);
    const orgName = (await s.office.get(`/api/v1/org/orgs/${w.orgId}`)).json<{ name: string }>().name;
    const book = async (rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('纠纷案件').addRows([header, ...rows]);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const row = (over: Partial<Record<string, string>> = {}) => {
      const v: Record<string, string> = { source: '法院委派（诉前）', orgName, disputeType: '专利', regionCode: '440310', courtName: '', courtCaseNo: '', procedure: '', applicantName: '批量导入申请人甲', applicantPhone: '', respondentName: '批量导入被申请人乙', respondentPhone: '', summary: '涉嫌侵犯发明专利', claims: '停止侵权', amountYuan: '50000', rights: 'ZL202310123456.6', ...over };
      return header.map((h) => v[['source', 'orgName', 'disputeType', 'regionCode', 'courtName', 'courtCaseNo', 'procedure', 'applicantName', 'applicantPhone', 'respondentName', 'respondentPhone', 'summary', 'claims', 'amountYuan', 'rights'][header.indexOf(h)]] ?? '');
    };
    const bad = await s.court.upload('/api/v1/protection/cases/import', { name: 'c.xlsx', bytes: await book([row(), row({ rights: 'ZL202310123456.7', applicantName: '第二家' }), row({ source: '知识产权局移交', applicantName: '第三家' }), row({ source: '法院委托（诉中）', applicantName: '第四家' })]) });
    expect(bad.statusCode, bad.body).toBe(202);
    const failed = await waitJob(s.court, bad.json<{ id: string }>().id);
    expect(failed.status).toBe('failed');
    const errors = (failed.result as { errors: { row: number; field: string; message: string }[] }).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { row: 3, field: '涉案权利', message: 'ZL202310123456.7：专利号校验位错误（应为 6）' },
        { row: 4, field: '来源', message: '法院只能委派或委托调解' },
        { row: 5, field: '适用程序', message: '委托调解须注明适用普通程序或简易程序' },
        { row: 5, field: '法院案号', message: '委托调解须填写法院案号' },
      ]),
    );
    expect((await s.court.get('/api/v1/protection/cases?q=' + encodeURIComponent('批量导入申请人甲'))).json<{ total: number }>().total).toBe(0);
    const good = await s.court.upload('/api/v1/protection/cases/import', { name: 'c.xlsx', bytes: await book([row(), row({ source: '法院委托（诉中）', procedure: '简易程序', courtCaseNo: '（2024）粤0310民初66号', applicantName: '批量导入申请人丙' })]) });
    expect(await waitJob(s.court, good.json<{ id: string }>().id)).toMatchObject({ status: 'succeeded', result: { imported: 2 } });
    const filed = (await s.court.get('/api/v1/protection/cases?q=' + encodeURIComponent('批量导入申请人'))).json<{ items: { status: string; court: { id: string } }[] }>().items;
    expect(filed).toHaveLength(2);
    expect(filed.every((c) => c.status === 'awaitingAssignment' && c.court.id === w.court.orgId)).toBe(true);
    expect((await s.applicant.get('/api/v1/protection/cases/import-template.xlsx')).statusCode).toBe(403);
  });

  it('counts cases in the statistics and exports them', async () => {
    const before = (await s.office.get('/api/v1/protection/statistics')).json<{ total: number; bySource: { key: string; count: number }[] }>();
    await apply();
    const after = (await s.office.get('/api/v1/protection/statistics')).json<{ total: number; bySource: { key: string; count: number }[]; byOrg: { id: string }[] }>();
    expect(after.total).toBe(before.total + 1);
    expect(after.bySource.find((x) => x.key === 'application')!.count).toBe((before.bySource.find((x) => x.key === 'application')?.count ?? 0) + 1);
    expect(after.byOrg.map((o) => o.id)).toContain(w.orgId);
    expect((await s.mediator.get('/api/v1/protection/statistics')).statusCode).toBe(403);
    const xlsx = await s.office.get('/api/v1/protection/statistics/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect((await readXlsx(xlsx.rawPayload))[1]).toEqual(['统计期间', expect.stringMatching(/^\d{4}-01-01 至 \d{4}-\d{2}-\d{2}$/)]);
  });

  it('lets only office staff configure court-docking endpoints', async () => {
    expect((await s.court.get('/api/v1/protection/webhooks')).statusCode).toBe(403);
    const bad = await s.office.post('/api/v1/protection/webhooks', { name: '法院', url: 'ftp://court' });
    expect(bad.json<{ message: string }>().message).toBe('url: 地址应以 http:// 或 https:// 开头');
    const ok = await s.office.post('/api/v1/protection/webhooks', { name: '法院', url: 'https://court.example/hook', active: false });
    expect(ok.statusCode).toBe(201);
  });
});
