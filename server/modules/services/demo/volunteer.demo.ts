import type { DemoContext } from '../../../demo/demo-context';
import type { Actor } from '../../../platform/access';
import type { PlatformContext } from '../../../platform/context';
import { addDays } from '../../../platform/calendar';
import { chinaDate } from '../../../platform/clock';
import type { Services } from '../../index';
import { DEMO_PASSWORD, demoCreditCode } from '../../org/demo/org.demo';
import { DEMO_OVERSEAS, DEMO_REQUEST_FIRMS, DEMO_REQUESTS, DEMO_VOLUNTEERS, type DemoRequestEnd } from './volunteer-data';

const system = { system: 'demo' };

/** What the service-hour records of a request say the volunteer did. */
const OUTCOMES = ['电话沟通需求并梳理材料清单', '到企业现场讲解并出具书面意见', '线上会议逐条分析对方材料', '审阅企业起草的文件并提出修改意见'];

/** An enterprise of the demo with a signed-in contact, made here: the requests need someone to post and rate them. */
async function firmActors(s: Services, demo: DemoContext): Promise<Record<string, Actor>> {
  const out: Record<string, Actor> = {};
  for (const f of DEMO_REQUEST_FIRMS) {
    const org = await s.org.orgs.create(demo.actorFor('admin'), { name: f.name, shortName: f.shortName, kind: 'enterprise', regionCode: f.region, parentId: null, creditCode: demoCreditCode(f.name, 'enterprise', f.region), address: null, phone: null });
    const user = await s.org.users.create(null, { username: `zz_${f.key}`, displayName: `${f.shortName} ${f.contact}`, orgId: org.id, roles: ['enterprise'], password: DEMO_PASSWORD }, system);
    out[f.key] = { userId: user.id, username: user.username, displayName: user.displayName, orgId: org.id, orgName: f.name, regionCode: f.region, roles: ['enterprise'], scope: 'org' };
  }
  return out;
}

/** The 25 volunteers: each enrols from their own account, the office vets them. The first is the demo's `volunteer` account. */
async function seedVolunteers(s: Services, demo: DemoContext): Promise<Record<string, { id: string; actor: Actor }>> {
  const office = demo.officeActor;
  const out: Record<string, { id: string; actor: Actor }> = {};
  for (const { key, vet, username, ...enrol } of DEMO_VOLUNTEERS) {
    let actor: Actor;
    if (username === 'volunteer') actor = demo.actorFor('volunteer');
    else {
      const user = await s.org.users.create(null, { username, displayName: `知助志愿者 ${enrol.name}`, orgId: demo.orgs.youthLeague, roles: ['volunteer'], password: DEMO_PASSWORD }, system);
      actor = { userId: user.id, username, displayName: user.displayName, orgId: demo.orgs.youthLeague, orgName: '共青团深圳市委员会', regionCode: '440300', roles: ['volunteer'], scope: 'own' };
    }
    const v = await s.services.volunteers.enrol(actor, enrol);
    if (vet !== 'applied') await s.services.volunteers.vet(office, v.id, { decision: vet === 'suspended' ? 'approved' : vet, note: vet === 'rejected' ? '所填单位无法核实执业或在读信息，请补充材料后重新登记' : null });
    if (vet === 'suspended') await s.services.volunteers.vet(office, v.id, { decision: 'suspended', note: '本人申请暂停服务（外派学习半年）' });
    out[key] = { id: v.id, actor };
  }
  return out;
}

/** Takes one request to the state the demo data names: offers, answers, hours and their review, completion and rating. */
async function drive(s: Services, demo: DemoContext, today: string, ids: { request: string; firm: Actor; vols: Record<string, { id: string; actor: Actor }> }, r: (typeof DEMO_REQUESTS)[number], n: number): Promise<void> {
  const office = demo.officeActor;
  const { request, firm, vols } = ids;
  const end: DemoRequestEnd = r.end;
  if (end === 'open') return;
  if (end === 'cancelled') {
    await s.services.volunteerRequests.cancel(firm, request);
    return;
  }
  const ranked = (await s.services.volunteerRequests.suggest(office, request)).items;
  if (end === 'declined') {
    // the office's first choice declined; the request waits for the next offer
    const first = ranked.find((x) => Object.values(vols).some((v) => v.id === x.volunteerId && v.actor.username !== 'volunteer'));
    if (!first) return;
    await s.services.volunteerRequests.offer(office, request, first.volunteerId);
    const who = Object.values(vols).find((v) => v.id === first.volunteerId)!;
    await s.services.volunteerRequests.answer(who.actor, request, { answer: 'decline', reason: '近期在外地出差，无法按期服务' });
    return;
  }
  const chosen = vols[r.by!];
  // the office offers to its first suggestion as well as to the volunteer who takes it, as it does when a request is urgent
  const other = ranked.find((x) => x.volunteerId !== chosen.id && !x.reasons.some((reason) => reason.code === 'full'));
  await s.services.volunteerRequests.offer(office, request, chosen.id);
  if (other && n % 3 === 0) await s.services.volunteerRequests.offer(office, request, other.volunteerId);
  if (end === 'offered') return;
  await s.services.volunteerRequests.answer(chosen.actor, request, { answer: 'accept', reason: null });
  if (end === 'accepted') return;
  const detail = await s.services.volunteerRequests.get(firm, request);
  if (end === 'signedIn') {
    await s.services.serviceRecords.signIn(chosen.actor, request, detail.signCode!);
    return;
  }
  const served = addDays(today, -((n % 9) + 2));
  await s.services.serviceRecords.report(chosen.actor, request, { servedOn: served, minutes: 60 + (n % 5) * 30, outcome: OUTCOMES[n % OUTCOMES.length] });
  if (end === 'reported') return;
  const first = (await s.services.volunteerRequests.get(office, request)).records[0];
  await s.services.serviceRecords.review(office, request, first.id, { decision: 'approved', note: null });
  if (end === 'approved') return;
  if (n % 2 === 0) await s.services.serviceRecords.report(chosen.actor, request, { servedOn: addDays(served, 1), minutes: 45, outcome: '跟进企业反馈，补充书面意见' });
  await s.services.volunteerRequests.complete(firm, request);
  if (end === 'rated') await s.services.volunteerRequests.rate(firm, request, { rating: r.rating ?? 5, comment: r.comment ?? null });
}

/**
 * The volunteer half of the services demo: 25 volunteers of the 知助 launch (seed 002), 30 requests
 * from eight enterprises with offers, answers and service records in every state, and ten
 * overseas-dispute guidance cases, one a US Section 337 investigation.
 */
export async function seedVolunteerDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const today = chinaDate(p.clock.now());
  const firms = await firmActors(s, demo);
  const vols = await seedVolunteers(s, demo);
  let n = 0;
  for (const { firm, end: _e, by: _b, rating: _r, comment: _c, ...input } of DEMO_REQUESTS) {
    const created = await s.services.volunteerRequests.create(firms[firm], input);
    await drive(s, demo, today, { request: created.id, firm: firms[firm], vols }, DEMO_REQUESTS[n], n);
    n++;
  }
  for (const { firm, then, ...input } of DEMO_OVERSEAS) {
    const c = await s.services.overseasCases.create(demo.officeActor, { ...input, enterpriseOrgId: firms[firm].orgId });
    if (!then) continue;
    // a closed case passes through guidance first, as the office works it
    if (then.status === 'closed') await s.services.overseasCases.update(demo.officeActor, c.id, { experts: then.experts, responsePlan: then.responsePlan, status: 'guiding' });
    await s.services.overseasCases.update(demo.officeActor, c.id, then);
  }
}
