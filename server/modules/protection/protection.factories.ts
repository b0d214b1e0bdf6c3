import { randomBytes } from 'node:crypto';
import type { MediationCaseCreateInput } from '../../../common/protection';
import { MediationCaseCreateSchema } from '../../../common/protection';
import type { Role } from '../../../common/roles';
import type { Services } from '../index';
import type { Actor } from '../../platform/access';
import type { Clock } from '../../platform/clock';
import { actorFor, buildOrg, buildUser, rootActor } from '../../test/factories';

const STEMS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';

/** A case code no other test run uses (codes are unique across organisations). */
export function randomCaseCode(suffix: string): string {
  return Array.from(randomBytes(4), (b) => STEMS[b % STEMS.length]).join('') + suffix;
}

/** A clock a test moves by hand. */
export interface ManualClock extends Clock {
  set(iso: string): void;
}
/** A clock standing at `iso` (China time 10:00 on that day when only a date is given) until moved. */
export function manualClock(iso: string): ManualClock {
  const at = (s: string) => new Date(s.length === 10 ? `${s}T02:00:00Z` : s);
  let now = at(iso);
  return { now: () => new Date(now), set: (s) => void (now = at(s)) };
}

/** The organisations and accounts a protection test works with: one district's office, court, mediation organisation and two enterprises. */
export interface World {
  regionCode: string;
  office: Actor;
  district: Actor;
  court: Actor;
  otherCourt: Actor;
  mediator: Actor;
  mediatorId: string;
  secondMediatorId: string;
  orgId: string;
  ipOfficeId: string;
  applicant: Actor;
  respondent: Actor;
  outsider: Actor;
  users: Record<string, string>;
}

async function user(s: Services, role: Role, orgId: string): Promise<{ actor: Actor; username: string }> {
  const u = await buildUser(s, { role, orgId });
  return { actor: await actorFor(s, u), username: u.username };
}

/** Builds a world in Pingshan (440310): office staff of Shenzhen, a district officer, a court, a mediation organisation with two mediators, two enterprises. */
export async function buildWorld(s: Services): Promise<World> {
  const regionCode = '440310';
  const ipOffice = await buildOrg(s, { kind: 'ipOffice', regionCode: '440300', name: `测试市知识产权局${randomBytes(2).toString('hex')}` });
  const districtOffice = await buildOrg(s, { kind: 'districtOffice', regionCode, name: `测试区监管局${randomBytes(2).toString('hex')}` });
  const court = await buildOrg(s, { kind: 'court', regionCode, name: `测试区人民法院${randomBytes(2).toString('hex')}` });
  const otherCourt = await buildOrg(s, { kind: 'court', regionCode: '440304', name: `测试福田法院${randomBytes(2).toString('hex')}` });
  const mediationOrg = await buildOrg(s, { kind: 'mediationOrg', regionCode, name: `测试知识产权调解委员会${randomBytes(2).toString('hex')}` });
  const enterpriseA = await buildOrg(s, { kind: 'enterprise', regionCode, name: `测试申请科技有限公司${randomBytes(2).toString('hex')}` });
  const enterpriseB = await buildOrg(s, { kind: 'enterprise', regionCode, name: `测试被申请电子有限公司${randomBytes(2).toString('hex')}` });
  const enterpriseC = await buildOrg(s, { kind: 'enterprise', regionCode, name: `无关企业${randomBytes(2).toString('hex')}` });
  await s.protection.settings.upsertProfile(rootActor, mediationOrg.id, { caseCode: randomCaseCode('知调'), mediationType: 'people', courtInvited: true, invitingCourtId: court.id, disputeScope: ['patent', 'trademark'], chargesFee: false });
  await s.protection.settings.upsertProfile(rootActor, ipOffice.id, { caseCode: randomCaseCode('知裁'), mediationType: null, courtInvited: false, invitingCourtId: null, disputeScope: ['patent'], chargesFee: false });
  const office = await user(s, 'office', ipOffice.id);
  const district = await user(s, 'district', districtOffice.id);
  const courtUser = await user(s, 'court', court.id);
  const otherCourtUser = await user(s, 'court', otherCourt.id);
  const mediatorUser = await user(s, 'mediator', mediationOrg.id);
  const secondMediatorUser = await user(s, 'mediator', mediationOrg.id);
  const applicant = await user(s, 'enterprise', enterpriseA.id);
  const respondent = await user(s, 'enterprise', enterpriseB.id);
  const outsider = await user(s, 'enterprise', enterpriseC.id);
  const m1 = await s.protection.mediators.create(rootActor, { orgId: mediationOrg.id, name: '陈静', title: '专利代理师', phone: null, userId: mediatorUser.actor.userId, specialities: ['patent'], onRoster: true, rosterCourtId: court.id, status: 'active' });
  const m2 = await s.protection.mediators.create(rootActor, { orgId: mediationOrg.id, name: '周航', title: '律师', phone: null, userId: secondMediatorUser.actor.userId, specialities: ['trademark'], onRoster: true, rosterCourtId: null, status: 'active' });
  return {
    regionCode,
    office: office.actor,
    district: district.actor,
    court: courtUser.actor,
    otherCourt: otherCourtUser.actor,
    mediator: mediatorUser.actor,
    mediatorId: m1.id,
    secondMediatorId: m2.id,
    orgId: mediationOrg.id,
    ipOfficeId: ipOffice.id,
    applicant: applicant.actor,
    respondent: respondent.actor,
    outsider: outsider.actor,
    users: {
      office: office.username,
      district: district.username,
      court: courtUser.username,
      otherCourt: otherCourtUser.username,
      mediator: mediatorUser.username,
      secondMediator: secondMediatorUser.username,
      applicant: applicant.username,
      respondent: respondent.username,
      outsider: outsider.username,
    },
  };
}

/** A valid mediation application by the world's applicant against its respondent; override any field. */
export function applicationInput(w: World, overrides: Partial<MediationCaseCreateInput> = {}): MediationCaseCreateInput {
  return {
    source: 'application',
    orgId: w.orgId,
    regionCode: w.regionCode,
    disputeType: 'patent',
    summary: '被申请人生产销售的电池隔膜产品落入申请人发明专利保护范围。',
    claims: '停止侵权，赔偿经济损失50万元。',
    amountFen: 50_000_000,
    parties: [
      { role: 'applicant', kind: 'organisation', name: w.applicant.orgName, orgId: w.applicant.orgId, agentName: '王律师', agentAuthority: 'special' },
      { role: 'respondent', kind: 'organisation', name: w.respondent.orgName, orgId: w.respondent.orgId },
    ],
    rights: [{ kind: 'invention', number: 'ZL202310123456.6', title: '一种锂电池隔膜' }],
    ...overrides,
  };
}

/** Files a mediation case through the service as `actor` (defaults: the applicant's online application). */
export async function fileCase(s: Services, w: World, actor: Actor = w.applicant, overrides: Partial<MediationCaseCreateInput> = {}) {
  return s.protection.cases.createMediation(actor, MediationCaseCreateSchema.parse(applicationInput(w, overrides)));
}
