import type { Application, ApplicationCreate, ApplicationDecision, ApplicationListQuery, ApplicationReview, Batch, BatchCreate, BatchListQuery, Criterion } from '../../../common/finance-whitelist';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, isUniqueViolation, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { OrgServices } from '../org/org.contract';
import type { StatsServices } from '../stats/stats.contract';
import { scoreApplicant } from './domain/whitelist-scoring';
import { actsForEnterprise, batchViewer, canManageFinance, canRecommend, canSeeBatch, canSeeFinanceRecord, financeScope } from './finance.policy';
import { APPLICATION_COLUMNS } from './whitelist.workbook';
import type { ApplicationRow, BatchRow, WhitelistRepository } from './whitelist.repository';

export interface WhitelistDeps {
  db: Db;
  repo: WhitelistRepository;
  org: OrgServices;
  stats: StatsServices;
  audit: AuditWriter;
  clock: Clock;
}

/** Whitelist batches with their criteria, and the applicants scored against them from the platform's records. */
export function createWhitelistService(deps: WhitelistDeps) {
  const { db, repo, org, stats, audit, clock } = deps;

  const mapBatch = (r: BatchRow): Batch => ({
    id: r.id,
    regionCode: r.region_code,
    regionName: org.regions.fullName(r.region_code),
    title: r.title,
    criteria: (r.criteria as Criterion[]).map((c) => ({ key: c.key, threshold: c.threshold ?? null, regionCode: c.regionCode ?? null, required: c.required, points: c.points })),
    passScore: r.pass_score,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    status: r.status as Batch['status'],
    publishedAt: r.published_at?.toISOString() ?? null,
    applicationCount: Number(r.application_count),
    approvedCount: Number(r.approved_count),
    createdAt: r.created_at.toISOString(),
  });

  /** Applications with their scores; the patent counts come from the stats records (read outside any transaction). */
  async function mapApplications(rows: ApplicationRow[]): Promise<Application[]> {
    const counts = await stats.records.facts.holders([...new Set(rows.map((r) => r.enterprise_name))]);
    return rows.map((r) => {
      const c = counts.get(r.enterprise_name) ?? { inventions: 0, highValue: 0 };
      const scored = scoreApplicant(r.criteria as Criterion[], r.pass_score, { highTech: r.high_tech, inventions: c.inventions, highValue: c.highValue, dishonesty: r.dishonesty, abnormalFiling: r.abnormal_filing, regionCode: r.region_code });
      return {
        id: r.id,
        batchId: r.batch_id,
        batchTitle: r.batch_title,
        batchStatus: r.batch_status as Application['batchStatus'],
        regionCode: r.region_code,
        regionName: org.regions.fullName(r.region_code),
        enterpriseOrgId: r.enterprise_org_id,
        enterpriseName: r.enterprise_name,
        channel: r.channel as Application['channel'],
        channelOrgName: r.channel_org_name,
        status: r.status as Application['status'],
        highTech: r.high_tech,
        dishonesty: r.dishonesty,
        abnormalFiling: r.abnormal_filing,
        validInventions: c.inventions,
        highValueInventions: c.highValue,
        ...scored,
        passScore: r.pass_score,
        note: r.note,
        decisionNote: r.decision_note,
        decidedAt: r.decided_at?.toISOString() ?? null,
        createdAt: r.created_at.toISOString(),
      };
    });
  }

  async function batchOf(db: Db, actor: Actor, id: string): Promise<BatchRow> {
    const b = await repo.findBatch(db, id);
    if (!b || !canSeeBatch(actor, b.region_code)) throw notFound('白名单批次');
    return b;
  }

  /** The application if the caller may see it: its parties and region, or a bank reading a published list. */
  async function applicationOf(db: Db, actor: Actor, id: string): Promise<ApplicationRow> {
    const a = await repo.findApplication(db, id);
    const published = !!a && a.batch_status === 'published' && a.status === 'approved' && actor.roles.includes('bank') && canSeeBatch(actor, a.batch_region);
    if (!a || !(canSeeFinanceRecord(actor, a) || published)) throw notFound('白名单申请');
    return a;
  }

  async function managedApplication(trx: Db, actor: Actor, id: string): Promise<ApplicationRow> {
    const a = await applicationOf(trx, actor, id);
    if (!canManageFinance(actor, a.region_code)) throw notFound('白名单申请');
    return a;
  }

  const one = async (id: string) => (await mapApplications([(await repo.findApplication(db, id))!]))[0];

  const listApplications = async (actor: Actor, q: ApplicationListQuery): Promise<Page<Application>> => {
    const { rows, total } = await repo.listApplications(db, financeScope(actor), actor.roles.includes('bank'), { batchId: q.batchId, q: q.q, status: q.status, channel: q.channel }, { ...pageWindow(q.page, q.pageSize), order: q.order, sort: q.sort ?? 'createdAt' });
    return { items: await mapApplications(rows), total, page: q.page, pageSize: q.pageSize };
  };

  async function application(actor: Actor, id: string): Promise<Application> {
    return (await mapApplications([await applicationOf(db, actor, id)]))[0];
  }

  return {
    async batches(actor: Actor, q: BatchListQuery): Promise<Page<Batch>> {
      const { rows, total } = await repo.listBatches(db, batchViewer(actor), { q: q.q, status: q.status }, { ...pageWindow(q.page, q.pageSize), order: q.order, sort: q.sort ?? 'createdAt' });
      return { items: rows.map(mapBatch), total, page: q.page, pageSize: q.pageSize };
    },

    async batch(actor: Actor, id: string): Promise<Batch> {
      return mapBatch(await batchOf(db, actor, id));
    },

    /** Opens a batch with its criteria and validity period; the office of the region only. */
    async createBatch(actor: Actor, input: BatchCreate): Promise<Batch> {
      if (!canManageFinance(actor, input.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
      if (input.validTo <= input.validFrom) throw fieldError('validTo', '有效期结束日应晚于开始日');
      return inTransaction(db, async (trx) => {
        const at = clock.now();
        const id = await repo.insertBatch(trx, { region_code: input.regionCode, title: input.title, criteria: JSON.stringify(input.criteria), pass_score: input.passScore, valid_from: input.validFrom, valid_to: input.validTo, status: 'open', created_by: actor.userId, created_at: at, updated_at: at });
        const after = mapBatch((await repo.findBatch(trx, id))!);
        await audit.record(trx, actor, { action: 'create', entityType: 'financeWhitelistBatch', entityId: id, after });
        return after;
      });
    },

    /** Closes a batch for review, or publishes it once every application is decided. */
    async setBatchStatus(actor: Actor, id: string, status: 'closed' | 'published'): Promise<Batch> {
      return inTransaction(db, async (trx) => {
        const b = await batchOf(trx, actor, id);
        if (!canManageFinance(actor, b.region_code)) throw notFound('白名单批次');
        const ok = status === 'closed' ? b.status === 'open' : b.status === 'open' || b.status === 'closed';
        if (!ok) throw fieldError('status', '批次当前状态不能执行此操作');
        if (status === 'published') {
          const pending = (await repo.listApplications(trx, { kind: 'all' }, false, { batchId: id, status: 'submitted' }, { limit: 1, offset: 0, order: 'asc', sort: 'createdAt' })).total;
          if (pending) throw fieldError('status', `尚有${pending}家申请未审核，不能发布`);
        }
        const before = mapBatch(b);
        await repo.updateBatch(trx, id, { status, updated_at: clock.now(), ...(status === 'published' && { published_at: clock.now() }) });
        const after = mapBatch((await repo.findBatch(trx, id))!);
        await audit.record(trx, actor, { action: status === 'published' ? 'publish' : 'close', entityType: 'financeWhitelistBatch', entityId: id, before, after });
        return after;
      });
    },

    listApplications,

    /** The applications (or, for a bank, the published list) as an Excel workbook. */
    async exportApplications(actor: Actor, q: ApplicationListQuery): Promise<Buffer> {
      const page = await listApplications(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '白名单', columns: APPLICATION_COLUMNS, rows: page.items });
    },

    application,

    /** An enterprise applies, a district (or the office) recommends, or a bank sends its own applicant for checking. */
    async apply(actor: Actor, input: ApplicationCreate): Promise<Application> {
      const batch = await batchOf(db, actor, input.batchId);
      if (batch.status !== 'open') throw fieldError('batchId', '该批次已停止受理');
      const enterpriseId = actor.roles.includes('enterprise') ? actor.orgId : input.enterpriseOrgId;
      if (!enterpriseId) throw fieldError('enterpriseOrgId', '请选择企业');
      const [enterprise] = await org.orgs.lookup(null, [enterpriseId]);
      if (!enterprise || enterprise.kind !== 'enterprise') throw fieldError('enterpriseOrgId', '企业不存在');
      const channel = actor.roles.includes('enterprise') ? 'self' : actor.roles.includes('bank') ? 'bank' : 'district';
      if (channel === 'self' && !actsForEnterprise(actor, enterpriseId)) throw fieldError('enterpriseOrgId', '企业用户只能为本企业申报');
      if (channel === 'district' && !canRecommend(actor, enterprise.regionCode)) throw fieldError('enterpriseOrgId', '超出您的管辖范围');
      if (!enterprise.regionCode.startsWith(regionPrefix(batch.region_code))) throw fieldError('enterpriseOrgId', '企业不在该批次的区域内');
      const id = await inTransaction(db, async (trx) => {
        const at = clock.now();
        const id = await repo.insertApplication(trx, {
          batch_id: batch.id,
          region_code: enterprise.regionCode,
          enterprise_org_id: enterprise.id,
          channel,
          channel_org_id: channel === 'self' ? null : actor.orgId,
          bank_org_id: channel === 'bank' ? actor.orgId : null,
          status: 'submitted',
          high_tech: input.highTech,
          note: input.note,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await audit.record(trx, actor, { action: 'create', entityType: 'financeWhitelistApplication', entityId: id, after: { batchId: batch.id, enterprise: enterprise.name, channel, highTech: input.highTech } });
        return id;
      }).catch((err: unknown) => {
        if (isUniqueViolation(err)) throw conflict('该企业已在本批次中', 'enterpriseOrgId');
        throw err;
      });
      return one(id);
    },

    /** The office records what it checked outside the platform (high-tech status, dishonesty, abnormal filings). */
    async review(actor: Actor, id: string, input: ApplicationReview): Promise<Application> {
      await inTransaction(db, async (trx) => {
        const a = await managedApplication(trx, actor, id);
        if (a.status !== 'submitted') throw fieldError('status', '申请已审核，不能修改核查结果');
        await repo.updateApplication(trx, a.batch_id, id, { ...(input.highTech !== undefined && { high_tech: input.highTech }), ...(input.dishonesty !== undefined && { dishonesty: input.dishonesty }), ...(input.abnormalFiling !== undefined && { abnormal_filing: input.abnormalFiling }), updated_at: clock.now() });
        await audit.record(trx, actor, { action: 'review', entityType: 'financeWhitelistApplication', entityId: id, before: { highTech: a.high_tech, dishonesty: a.dishonesty, abnormalFiling: a.abnormal_filing }, after: input });
      });
      return one(id);
    },

    /** Approves an eligible applicant onto the whitelist, or rejects one; the score and its reasons are kept with the decision. */
    async decide(actor: Actor, id: string, input: ApplicationDecision): Promise<Application> {
      const current = await application(actor, id);
      if (input.decision === 'approved' && !current.eligible) throw fieldError('decision', `未达到入库条件（得分${current.score}，入库分${current.passScore}）：${current.lines.filter((l) => l.met !== true && l.required).map((l) => l.reason).join('；') || '得分不足'}`);
      await inTransaction(db, async (trx) => {
        const a = await managedApplication(trx, actor, id);
        if (a.status !== 'submitted' || a.batch_status === 'published') throw fieldError('status', '申请已审核');
        const facts = { score: current.score, lines: current.lines, validInventions: current.validInventions, highValueInventions: current.highValueInventions };
        await repo.updateApplication(trx, a.batch_id, id, { status: input.decision, decision_note: input.note, decided_at: clock.now(), score: current.score, facts: JSON.stringify(facts), updated_at: clock.now() });
        await audit.record(trx, actor, { action: input.decision === 'approved' ? 'approve' : 'reject', entityType: 'financeWhitelistApplication', entityId: id, after: { ...facts, note: input.note } });
      });
      return one(id);
    },
  };
}
export type WhitelistService = ReturnType<typeof createWhitelistService>;
