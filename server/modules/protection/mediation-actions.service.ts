import { PRE_FILING_SOURCES, type PartyRole, TerminationGroundLabels } from '../../../common/protection';
import { AppError, fieldError, forbidden } from '../../platform/errors';
import { clockOf } from './domain/case-derive';
import { ConsentMethodLabels } from '../../../common/protection-workflow';
import type { CasePatch } from './case.repository';
import { daysBetween, periodCode } from './domain/deadlines';
import type { ActionContext, ActionHandlers } from './workflow-support.service';

type MediationAction =
  | 'admit'
  | 'return'
  | 'choose'
  | 'designate'
  | 'accept'
  | 'decline'
  | 'acceptanceTimeout'
  | 'recuse'
  | 'replaceMediator'
  | 'contactRespondent'
  | 'extend'
  | 'startAppraisal'
  | 'endAppraisal'
  | 'terminate'
  | 'withdraw'
  | 'recordCourtFiling';

/** A conflict (409) that names the rule the request ran into. */
export function refused(message: string): AppError {
  return new AppError('CONFLICT', message);
}

/** Checks a mediator may take this case; answers the mediator's name. */
async function checkMediator(ctx: ActionContext, mediatorId: string): Promise<string> {
  const m = await ctx.mediator(mediatorId);
  if (!m) throw fieldError('mediatorId', '调解员不存在');
  if (m.status !== 'active' || !m.on_roster) throw fieldError('mediatorId', `调解员「${m.name}」不在册，不能承办案件`);
  if (m.org_id !== ctx.c.org_id) throw fieldError('mediatorId', `调解员「${m.name}」不属于受理本案的调解组织`);
  if (ctx.c.excluded_mediator_ids.includes(m.id)) throw fieldError('mediatorId', `调解员「${m.name}」已拒绝、回避或被更换，不能再次选定`);
  if (ctx.c.court_id && (ctx.c.source === 'courtPreFiling' || ctx.c.source === 'courtInLitigation')) {
    const invited = m.roster_court_id === ctx.c.court_id || (await ctx.invitingCourt(m.org_id)) === ctx.c.court_id;
    if (!invited) throw fieldError('mediatorId', `调解员「${m.name}」不在委派法院的特邀调解名册中`);
  }
  if (!m.user_id) throw fieldError('mediatorId', `调解员「${m.name}」尚未开通平台账号，无法在线接受案件`);
  return m.name;
}

/** Back to choosing a mediator: the current one is excluded and both the parties' and the designation clocks restart. */
function reassign(ctx: ActionContext, extra: CasePatch = {}): CasePatch {
  const excluded = ctx.c.mediator_id ? [...new Set([...ctx.c.excluded_mediator_ids, ctx.c.mediator_id])] : ctx.c.excluded_mediator_ids;
  return { mediator_id: null, assigned_on: null, accepted_on: null, contacted_on: null, period_days: null, chosen: null, admitted_on: ctx.today, excluded_mediator_ids: excluded, ...extra };
}

const PARTY_SIDES = ['applicant', 'respondent'] as const;

/** The mediation period of the case as it stands today. */
function periodDeadline(ctx: ActionContext) {
  return ctx.engine.deadlines(clockOf(ctx.c), ctx.rules, ctx.today).find((d) => d.code.startsWith('period'));
}

