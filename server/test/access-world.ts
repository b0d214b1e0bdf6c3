import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Org } from '../../common/org';
import { ROLES, type Role } from '../../common/roles';
import { buildWorld, fileCase } from '../modules/protection/protection.factories';
import { actorFor, buildOrg, buildPerson, buildUser, TEST_PASSWORD } from './factories';
import type { TestApp, TestSession } from './test-app';

/** One record out of the callers' scope: the values its route's path parameters take, and strings that must not leak. */
export interface OutsideRecord {
  params: Record<string, string>;
  /** Added to the address when the record is named in the query string rather than the path. */
  query?: string;
  /** A record named by a region in the query or body: a 400 naming that field refuses it too, as creating there would be. */
  regionField?: string;
  secrets: string[];
}

/** Where the out-of-scope records live (Shenzhen) and where the callers sit (Mianyang, another city). */
export const HOME_REGION = '440300';
export const CALLER_CITY = '510700';
const CALLER_ORG_KIND: Record<Role, string> = {
  admin: 'ipOffice',
  office: 'ipOffice',
  district: 'districtOffice',
  liaison: 'publicSecurity',
  mediator: 'mediationOrg',
  court: 'court',
  bank: 'bank',
  enterprise: 'enterprise',
  officer: 'districtOffice',
  volunteer: 'association',
  examiner: 'serviceAgency',
};

export const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
type Json = Record<string, unknown>;

/** The answer's JSON after checking the status, so a broken setup says which step failed. */
async function ok<T = Json & { id: string }>(step: string, res: Promise<{ statusCode: number; body: string; json: <U>() => U }>): Promise<T> {
  const r = await res;
  expect(r.statusCode, `${step}: ${r.body}`).toBeLessThan(300);
  return r.json<T>();
}

/** One signed-in caller per role, each in its own organisation (`orgIds`) of another city than the records. */
export async function signInCallers(t: TestApp): Promise<{ sessions: Record<Role, TestSession>; orgIds: Record<Role, string> }> {
  const sessions = {} as Record<Role, TestSession>;
  const orgIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    const regionCode = role === 'district' ? '510703' : CALLER_CITY;
    const org = await buildOrg(t.services, { kind: CALLER_ORG_KIND[role] as 'ipOffice', regionCode, name: `绵阳${role}测试单位${randomUUID().slice(0, 4)}` });
    const user = await buildUser(t.services, { role, orgId: org.id });
    sessions[role] = await t.login(user.username, TEST_PASSWORD);
    orgIds[role] = org.id;
  }
  return { sessions, orgIds };
}

/** What the record builders share: Shenzhen's office and liaison sessions, organisations and the collector. */
interface Home {
  o: TestSession;
  l: TestSession;
  office: Org;
  police: Org;
  district: Org;
  add: (kind: string, params: Record<string, string>, ...secrets: string[]) => void;
}

