import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, Declaration } from '../../../common/utilisation';
import type { HolderRegion, TransferStats } from '../../../common/utilisation-transfers';
import { fixedClock } from '../../platform/clock';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { appNo, importCsv } from '../stats/stats.factories';

// The clock stands on the Friday before the 2026 Spring Festival, so reply dates cross the holiday.
let t: TestApp;
let office: TestSession;
let otherOffice: TestSession;
let university: TestSession;
let firm: TestSession;
let otherFirm: TestSession;
const ids: Record<string, string> = {};
const P = { inv: appNo(2019, 1, 9001), um: appNo(2019, 2, 9002), lapsed: appNo(2018, 1, 9003), firmInv: appNo(2019, 1, 9004), other: appNo(2019, 1, 9005) };
const HEADER = '申请号,专利类型,名称,申请日,授权公告日,法律状态,法律状态日,第一权利人,权利人类型,行政区划,主分类号,战略性新兴产业代码,海外同族,质押融资金额（元）,获奖';

const declaration = (over: Record<string, unknown> = {}) => ({ holderOrgId: ids.uni, patentNo: P.inv, field: 'newMaterials', payKind: 'royaltySales', rateBp: 300, termFrom: '2026-03-01', termTo: '2028-02-28', fieldOfUse: '中国大陆', annualFeeFen: 90_000, ...over });

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2026-02-13T02:00:00Z') });
  ids.uni = (await buildOrg(t.services, { kind: 'university', regionCode: '440310', name: '许可测试大学' })).id;
  ids.firm = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: '许可测试坪山企业' })).id;
  ids.otherFirm = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440305', name: '许可测试南山企业' })).id;
  await importCsv(t, 'patent', HEADER, [
    `${P.inv},发明,一种高镍正极材料的制备方法,2019-03-02,2021-05-11,有效,,许可测试大学,高校,440310,H01M 4/525,,否,,`,
    `${P.um},实用新型,一种电池包散热支架,2019-04-02,2020-01-11,有效,,许可测试大学,高校,440310,H01M 10/613,,否,,`,
    `${P.lapsed},发明,一种失效的涂层,2018-03-02,2020-05-11,未缴年费终止,2024-03-02,许可测试大学,高校,440310,C09D 5/00,,否,,`,
    `${P.firmInv},发明,一种电机控制器,2019-05-02,2021-08-11,有效,,许可测试坪山企业,企业,440310,B60L 15/20,,否,,`,
    `${P.other},发明,一种图像传感器,2019-05-02,2021-08-11,有效,,许可测试南山企业,企业,440305,H04N 25/00,,否,,`,
  ]);
  const users = {
    office: await buildUser(t.services, { role: 'office', regionCode: '440300' }),
    otherOffice: await buildUser(t.services, { role: 'office', regionCode: '440400' }),
    university: await buildUser(t.services, { role: 'liaison', orgId: ids.uni }),
    firm: await buildUser(t.services, { role: 'enterprise', orgId: ids.firm }),
    otherFirm: await buildUser(t.services, { role: 'enterprise', orgId: ids.otherFirm }),
  };
  ids.universityUser = users.university.id;
  office = await t.login(users.office.username, TEST_PASSWORD);
  otherOffice = await t.login(users.otherOffice.username, TEST_PASSWORD);
  university = await t.login(users.university.username, TEST_PASSWORD);
  firm = await t.login(users.firm.username, TEST_PASSWORD);
  otherFirm = await t.login(users.otherFirm.username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('open licences', () => {
  let d: Declaration;

  it('refuses what the law refuses, naming the field, and changes nothing', async () => {
    const lapsed = await office.post('/api/v1/utilisation/declarations', declaration({ patentNo: P.lapsed }));
    expect(lapsed.statusCode).toBe(400);
    expect(lapsed.json<{ message: string }>().message).toMatch(/^patentNo: /);
    expect((await office.post('/api/v1/utilisation/declarations', declaration({ patentNo: P.um }))).json<{ message: string }>().message).toMatch(/^evaluationReportNo: /);
    expect((await office.post('/api/v1/utilisation/declarations', declaration({ rateBp: 2500 }))).json<{ message: string }>().message).toMatch(/^rateBp: /);
    expect((await office.post('/api/v1/utilisation/declarations', declaration({ termTo: '2026-12-31' }))).json<{ message: string }>().message).toMatch(/^termTo: /);
    expect((await office.post('/api/v1/utilisation/declarations', declaration({ patentNo: P.firmInv }))).json<{ message: string }>().message).toMatch(/^holderOrgId: /);
    expect((await office.get('/api/v1/utilisation/declarations')).json<{ total: number }>().total).toBe(0);
  });

  it('lets the university declare its own patent, and shows it in the public catalogue', async () => {
    const res = await university.post('/api/v1/utilisation/declarations', declaration());
    expect(res.statusCode, res.body).toBe(201);
    d = res.json<Declaration>();
    expect(d).toMatchObject({ status: 'open', holderKind: 'university', mainIpc: 'H01M 4/525', expiryDate: '2039-03-01', feeReductionFen: 13_500, canManage: true });
    expect((await university.post('/api/v1/utilisation/declarations', declaration())).json<{ message: string }>().message).toMatch(/^patentNo: .*已声明/);
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/utilisation/public/catalogue?ipc=H01M&holderKind=university&field=newMaterials' });
    expect(anon.statusCode).toBe(200);
    expect(anon.json<{ items: { patentNo: string }[] }>().items.map((i) => i.patentNo)).toEqual([P.inv]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/utilisation/public/catalogue?q=正极' })).json<{ total: number }>().total).toBe(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/utilisation/public/catalogue?ipc=H04N' })).json<{ total: number }>().total).toBe(0);
  });

  it('answers 401 signed out, 404 to another city, 400 on a bad id', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/utilisation/declarations/${d.id}` })).statusCode).toBe(401);
    expect((await otherOffice.get(`/api/v1/utilisation/declarations/${d.id}`)).statusCode).toBe(404);
    expect((await otherFirm.get(`/api/v1/utilisation/declarations/${d.id}`)).statusCode).toBe(404);
    expect((await office.get('/api/v1/utilisation/declarations/not-an-id')).statusCode).toBe(400);
  });

  it('takes a licence application to the holder, with a reply date across the Spring Festival, and records the granted licence', async () => {
    const res = await firm.post('/api/v1/utilisation/applications', { declarationId: d.id, intendedUse: '用于动力电池正极材料量产' });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json<Application>();
    // Ten working days from Friday 13 February 2026: the make-up Saturday the 14th, then from the 24th after the holiday.
    expect(a).toMatchObject({ status: 'applied', appliedOn: '2026-02-13', replyDueOn: '2026-03-05' });
    const inbox = await university.get('/api/v1/platform/notifications');
    expect(inbox.body).toContain('开放许可申请');
    const seen = await university.get('/api/v1/utilisation/applications?side=holder');
    expect(seen.json<{ items: Application[] }>().items[0]).toMatchObject({ id: a.id, canDecide: true, applicantName: '许可测试坪山企业' });
    expect((await firm.post(`/api/v1/utilisation/applications/${a.id}/decision`, { decision: 'grant' })).statusCode).toBe(403);
    expect((await university.post(`/api/v1/utilisation/applications/${a.id}/decision`, { decision: 'decline' })).json<{ message: string }>().message).toMatch(/^note: /);
    const granted = await university.post(`/api/v1/utilisation/applications/${a.id}/decision`, { decision: 'grant', note: '同意按声明条件实施' });
    expect(granted.json<Application>().status).toBe('granted');
    const licences = await office.get(`/api/v1/utilisation/transfers?q=${P.inv}`);
    expect(licences.json<{ items: unknown[] }>().items).toEqual([expect.objectContaining({ dealKind: 'licence', licenceKind: 'open', toName: '许可测试坪山企业', source: 'openLicence' })]);
  });

  it('keeps granted licences when the declaration is withdrawn, and refuses new applications', async () => {
    const w = await university.post(`/api/v1/utilisation/declarations/${d.id}/withdraw`, { reason: '转为独占许可' });
    expect(w.json<Declaration>()).toMatchObject({ status: 'withdrawn', licences: 1, feeReductionFen: 0 });
    const bad = await otherFirm.post('/api/v1/utilisation/applications', { declarationId: d.id, intendedUse: '试用' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/^declarationId: /);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/utilisation/public/catalogue' })).json<{ total: number }>().total).toBe(0);
  });
});

describe('transfers and licences', () => {
  const assignment = (over: Record<string, unknown> = {}) => ({ dealKind: 'assignment', rightKind: 'patent', rightNo: P.firmInv, industry: 'newEnergyVehicle', from: { name: '许可测试坪山企业', orgId: ids.firm, kind: 'enterprise', regionCode: '440310' }, to: { name: '许可测试南山企业', orgId: ids.otherFirm, kind: 'enterprise', regionCode: '440305' }, amountFen: 1_200_000_00, effectiveOn: '2025-06-01', ...over });

  it('moves the right’s holder region from the assignment’s date, in the statistics too', async () => {
    const res = await office.post('/api/v1/utilisation/transfers', assignment());
    expect(res.statusCode, res.body).toBe(201);
    const before = await office.get(`/api/v1/utilisation/transfers/holder-region?rightKind=patent&rightNo=${P.firmInv}&asOf=2025-05-31`);
    expect(before.json<HolderRegion>()).toMatchObject({ regionCode: '440310', holderName: '许可测试坪山企业', byTransferId: null });
    const after = await office.get(`/api/v1/utilisation/transfers/holder-region?rightKind=patent&rightNo=${P.firmInv}&asOf=2025-06-01`);
    expect(after.json<HolderRegion>()).toMatchObject({ regionCode: '440305', holderName: '许可测试南山企业' });
    const stats = (await office.get('/api/v1/utilisation/statistics?year=2025&regionCode=440300')).json<TransferStats>();
    expect(stats.total).toMatchObject({ count: 1, amountFen: 1_200_000_00 });
    expect(stats.byDistrict.find((r) => r.key === '440305')).toMatchObject({ count: 1, rightsIn: 1, rightsOut: 0 });
    expect(stats.byIndustry[0]).toMatchObject({ key: 'newEnergyVehicle', count: 1 });
    expect((await office.get('/api/v1/utilisation/statistics?year=2024&regionCode=440300')).json<TransferStats>().total.count).toBe(0);
  });

  it('refuses an open licence on a patent not declared open, and bad input, naming the field', async () => {
    const open = await office.post('/api/v1/utilisation/transfers', assignment({ dealKind: 'licence', licenceKind: 'open', rightNo: P.other }));
    expect(open.statusCode).toBe(400);
    expect(open.json<{ message: string }>().message).toMatch(/^licenceKind: .*未声明开放许可/);
    expect((await office.post('/api/v1/utilisation/transfers', assignment({ rightNo: '2019100000000' }))).json<{ message: string }>().message).toMatch(/^rightNo: /);
    expect((await office.post('/api/v1/utilisation/transfers', assignment({ amountFen: 1.5 }))).json<{ message: string }>().message).toMatch(/amountFen/);
    expect((await firm.post('/api/v1/utilisation/transfers', assignment())).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/utilisation/transfers', payload: assignment() })).statusCode).toBe(401);
    expect((await office.get('/api/v1/utilisation/transfers')).json<{ total: number }>().total).toBe(2);
  });

  it('shows a party its own deals only', async () => {
    expect((await otherFirm.get('/api/v1/utilisation/transfers')).json<{ total: number }>().total).toBe(1);
    expect((await otherOffice.get('/api/v1/utilisation/transfers')).json<{ total: number }>().total).toBe(0);
  });
});
