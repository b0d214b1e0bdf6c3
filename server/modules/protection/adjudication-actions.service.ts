import { fieldError } from '../../platform/errors';
import { daysBetween } from './domain/deadlines';
import { partySides, refused } from './mediation-actions.service';
import type { ActionContext, ActionHandlers } from './workflow-support.service';

type AdjudicationAction =
  | 'register'
  | 'notAccept'
  | 'serve'
  | 'recordAnswer'
  | 'startInvestigation'
  | 'recordHearing'
  | 'suspend'
  | 'resume'
  | 'extendDecision'
  | 'recuseHandler'
  | 'mediate'
  | 'withdraw'
  | 'decide'
  | 'serveDecision'
  | 'recordLawsuit'
  | 'requestEnforcement'
  | 'finalize';

const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 });

/** The last day of the 15-day window to sue, counted from service of the decision (专利法 art. 65). */
function sueUntil(ctx: ActionContext): string {
  return ctx.engine.dueFor(ctx.rules, 'adjSue', ctx.c.region_code, ctx.c.decision_served_on!);
}

/** Administrative adjudication of patent infringement disputes (legal-rules rows 18–25). */
export const adjudicationActions: ActionHandlers<AdjudicationAction> = {
  async register(ctx, b) {
    if (b.handlers.length % 2 === 0) throw fieldError('handlers', `合议组应由奇数名办案人员组成（现为 ${b.handlers.length} 名）`);
    const presiding = b.handlers.filter((h) => h.presiding).length;
    if (presiding > 1) throw fieldError('handlers', '合议组只能有一名主办（审理长）');
    const names = b.handlers.map((h) => h.name);
    if (new Set(names).size !== names.length) throw fieldError('handlers', '办案人员不能重复');
    const members = b.handlers.map((h, i) => ({ name: h.name, presiding: presiding === 0 ? i === 0 : h.presiding }));
    await ctx.parts.insertPanel(ctx.trx, ctx.c.id, members);
    const due = ctx.engine.dueFor(ctx.rules, 'adjRegister', ctx.c.region_code, ctx.c.received_on);
    const late = ctx.today > due ? `（已超过立案期限 ${due}）` : '';
    return { to: 'registered', patch: { registered_on: ctx.today }, detail: `立案，合议组：${names.join('、')}${late}` };
  },

  async notAccept(ctx, b) {
    return { to: 'notAccepted', patch: { ended_on: ctx.today, outcome: 'notAccepted' }, detail: `不予受理：${b.reason}` };
  },

  async serve(ctx) {
    const answerBy = ctx.engine.dueFor(ctx.rules, 'adjAnswer', ctx.c.region_code, ctx.today);
    return { to: 'served', patch: { served_on: ctx.today }, detail: `请求书副本送达被请求人，答辩期至 ${answerBy}` };
  },

  async recordAnswer(ctx, b) {
    return { to: 'investigation', patch: { answered_on: ctx.today }, detail: `被请求人答辩：${b.summary}` };
  },

  async startInvestigation(ctx) {
    const answerBy = ctx.engine.dueFor(ctx.rules, 'adjAnswer', ctx.c.region_code, ctx.c.served_on!);
    if (ctx.today <= answerBy) throw refused(`被请求人尚未答辩，答辩期至 ${answerBy} 届满后方可不待答辩开始审理`);
    return { to: 'investigation', patch: {}, detail: `答辩期已届满，被请求人未答辩，不影响案件审理` };
  },

  async recordHearing(ctx, b) {
    if (b.heldOn > ctx.today) throw fieldError('heldOn', '审理日期不能晚于今天');
    return { patch: {}, detail: `${b.mode === 'oral' ? '口头审理' : '书面审理'}（${b.heldOn}）：${b.summary}` };
  },

  async suspend(ctx, b) {
    if (b.invalidationAcceptedOn > ctx.today) throw fieldError('invalidationAcceptedOn', '无效宣告请求受理日期不能晚于今天');
    return { to: 'suspended', patch: { suspended_since: ctx.today, invalidation_no: b.invalidationNo }, detail: `无效宣告请求（${b.invalidationNo}）已于 ${b.invalidationAcceptedOn} 受理，中止处理，期限中止计算` };
  },

  async resume(ctx, b) {
    const days = daysBetween(ctx.c.suspended_since!, ctx.today);
    return { to: 'investigation', patch: { suspended_since: null, paused_days: ctx.c.paused_days + days }, detail: `恢复处理（中止 ${days} 日不计入办案期限）：${b.reason}` };
  },

  async extendDecision(ctx, b) {
    const rule = ctx.engine.resolve(ctx.rules, 'adjDecide', ctx.c.region_code);
    const max = rule.extension_length ?? 0;
    if (ctx.c.decision_extension_months > 0) throw refused('办案期限只能延长一次');
    if (b.months > max) throw fieldError('months', `办案期限最多延长 ${max} 个月（${rule.citation}）`);
    return { patch: { decision_extension_months: b.months }, detail: `经${b.approvedBy}批准，办案期限延长 ${b.months} 个月` };
  },

  async recuseHandler(ctx, b) {
    const panel = await ctx.parts.panel(ctx.trx, ctx.c.id);
    const member = panel.find((m) => m.id === b.memberId && !m.recused_on);
    if (!member) throw fieldError('memberId', '该办案人员不在合议组中或已回避');
    if (panel.some((m) => !m.recused_on && m.name === b.replacementName)) throw fieldError('replacementName', '替换人员已在合议组中');
    await ctx.parts.recuse(ctx.trx, member.id, ctx.today, b.reason);
    await ctx.parts.insertPanel(ctx.trx, ctx.c.id, [{ name: b.replacementName, presiding: member.presiding }], panel.length);
    return { patch: {}, detail: `办案人员「${member.name}」回避（${b.reason}），由「${b.replacementName}」替换` };
  },

  async mediate(ctx, b) {
    const damages = b.damagesFen > 0 ? `，赔偿数额 ${yuan(b.damagesFen)} 元（经调解）` : '';
    return { to: 'mediated', patch: { ended_on: ctx.today, outcome: 'mediated' }, detail: `调解结案${damages}：${b.terms}` };
  },

  async withdraw(ctx, b) {
    if (!ctx.sides.includes('office') && partySides(ctx.sides).includes('respondent') && !partySides(ctx.sides).includes('applicant')) throw refused('只有请求人可以撤回请求');
    return { to: 'withdrawn', patch: { ended_on: ctx.today, outcome: 'withdrawn' }, detail: `请求人撤回请求：${b.reason}` };
  },

  async decide(ctx, b) {
    if (b.damagesFen !== undefined && b.damagesFen !== null && b.damagesFen !== 0) {
      throw fieldError('damagesFen', '行政裁决不能判定赔偿数额；赔偿数额只能应当事人请求进行调解（《专利法》第65条）');
    }
    const text = b.result === 'infringing' ? '认定侵权成立，责令立即停止侵权行为' : '认定侵权不成立，驳回请求';
    return { to: 'decided', patch: { decided_on: ctx.today, decision_result: b.result, ended_on: ctx.today, outcome: b.result }, detail: `作出裁决：${text}。${b.orders}` };
  },

  async serveDecision(ctx) {
    const until = ctx.engine.dueFor(ctx.rules, 'adjSue', ctx.c.region_code, ctx.today);
    return { to: 'decisionServed', patch: { decision_served_on: ctx.today }, detail: `裁决书送达当事人，不服的可于 ${until} 前起诉` };
  },

  async recordLawsuit(ctx, b) {
    const until = sueUntil(ctx);
    if (b.filedOn < ctx.c.decision_served_on!) throw fieldError('filedOn', '起诉日期不能早于裁决书送达日期');
    if (b.filedOn > ctx.today) throw fieldError('filedOn', '起诉日期不能晚于今天');
    if (b.filedOn > until) throw fieldError('filedOn', `已超过收到裁决书之日起15日的起诉期限（至 ${until}）`);
    const court = await ctx.org(b.courtId);
    if (court?.kind !== 'court') throw fieldError('courtId', '请选择法院');
    return { to: 'litigation', patch: { court_id: b.courtId, court_case_no: b.courtCaseNo || null, lawsuit_filed_on: b.filedOn }, detail: `当事人不服裁决，于 ${b.filedOn} 向${court.name}起诉${b.courtCaseNo ? `（${b.courtCaseNo}）` : ''}` };
  },

  async requestEnforcement(ctx, b) {
    if (ctx.c.decision_result !== 'infringing') throw refused('只有认定侵权成立的裁决可以申请强制执行');
    const until = sueUntil(ctx);
    if (ctx.today <= until) throw refused(`起诉期限至 ${until} 届满后，侵权人既不起诉又不停止侵权的，方可申请强制执行`);
    const court = await ctx.org(b.courtId);
    if (court?.kind !== 'court') throw fieldError('courtId', '请选择法院');
    return { to: 'enforcementRequested', patch: { court_id: b.courtId }, detail: `侵权人期满不起诉又不停止侵权，申请${court.name}强制执行` };
  },

  async finalize(ctx) {
    const until = sueUntil(ctx);
    if (ctx.today <= until) throw refused(`起诉期限至 ${until} 届满后裁决方生效`);
    return { to: 'final', patch: {}, detail: '起诉期限届满，当事人未起诉，裁决生效' };
  },
};
