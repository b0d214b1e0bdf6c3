import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseListQuerySchema } from '../../../common/protection';
import type { CaseAction } from '../../../common/protection-workflow';
import type { Actor } from '../../platform/access';
import { AppError } from '../../platform/errors';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildWorld, fileCase, manualClock, type World } from './protection.factories';

const clock = manualClock('2024-03-04');
let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp({ clock });
  w = await buildWorld(t.services);
});
afterAll(async () => t.close());

const p = () => t.services.protection;
const act = (actor: Actor, id: string, body: CaseAction) => p().workflow.perform(actor, id, body);
const get = (actor: Actor, id: string) => p().cases.detail(actor, id);

/** The error an action is refused with (fails the test when it is not refused). */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the action to be refused');
}

/** A refused action leaves the case exactly as it was: same status, same timeline. */
async function unchanged(_actor: Actor, id: string, attempt: () => Promise<unknown>): Promise<AppError> {
  const before = await get(w.office, id);
  const events = (await p().cases.events(w.office, id)).length;
  const err = await refusal(attempt());
  const after = await get(w.office, id);
  expect(after.status).toBe(before.status);
  expect(after.updatedAt).toBe(before.updatedAt);
  expect((await p().cases.events(w.office, id)).length).toBe(events);
  return err;
}

