import { fieldError, forbidden } from '../../platform/errors';
import type { AgreementRow } from './case-parts.repository';
import type { CasePatch } from './case.repository';
import { partySides, refused } from './mediation-actions.service';
import type { ActionContext, ActionHandlers, ActionResult } from './workflow-support.service';

type AgreementAction =
  | 'draftAgreement'
  | 'signAgreement'
  | 'close'
  | 'issueDocument'
  | 'applyConfirmation'
  | 'acceptConfirmation'
  | 'refuseConfirmation'
  | 'extendRuling'
  | 'ruleConfirmation'
  | 'reportFailure'
  | 'transfer';

const SIDE_NAMES: Record<string, string> = { applicant: '申请人', respondent: '被申请人' };

/** Saves the agreement; when every party and the mediator have signed and the seal is on, it takes effect today. */
async function saveAgreement(ctx: ActionContext, a: AgreementRow, detail: string): Promise<ActionResult> {
  const signed = new Set(a.signatures.map((s) => s.partyId));
  const complete = ctx.parties.every((p) => signed.has(p.id)) && !!a.mediator_signed_on && !!a.sealed_on;
  const effective = complete ? ctx.today : null;
  await ctx.parts.upsertAgreement(ctx.trx, { ...a, effective_on: effective, updated_at: new Date() });
  if (!complete) return { to: 'agreementPending', patch: { affects_validity: a.affects_validity }, detail };
  const flag = a.affects_validity ? '；协议涉及知识产权确权，不能申请司法确认' : '';
  return { to: 'agreementSigned', patch: { effective_on: ctx.today, mediation_ended_on: ctx.today, outcome: 'agreement', affects_validity: a.affects_validity }, detail: `${detail}；各方签字、加盖印章，调解协议生效${flag}` };
}

/** Only the court the application went to may decide it. */
function confirmCourtOnly(ctx: ActionContext): void {
  if (!ctx.actor || ctx.c.confirm_court_id !== ctx.actor.orgId) throw forbidden('只有受理司法确认申请的法院可以办理');
}

