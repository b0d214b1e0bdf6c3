import type { PartyInput } from '../../../../common/protection';
import { AdjudicationCaseCreateSchema, CaseListQuerySchema, MediationCaseCreateSchema } from '../../../../common/protection';
import type { DemoContext } from '../../../demo/demo-context';
import type { Actor } from '../../../platform/access';
import { addDays } from '../../../platform/calendar';
import { chinaDate } from '../../../platform/clock';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../deps';
import { DEMO_PASSWORD } from '../../org/demo/org.demo';
import { createProtectionServices, type ProtectionServices } from '../index';
import { ADJUDICATION_PLAN, DEMO_DISPUTES, DEMO_MEDIATORS, type DemoMediatorKey, MEDIATION_PLAN, OUTSIDE_PARTIES } from './protection-demo-data';
import { type DemoCtx, demoPath, type DemoStep } from './protection-demo-paths';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The demo city's mediation organisations, mediators and sixty cases in every status, with realistic dates. */
export async function seedProtectionDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const started = Date.now();
  const office = demo.officeActor;
  const district = demo.actorFor('district');
  const court = demo.actorFor('court');
  const enterprise = demo.actorFor('enterprise');
  const o = demo.orgs;

  await s.protection.settings.upsertProfile(office, o.mediationPingshan, { caseCode: '深坪知调', mediationType: 'people', courtInvited: true, invitingCourtId: o.pingshanCourt, disputeScope: ['patent', 'trademark', 'copyright', 'technologyContract'], chargesFee: false });
  await s.protection.settings.upsertProfile(office, o.mediationCentre, { caseCode: '深坪站调', mediationType: 'administrative', courtInvited: false, invitingCourtId: null, disputeScope: ['patent', 'trademark', 'tradeSecret', 'unfairCompetition', 'copyright', 'other'], chargesFee: false });
  await s.protection.settings.upsertProfile(office, o.ipOffice, { caseCode: '深知裁', mediationType: null, courtInvited: false, invitingCourtId: null, disputeScope: ['patent'], chargesFee: false });
  await s.protection.settings.upsertProfile(office, o.pingshanBureau, { caseCode: '深坪知裁', mediationType: null, courtInvited: false, invitingCourtId: null, disputeScope: ['patent'], chargesFee: false });

  const mediators = {} as Record<DemoMediatorKey, { id: string; actor: Actor; court: boolean; specialities: readonly string[]; org: string }>;
  for (const m of DEMO_MEDIATORS) {
    const orgId = o[m.org];
    const userId =
      m.username === 'mediator'
        ? demo.users.mediator
        : (await s.org.users.create(null, { username: m.username, displayName: `调解员 ${m.name}`, orgId, roles: ['mediator'], password: DEMO_PASSWORD }, { system: 'demo' })).id;
    const created = await s.protection.mediators.create(office, { orgId, name: m.name, title: m.title, phone: m.phone, userId, specialities: [...m.specialities], onRoster: true, rosterCourtId: m.court ? o.pingshanCourt : null, status: 'active' });
    const orgName = m.org === 'mediationPingshan' ? '深圳市坪山区知识产权纠纷人民调解委员会' : '坪山区知识产权保护工作站调解室';
    mediators[m.key] = { id: created.id, actor: { userId, username: m.username, displayName: `调解员 ${m.name}`, orgId, orgName, regionCode: '440310', roles: ['mediator'], scope: 'own' }, court: m.court, specialities: m.specialities, org: orgId };
  }

  // The cases run through a copy of the services on a clock the demo moves, so their history has real dates; messages are left out.
  const clock = { at: new Date(), now() { return new Date(this.at); } };
  const sp: ProtectionServices = await createProtectionServices({ ...p, clock }, { org: s.org, conference: s.conference, tasks: s.tasks }, { quiet: true });
  const today = chinaDate(p.clock.now());
  const at = (day: string) => (clock.at = new Date(`${day}T02:00:00Z`));
  const dayOf = (received: string, offset: number) => {
    const d = p.calendar.nextWorkingDay(addDays(received, offset));
    return d > today ? today : d;
  };

  const platformParty = (key: 'enterpriseA' | 'enterpriseB' | 'enterpriseC', role: 'applicant' | 'respondent'): PartyInput => ({
    role,
    kind: 'organisation',
    name: { enterpriseA: '深圳市坪山新材料科技有限公司（示例）', enterpriseB: '深圳市聚龙智能装备有限公司（示例）', enterpriseC: '深圳市南山芯联电子有限公司（示例）' }[key],
    orgId: o[key],
    idNumber: null,
    address: '深圳市坪山区',
    phone: null,
    serviceAddress: null,
    agentName: role === 'applicant' ? '王工' : null,
    agentPhone: null,
    agentAuthority: role === 'applicant' ? 'special' : null,
  });
  const outside = (i: number, role: 'applicant' | 'respondent'): PartyInput => ({
    role,
    kind: i % 7 === 6 ? 'person' : 'organisation',
    name: i % 7 === 6 ? ['张伟', '李娜', '陈晓峰'][i % 3] : OUTSIDE_PARTIES[i % OUTSIDE_PARTIES.length],
    orgId: null,
    idNumber: null,
    address: '深圳市坪山区',
    phone: `1380013${String(1000 + i).slice(-4)}`,
    serviceAddress: null,
    agentName: null,
    agentPhone: null,
    agentAuthority: null,
  });

  let n = 0;
  const load = new Map<DemoMediatorKey, number>();
  for (const plan of MEDIATION_PLAN) {
    for (let k = 0; k < plan.count; k++, n++) {
      const toAdjudication = plan.status === 'transferred' && k === 2;
      const dispute = DEMO_DISPUTES[toAdjudication ? 0 : n % DEMO_DISPUTES.length];
      const source = toAdjudication ? 'officeReferral' : plan.source;
      const age = toAdjudication ? 12 : plan.ageDays + k * (plan.spread ?? 4);
      const received = dayOf(addDays(today, -age), 0);
      // The demo enterprise is a party in every third case, mostly as applicant.
      const mine = n % 3 === 0;
      const applicant = mine ? platformParty('enterpriseA', 'applicant') : n % 3 === 1 ? platformParty('enterpriseB', 'applicant') : outside(n, 'applicant');
      const respondent = mine && n % 2 === 1 ? platformParty('enterpriseC', 'respondent') : outside(n + 3, 'respondent');
      const fromCourt = source === 'courtPreFiling' || source === 'courtInLitigation';
      const pool = DEMO_MEDIATORS.filter((m) => (!fromCourt || m.court) && (m.specialities as readonly string[]).includes(dispute.type === 'technologyContract' ? 'technologyContract' : dispute.type));
      // Designation goes to the least busy suitable mediator, as an office would.
      const candidates = (pool.length ? pool : DEMO_MEDIATORS.filter((m) => !fromCourt || m.court)).map((m) => m.key);
      const key = candidates.reduce((a, b) => ((load.get(b) ?? 0) < (load.get(a) ?? 0) ? b : a));
      load.set(key, (load.get(key) ?? 0) + 1);
      const chosen = mediators[key];
      at(received);
      const filer = fromCourt ? court : source === 'officeReferral' ? district : office;
      const input = MediationCaseCreateSchema.parse({
        source,
        orgId: chosen.org,
        regionCode: '440310',
        disputeType: dispute.type,
        procedure: source === 'courtInLitigation' ? (n % 2 ? 'simplified' : 'ordinary') : null,
        courtId: fromCourt ? o.pingshanCourt : null,
        courtCaseNo: source === 'courtInLitigation' ? `（${received.slice(0, 4)}）粤0310民初${2000 + n}号` : null,
        summary: dispute.summary,
        claims: dispute.claims,
        amountFen: dispute.amountYuan * 100,
        parties: [applicant, respondent],
        rights: dispute.rights,
      });
      const filed = await sp.cases.createMediation(filer, input);
      const ctx: DemoCtx = {
        id: filed.id,
        act: (actor, body) => sp.workflow.apply(actor, filed.id, body),
        today: () => chinaDate(clock.now()),
        detail: () => sp.cases.detail(office, filed.id),
        jointApplication: async () => (await sp.records.addEvidence(chosen.actor, filed.id, { name: '司法确认联合申请书.pdf', bytes: PDF }, '司法确认联合申请书（双方签名）')).id,
        actors: { office: fromCourt ? court : district, court, mediator: chosen.actor, applicant: mine ? enterprise : null, district },
        mediatorId: chosen.id,
        courtId: o.pingshanCourt,
        officeId: o.pingshanBureau,
        seq: n,
      };
      const steps: DemoStep[] = demoPath(toAdjudication ? 'toAdjudication' : plan.status, source, k);
      for (const step of steps) {
        at(dayOf(received, step.day));
        await step.run(ctx);
      }
      if (n === 0) await sp.records.addNote(enterprise, filed.id, { visibility: 'applicant', text: '我方底线：赔偿不低于30万元，可接受分期支付。' });
    }
  }

  for (const [i, plan] of ADJUDICATION_PLAN.entries()) {
    const received = dayOf(addDays(today, -plan.ageDays), 0);
    at(received);
    const dispute = DEMO_DISPUTES.filter((d) => d.type === 'patent')[i % 4];
    const filed = await sp.cases.createAdjudication(
      district,
      AdjudicationCaseCreateSchema.parse({
        orgId: o.pingshanBureau,
        regionCode: '440310',
        receivedOn: received,
        summary: dispute.summary,
        claims: '请求责令被请求人立即停止侵犯专利权的行为。',
        parties: [i % 2 ? platformParty('enterpriseA', 'applicant') : outside(i + 20, 'applicant'), outside(i + 21, 'respondent')],
        rights: dispute.rights,
      }),
    );
    const ctx: DemoCtx = {
      id: filed.id,
      act: (actor, body) => sp.workflow.apply(actor, filed.id, body),
      today: () => chinaDate(clock.now()),
      detail: () => sp.cases.detail(office, filed.id),
      jointApplication: () => Promise.reject(new Error('not used by adjudication')),
      actors: { office: district, court, mediator: district, applicant: null, district },
      mediatorId: '',
      courtId: o.pingshanCourt,
      officeId: o.pingshanBureau,
      seq: i,
    };
    for (const step of demoPath(`adj:${plan.status}`, 'application', i)) {
      at(dayOf(received, step.day));
      await step.run(ctx);
    }
  }

  const [anyCase] = (await sp.cases.list(office, CaseListQuerySchema.parse({ pageSize: 1 }))).items;
  await s.protection.mediators.addComplaint(office, mediators.wu.id, { ground: 'refusedReferrals', detail: '当事人反映调解员两次未按约定时间组织调解。', caseId: anyCase?.id ?? null });
  await s.protection.outbox.createWebhook(office, { name: '坪山区人民法院诉调对接接口（示例，未启用）', url: 'https://court.example.org/zhichan/events', secret: null, courtId: o.pingshanCourt, active: false });
  // Reminders as of today, through the real services, so the demo accounts open to current messages.
  await s.protection.reminders.run();
  p.logger.info({ ms: Date.now() - started }, 'protection demo ready');
}