describe('an online application through mediation to judicial confirmation', () => {
  it('runs every step with the right clocks and actors', async () => {
    clock.set('2024-03-04');
    const filed = await fileCase(t.services, w);
    expect(filed.caseNo).toMatch(/^（2024）.+知调字第\d+号$/);
    expect(filed).toMatchObject({ status: 'submitted', nextActor: 'office', dueKind: 'designateMediator', dueOn: '2024-03-07' });
    const id = filed.id;

    await act(w.office, id, { action: 'admit' });
    expect(await get(w.applicant, id)).toMatchObject({ status: 'awaitingAssignment', nextActor: 'parties', dueKind: 'chooseMediator', dueOn: '2024-03-06' });

    await act(w.applicant, id, { action: 'choose', mediatorId: w.mediatorId });
    expect((await get(w.applicant, id)).status).toBe('awaitingAssignment');
    await act(w.respondent, id, { action: 'choose', mediatorId: w.mediatorId });
    expect(await get(w.mediator, id)).toMatchObject({ status: 'assigned', nextActor: 'mediator', dueKind: 'mediatorAccept', mediator: { name: '陈静' } });

    const conflict = await unchanged(w.mediator, id, () => act(w.mediator, id, { action: 'accept', hasConflict: true, disclosure: '曾代理申请人' }));
    expect(conflict.message).toBe('hasConflict: 存在利益冲突的，应申请回避，不能接受调解');

    await act(w.mediator, id, { action: 'accept', hasConflict: false, disclosure: '与各方当事人无利害关系' });
    expect(await get(w.mediator, id)).toMatchObject({ status: 'contactingRespondent', dueKind: 'contactRespondent', dueOn: '2024-03-07', periodDays: 30 });
    await act(w.mediator, id, { action: 'contactRespondent', result: 'agreed' });
    const inMediation = await get(w.mediator, id);
    expect(inMediation).toMatchObject({ status: 'inMediation', dueKind: 'periodPreFiling', dueOn: '2024-04-03' });

    clock.set('2024-03-06');
    await act(w.mediator, id, { action: 'startAppraisal', institution: '广东省知识产权保护中心', matter: '被诉产品技术特征比对' });
    expect((await get(w.mediator, id)).deadlines.find((d) => d.code === 'periodPreFiling')).toMatchObject({ state: 'paused', dueOn: null });
    clock.set('2024-03-16');
    await act(w.mediator, id, { action: 'endAppraisal', result: '技术特征相同' });
    // 3 Apr + 10 days of appraisal = 13 Apr, a Saturday: the period ends on Monday 15 Apr.
    expect(await get(w.mediator, id)).toMatchObject({ pausedDays: 10, dueOn: '2024-04-15' });

    const parties = inMediation.parties;
    const missing = await unchanged(w.mediator, id, () => act(w.mediator, id, { action: 'extend', days: 10, consentPartyIds: [parties[0].id], consentOn: '2024-03-16', consentMethod: 'written' }));
    expect(missing.message).toBe(`consentPartyIds: 延长调解期限须经全部当事人同意，尚缺：${parties[1].name}`);
    const future = await unchanged(w.mediator, id, () => act(w.mediator, id, { action: 'extend', days: 10, consentPartyIds: parties.map((x) => x.id), consentOn: '2024-03-17', consentMethod: 'written' }));
    expect(future.message).toBe('consentOn: 同意日期不能晚于今天');
    await act(w.mediator, id, { action: 'extend', days: 10, consentPartyIds: parties.map((x) => x.id), consentOn: '2024-03-15', consentMethod: 'written' });
    expect(await get(w.mediator, id)).toMatchObject({ extensionDays: 10, dueOn: '2024-04-23' });
    expect((await get(w.mediator, id)).deadlines.find((d) => d.code === 'periodPreFiling')).toMatchObject({
      length: '30 日 + 延长 10 日（中止 10 日不计入）',
      lengthEn: '30 days + 10 days extension (10 days paused not counted)',
    });
    const events = await p().cases.events(w.mediator, id);
    expect(events.map((e) => e.detail)).toContain(`经全部当事人（${parties.map((x) => x.name).join('、')}）于 2024-03-15 以书面同意书同意，调解期限延长 10 日`);

    clock.set('2024-03-20');
    await act(w.mediator, id, {
      action: 'draftAgreement',
      terms: '被申请人停止生产销售涉案产品，赔偿申请人经济损失30万元。',
      performanceMethod: '银行转账',
      performanceDeadline: '2024-04-30',
      affectsValidity: false,
      signedPartyIds: [parties[0].id],
      mediatorSigned: true,
      sealed: true,
    });
    expect(await get(w.respondent, id)).toMatchObject({ status: 'agreementPending', nextActor: 'respondent' });
    await act(w.respondent, id, { action: 'signAgreement' });
    const signed = await get(w.applicant, id);
    expect(signed).toMatchObject({ status: 'agreementSigned', outcome: 'agreement', nextActor: 'parties', dueKind: 'confirmationApply', dueOn: '2024-04-19' });
    expect(signed.agreement).toMatchObject({ effectiveOn: '2024-03-20', mediatorSignedOn: '2024-03-20' });
    // The agreement ends mediation, not the case: no closing date until the case is closed.
    expect(signed.dates).toMatchObject({ mediationEndedOn: '2024-03-20', endedOn: null });
    expect(signed.deadlines.find((d) => d.code === 'periodPreFiling')).toMatchObject({ state: 'met', metOn: '2024-03-20' });

    clock.set('2024-03-25');
    await act(w.applicant, id, { action: 'applyConfirmation', courtId: w.court.orgId });
    expect(await get(w.applicant, id)).toMatchObject({ status: 'agreementSigned', nextActor: 'respondent', confirmation: { consents: ['applicant'] } });
    const otherCourt = await unchanged(w.respondent, id, () => act(w.respondent, id, { action: 'applyConfirmation', courtId: w.otherCourt.orgId }));
    expect(otherCourt.message).toMatch(/^courtId: 各方当事人应向同一法院共同申请/);
    await act(w.respondent, id, { action: 'applyConfirmation', courtId: w.court.orgId });
    expect(await get(w.court, id)).toMatchObject({ status: 'confirmationRequested', nextActor: 'court', dueKind: 'confirmationAcceptance', dueOn: '2024-03-28' });

    expect((await refusal(act(w.otherCourt, id, { action: 'acceptConfirmation', confirmationNo: 'x' }))).code).toBe('NOT_FOUND');
    await act(w.court, id, { action: 'acceptConfirmation', confirmationNo: '（2024）粤0310民特88号' });
    const tooLong = await unchanged(w.court, id, () => act(w.court, id, { action: 'extendRuling', days: 15, reason: '案情复杂' }));
    expect(tooLong.message).toMatch(/^days: 审查期限最多延长 10 日/);
    await act(w.court, id, { action: 'extendRuling', days: 10, reason: '案情复杂' });
    expect((await unchanged(w.court, id, () => act(w.court, id, { action: 'extendRuling', days: 1, reason: '再延' }))).message).toBe('司法确认审查期限只能延长一次');
    expect(await get(w.court, id)).toMatchObject({ dueKind: 'confirmationRuling', dueOn: '2024-04-19' });
    clock.set('2024-04-10');
    await act(w.court, id, { action: 'ruleConfirmation', result: 'confirmed' });
    const done = await get(w.office, id);
    expect(done.dates.endedOn).toBe('2024-04-10');
    expect(done).toMatchObject({ status: 'confirmed', nextActor: 'none', dueOn: null, confirmation: { result: 'confirmed', confirmationNo: '（2024）粤0310民特88号' } });
    expect(done.deadlines.every((d) => d.state === 'met' || d.state === 'late' || d.state === 'lapsed')).toBe(true);

    const timeline = await p().cases.events(w.applicant, id);
    expect(timeline.map((e) => e.action).reverse()).toEqual([
      'intake', 'admit', 'choose', 'choose', 'accept', 'contactRespondent', 'startAppraisal', 'endAppraisal', 'extend',
      'draftAgreement', 'signAgreement', 'applyConfirmation', 'applyConfirmation', 'acceptConfirmation', 'extendRuling', 'ruleConfirmation',
    ]);
  });
});

