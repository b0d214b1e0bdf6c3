import type { Page } from '../../../common/pagination';
import type { Application, ApplicationCreate, ApplicationDecision, ApplicationListQuery } from '../../../common/utilisation';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import type { ApplicationRepository, ApplicationRow } from './application.repository';
import { replyDueOn } from './domain/reply-date';
import type { DeclarationDeps } from './declaration-support.service';
import type { DeclarationSupport } from './declaration-support.service';
import { actsForHolder, canApplyForLicence, canDeclareFor, canSeeUtilisation, utilisationScope } from './utilisation.policy';

/** Applications to take an open licence: an enterprise applies, the holder is told and grants, the licence is recorded. */
export function createApplicationService(deps: DeclarationDeps & { applications: ApplicationRepository; support: DeclarationSupport }) {
  const { db, applications: repo, org, audit, clock, calendar, notifications, support } = deps;

  const map = (actor: Actor, r: ApplicationRow): Application => ({
    id: r.id,
    declarationId: r.declaration_id,
    patentNo: r.patent_no,
    title: r.title,
    holderName: r.holder_name,
    applicantOrgId: r.applicant_org_id,
    applicantName: r.applicant_name,
    intendedUse: r.intended_use,
    status: r.status as Application['status'],
    appliedOn: r.applied_on,
    replyDueOn: r.reply_due_on,
    decidedOn: r.decided_on,
    decisionNote: r.decision_note,
    canDecide: r.status === 'applied' && canDeclareFor(actor, r.holder_org_id, r.region_code),
  });

  async function visible(actor: Actor, id: string, lock = false, trx = db): Promise<ApplicationRow> {
    const r = await repo.find(trx, id, lock);
    if (!r || !canSeeUtilisation(actor, { regions: [r.region_code, r.applicant_region], orgIds: [r.holder_org_id, r.applicant_org_id] })) throw notFound('许可申请');
    return r;
  }

  const service = {
    /** The applications the caller may see: made to it as holder, or made by it. */
    async list(actor: Actor, q: ApplicationListQuery): Promise<Page<Application>> {
      const side = q.side === 'holder' ? { holderOrgId: actor.orgId } : q.side === 'applicant' ? { applicantOrgId: actor.orgId } : {};
      const { rows, total } = await repo.list(db, { statuses: q.status, ...side }, utilisationScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'appliedOn', order: q.order });
      return { items: rows.map((r) => map(actor, r)), total, page: q.page, pageSize: q.pageSize };
    },

    async get(actor: Actor, id: string): Promise<Application> {
      return map(actor, await visible(actor, id));
    },

    /** An enterprise applies to take an open licence; the holder's users are notified with a reply date in working days. */
    async apply(actor: Actor, input: ApplicationCreate): Promise<Application> {
      const d = await deps.repo.find(db, input.declarationId);
      if (!d || d.status !== 'open') throw fieldError('declarationId', '该专利未声明开放许可或声明已撤回，不能申请开放许可');
      if (!canApplyForLicence(actor, d.holder_org_id)) throw forbidden('只有专利权人以外的企业可以申请实施许可');
      const [me] = await org.orgs.lookup(null, [actor.orgId]);
      if (!me) throw forbidden('没有所属企业');
      const today = chinaDate(clock.now());
      const replyDays = support.ruleValue(await support.ruleRows(), 'replyWorkingDays');
      const recipients = await org.users.userIdsWithRole(['enterprise', 'liaison'], [d.holder_org_id]);
      const id = await inTransaction(db, async (trx) => {
        if (await repo.pending(trx, d.id, actor.orgId)) throw conflict('本企业已有一份待确认的申请', 'declarationId');
        const v = { declaration_id: d.id, applicant_org_id: me.id, applicant_name: me.name, applicant_region: me.regionCode, intended_use: input.intendedUse, applied_on: today, reply_due_on: replyDueOn(calendar, today, replyDays) };
        const newId = await repo.insert(trx, v, actor.userId, clock.now());
        await audit.record(trx, actor, { action: 'apply', entityType: 'utilisationDeclaration', entityId: d.id, after: { applicationId: newId, applicant: me.name, intendedUse: input.intendedUse } });
        await notifications.notify(trx, { userIds: recipients, kind: 'utilisation.application', title: `开放许可申请：${d.title}`, body: `${me.name} 申请实施专利 ${d.patent_no}，请于 ${v.reply_due_on} 前确认`, link: `/utilisation/applications/${newId}`, dedupeKey: `utilisation-apply:${newId}` });
        return newId;
      });
      return service.get(actor, id);
    },

    /** The holder grants (recording the licence in the transfer register) or declines; the applicant is notified. */
    async decide(actor: Actor, id: string, input: ApplicationDecision): Promise<Application> {
      const pre = await visible(actor, id);
      if (!actsForHolder(actor, pre.holder_org_id) && !canDeclareFor(actor, pre.holder_org_id, pre.region_code)) throw forbidden('只有专利权人可以确认许可申请');
      if (input.decision === 'decline' && !input.note) throw fieldError('note', '请说明不予许可的原因');
      const d = await support.visible(actor, pre.declaration_id);
      const today = chinaDate(clock.now());
      const recipients = await org.users.userIdsWithRole(['enterprise'], [pre.applicant_org_id]);
      await inTransaction(db, async (trx) => {
        const r = await visible(actor, id, true, trx);
        if (r.status !== 'applied') throw conflict('该申请已处理');
        let transferId: string | null = null;
        if (input.decision === 'grant') {
          const amount = input.amountFen ?? (d.lump_sum_fen === null ? 0 : Number(d.lump_sum_fen));
          transferId = await deps.transfers.insert(trx, { deal_kind: 'licence', licence_kind: 'open', right_kind: 'patent', right_no: d.patent_no, right_title: d.title, industry: d.field, from_name: d.holder_name, from_org_id: d.holder_org_id, from_kind: d.holder_kind === 'university' ? 'university' : 'enterprise', from_region: d.region_code, to_name: r.applicant_name, to_org_id: r.applicant_org_id, to_kind: 'enterprise', to_region: r.applicant_region, amount_fen: amount, contract_no: null, effective_on: today, licence_to: d.term_to, source: 'openLicence', declaration_id: d.id }, actor.userId, clock.now());
        }
        await repo.decide(trx, id, { status: input.decision === 'grant' ? 'granted' : 'declined', decided_on: today, decision_note: input.note ?? null, transfer_id: transferId }, clock.now());
        await audit.record(trx, actor, { action: input.decision, entityType: 'utilisationDeclaration', entityId: d.id, after: { applicationId: id, applicant: r.applicant_name, note: input.note ?? null, transferId } });
        const verb = input.decision === 'grant' ? '已获得许可' : '未获许可';
        await notifications.notify(trx, { userIds: recipients, kind: `utilisation.${input.decision}`, title: `开放许可申请${verb}：${d.title}`, body: input.note ?? null, link: `/utilisation/applications/${id}`, dedupeKey: `utilisation-decide:${id}` });
      });
      return service.get(actor, id);
    },
  };
  return service;
}
export type ApplicationService = ReturnType<typeof createApplicationService>;