/** A conference with a member and liaison, a meeting with its invitation, registration, attendee, resolution, agreement, unveiling and document. */
async function conferenceRecords({ o, l, office, police, add }: Home): Promise<void> {
  await ok('conference', o.request('PUT', '/api/v1/conference', { regionCode: HOME_REGION, name: '深圳越权测试联席会议', officeOrgId: office.id }));
  const member = await ok('member', o.post('/api/v1/conference/members', { orgId: police.id }));
  add('member', { id: member.id });
  const liaison = await ok('liaison', o.post('/api/v1/conference/liaisons', { orgId: police.id, name: '越权测试联络员乙', termStart: '2030-01-01' }));
  add('liaison', { id: liaison.id }, '越权测试联络员乙');

  const meeting = await ok('meeting', o.post('/api/v1/conference/meetings', { title: '越权测试全体会议', kind: 'plenary', regionCode: HOME_REGION, startsAt: '2031-03-01T01:00:00.000Z', endsAt: '2031-03-01T04:00:00.000Z', venue: '越权测试会场' }));
  const invitations = await ok<{ id: string }[]>('invitation', o.post(`/api/v1/conference/meetings/${meeting.id}/invitations`, { orgIds: [police.id] }));
  const registration = await ok('registration', l.post(`/api/v1/conference/meetings/${meeting.id}/registrations`, { name: '越权测试报名人丙' }));
  const attendee = await ok('attendee', o.post(`/api/v1/conference/meetings/${meeting.id}/attendees`, { name: '越权测试参会人丁' }));
  add('meeting', { id: meeting.id }, '越权测试全体会议', '越权测试会场');
  add('meeting/invitation', { id: meeting.id, childId: invitations[0].id }, '越权测试全体会议');
  add('meeting/registration', { id: meeting.id, childId: registration.id }, '越权测试报名人丙');
  add('meeting/attendee', { id: meeting.id, childId: attendee.id }, '越权测试参会人丁');
  const resolution = await ok('resolution', o.post(`/api/v1/conference/meetings/${meeting.id}/resolutions`, { text: '越权测试议定事项' }));
  add('resolution', { id: resolution.id }, '越权测试议定事项');
  const agreement = await ok('agreement', o.post('/api/v1/conference/agreements', { title: '越权测试合作协议', regionCode: HOME_REGION, meetingId: meeting.id }));
  await ok('agreement file', o.upload(`/api/v1/conference/agreements/${agreement.id}/file`, { name: '协议.pdf', bytes: pdf }));
  add('agreement', { id: agreement.id }, '越权测试合作协议');
  const unveiling = await ok('unveiling', o.post(`/api/v1/conference/meetings/${meeting.id}/unveilings`, { what: '越权测试揭牌' }));
  add('unveiling', { id: unveiling.id }, '越权测试揭牌');
  const doc = await ok('document', o.post(`/api/v1/conference/meetings/${meeting.id}/documents`, { kind: 'report', title: '越权测试会议材料' }));
  await ok('document file', o.upload(`/api/v1/conference/meeting-documents/${doc.id}/file`, { name: '材料.pdf', bytes: pdf }));
  add('meetingDocument', { id: doc.id }, '越权测试会议材料');

}

/** A work plan, tasks, a task book, a progress report with its evidence, a notice, an adjustment, an assessment with a bonus, a notification. */
async function taskRecords({ o, l, police, district, add }: Home): Promise<void> {
  const plan = await ok('plan', o.post('/api/v1/tasks/work-plans', { regionCode: HOME_REGION, year: 2031, title: '越权测试工作要点' }));
  add('workPlan', { id: plan.id }, '越权测试工作要点');
  const task = await ok('task', o.post('/api/v1/tasks', { workPlanId: plan.id, title: '越权测试重点任务', leadOrgId: police.id, deadline: '2031-10-31' }));
  const districtTask = await ok('district task', o.post('/api/v1/tasks', { workPlanId: plan.id, title: '越权测试区级任务', leadOrgId: district.id }));
  add('task', { id: task.id }, '越权测试重点任务');
  const book = await ok('task book', o.post('/api/v1/tasks/task-books', { title: '越权测试任务书', workPlanId: plan.id, receiverOrgId: district.id, receiverKind: 'district', taskIds: [districtTask.id] }));
  add('taskBook', { id: book.id }, '越权测试任务书');
  const evidence = await ok('evidence file', l.upload('/api/v1/platform/files', { name: '越权测试佐证.pdf', bytes: pdf }));
  add('file', { id: evidence.id }, '越权测试佐证.pdf');
  const report = await ok('report', l.post(`/api/v1/tasks/${task.id}/reports`, { percent: 30, narrative: '越权测试进展说明', fileIds: [evidence.id] }));
  add('progressReport', { id: report.id, childId: evidence.id }, '越权测试进展说明');
  const notice = await ok('notice', o.post(`/api/v1/tasks/${task.id}/notices`, { reason: '越权测试督办事由' }));
  add('notice', { id: notice.id }, '越权测试督办事由');
  const adjustment = await ok('adjustment', l.post(`/api/v1/tasks/${task.id}/adjustments`, { kind: 'deadline', newDeadline: '2031-12-31', reason: '越权测试调整理由' }));
  add('adjustment', { id: adjustment.id }, '越权测试调整理由');
  const assessment = await ok('assessment', o.post('/api/v1/tasks/assessments', { year: 2031, regionCode: HOME_REGION }));
  const bonusFile = await ok('bonus file', o.upload('/api/v1/platform/files', { name: '表彰.pdf', bytes: pdf }));
  const withBonus = await ok<{ bonuses: { id: string }[] }>('bonus', o.post(`/api/v1/tasks/assessments/${assessment.id}/bonuses`, { orgId: police.id, points: 5, reason: '越权测试加分理由', fileId: bonusFile.id }));
  add('assessment', { id: assessment.id });
  add('assessmentBonus', { id: withBonus.bonuses[0].id }, '越权测试加分理由');
  const notifications = await ok<{ items: { id: string; title: string }[] }>('notifications', l.get('/api/v1/platform/notifications'));
  add('notification', { id: notifications.items[0].id }, notifications.items[0].title);
}