describe('an action answers the case as it left it', () => {
  it('answers the updated case with its deadlines, next actor and what the caller may do, as a fresh read shows it', async () => {
    clock.set('2024-03-04');
    const { id } = await fileCase(t.services, w);
    const admitted = await act(w.office, id, { action: 'admit' });
    expect(admitted).toMatchObject({ status: 'awaitingAssignment', nextActor: 'parties', dueKind: 'chooseMediator', dueOn: '2024-03-06' });
    expect(admitted.viewer.actions).toContain('designate');
    expect(admitted).toEqual(await get(w.office, id));
  });

  it('answers 404 to a caller the action takes the case away from, and keeps the action', async () => {
    clock.set('2024-03-04');
    const { id } = await fileCase(t.services, w);
    await act(w.office, id, { action: 'admit' });
    await act(w.office, id, { action: 'designate', mediatorId: w.mediatorId });
    const gone = await refusal(act(w.mediator, id, { action: 'decline', reason: '日程冲突' }));
    expect(gone.code).toBe('NOT_FOUND');
    expect(await get(w.office, id)).toMatchObject({ status: 'awaitingAssignment', mediator: null });
  });
});

describe('illegal transitions are refused and change nothing', () => {
  it('names the status for a wrong step, the side for a wrong actor, and the kind for an unknown action', async () => {
    clock.set('2024-05-06');
    const { id } = await fileCase(t.services, w);
    const early = await unchanged(w.office, id, () => act(w.office, id, { action: 'designate', mediatorId: w.mediatorId }));
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toBe('案件当前状态为「已提交待审查」，不能「指定调解员」（可在「待选定调解员」时办理）');
    const party = await unchanged(w.applicant, id, () => act(w.applicant, id, { action: 'admit' }));
    expect(party.code).toBe('FORBIDDEN');
    expect(party.message).toBe('您在本案中不能「受理」');
    const wrongKind = await unchanged(w.office, id, () => act(w.office, id, { action: 'register', handlers: [{ name: 'a', presiding: true }, { name: 'b', presiding: false }, { name: 'c', presiding: false }] }));
    expect(wrongKind.message).toBe('action: 纠纷调解案件没有「立案」操作');
    const stranger = await unchanged(w.outsider, id, () => act(w.outsider, id, { action: 'withdraw', reason: 'x' }));
    expect(stranger.code).toBe('NOT_FOUND');
    await act(w.office, id, { action: 'admit' });
    const outsideOrg = await unchanged(w.office, id, () => act(w.office, id, { action: 'designate', mediatorId: '00000000-0000-4000-8000-000000000abc' }));
    expect(outsideOrg.message).toBe('mediatorId: 调解员不存在');
  });

  it('refuses a joint choice after the 2 working days and lets the office designate', async () => {
    clock.set('2024-02-08');
    const { id } = await fileCase(t.services, w);
    await act(w.office, id, { action: 'admit' });
    clock.set('2024-02-19');
    const late = await unchanged(w.applicant, id, () => act(w.applicant, id, { action: 'choose', mediatorId: w.mediatorId }));
    expect(late.message).toBe('mediatorId: 当事人共同选定调解员的期限已于 2024-02-18 届满，应由指定调解员');
    await act(w.office, id, { action: 'designate', mediatorId: w.mediatorId });
    expect((await get(w.office, id)).status).toBe('assigned');
  });

  it('sends a case back for reassignment when the mediator lets 3 working days pass, and refuses a late acceptance', async () => {
    clock.set('2024-09-27');
    const { id } = await fileCase(t.services, w, w.office, { source: 'officeReferral' });
    await act(w.office, id, { action: 'designate', mediatorId: w.mediatorId });
    clock.set('2024-10-09');
    const late = await unchanged(w.mediator, id, () => act(w.mediator, id, { action: 'accept', hasConflict: false, disclosure: '无' }));
    expect(late.message).toBe('接受期限（3 个工作日）已于 2024-10-08 届满，案件将退回重新选定调解员');
    const run = await p().reminders.run();
    expect(run.reassigned).toBeGreaterThanOrEqual(1);
    const back = await get(w.office, id);
    expect(back).toMatchObject({ status: 'awaitingAssignment', mediator: null });
    const again = await refusal(act(w.office, id, { action: 'designate', mediatorId: w.mediatorId }));
    expect(again.message).toMatch(/^mediatorId: 调解员「陈静」已拒绝、回避或被更换/);
    await act(w.office, id, { action: 'designate', mediatorId: w.secondMediatorId });
    expect((await get(w.office, id)).mediator?.id).toBe(w.secondMediatorId);
    expect((await p().reminders.run()).reassigned).toBe(0);
  });

  it('lets each side ask once for another mediator', async () => {
    clock.set('2024-06-03');
    const { id } = await fileCase(t.services, w, w.office, { source: 'officeReferral' });
    await act(w.office, id, { action: 'designate', mediatorId: w.mediatorId });
    await act(w.applicant, id, { action: 'replaceMediator', reason: '调解员曾与被申请人有业务往来' });
    await act(w.office, id, { action: 'designate', mediatorId: w.secondMediatorId });
    const twice = await unchanged(w.applicant, id, () => act(w.applicant, id, { action: 'replaceMediator', reason: '再次更换' }));
    expect(twice.message).toMatch(/^每方当事人只能申请更换一次调解员/);
  });
});

