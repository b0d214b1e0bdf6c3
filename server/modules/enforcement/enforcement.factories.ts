import { randomUUID } from 'node:crypto';
import type { Org } from '../../../common/org';
import type { Role } from '../../../common/roles';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import type { TestApp, TestSession } from '../../test/test-app';

/** The agencies of one city for enforcement tests: the regulator's district bureau and the units it works with. */
export interface EnforcementWorld {
  bureau: Org;
  otherBureau: Org;
  police: Org;
  procuratorate: Org;
  otherProcuratorate: Org;
  customs: Org;
  party: Org;
  s: Record<'officer' | 'otherOfficer' | 'police' | 'procuratorate' | 'otherProcuratorate' | 'customs' | 'office' | 'party' | 'court', TestSession>;
}

const short = () => randomUUID().slice(0, 4);

/** Builds the agencies and signs in one user of each: Pingshan's bureau, Futian's, the city police, Pingshan's procuratorate, customs, a party. */
export async function buildEnforcementWorld(t: TestApp): Promise<EnforcementWorld> {
  const s = t.services;
  const org = (kind: Org['kind'], regionCode: string, name: string) => buildOrg(s, { kind, regionCode, name: `${name}${short()}`, shortName: `${name}${short()}` });
  const bureau = await org('districtOffice', '440310', '坪山监管局');
  const otherBureau = await org('districtOffice', '440304', '福田监管局');
  const police = await org('publicSecurity', '440300', '深圳市公安局');
  const procuratorate = await org('procuratorate', '440310', '坪山区检察院');
  const otherProcuratorate = await org('procuratorate', '440304', '福田区检察院');
  const customs = await org('customs', '440300', '深圳海关');
  const party = await org('enterprise', '440310', '坪山某电子公司');
  const office = await org('ipOffice', '440300', '深圳市市场监管局');
  const court = await org('court', '440310', '坪山区法院');
  const login = async (role: Role, orgId: string) => t.login((await buildUser(s, { role, orgId })).username, TEST_PASSWORD);
  return {
    bureau,
    otherBureau,
    police,
    procuratorate,
    otherProcuratorate,
    customs,
    party,
    s: {
      officer: await login('officer', bureau.id),
      otherOfficer: await login('officer', otherBureau.id),
      police: await login('liaison', police.id),
      procuratorate: await login('liaison', procuratorate.id),
      otherProcuratorate: await login('liaison', otherProcuratorate.id),
      customs: await login('liaison', customs.id),
      office: await login('office', office.id),
      party: await login('enterprise', party.id),
      court: await login('court', court.id),
    },
  };
}

/** A complaint received by the bureau, with the party's own organisation named. */
export function caseInput(w: EnforcementWorld, overrides: Record<string, unknown> = {}) {
  return {
    source: 'complaint',
    rightKind: 'trademark',
    summary: '权利人投诉当事人在其经营场所销售假冒注册商标的蓝牙耳机',
    partyName: w.party.name,
    partyOrgId: w.party.id,
    complainant: '深圳某声学科技有限公司',
    receivedOn: '2025-06-30',
    ...overrides,
  };
}