/** An enforcement case of Pingshan's bureau with a seizure, transferred to the city police with its file. */
async function enforcementRecords(t: TestApp, home: Home): Promise<void> {
  const { police, district, add } = home;
  const officer = await t.login((await buildUser(t.services, { role: 'officer', orgId: district.id })).username, TEST_PASSWORD);
  const c = await ok('enforcement case', officer.post('/api/v1/enforcement/cases', { source: 'complaint', rightKind: 'trademark', summary: '越权测试执法案情', partyName: '越权测试当事人', receivedOn: '2031-01-20' }));
  await ok('open', officer.post(`/api/v1/enforcement/cases/${c.id}/actions`, { action: 'open', on: '2031-01-21' }));
  const withMeasure = await ok<{ measures: { id: string }[] }>('measure', officer.post(`/api/v1/enforcement/cases/${c.id}/measures`, { kind: 'seizure', goods: '越权测试扣押物品', startedOn: '2031-01-22' }));
  add('enforcementCase', { id: c.id, childId: withMeasure.measures[0].id }, '越权测试执法案情', '越权测试当事人');
  const file = await ok('transfer file', officer.upload('/api/v1/platform/files', { name: '越权测试移送书.pdf', bytes: pdf }));
  const transfer = await ok('transfer', officer.post(`/api/v1/enforcement/cases/${c.id}/transfers`, { policeOrgId: police.id, fileId: file.id, reportedOn: '2031-01-25' }));
  add('enforcementTransfer', { id: transfer.id }, '越权测试当事人');
  const clue = await ok('clue', officer.post('/api/v1/enforcement/clues', { toOrgId: police.id, title: '越权测试线索', body: '越权测试线索内容', evidenceFileIds: [file.id] }));
  add('enforcementClue', { id: clue.id }, '越权测试线索', '越权测试线索内容');
  const customsOrg = await buildOrg(t.services, { kind: 'customs', regionCode: HOME_REGION, name: `深圳越权测试海关${randomUUID().slice(0, 4)}` });
  const customs = await t.login((await buildUser(t.services, { role: 'liaison', orgId: customsOrg.id })).username, TEST_PASSWORD);
  const detention = await ok('detention', customs.post('/api/v1/enforcement/detentions', { kind: 'onApplication', holderOrgId: district.id, goods: '越权测试扣留货物', quantity: 10, declaredValueFen: 100_000, on: '2031-01-27', bondFen: 100_000 }));
  add('enforcementDetention', { id: detention.id }, '越权测试扣留货物');
  await complianceAndCooperation(t, officer, { district, office: home.office, o: home.o, add });
}