describe('agreements and judicial confirmation', () => {
  async function signedCase(affectsValidity: boolean) {
    const { id } = await fileCase(t.services, w, w.office, { source: 'officeReferral', rights: [{ kind: 'invention', number: 'ZL202210345678.8', title: '一种散热装置' }] });
    await act(w.office, id, { action: 'designate', mediatorId: w.mediatorId });
    await act(w.mediator, id, { action: 'accept', hasConflict: false, disclosure: '无' });
    await act(w.mediator, id, { action: 'contactRespondent', result: 'agreed' });
    const parties = (await get(w.mediator, id)).parties;
    await act(w.mediator, id, {
      action: 'draftAgreement',
      terms: affectsValidity ? '双方确认涉案专利归申请人所有，被申请人放弃权利主张。' : '被申请人支付许可费10万元。',
      performanceMethod: '转账',
      performanceDeadline: '2024-12-31',
      affectsValidity,
      signedPartyIds: parties.map((x) => x.id),
      mediatorSigned: true,
      sealed: true,
    });
    return id;
  }

  it('refuses judicial confirmation of an agreement that settles ownership or validity (涉确权)', async () => {
    clock.set('2024-07-01');
    const id = await signedCase(true);
    expect(await get(w.applicant, id)).toMatchObject({ status: 'agreementSigned', nextActor: 'mediator', agreement: { affectsValidity: true } });
    const err = await unchanged(w.applicant, id, () => act(w.applicant, id, { action: 'applyConfirmation', courtId: w.court.orgId }));
    expect(err.fields?.[0]).toEqual({ field: 'affectsValidity', message: '调解协议涉及知识产权确权（权属或效力），依《民诉法解释》第355条，法院不予受理司法确认' });
    expect((await get(w.office, id)).dates.endedOn).toBeNull();
    clock.set('2024-07-08');
    await act(w.mediator, id, { action: 'close' });
    expect(await get(w.office, id)).toMatchObject({ status: 'closed', dates: { endedOn: '2024-07-08' } });
  });

  it('refuses a confirmation request made after the 30 days', async () => {
    clock.set('2024-08-01');
    const id = await signedCase(false);
    // 30 days end on Saturday 31 Aug, so the last day to apply is Monday 2 Sep.
    clock.set('2024-09-02');
    expect((await get(w.applicant, id)).deadlines.find((d) => d.code === 'confirmationApply')).toMatchObject({ dueOn: '2024-09-02', state: 'running' });
    clock.set('2024-09-03');
    const err = await unchanged(w.applicant, id, () => act(w.applicant, id, { action: 'applyConfirmation', courtId: w.court.orgId }));
    expect(err.message).toBe('appliedOn: 司法确认应自调解协议生效之日（2024-08-01）起30日内共同申请，期限已于 2024-09-02 届满');
  });
});

