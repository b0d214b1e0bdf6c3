import { MeetingCreateSchema } from '../../../../common/conference';
import type { DemoContext } from '../../../demo/demo-context';
import type { Actor } from '../../../platform/access';
import { chinaDate } from '../../../platform/clock';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../deps';
import { DEMO_ORGS, demoCreditCode } from '../../org/demo/org.demo';
import { EXTRA_UNITS, MEMBERS, PINGSHAN_MEMBERS, PINGSHAN_SUMMIT, PLENARY } from './conference-data';

/** Ids of the demo city's organisations by key: those of the org demo and the extra member units. */
export async function demoOrgIds(s: Services, demo: DemoContext): Promise<Record<string, string>> {
  const found = await s.org.orgs.list(demo.officeActor, { page: 1, pageSize: 500, order: 'asc', sort: 'name', kind: undefined, q: undefined, regionCode: '440300' });
  const byName = new Map(found.items.map((o) => [o.name, o.id]));
  return { ...demo.orgs, ...Object.fromEntries(EXTRA_UNITS.flatMap((u) => (byName.has(u.name) ? [[u.key, byName.get(u.name)!]] : []))) };
}

/** The demo city's conference year: the body, the 2024 plenary, the 2022 Pingshan summit, and meetings to come. */
export async function seedConferenceDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const office = demo.officeActor;
  for (const u of EXTRA_UNITS) {
    await s.org.orgs.create(office, { name: u.name, shortName: u.shortName, kind: u.kind, regionCode: '440300', parentId: null, creditCode: demoCreditCode(u.name, u.kind, '440300'), address: null, phone: null });
  }
  const orgs = await demoOrgIds(s, demo);

  await s.conference.body.upsert(office, { regionCode: '440300', name: '深圳市知识产权联席会议', officeOrgId: orgs.ipOffice, establishedOn: null });
  for (const [i, m] of MEMBERS.entries()) {
    await s.conference.body.addMember(office, { orgId: orgs[m.org], position: m.position, joinedOn: '2019-01-01', leftOn: null, duties: m.duties, sortOrder: i + 1 });
    await s.conference.body.addLiaison(office, { orgId: orgs[m.org], name: m.liaison, title: m.liaisonTitle, phone: null, email: null, personId: m.liaison === '周明' ? demo.people['周明'] : null, termStart: '2024-01-01', termEnd: null });
  }
  await s.conference.body.upsert(office, { regionCode: '440310', name: '坪山区知识产权联席会议', officeOrgId: orgs.pingshanBureau, establishedOn: null });
  for (const [i, m] of PINGSHAN_MEMBERS.entries()) {
    await s.conference.body.addMember(office, { orgId: orgs[m.org], position: m.position, joinedOn: '2020-01-01', leftOn: null, duties: m.duties, sortOrder: i + 1 }, '440310');
    await s.conference.body.addLiaison(office, { orgId: orgs[m.org], name: m.liaison, title: m.liaisonTitle, phone: null, email: null, personId: null, termStart: '2022-01-01', termEnd: null }, '440310');
  }
  // A liaison whose term has ended shows the history of a unit's liaisons.
  await s.conference.body.addLiaison(office, { orgId: orgs.police, name: '赵刚', title: '原知识产权工作联络员（示例）', phone: null, email: null, personId: null, termStart: '2021-01-01', termEnd: '2023-12-31' });

  const plenary = await s.conference.meetings.create(
    office,
    MeetingCreateSchema.parse({
      title: PLENARY.title,
      kind: 'plenary',
      regionCode: '440300',
      startsAt: new Date(PLENARY.startsAt).toISOString(),
      endsAt: new Date(PLENARY.endsAt).toISOString(),
      venue: null,
      theme: PLENARY.theme,
      summary: PLENARY.summary,
      orgs: [
        { role: 'host', orgName: '深圳市知识产权联席会议' },
        { role: 'organiser', orgId: orgs.ipOffice },
      ],
    }),
  );
  await s.conference.meetings.putAgenda(office, plenary.id, { items: PLENARY.agenda.map((a) => ({ speaker: null, notes: null, ...a, children: (a.children ?? []).map((c) => ({ speaker: null, notes: null, ...c })) })) });
  await s.conference.registrations.invite(office, plenary.id, { orgIds: MEMBERS.map((m) => orgs[m.org]).concat([orgs.nfra, orgs.pboc, orgs.futianBureau, orgs.nanshanBureau, orgs.baoanBureau, orgs.longgangBureau, orgs.guangmingBureau]), personIds: [] });
  for (const a of PLENARY.attendees) {
    await s.conference.registrations.addAttendee(office, plenary.id, { name: a.name, title: a.title, orgId: a.org ? orgs[a.org] : null, orgName: null, role: a.role, online: false });
  }
  for (const key of ['police', 'longgangGov', 'nfra', 'pboc', 'futianBureau', 'nanshanBureau', 'baoanBureau', 'longgangBureau', 'guangmingBureau'] as const) {
    await s.conference.registrations.addAttendee(office, plenary.id, { name: `${DEMO_ORGS[key].shortName}有关负责同志`, title: null, orgId: orgs[key], orgName: null, role: key === 'police' || key === 'longgangGov' ? 'speaker' : 'attendee', online: false });
  }
  await s.conference.records.putMinutes(office, plenary.id, PLENARY.minutes);
  await s.conference.records.setMinutesStatus(office, plenary.id, 'approved');
  for (const text of PLENARY.resolutions) await s.conference.records.addResolution(office, plenary.id, { text, leadOrgId: orgs.ipOffice, dueDate: '2024-12-31' });
  for (const d of PLENARY.documents) await s.conference.records.addDocument(office, plenary.id, d);

  const summit = await s.conference.recordReportedMeeting(office, PINGSHAN_SUMMIT);
  const [framework] = summit.agreementIds;
  await s.conference.records.updateAgreement(office, framework, {
    parties: [
      { orgId: orgs.pingshanBureau, name: '深圳市市场监督管理局坪山监管局', signer: '李富忠', signerTitle: '副局长' },
      { orgId: orgs.pingshanCourt, name: '深圳市坪山区人民法院', signer: null, signerTitle: null },
    ],
  });

  await seedComingMeetings(p, s, demo, orgs);
}