/** A compliance procedure of Pingshan's procuratorate with an inspection, and a Shenzhen–Hong Kong body with a request. */
async function complianceAndCooperation(t: TestApp, officer: TestSession, { district, office, o, add }: Pick<Home, 'district' | 'office' | 'o' | 'add'>): Promise<void> {
  const procuratorateOrg = await buildOrg(t.services, { kind: 'procuratorate', regionCode: '440310', name: `坪山越权测试检察院${randomUUID().slice(0, 4)}` });
  const procuratorate = await t.login((await buildUser(t.services, { role: 'liaison', orgId: procuratorateOrg.id })).username, TEST_PASSWORD);
  const team = [{ name: '越权测试组长', unit: '坪山监管局', orgId: district.id, leader: true }, { name: '越权测试律师', unit: '律师事务所' }];
  const p = await ok('compliance', procuratorate.post('/api/v1/enforcement/compliance', { enterpriseName: '越权测试涉案企业', caseRef: '越权测试案号', summary: '越权测试涉案情况', officeOrgId: district.id, startedOn: '2031-01-05', team }));
  await ok('plan', officer.post(`/api/v1/enforcement/compliance/${p.id}/actions`, { action: 'submitPlan', on: '2031-01-10', title: '越权测试合规计划', summary: '越权测试计划要点' }));
  await ok('approve plan', officer.post(`/api/v1/enforcement/compliance/${p.id}/actions`, { action: 'approvePlan', on: '2031-01-12' }));
  const scheduled = await ok<{ inspections: { id: string }[] }>('inspection', officer.post(`/api/v1/enforcement/compliance/${p.id}/inspections`, { plannedOn: '2031-01-20', focus: '越权测试检查重点' }));
  add('enforcementCompliance', { id: p.id, childId: scheduled.inspections[0].id }, '越权测试涉案企业', '越权测试检查重点');
  const hk = await buildOrg(t.services, { kind: 'ipOffice', regionCode: '810000', name: `越权测试香港知识产权署${randomUUID().slice(0, 4)}` });
  const body = await ok('body', o.post('/api/v1/enforcement/cooperation/bodies', { name: `越权测试深港协作体${randomUUID().slice(0, 4)}`, area: 'shenzhenHk', agreementTitle: '越权测试协作协议', agreementSignedOn: '2031-01-01', members: [{ orgId: office.id, joinedOn: '2031-01-01' }, { orgId: hk.id, joinedOn: '2031-01-01' }] }));
  add('enforcementCoopBody', { id: body.id }, '越权测试协作协议');
  const request = await ok('assist request', o.post(`/api/v1/enforcement/cooperation/bodies/${body.id}/requests`, { toOrgId: hk.id, kind: 'serve', subject: '越权测试送达对象', detail: '越权测试协助事项' }));
  add('enforcementAssist', { id: request.id }, '越权测试送达对象', '越权测试协助事项');
}

/** Finance records of a Pingshan enterprise with a Shenzhen bank, prepared by Shenzhen's office. */
async function financeRecords({ o, add }: Home, t: TestApp): Promise<void> {
  const firm = await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: `坪山越权测试企业${randomUUID().slice(0, 4)}` });
  const bank = await buildOrg(t.services, { kind: 'bank', regionCode: HOME_REGION, name: `越权测试银行深圳分行${randomUUID().slice(0, 4)}` });
  const pledge = await ok('pledge', o.post('/api/v1/finance/pledges', { enterpriseOrgId: firm.id, bankOrgId: bank.id, securedAmountFen: 100_000_00, debtStart: '2031-01-01', debtEnd: '2031-12-31', insurance: '越权测试保险', rights: [{ kind: 'trademark', number: '31415926' }] }));
  add('financePledge', { id: pledge.id }, '越权测试保险', firm.name);
  const batch = await ok('whitelist', o.post('/api/v1/finance/whitelists', { regionCode: HOME_REGION, title: '越权测试白名单批次', criteria: [{ key: 'highTech', required: false, points: 10 }], passScore: 10, validFrom: '2031-01-01', validTo: '2031-12-31' }));
  add('financeWhitelist', { id: batch.id }, '越权测试白名单批次');
  const application = await ok('application', o.post('/api/v1/finance/whitelist-applications', { batchId: batch.id, enterpriseOrgId: firm.id, highTech: true, note: '越权测试推荐理由' }));
  add('financeApplication', { id: application.id }, '越权测试推荐理由', firm.name);
  await ok('approve', o.post(`/api/v1/finance/whitelist-applications/${application.id}/decision`, { decision: 'approved' }));
  await ok('publish', o.post(`/api/v1/finance/whitelists/${batch.id}/status`, { status: 'published' }));
  const banker = await t.login((await buildUser(t.services, { role: 'bank', orgId: bank.id })).username, TEST_PASSWORD);
  const line = await ok('interest', banker.post(`/api/v1/finance/whitelist-applications/${application.id}/interest`));
  await ok('credit line', banker.patch(`/api/v1/finance/credit-lines/${line.id}`, { status: 'granted', amountFen: 123_456_00, grantedOn: '2031-02-01', note: '越权测试授信备注' }));
  add('financeCreditLine', { id: line.id }, '越权测试授信备注');
}

