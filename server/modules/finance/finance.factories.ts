import type { LoanAction, LoanCreate, LoanDetail } from '../../../common/finance-loans';
import type { Actor } from '../../platform/access';
import type { Services } from '../deps';
import type { Org } from '../../../common/org';
import type { Role } from '../../../common/roles';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import type { TestApp, TestSession } from '../../test/test-app';
import { appNo, importCsv, PATENT_HEADER } from '../stats/stats.factories';

let n = 0;

/** A loan recorded by a bank officer; missing fields get plausible values (a pure IP pledge of 5 million yuan at 3.85 %). */
export async function buildLoan(s: Services, bank: Actor, overrides: Partial<LoanCreate> & { enterpriseOrgId: string }): Promise<LoanDetail> {
  n += 1;
  return s.finance.loans.create(bank, { contractNo: `HT-${Date.now()}-${n}`, pledgeIds: [], collateral: 'pureIp', ipShareBp: 10_000, amountFen: 500_000_000, rateBp: 385, termMonths: 12, signedOn: '2026-01-05', ...overrides });
}

/** Moves a loan through the given actions on the given day. */
export async function moveLoan(s: Services, bank: Actor, id: string, actions: readonly LoanAction[], on: string, overdueDays?: number): Promise<LoanDetail> {
  let loan: LoanDetail | undefined;
  for (const action of actions) loan = await s.finance.loans.act(bank, id, { action, on, overdueDays, note: null });
  return loan!;
}

/** A finance world in Shenzhen: an enterprise of Pingshan with patents in the stats records, two banks, an appraiser, and a signed-in user of each. */
export interface FinanceWorld {
  enterprise: Org;
  other: Org;
  bank: Org;
  otherBank: Org;
  appraiser: Org;
  office: TestSession;
  district: TestSession;
  firm: TestSession;
  otherFirm: TestSession;
  banker: TestSession;
  otherBanker: TestSession;
  /** Patent numbers (ZL form) of the enterprise: valid invention, lapsed, utility model with a same-day invention, another holder's, pending. */
  patents: { valid: string; lapsed: string; twin: string; foreign: string; pending: string; second: string };
}

let serial = 9_000_000;
const zl = (n: string) => `ZL${n}`;

/** Builds the finance world with fresh organisations and patents (unique per call). */
export async function buildFinanceWorld(t: TestApp): Promise<FinanceWorld> {
  const s = t.services;
  const tag = String(serial).slice(-4);
  const enterprise = await buildOrg(s, { kind: 'enterprise', regionCode: '440310', name: `深圳市坪山测试新材料有限公司${tag}` });
  const other = await buildOrg(s, { kind: 'enterprise', regionCode: '440305', name: `深圳市南山测试科技有限公司${tag}` });
  const bank = await buildOrg(s, { kind: 'bank', regionCode: '440300', name: `测试银行深圳分行${tag}` });
  const otherBank = await buildOrg(s, { kind: 'bank', regionCode: '440300', name: `另一测试银行深圳分行${tag}` });
  const appraiser = await buildOrg(s, { kind: 'serviceAgency', regionCode: '440300', name: `测试资产评估有限公司${tag}` });
  const officeOrg = await buildOrg(s, { kind: 'ipOffice', regionCode: '440300', name: `深圳测试市局${tag}` });
  const districtOrg = await buildOrg(s, { kind: 'districtOffice', regionCode: '440305', name: `南山测试区局${tag}` });
  const session = async (role: Role, orgId: string) => t.login((await buildUser(s, { role, orgId })).username, TEST_PASSWORD);
  const n = () => (serial += 1);
  const patents = { valid: appNo(2019, 1, n()), lapsed: appNo(2018, 1, n()), twin: appNo(2022, 2, n()), twinInvention: appNo(2022, 1, n()), foreign: appNo(2020, 1, n()), pending: appNo(2024, 1, n()), second: appNo(2020, 1, n()) };
  const e = enterprise.name;
  await importCsv(t, 'patent', PATENT_HEADER, [
    `${patents.valid},发明,一种复合材料,2019-03-01,2021-05-10,有效,,${e},企业,440310,,否,`,
    `${patents.lapsed},发明,一种涂层,2018-03-01,2020-05-10,未缴年费终止,2025-03-01,${e},企业,440310,,否,`,
    `${patents.twin},实用新型,一种夹具,2022-04-01,2022-09-01,有效,,${e},企业,440310,,否,`,
    `${patents.twinInvention},发明,一种夹具,2022-04-01,,审中,,${e},企业,440310,,否,`,
    `${patents.foreign},发明,一种电池,2020-03-01,2022-05-10,有效,,深圳市别家科技有限公司,企业,440305,,否,`,
    `${patents.pending},发明,一种新工艺,2024-03-01,,审中,,${e},企业,440310,,否,`,
    `${patents.second},发明,一种合金,2020-06-01,2022-08-10,有效,,${e},企业,440310,1.1.1,否,`,
  ]);
  return {
    enterprise,
    other,
    bank,
    otherBank,
    appraiser,
    office: await session('office', officeOrg.id),
    district: await session('district', districtOrg.id),
    firm: await session('enterprise', enterprise.id),
    otherFirm: await session('enterprise', other.id),
    banker: await session('bank', bank.id),
    otherBanker: await session('bank', otherBank.id),
    patents: { valid: zl(patents.valid), lapsed: zl(patents.lapsed), twin: zl(patents.twin), foreign: zl(patents.foreign), pending: zl(patents.pending), second: zl(patents.second) },
  };
}

/** A pledge body for the world's enterprise over these patents. */
export function pledgeBody(w: FinanceWorld, numbers: string[], over: Record<string, unknown> = {}) {
  return { bankOrgId: w.bank.id, securedAmountFen: 500_000_000, debtStart: '2026-12-01', debtEnd: '2027-11-30', appraiserOrgId: w.appraiser.id, valuationFen: 800_000_000, rights: numbers.map((number) => ({ kind: 'patent', number })), ...over };
}