/** Meetings of the coming days, so dashboards, registration and the waitlist have something to show. */
async function seedComingMeetings(p: PlatformContext, s: Services, demo: DemoContext, orgs: Record<string, string>): Promise<void> {
  const office = demo.officeActor;
  const day = (n: number, hhmm: string) => new Date(`${chinaDate(new Date(p.clock.now().getTime() + n * 86_400_000))}T${hhmm}:00+08:00`).toISOString();
  const liaisonsMeeting = await s.conference.meetings.create(
    office,
    MeetingCreateSchema.parse({
      title: '知识产权联席会议联络员会议',
      kind: 'officeMeeting',
      regionCode: '440300',
      startsAt: day(3, '14:30'),
      endsAt: day(3, '16:30'),
      venue: '市市场监管局（知识产权局）5楼会议室',
      mode: 'hybrid',
      onlineUrl: 'https://meeting.example.org/zhichan-demo',
      capacity: 12,
      theme: '通报重点任务进展，研究督办事项和年终考核安排',
      orgs: [{ role: 'host', orgName: '深圳市知识产权联席会议办公室' }],
    }),
  );
  await s.conference.meetings.putAgenda(office, liaisonsMeeting.id, {
    items: [
      { title: '通报重点任务推进情况', speaker: '联席办', durationMinutes: 20, notes: null, children: [] },
      { title: '逾期任务督办情况说明', speaker: '相关成员单位', durationMinutes: 40, notes: null, children: [] },
      { title: '年终考核指标和加分项说明', speaker: '联席办', durationMinutes: 20, notes: null, children: [] },
    ],
  });
  await s.conference.registrations.invite(office, liaisonsMeeting.id, { orgIds: MEMBERS.map((m) => orgs[m.org]), personIds: [] });
  await s.conference.registrations.register(demo.actorFor('liaison'), liaisonsMeeting.id, { name: '周明', title: '知识产权工作联络员', orgId: null });

  const training = await s.conference.meetings.create(
    office,
    MeetingCreateSchema.parse({
      title: '知识产权纠纷多元调解业务培训',
      kind: 'training',
      regionCode: '440310',
      startsAt: day(6, '09:30'),
      endsAt: day(6, '11:30'),
      venue: '坪山区知识产权保护工作站',
      capacity: 2,
      orgs: [{ role: 'organiser', orgId: orgs.pingshanBureau }],
    }),
  );
  await s.conference.registrations.invite(office, training.id, { orgIds: [orgs.pingshanCourt, orgs.mediationPingshan, orgs.police], personIds: [] });
  await s.conference.registrations.register(demo.actorFor('court'), training.id, { name: '林晓', title: '知识产权工作联络员', orgId: null });
  await s.conference.registrations.register(office, training.id, { name: '陈静', title: '调解员', orgId: orgs.mediationPingshan });
  // The training is full: the police liaison's registration waits on the list.
  await s.conference.registrations.register(demo.actorFor('liaison'), training.id, { name: '周明', title: '知识产权工作联络员', orgId: null });

  // This week the banks meet enterprises; next week's progress meeting waits for the units to register.
  const matchmaking = await s.conference.meetings.create(
    office,
    MeetingCreateSchema.parse({
      title: '知识产权质押融资银企对接会',
      kind: 'workConference',
      regionCode: '440300',
      startsAt: day(2, '14:30'),
      endsAt: day(2, '17:00'),
      venue: '深圳市民中心B区多功能厅',
      capacity: 80,
      theme: '发布授信企业白名单，推介知识产权质押融资产品',
      orgs: [{ role: 'host', orgId: orgs.ipOffice }, { role: 'coOrganiser', orgId: orgs.pboc }],
    }),
  );
  await s.conference.registrations.invite(office, matchmaking.id, { orgIds: [orgs.bankBoc, orgs.bankCmb, orgs.pboc, orgs.nfra, orgs.pingshanBureau], personIds: [] });
  const progress = await s.conference.meetings.create(
    office,
    MeetingCreateSchema.parse({
      title: '知识产权重点任务年度推进会',
      kind: 'progressMeeting',
      regionCode: '440300',
      startsAt: day(9, '09:30'),
      endsAt: day(9, '12:00'),
      venue: '市市场监管局（知识产权局）1楼报告厅',
      capacity: 60,
      theme: '逐项盘点年度重点任务，部署逾期任务整改和年终考核',
      orgs: [{ role: 'host', orgName: '深圳市知识产权联席会议办公室' }],
    }),
  );
  await s.conference.registrations.invite(office, progress.id, { orgIds: [...MEMBERS.map((m) => orgs[m.org]), orgs.pingshanBureau, orgs.pingshanCourt, orgs.bankBoc], personIds: [] });
}

/** The office acting for a member unit when the demo records its reports (the unit has no demo account). */
export function actingFor(office: Actor, orgId: string, orgName: string, regionCode = '440300'): Actor {
  return { ...office, displayName: `${orgName}联络员`, orgId, orgName, regionCode, roles: ['liaison'], scope: 'org' };
}