/** A question with a file, a registration and a published answer of Shenzhen's consultation desk. */
async function servicesRecords({ o, add }: Home, t: TestApp): Promise<void> {
  const firmOrg = await buildOrg(t.services, { kind: 'enterprise', regionCode: HOME_REGION, name: `深圳越权测试咨询企业${randomUUID().slice(0, 4)}` });
  const firm = await t.login((await buildUser(t.services, { role: 'enterprise', orgId: firmOrg.id })).username, TEST_PASSWORD);
  const file = await ok('file', firm.upload('/api/v1/platform/files', { name: '越权咨询附件.pdf', bytes: pdf }));
  const question = await ok('question', firm.post('/api/v1/services/questions', { category: 'patent', title: '越权测试咨询标题', body: '越权测试咨询内容，请勿外泄。', fileIds: [file.id] }));
  await ok('reply', o.post(`/api/v1/services/questions/${question.id}/messages`, { kind: 'reply', body: '越权测试答复内容', effect: 'resolve' }));
  await ok('knowledge', o.post(`/api/v1/services/questions/${question.id}/knowledge`, { title: '越权测试知识库条目', body: '越权测试知识库正文内容', category: 'patent' }));
  const detail = await ok<{ knowledgeId: string }>('question detail', o.get(`/api/v1/services/questions/${question.id}`));
  add('servicesQuestion', { id: question.id, fileId: file.id }, '越权测试咨询标题', firmOrg.name);
  add('shared:servicesKnowledge', { id: detail.knowledgeId });
  add('servicesKnowledge', { id: detail.knowledgeId });
  const target = `139${String(Date.now()).slice(-8)}`;
  await ok('code', t.app.inject({ method: 'POST', url: '/api/v1/services/public/verification-codes', payload: { channel: 'mobile', target } }));
  const sent = (t.services.services.sender as unknown as { sent: { target: string; text: string }[] }).sent.filter((m) => m.target === target).at(-1)!;
  const username = `yuequan${randomUUID().slice(0, 6)}`;
  await ok('registration', t.app.inject({ method: 'POST', url: '/api/v1/services/public/registrations', payload: { kind: 'individual', name: '越权测试申请人', regionCode: '440305', contactName: '越权测试申请人', channel: 'mobile', target, verificationCode: /(\d{6})/.exec(sent.text)![1], username, password: 'Yuequan-2026!' } }));
  const page = await ok<{ items: { id: string }[] }>('registrations', o.get(`/api/v1/services/registrations?q=${encodeURIComponent('越权测试申请人')}`));
  add('servicesRegistration', { id: page.items[0].id }, username, target);
}

