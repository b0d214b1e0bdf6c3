import type { AuditEvent } from '../../../common/audit';
import type { Lpr, SubsidyApplication, SubsidyApplyCreate, SubsidyBatch, SubsidyBatchCreate, SubsidyBatchQuery, SubsidyKind, SubsidyListQuery, SubsidyPolicy, SubsidyPolicyCreate, SubsidyReview, SubsidyStatus, SubsidyWorking } from '../../../common/finance-subsidies';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import { computeSubsidy, type SubsidyTerms } from './domain/subsidy';
import { canManageFinance, canSeeFinanceRecord, financeScope } from './finance.policy';
import { SUBSIDY_EXPORT_COLUMNS } from './loan.workbook';
import type { ApplicationRow, InterestRow, PolicyRow, SubsidyRepository } from './subsidy.repository';

const mapPolicy = (p: PolicyRow): SubsidyPolicy => ({ id: p.id, regionCode: p.region_code, name: p.name, kind: p.kind as SubsidyKind, shareBp: p.share_bp, capPerEnterpriseYearFen: p.cap_per_enterprise_year_fen, firstTimeOnly: p.first_time_only, source: p.source, validFrom: p.valid_from, validTo: p.valid_to });
const mapApplication = (a: ApplicationRow): SubsidyApplication => ({
  id: a.id, policyId: a.policy_id, policyName: a.policy_name, kind: a.kind as SubsidyKind, regionCode: a.region_code, enterpriseOrgId: a.enterprise_org_id, enterpriseName: a.enterprise_name, year: a.year,
  feePaidFen: a.fee_paid_fen, status: a.status as SubsidyStatus, amountFen: a.amount_fen, working: a.working as SubsidyWorking, batchId: a.batch_id, batchTitle: a.batch_title, reviewNote: a.review_note,
});
const terms = (p: PolicyRow): SubsidyTerms => ({ kind: p.kind as SubsidyKind, shareBp: p.share_bp, capPerEnterpriseYearFen: p.cap_per_enterprise_year_fen, firstTimeOnly: p.first_time_only });
const loansOf = (rows: InterestRow[]) => rows.map((r) => ({ id: r.id, contractNo: r.contract_no, signedOn: r.signed_on, rateBp: r.rate_bp, firstTime: r.first_time, interestPaidFen: r.interest_paid_fen }));