describe('failures go back to court or on to adjudication', () => {
  it('terminates a pre-filing referral the respondent refuses, reports the failure, and the court registers the case', async () => {
    clock.set('2024-04-01');
    const { id } = await fileCase(t.services, w, w.court, { source: 'courtPreFiling', courtId: w.court.orgId });
    expect(await get(w.court, id)).toMatchObject({ status: 'awaitingAssignment', referringOrg: { id: w.court.orgId } });
    await act(w.court, id, { action: 'designate', mediatorId: w.mediatorId });
    await act(w.mediator, id, { action: 'accept', hasConflict: false, disclosure: '无' });
    await act(w.mediator, id, { action: 'contactRespondent', result: 'refused', note: '被申请人电话表示不同意调解' });
    expect(await get(w.court, id)).toMatchObject({ status: 'terminated', terminationGround: 'refusedToContinue', outcome: 'failure', nextActor: 'mediator', dates: { mediationEndedOn: '2024-04-01', endedOn: null } });
    await act(w.mediator, id, { action: 'reportFailure', whatHappened: '组织双方沟通一次', whyFailed: '被申请人拒绝调解', costConduct: '被申请人两次无故缺席' });
    expect((await refusal(act(w.court, id, { action: 'transfer', destination: 'courtRegistered' }))).message).toBe('courtCaseNo: 请填写法院立案案号');
    await act(w.court, id, { action: 'transfer', destination: 'courtRegistered', courtCaseNo: '（2024）粤0310民初1234号' });
    expect(await get(w.court, id)).toMatchObject({ status: 'transferred', courtCaseNo: '（2024）粤0310民初1234号', failureReport: { whyFailed: '被申请人拒绝调解' } });
  });

  it('runs an in-litigation referral on the 7-day simplified period and closes it with a court document', async () => {
    clock.set('2024-06-03');
    const { id } = await fileCase(t.services, w, w.court, { source: 'courtInLitigation', courtId: w.court.orgId, procedure: 'simplified', courtCaseNo: '（2024）粤0310民初77号' });
    await act(w.court, id, { action: 'designate', mediatorId: w.mediatorId });
    await act(w.mediator, id, { action: 'accept', hasConflict: false, disclosure: '无' });
    expect(await get(w.mediator, id)).toMatchObject({ status: 'inMediation', periodDays: 7, dueKind: 'periodSimplified', dueOn: '2024-06-11' });
    const early = await unchanged(w.mediator, id, () => act(w.mediator, id, { action: 'terminate', ground: 'periodExpired', detail: '期满' }));
    expect(early.message).toBe('ground: 调解期限尚未届满（至 2024-06-11）');
    const parties = (await get(w.mediator, id)).parties;
    await act(w.mediator, id, { action: 'draftAgreement', terms: '原告撤回部分诉请', performanceMethod: '当庭履行', performanceDeadline: '2024-06-30', affectsValidity: false, signedPartyIds: parties.map((x) => x.id), mediatorSigned: true, sealed: true });
    expect((await refusal(act(w.applicant, id, { action: 'applyConfirmation', courtId: w.court.orgId }))).message).toMatch(/不适用司法确认/);
    await act(w.court, id, { action: 'issueDocument', documentNo: '（2024）粤0310民初77号之一' });
    expect(await get(w.office, id)).toMatchObject({ status: 'closed', documentNo: '（2024）粤0310民初77号之一' });
  });

  it('transfers a failed patent mediation to administrative adjudication as a new case', async () => {
    clock.set('2024-07-15');
    const { id } = await fileCase(t.services, w, w.office, { source: 'officeReferral' });
    await act(w.office, id, { action: 'designate', mediatorId: w.mediatorId });
    await act(w.mediator, id, { action: 'accept', hasConflict: false, disclosure: '无' });
    await act(w.mediator, id, { action: 'contactRespondent', result: 'agreed' });
    clock.set('2024-07-22');
    await act(w.mediator, id, { action: 'terminate', ground: 'tooFarApart', detail: '赔偿数额差距过大' });
    // Termination ends mediation, not the case: the case stays open for the report and the transfer.
    const ended = await get(w.office, id);
    expect(ended).toMatchObject({ status: 'terminated', dates: { mediationEndedOn: '2024-07-22', endedOn: null } });
    expect(ended.deadlines.find((d) => d.code === 'periodPreFiling')).toMatchObject({ state: 'met', metOn: '2024-07-22' });
    const listed = await p().cases.list(w.office, CaseListQuerySchema.parse({ kind: 'mediation', pageSize: 100 }));
    expect(listed.items.find((x) => x.id === id)?.endedOn).toBeNull();
    clock.set('2024-07-24');
    await act(w.mediator, id, { action: 'reportFailure', whatHappened: '三次调解', whyFailed: '分歧较大' });
    expect((await get(w.office, id)).dates).toMatchObject({ mediationEndedOn: '2024-07-22', endedOn: null });
    clock.set('2024-07-26');
    await act(w.office, id, { action: 'transfer', destination: 'adjudication', adjudicationOrgId: w.ipOfficeId });
    expect(await get(w.office, id)).toMatchObject({ status: 'transferred', dates: { mediationEndedOn: '2024-07-22', endedOn: '2024-07-26' } });
    const page = await p().cases.list(w.office, CaseListQuerySchema.parse({ kind: 'adjudication', pageSize: 50 }));
    const adj = page.items.find((x) => x.applicantNames === w.applicant.orgName && x.receivedOn === '2024-07-26');
    expect(adj).toMatchObject({ status: 'received', source: 'mediationTransfer' });
    expect((await get(w.applicant, adj!.id)).fromCaseId).toBe(id);
  });
});