/** A record of each kind in Shenzhen, made by Shenzhen's own staff through the API and the factories. */
export async function buildOutsideRecords(t: TestApp): Promise<Record<string, OutsideRecord>> {
  const s = t.services;
  const office = await buildOrg(s, { kind: 'ipOffice', regionCode: HOME_REGION, name: `深圳越权测试市局${randomUUID().slice(0, 4)}` });
  const police = await buildOrg(s, { kind: 'publicSecurity', regionCode: HOME_REGION, name: `深圳越权测试公安局${randomUUID().slice(0, 4)}` });
  const district = await buildOrg(s, { kind: 'districtOffice', regionCode: '440310', name: `坪山越权测试区局${randomUUID().slice(0, 4)}` });
  const officeUser = await buildUser(s, { role: 'office', orgId: office.id });
  const liaisonUser = await buildUser(s, { role: 'liaison', orgId: police.id });
  const o = await t.login(officeUser.username, TEST_PASSWORD);
  const l = await t.login(liaisonUser.username, TEST_PASSWORD);
  const rec: Record<string, OutsideRecord> = {};
  const add = (kind: string, params: Record<string, string>, ...secrets: string[]) => (rec[kind] = { params, secrets: [...Object.values(params), ...secrets] });

  add('org', { id: police.id }, police.name, police.creditCode ?? police.name);
  const person = await buildPerson(s, { orgId: police.id, name: '越权测试联络人甲' });
  add('person', { id: person.id }, person.name);
  add('user', { id: liaisonUser.id }, liaisonUser.username);

  const home: Home = { o, l, office, police, district, add };
  await conferenceRecords(home);
  await taskRecords(home);
  await enforcementRecords(t, home);
  await financeRecords(home, t);
  await servicesRecords(home, t);
  const world = await buildWorld(s);
  const filed = await fileCase(s, world);
  add('case', { id: filed.id, childId: filed.parties[0].id }, filed.caseNo, world.applicant.orgName);
  add('protectionOrg', { id: world.orgId });

  const draft = await ok('article', o.post('/api/v1/publish/articles', { title: '越权测试草稿资讯', body: '越权测试资讯正文' }));
  const attached = await ok<{ attachments: { id: string }[] }>('attachment', o.upload(`/api/v1/publish/articles/${draft.id}/attachments`, { name: '越权附件.pdf', bytes: pdf }));
  add('article', { id: draft.id, fileId: attached.attachments[0].id }, '越权测试草稿资讯', '越权测试资讯正文');
  const published = await ok('published article', o.post('/api/v1/publish/articles', { title: '越权测试已发布资讯', body: '越权测试已发布正文' }));
  await ok('publish', o.post(`/api/v1/publish/articles/${published.id}/publish`));
  add('publishedArticle', { id: published.id }, '越权测试已发布资讯', officeUser.id);
  add('topTen', { year: '2031' });
  Object.assign(rec.topTen, { query: `regionCode=${HOME_REGION}`, regionField: 'regionCode' });
  await ok('baseline', o.request('PUT', '/api/v1/stats/baselines', { regionCode: '440305', year: 2023, population: 182.8, populationSource: '越权测试统计公报', gdp: null, area: 187.53, areaSource: '越权测试年鉴' }));
  await ok('figure', o.request('PUT', '/api/v1/stats/figures', { regionCode: '440305', year: 2023, measure: 'grants_inv_dom', value: 100, source: '越权测试年报' }));
  add('shared:statsRegion', { regionCode: '440305', year: '2023', measure: 'grants_inv_dom' });
  add('shared:mediator', { id: world.mediatorId, childId: randomUUID() });
  add('mediatorComplaints', { id: world.mediatorId, childId: randomUUID() });
  add('missing:backup', { name: 'zhichan-backup-20310101-023000.jsonl.gz' });
  add('missing:delivery', { outboxId: '999999999', webhookId: randomUUID() });
  add('missing:statsReport', { id: randomUUID(), format: 'pdf' });
  add('missing:servicesCertificate', { id: randomUUID() });
  rec['missing:servicesCertificate'].query = 'year=2031';
  const job = await t.platform.jobs.start(await actorFor(s, officeUser), 'access.test', () => Promise.resolve({ secret: '越权测试任务结果' }));
  add('job', { id: job.id }, '越权测试任务结果');
  return rec;
}
