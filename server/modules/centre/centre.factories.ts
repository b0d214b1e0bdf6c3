import type { Filing, Window } from '../../../common/centre';
import type { Org } from '../../../common/org';
import type { Role } from '../../../common/roles';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import type { TestApp, TestSession } from '../../test/test-app';
import { appNo, importCsv, PATENT_HEADER } from '../stats/stats.factories';

/** A centre world in Shenzhen: the centre and a Pingshan window with their examiners, an enterprise with an invention in force, another without, and signed-in users. */
export interface CentreWorld {
  enterprise: Org;
  other: Org;
  centre: Window;
  window: Window;
  office: TestSession;
  district: TestSession;
  centreExaminer: TestSession;
  examiner: TestSession;
  firm: TestSession;
  otherFirm: TestSession;
  /** Signs every user in again (after the clock moved past their sessions). */
  signInAgain(): Promise<void>;
}

let serial = 7_100_000;

/** Builds the centre world with fresh organisations (unique per call). */
export async function buildCentreWorld(t: TestApp): Promise<CentreWorld> {
  const s = t.services;
  const tag = String((serial += 10)).slice(-4);
  const enterprise = await buildOrg(s, { kind: 'enterprise', regionCode: '440310', name: `深圳市坪山测试新能源有限公司${tag}` });
  const other = await buildOrg(s, { kind: 'enterprise', regionCode: '440305', name: `深圳市南山测试材料有限公司${tag}` });
  const officeOrg = await buildOrg(s, { kind: 'ipOffice', regionCode: '440300', name: `深圳测试市局${tag}` });
  const districtOrg = await buildOrg(s, { kind: 'districtOffice', regionCode: '440305', name: `南山测试区局${tag}` });
  const centreOrg = await buildOrg(s, { kind: 'serviceAgency', regionCode: '440300', name: `测试知识产权保护中心${tag}` });
  const windowOrg = await buildOrg(s, { kind: 'serviceAgency', regionCode: '440310', name: `测试保护中心坪山分窗口${tag}` });
  const usernames = new Map<string, string>();
  const session = async (role: Role, orgId: string, key: string = role) => {
    const u = await buildUser(s, { role, orgId });
    usernames.set(key, u.username);
    return t.login(u.username, TEST_PASSWORD);
  };
  await importCsv(t, 'patent', PATENT_HEADER, [`${appNo(2019, 1, serial)},发明,一种动力电池热管理系统,2019-03-01,2021-05-10,有效,,${enterprise.name},企业,440310,,否,`]);
  const office = await session('office', officeOrg.id);
  const centre = (await office.post('/api/v1/centre/windows', { orgId: centreOrg.id, regionCode: '440300', name: centreOrg.name, fieldCodes: ['newEnergyVehicle', 'newMaterials', 'electronics'], filingValidityMonths: 24, validitySource: '测试：备案有效期两年' })).json<Window>();
  const window = (await office.post('/api/v1/centre/windows', { orgId: windowOrg.id, parentId: centre.id, regionCode: '440310', name: windowOrg.name, fieldCodes: ['newEnergyVehicle', 'newMaterials'], filingValidityMonths: 12, validitySource: '测试：备案有效期一年' })).json<Window>();
  const world: CentreWorld = {
    enterprise,
    other,
    centre,
    window,
    office,
    district: await session('district', districtOrg.id),
    centreExaminer: await session('examiner', centreOrg.id, 'centreExaminer'),
    examiner: await session('examiner', windowOrg.id),
    firm: await session('enterprise', enterprise.id, 'firm'),
    otherFirm: await session('enterprise', other.id, 'otherFirm'),
    async signInAgain() {
      for (const [key, username] of usernames) Object.assign(world, { [key]: await t.login(username, TEST_PASSWORD) });
    },
  };
  return world;
}

/** A filing body for the world's Pingshan window that meets every condition. */
export function filingBody(w: CentreWorld, over: Record<string, unknown> = {}) {
  return { windowId: w.window.id, fieldCodes: ['newEnergyVehicle'], agencyId: null, establishedOn: '2018-05-10', insuredStaff: 120, dishonesty: false, abnormalFiling: false, otherGrants: 0, documents: '营业执照副本；社保缴纳证明；知识产权管理制度', ...over };
}

/** Files the world's enterprise with the Pingshan window and has the window approve it. */
export async function approvedFiling(w: CentreWorld): Promise<Filing> {
  const filed = (await w.firm.post('/api/v1/centre/filings', filingBody(w))).json<Filing>();
  return (await w.examiner.post(`/api/v1/centre/filings/${filed.id}/decision`, { decision: 'approve' })).json<Filing>();
}