describe('administrative adjudication of a patent infringement dispute', () => {
  it('runs from request to enforcement with a panel, suspension and the window to sue', async () => {
    clock.set('2024-07-01');
    const filed = await p().cases.createAdjudication(w.applicant, {
      orgId: w.ipOfficeId,
      regionCode: w.regionCode,
      summary: '被请求人制造销售的充电桩侵犯请求人实用新型专利权。',
      claims: '责令被请求人停止侵权。',
      parties: [
        { role: 'applicant', kind: 'organisation', name: w.applicant.orgName, orgId: w.applicant.orgId, idNumber: null, address: null, phone: null, serviceAddress: null, agentName: null, agentPhone: null, agentAuthority: null },
        { role: 'respondent', kind: 'organisation', name: w.respondent.orgName, orgId: w.respondent.orgId, idNumber: null, address: null, phone: null, serviceAddress: null, agentName: null, agentPhone: null, agentAuthority: null },
      ],
      rights: [{ kind: 'utilityModel', number: 'ZL202420567890.3', title: '一种充电桩' }],
    });
    const id = filed.id;
    expect(filed).toMatchObject({ kind: 'adjudication', status: 'received', nextActor: 'office', dueKind: 'adjRegister', dueOn: '2024-07-08' });
    const even = await unchanged(w.office, id, () => act(w.office, id, { action: 'register', handlers: ['张', '王', '李', '赵'].map((name) => ({ name, presiding: false })) }));
    expect(even.message).toBe('handlers: 合议组应由奇数名办案人员组成（现为 4 名）');
    await act(w.office, id, { action: 'register', handlers: ['张明', '王芳', '李强'].map((name, i) => ({ name, presiding: i === 0 })) });
    await act(w.office, id, { action: 'serve' });
    expect(await get(w.office, id)).toMatchObject({ status: 'served', nextActor: 'respondent', dueKind: 'adjAnswer', dueOn: '2024-07-16' });
    const tooSoon = await unchanged(w.office, id, () => act(w.office, id, { action: 'startInvestigation' }));
    expect(tooSoon.message).toBe('被请求人尚未答辩，答辩期至 2024-07-16 届满后方可不待答辩开始审理');
    clock.set('2024-07-17');
    await act(w.office, id, { action: 'startInvestigation' });
    const panel = (await get(w.office, id)).panel;
    await act(w.office, id, { action: 'recuseHandler', memberId: panel[1].id, reason: '与被请求人有亲属关系', replacementName: '陈晨' });
    expect((await get(w.office, id)).panel.filter((m) => !m.recusedOn).map((m) => m.name)).toEqual(['张明', '李强', '陈晨']);
    clock.set('2024-08-01');
    await act(w.office, id, { action: 'suspend', invalidationNo: '4W118888', invalidationAcceptedOn: '2024-07-30' });
    clock.set('2024-08-21');
    await act(w.office, id, { action: 'resume', reason: '无效宣告请求审查决定维持专利权有效' });
    expect(await get(w.office, id)).toMatchObject({ pausedDays: 20, dueKind: 'adjDecide', dueOn: '2024-10-21' });
    const twoMonths = await unchanged(w.office, id, () => act(w.office, id, { action: 'extendDecision', months: 2, approvedBy: '局长' }));
    expect(twoMonths.message).toMatch(/^months: 办案期限最多延长 1 个月/);
    const damages = await unchanged(w.office, id, () => act(w.office, id, { action: 'decide', result: 'infringing', orders: '停止侵权', damagesFen: 1_000_000 }));
    expect(damages.fields?.[0]?.field).toBe('damagesFen');
    await act(w.office, id, { action: 'decide', result: 'infringing', orders: '责令立即停止制造、销售侵权产品' });
    clock.set('2024-09-02');
    await act(w.office, id, { action: 'serveDecision' });
    expect(await get(w.office, id)).toMatchObject({ status: 'decisionServed', nextActor: 'parties', dueKind: 'adjSue', dueOn: '2024-09-18' });
    const tooEarly = await unchanged(w.office, id, () => act(w.office, id, { action: 'requestEnforcement', courtId: w.court.orgId }));
    expect(tooEarly.message).toMatch(/^起诉期限至 2024-09-18 届满后/);
    clock.set('2024-09-19');
    const lateSuit = await unchanged(w.respondent, id, () => act(w.respondent, id, { action: 'recordLawsuit', courtId: w.court.orgId, filedOn: '2024-09-19' }));
    expect(lateSuit.message).toBe('filedOn: 已超过收到裁决书之日起15日的起诉期限（至 2024-09-18）');
    await act(w.office, id, { action: 'requestEnforcement', courtId: w.court.orgId });
    expect(await get(w.court, id)).toMatchObject({ status: 'enforcementRequested', court: { id: w.court.orgId } });
  });
});

describe('case numbers', () => {
  it('are sequential per organisation and year, and unique when filed at the same moment', async () => {
    clock.set('2025-03-03');
    const filed = await Promise.all(Array.from({ length: 8 }, () => fileCase(t.services, w)));
    const seqs = filed.map((c) => Number(/第(\d+)号$/.exec(c.caseNo)![1])).sort((a, b) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(filed.map((c) => c.caseNo)).size).toBe(8);
    expect(filed.every((c) => c.caseNo.startsWith('（2025）'))).toBe(true);
  });
});