/** Agreements, judicial confirmation and what follows a failure (legal-rules rows 12–17). */
export const agreementActions: ActionHandlers<AgreementAction> = {
  async draftAgreement(ctx, b) {
    if (b.performanceDeadline < ctx.today) throw fieldError('performanceDeadline', '履行期限不能早于今天');
    const unknown = b.signedPartyIds.filter((id) => !ctx.parties.some((p) => p.id === id));
    if (unknown.length) throw fieldError('signedPartyIds', '包含不属于本案的当事人');
    const org = await ctx.org(ctx.c.org_id);
    const a: AgreementRow = {
      case_id: ctx.c.id,
      terms: b.terms,
      performance_method: b.performanceMethod,
      performance_deadline: b.performanceDeadline,
      affects_validity: b.affectsValidity,
      signatures: ctx.parties.filter((p) => b.signedPartyIds.includes(p.id)).map((p) => ({ partyId: p.id, name: p.name, signedOn: ctx.today })),
      mediator_signed_on: b.mediatorSigned ? ctx.today : null,
      sealed_on: b.sealed ? ctx.today : null,
      seal_org_name: b.sealed ? (org?.name ?? null) : null,
      effective_on: null,
      updated_at: new Date(),
    };
    return saveAgreement(ctx, a, `录入调解协议（履行期限 ${b.performanceDeadline}${b.affectsValidity ? '，涉确权' : ''}）`);
  },

  async signAgreement(ctx, b) {
    const a = await ctx.parts.agreement(ctx.trx, ctx.c.id);
    if (!a) throw refused('尚无调解协议');
    const sides = partySides(ctx.sides);
    const mine = ctx.parties.filter((p) => sides.includes(p.role as never));
    const signatures = [...a.signatures];
    for (const p of mine) if (!signatures.some((s) => s.partyId === p.id)) signatures.push({ partyId: p.id, name: p.name, signedOn: ctx.today });
    const next: AgreementRow = { ...a, signatures };
    const done: string[] = mine.map((p) => p.name);
    if (ctx.sides.includes('mediator')) {
      next.mediator_signed_on ??= ctx.today;
      done.push('调解员');
      if (b.seal) {
        next.sealed_on ??= ctx.today;
        next.seal_org_name ??= (await ctx.org(ctx.c.org_id))?.name ?? null;
        done.push('调解组织（盖章）');
      }
    }
    return saveAgreement(ctx, next, `${done.join('、')}签署调解协议`);
  },

  async close(ctx) {
    if (ctx.c.source === 'courtInLitigation') throw refused('委托调解达成协议的，由法院出具调解书或原告撤诉结案');
    return { to: 'closed', patch: {}, detail: '调解成功结案，当事人不申请司法确认' };
  },

  async issueDocument(ctx, b) {
    if (ctx.c.source !== 'courtInLitigation') throw refused('只有委托调解的案件由法院出具调解书；诉前调解协议可申请司法确认');
    if (!ctx.actor || ctx.c.court_id !== ctx.actor.orgId) throw forbidden('只有委托本案的法院可以出具调解书');
    return { to: 'closed', patch: { document_no: b.documentNo }, detail: `法院出具调解书 ${b.documentNo}` };
  },

  async applyConfirmation(ctx, b) {
    if (ctx.c.source === 'courtInLitigation') throw refused('委托调解达成协议的，由法院出具调解书，不适用司法确认');
    if (ctx.c.affects_validity) throw fieldError('affectsValidity', '调解协议涉及知识产权确权（权属或效力），依《民诉法解释》第355条，法院不予受理司法确认');
    const until = ctx.engine.dueFor(ctx.rules, 'confirmationApply', ctx.c.region_code, ctx.c.effective_on!);
    if (ctx.today > until) throw fieldError('appliedOn', `司法确认应自调解协议生效之日（${ctx.c.effective_on}）起30日内共同申请，期限已于 ${until} 届满`);
    const court = await ctx.org(b.courtId);
    if (court?.kind !== 'court') throw fieldError('courtId', '请选择法院');
    if (ctx.c.confirm_court_id && ctx.c.confirm_court_id !== b.courtId) throw fieldError('courtId', '各方当事人应向同一法院共同申请，另一方已选择的法院与此不同');
    let sides = partySides(ctx.sides);
    if (b.jointApplicationEvidenceId) {
      const e = await ctx.parts.findEvidence(ctx.trx, ctx.c.id, b.jointApplicationEvidenceId);
      if (!e) throw fieldError('jointApplicationEvidenceId', '联合申请书不存在，请先上传');
      sides = ['applicant', 'respondent'];
    } else if (ctx.sides.includes('mediator') && sides.length === 0) {
      throw fieldError('jointApplicationEvidenceId', '调解员代为提交的，须上传各方签名的联合申请书');
    }
    const consents = [...new Set([...ctx.c.confirmation_consents, ...sides])];
    const patch: CasePatch = { confirmation_consents: consents, confirm_court_id: b.courtId };
    const joint = consents.includes('applicant') && consents.includes('respondent');
    const who = sides.map((s) => SIDE_NAMES[s]).join('、');
    if (!joint) return { patch, detail: `${who}向${court.name}申请司法确认，等待另一方共同申请（至 ${until}）` };
    return { to: 'confirmationRequested', patch: { ...patch, confirmation_applied_on: ctx.today }, detail: `各方当事人共同向${court.name}申请司法确认` };
  },

  async acceptConfirmation(ctx, b) {
    confirmCourtOnly(ctx);
    if (ctx.c.affects_validity) throw refused('协议涉及知识产权确权，不予受理司法确认');
    return { to: 'confirmationAccepted', patch: { confirmation_no: b.confirmationNo, confirmation_accepted_on: ctx.today }, detail: `法院受理司法确认申请，案号 ${b.confirmationNo}` };
  },

  async refuseConfirmation(ctx, b) {
    confirmCourtOnly(ctx);
    return { to: 'confirmationRejected', patch: { confirmation_result: 'notAccepted', confirmation_reason: b.reason, confirmation_decided_on: ctx.today }, detail: `法院不予受理司法确认：${b.reason}` };
  },

  async extendRuling(ctx, b) {
    confirmCourtOnly(ctx);
    const rule = ctx.engine.resolve(ctx.rules, 'confirmationRuling', ctx.c.region_code);
    const max = rule.extension_length ?? 0;
    if (ctx.c.ruling_extension_days > 0) throw refused('司法确认审查期限只能延长一次');
    if (b.days > max) throw fieldError('days', `审查期限最多延长 ${max} 日（${rule.citation}）`);
    return { patch: { ruling_extension_days: b.days }, detail: `延长审查期限 ${b.days} 日：${b.reason}` };
  },

  async ruleConfirmation(ctx, b) {
    confirmCourtOnly(ctx);
    if (b.result === 'rejected' && !b.reason) throw fieldError('reason', '驳回申请须说明理由');
    if (b.result === 'confirmed') return { to: 'confirmed', patch: { confirmation_result: 'confirmed', confirmation_decided_on: ctx.today }, detail: `法院裁定确认调解协议有效（${ctx.c.confirmation_no}）` };
    return { to: 'confirmationRejected', patch: { confirmation_result: 'rejected', confirmation_reason: b.reason ?? null, confirmation_decided_on: ctx.today }, detail: `法院裁定驳回申请：${b.reason}` };
  },

  async reportFailure(ctx, b) {
    await ctx.parts.insertFailureReport(ctx.trx, {
      case_id: ctx.c.id,
      what_happened: b.whatHappened,
      why_failed: b.whyFailed,
      cost_conduct: b.costConduct || null,
      notes: b.notes || null,
      reported_by: ctx.actorName,
      reported_on: ctx.today,
    });
    return { to: 'failureReported', patch: {}, detail: '调解员报送调解不成情况（基本情况、不成原因、增加对方诉讼成本的行为）' };
  },

  async transfer(ctx, b) {
    const source = ctx.c.source;
    const byCourt = ctx.actor && ctx.c.court_id === ctx.actor.orgId;
    switch (b.destination) {
      case 'courtRegistered':
        if (source !== 'courtPreFiling') throw fieldError('destination', '只有委派调解不成的案件由法院登记立案');
        if (!byCourt) throw forbidden('由委派法院登记立案');
        if (!b.courtCaseNo) throw fieldError('courtCaseNo', '请填写法院立案案号');
        return { to: 'transferred', patch: { transfer_destination: b.destination, court_case_no: b.courtCaseNo }, detail: `委派调解不成，法院登记立案（${b.courtCaseNo}）` };
      case 'trialResumed':
        if (source !== 'courtInLitigation') throw fieldError('destination', '只有委托调解不成的案件恢复审理');
        if (!byCourt) throw forbidden('由委托法院恢复审理');
        return { to: 'transferred', patch: { transfer_destination: b.destination }, detail: '委托调解不成，案件恢复审理' };
      case 'onlineFiling':
        if (source !== 'application' && source !== 'officeReferral') throw fieldError('destination', '法院委派、委托的案件由法院立案或恢复审理');
        if (!ctx.sides.includes('applicant') && !ctx.sides.includes('office')) throw forbidden('由申请人在线立案');
        return { to: 'transferred', patch: { transfer_destination: b.destination }, detail: '申请人坚持起诉，调解材料推送法院在线立案' };
      case 'adjudication': {
        if (!ctx.sides.includes('office')) throw forbidden('转行政裁决由知识产权局办理');
        if (ctx.c.dispute_type !== 'patent') throw fieldError('destination', '只有专利侵权纠纷可以请求行政裁决');
        if (!b.adjudicationOrgId) throw fieldError('adjudicationOrgId', '请选择受理行政裁决的知识产权局');
        const opened = await ctx.openAdjudication(b.adjudicationOrgId);
        return { to: 'transferred', patch: { transfer_destination: b.destination }, detail: `调解不成，转请行政裁决（${opened.caseNo}）` };
      }
    }
  },
};