/** The intake-to-mediation part of the mediation state machine (legal-rules rows 1–13). */
export const mediationActions: ActionHandlers<MediationAction> = {
  async admit(ctx) {
    return { to: 'awaitingAssignment', patch: { admitted_on: ctx.today }, detail: '申请符合受理条件，进入选定调解员程序' };
  },

  async return(_ctx, b) {
    return { to: 'returned', patch: { ended_on: _ctx.today, outcome: 'returned' }, detail: `退回申请：${b.reason}` };
  },

  async choose(ctx, b) {
    const until = ctx.engine.dueFor(ctx.rules, 'chooseMediator', ctx.c.region_code, ctx.c.admitted_on ?? ctx.c.received_on);
    if (ctx.today > until) throw fieldError('mediatorId', `当事人共同选定调解员的期限已于 ${until} 届满，应由指定调解员`);
    const name = await checkMediator(ctx, b.mediatorId);
    const sides = ctx.sides.includes('office') ? [...PARTY_SIDES] : PARTY_SIDES.filter((s) => ctx.sides.includes(s));
    const chosen = { ...(ctx.c.chosen ?? {}) };
    for (const s of sides) chosen[s] = b.mediatorId;
    const agreed = chosen.applicant === b.mediatorId && chosen.respondent === b.mediatorId;
    if (!agreed) {
      const other = chosen.applicant && chosen.respondent ? '双方选择不一致，' : '';
      return { patch: { chosen: JSON.stringify(chosen) }, detail: `${sides.map((s) => (s === 'applicant' ? '申请人' : '被申请人')).join('、')}选择调解员「${name}」，${other}等待另一方确认` };
    }
    return { to: 'assigned', patch: { chosen: JSON.stringify(chosen), mediator_id: b.mediatorId, assigned_on: ctx.today }, detail: `双方当事人共同选定调解员「${name}」` };
  },

  async designate(ctx, b) {
    const name = await checkMediator(ctx, b.mediatorId);
    return { to: 'assigned', patch: { mediator_id: b.mediatorId, assigned_on: ctx.today }, detail: `指定调解员「${name}」` };
  },

  async accept(ctx, b) {
    if (b.hasConflict) throw fieldError('hasConflict', '存在利益冲突的，应申请回避，不能接受调解');
    const until = ctx.engine.dueFor(ctx.rules, 'mediatorAccept', ctx.c.region_code, ctx.c.assigned_on!);
    if (ctx.today > until) throw refused(`接受期限（3 个工作日）已于 ${until} 届满，案件将退回重新选定调解员`);
    const rule = ctx.engine.resolve(ctx.rules, periodCode(clockOf(ctx.c).source, clockOf(ctx.c).procedure), ctx.c.region_code);
    const preFiling = PRE_FILING_SOURCES.includes(clockOf(ctx.c).source);
    return {
      to: preFiling ? 'contactingRespondent' : 'inMediation',
      patch: { accepted_on: ctx.today, period_days: rule.length },
      detail: `调解员接受调解，调解期限 ${rule.length} 日自今日起算。利益冲突披露：${b.disclosure}`,
    };
  },

  async decline(ctx, b) {
    return { to: 'awaitingAssignment', patch: reassign(ctx), detail: `调解员拒绝接受：${b.reason}` };
  },

  async acceptanceTimeout(ctx) {
    return { to: 'awaitingAssignment', patch: reassign(ctx), detail: `调解员「${ctx.c.mediator_name ?? ''}」逾期未确认接受，退回重新选定或指定调解员` };
  },

  async recuse(ctx, b) {
    return { to: 'awaitingAssignment', patch: reassign(ctx), detail: `调解员申请回避：${b.reason}` };
  },

  async replaceMediator(ctx, b) {
    const sides = PARTY_SIDES.filter((s) => ctx.sides.includes(s));
    const used = sides.filter((s) => ctx.c.replaced_sides.includes(s));
    if (used.length) throw refused('每方当事人只能申请更换一次调解员；拒绝更换后的调解员又不选择的，视为拒绝调解');
    return { to: 'awaitingAssignment', patch: reassign(ctx, { replaced_sides: [...ctx.c.replaced_sides, ...sides] }), detail: `当事人申请更换调解员：${b.reason}` };
  },

  async contactRespondent(ctx, b) {
    const note = b.note ? `（${b.note}）` : '';
    if (b.result === 'agreed') return { to: 'inMediation', patch: { contacted_on: ctx.today }, detail: `已联系被申请人，同意调解${note}` };
    const ground = b.result === 'refused' ? 'refusedToContinue' : 'unreachable';
    return {
      to: 'terminated',
      patch: { contacted_on: ctx.today, mediation_ended_on: ctx.today, outcome: 'failure', termination_ground: ground },
      detail: `${b.result === 'refused' ? '被申请人拒绝调解' : '无法联系被申请人'}，调解终止，材料退回${note}`,
    };
  },

  async extend(ctx, b) {
    const ids = new Set(b.consentPartyIds);
    const unknown = b.consentPartyIds.filter((id) => !ctx.parties.some((p) => p.id === id));
    if (unknown.length) throw fieldError('consentPartyIds', '包含不属于本案的当事人');
    const missing = ctx.parties.filter((p) => !ids.has(p.id)).map((p) => p.name);
    if (missing.length) throw fieldError('consentPartyIds', `延长调解期限须经全部当事人同意，尚缺：${missing.join('、')}`);
    if (b.consentOn > ctx.today) throw fieldError('consentOn', '同意日期不能晚于今天');
    if (ctx.c.accepted_on && b.consentOn < ctx.c.accepted_on) throw fieldError('consentOn', `同意日期不能早于调解员接受调解之日（${ctx.c.accepted_on}）`);
    const period = periodDeadline(ctx);
    if (period?.state === 'overdue') throw fieldError('days', `调解期限已于 ${period.dueOn} 届满，不能再延长；未达成协议的应以「期限届满」终止调解`);
    // The event's text is the record of the consent the extension rests on: who, when and how.
    const who = ctx.parties.map((p) => p.name).join('、');
    return { patch: { extension_days: ctx.c.extension_days + b.days }, detail: `经全部当事人（${who}）于 ${b.consentOn} 以${ConsentMethodLabels[b.consentMethod].zh}同意，调解期限延长 ${b.days} 日` };
  },

  async startAppraisal(ctx, b) {
    if (!PRE_FILING_SOURCES.includes(clockOf(ctx.c).source)) throw refused('诉前鉴定期间不计入调解期限的规定只适用于诉前调解；委托调解中的鉴定由法院决定');
    return { to: 'appraisal', patch: { appraisal_since: ctx.today }, detail: `委托「${b.institution}」鉴定：${b.matter}。鉴定期间不计入调解期限` };
  },

  async endAppraisal(ctx, b) {
    const days = daysBetween(ctx.c.appraisal_since!, ctx.today);
    return { to: 'inMediation', patch: { appraisal_since: null, paused_days: ctx.c.paused_days + days }, detail: `鉴定完成（用时 ${days} 日，不计入调解期限）：${b.result}` };
  },

  async terminate(ctx, b) {
    if (b.ground === 'agreementReached') throw fieldError('ground', '达成协议的，请录入调解协议');
    if (b.ground === 'refusedToSign' && ctx.c.status !== 'agreementPending') throw fieldError('ground', '尚无待签署的调解协议');
    if (b.ground === 'periodExpired') {
      const d = periodDeadline(ctx);
      if (!d || d.state !== 'overdue') throw fieldError('ground', `调解期限尚未届满${d?.dueOn ? `（至 ${d.dueOn}）` : ''}`);
    }
    const label = TerminationGroundLabels[b.ground].zh;
    if (b.ground === 'settledWithdrawn') return { to: 'withdrawn', patch: { mediation_ended_on: ctx.today, outcome: 'withdrawn', termination_ground: b.ground }, detail: `${label}：${b.detail}` };
    // A failed mediation leaves the case open for the failure report and the transfer: it ends mediation, not the case.
    return { to: 'terminated', patch: { mediation_ended_on: ctx.today, outcome: 'failure', termination_ground: b.ground }, detail: `调解终止（${label}）：${b.detail}` };
  },

  async withdraw(ctx, b) {
    // Mediation ends with the withdrawal only if it had begun (the mediator had accepted).
    return { to: 'withdrawn', patch: { mediation_ended_on: ctx.c.accepted_on ? ctx.today : null, outcome: 'withdrawn' }, detail: `申请人撤回申请：${b.reason}` };
  },

  async recordCourtFiling(ctx, b) {
    if (!ctx.actor || ctx.c.court_id !== ctx.actor.orgId) throw forbidden('只有委派、委托本案的法院可以登记法院案号');
    return { patch: { court_case_no: b.courtCaseNo }, detail: `法院登记案号 ${b.courtCaseNo}` };
  },
};

/** The party sides the caller acts for. */
export function partySides(sides: readonly string[]): PartyRole[] {
  return PARTY_SIDES.filter((s) => sides.includes(s));
}