/** Interest and fee subsidies: policies and the LPR as data, applications computed from repayments, payment batches. */
export function createSubsidyService(deps: { db: Db; repo: SubsidyRepository; audit: AuditWriter; clock: Clock; history: (type: string, id: string) => Promise<AuditEvent[]> }) {
  const { db, repo, audit, clock } = deps;

  async function lprLookup(trx: Db): Promise<(month: string) => number | null> {
    const byMonth = new Map((await repo.lprs(trx)).map((l) => [l.month, l.one_year_bp]));
    return (m) => byMonth.get(m) ?? null;
  }

  /** The policy scope of a caller: the office everything, others the policies of their city. */
  const policyPrefix = (actor: Actor) => (financeScope(actor).kind === 'all' ? null : regionPrefix(actor.regionCode).slice(0, 4));

  async function visibleApplication(trx: Db, actor: Actor, id: string): Promise<ApplicationRow> {
    const a = await repo.find(trx, id);
    if (!a || !canSeeFinanceRecord(actor, { ...a, bank_org_id: null })) throw notFound('补贴申请');
    return a;
  }

  return {
    async policies(actor: Actor): Promise<SubsidyPolicy[]> {
      return (await repo.policies(db, policyPrefix(actor))).map(mapPolicy);
    },

    async createPolicy(actor: Actor, input: SubsidyPolicyCreate): Promise<SubsidyPolicy> {
      if (!canManageFinance(actor, input.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
      const id = await inTransaction(db, async (trx) => {
        if (await repo.policyByName(trx, input.regionCode, input.name)) throw fieldError('name', '已有同名政策');
        const v = { region_code: input.regionCode, name: input.name, kind: input.kind, share_bp: input.shareBp, cap_per_enterprise_year_fen: input.capPerEnterpriseYearFen, first_time_only: input.firstTimeOnly, source: input.source, valid_from: input.validFrom, valid_to: input.validTo };
        const id = await repo.insertPolicy(trx, v);
        await audit.record(trx, actor, { action: 'create', entityType: 'financeSubsidyPolicy', entityId: id, after: v });
        return id;
      });
      return mapPolicy((await repo.policy(db, id))!);
    },

    async lprs(): Promise<Lpr[]> {
      return (await repo.lprs(db)).map((l) => ({ month: l.month, oneYearBp: l.one_year_bp, fiveYearBp: l.five_year_bp, source: l.source }));
    },

    /** Records or corrects one month's LPR (the office). */
    async setLpr(actor: Actor, input: Lpr): Promise<Lpr[]> {
      if (!canManageFinance(actor, actor.regionCode)) throw forbidden('只有知识产权局可以维护 LPR');
      await inTransaction(db, async (trx) => {
        await repo.upsertLpr(trx, { month: input.month, one_year_bp: input.oneYearBp, five_year_bp: input.fiveYearBp, source: input.source });
        await audit.record(trx, actor, { action: 'setLpr', entityType: 'financeLpr', entityId: actor.userId, after: input });
      });
      return this.lprs();
    },

    /** What an enterprise would get under a policy for a year, with the working (nothing is saved). */
    async compute(policy: PolicyRow, enterpriseOrgId: string, year: number, feePaidFen: number, trx: Db = db): Promise<SubsidyWorking> {
      const rows = await repo.interestPaid(trx, year, { enterpriseOrgId });
      return computeSubsidy(terms(policy), { loans: loansOf(rows), feePaidFen, grantedThisYearFen: 0, lprOf: await lprLookup(trx) });
    },

    /** What the caller (an enterprise) would get under a policy for a year, before applying. */
    async preview(actor: Actor, policyId: string, year: number, feePaidFen = 0): Promise<SubsidyWorking> {
      const policy = await repo.policy(db, policyId);
      if (!policy || !actor.roles.includes('enterprise')) throw notFound('补贴政策');
      return this.compute(policy, actor.orgId, year, feePaidFen);
    },

    /** An enterprise applies; the amount is computed from its recorded repayments. One live application per policy and year. */
    async apply(actor: Actor, input: SubsidyApplyCreate): Promise<SubsidyApplication> {
      if (!actor.roles.includes('enterprise')) throw forbidden('只有企业可以申请补贴');
      const policy = await repo.policy(db, input.policyId);
      if (!policy || !actor.regionCode.startsWith(policy.region_code.slice(0, 4))) throw fieldError('policyId', '政策不存在');
      if (`${input.year}-12-31` < policy.valid_from || (policy.valid_to && `${input.year}-01-01` > policy.valid_to)) throw fieldError('year', '该年度不在政策有效期内');
      const id = await inTransaction(db, async (trx) => {
        if (await repo.live(trx, policy.id, actor.orgId, input.year)) throw conflict('本年度已申请过该项补贴');
        const working = await this.compute(policy, actor.orgId, input.year, input.feePaidFen, trx);
        const id = await repo.insert(trx, { policy_id: policy.id, region_code: actor.regionCode, enterprise_org_id: actor.orgId, year: input.year, fee_paid_fen: input.feePaidFen, amount_fen: working.amountFen, working }, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'financeSubsidy', entityId: id, after: { policy: policy.name, year: input.year, amountFen: working.amountFen } });
        return id;
      });
      return this.get(actor, id);
    },

    async get(actor: Actor, id: string): Promise<SubsidyApplication> {
      return mapApplication(await visibleApplication(db, actor, id));
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visibleApplication(db, actor, id);
      return deps.history('financeSubsidy', id);
    },

    async list(actor: Actor, q: SubsidyListQuery): Promise<Page<SubsidyApplication>> {
      const f = { status: q.status === undefined ? undefined : [q.status].flat(), policyId: q.policyId, year: q.year, batchId: q.batchId, inBatch: q.inBatch === undefined ? undefined : q.inBatch === 'true', q: q.q };
      const { rows, total } = await repo.list(db, f, financeScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapApplication), total, page: q.page, pageSize: q.pageSize };
    },

    /** The list (a batch's applications, for the finance bureau) as Excel. */
    async exportXlsx(actor: Actor, q: SubsidyListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 50_000 });
      return writeSheet({ name: '补贴申请', columns: SUBSIDY_EXPORT_COLUMNS, rows: page.items });
    },

    async review(actor: Actor, id: string, input: SubsidyReview): Promise<SubsidyApplication> {
      await inTransaction(db, async (trx) => {
        const a = await visibleApplication(trx, actor, id);
        if (!canManageFinance(actor, a.region_code)) throw forbidden('只有知识产权局可以审核补贴申请');
        if (a.status !== 'submitted') throw conflict('该申请已审核');
        await repo.update(trx, [id], { status: input.approve ? 'approved' : 'rejected', review_note: input.note }, clock.now());
        await audit.record(trx, actor, { action: input.approve ? 'approve' : 'reject', entityType: 'financeSubsidy', entityId: id, after: { note: input.note } });
      });
      return this.get(actor, id);
    },

    /** The office approves a payment batch of approved applications not yet in a batch. */
    async createBatch(actor: Actor, input: SubsidyBatchCreate): Promise<SubsidyBatch> {
      if (!canManageFinance(actor, input.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
      const id = await inTransaction(db, async (trx) => {
        const ids = [...new Set(input.applicationIds)];
        const rows = new Map((await repo.findMany(trx, ids)).map((a) => [a.id, a]));
        input.applicationIds.forEach((a, i) => {
          const row = rows.get(a);
          if (!row || !row.region_code.startsWith(regionPrefix(input.regionCode))) throw fieldError(`applicationIds.${i}`, '申请不存在');
          if (row.status !== 'approved') throw fieldError(`applicationIds.${i}`, '申请尚未批准');
          if (row.batch_id) throw fieldError(`applicationIds.${i}`, '申请已在其他批次中');
        });
        const id = await repo.insertBatch(trx, { region_code: input.regionCode, title: input.title, approved_by_name: actor.displayName }, clock.now());
        await repo.update(trx, ids, { batch_id: id }, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'financeSubsidyBatch', entityId: id, after: { title: input.title, applications: ids.length } });
        return id;
      });
      return (await this.batches(actor, { page: 1, pageSize: 200, order: 'desc', sort: undefined })).items.find((b) => b.id === id)!;
    },

    async batches(actor: Actor, q: SubsidyBatchQuery): Promise<Page<SubsidyBatch>> {
      const scope = financeScope(actor);
      if (scope.kind !== 'all' && scope.kind !== 'region') return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
      const { rows, total } = await repo.batches(db, { regionPrefix: scope.kind === 'region' ? scope.prefix : null, status: q.status }, { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.sort ? q.order : 'desc' });
      const items = rows.map((b) => ({ id: b.id, regionCode: b.region_code, title: b.title, status: b.status as SubsidyBatch['status'], count: Number(b.count), totalFen: Number(b.total_fen), approvedAt: b.approved_at?.toISOString() ?? null, approvedByName: b.approved_by_name }));
      return { items, total, page: q.page, pageSize: q.pageSize };
    },

    /** A year's subsidies under a policy for every enterprise of a region, computed from the repayments (not saved). */
    async computeYear(actor: Actor, policyId: string, year: number): Promise<{ enterprises: number; loans: number; totalFen: number }> {
      const policy = await repo.policy(db, policyId);
      if (!policy || !canManageFinance(actor, policy.region_code)) throw notFound('补贴政策');
      const [rows, lprOf] = await Promise.all([repo.interestPaid(db, year, { regionPrefix: regionPrefix(policy.region_code) }), lprLookup(db)]);
      const byEnterprise = new Map<string, InterestRow[]>();
      for (const r of rows) byEnterprise.set(r.enterprise_org_id, [...(byEnterprise.get(r.enterprise_org_id) ?? []), r]);
      let totalFen = 0;
      for (const list of byEnterprise.values()) totalFen += computeSubsidy(terms(policy), { loans: loansOf(list), feePaidFen: 0, grantedThisYearFen: 0, lprOf }).amountFen;
      return { enterprises: byEnterprise.size, loans: rows.length, totalFen };
    },

  };
}
export type SubsidyService = ReturnType<typeof createSubsidyService>;
