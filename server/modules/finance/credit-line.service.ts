import type { CreditLine, CreditLineListQuery, CreditLineUpdate } from '../../../common/finance-whitelist';
import type { Page } from '../../../common/pagination';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { OrgServices } from '../org/org.contract';
import { actsForBank, canSeeBatch, canSeeFinanceRecord, financeScope } from './finance.policy';
import { CREDIT_LINE_COLUMNS } from './whitelist.workbook';
import type { CreditLineRow, WhitelistRepository } from './whitelist.repository';

/** Banks' interest marks and credit lines (授信) on whitelisted enterprises. */
export function createCreditLineService(deps: { db: Db; repo: WhitelistRepository; org: OrgServices; audit: AuditWriter; clock: Clock }) {
  const { db, repo, org, audit, clock } = deps;

  const map = (r: CreditLineRow): CreditLine => ({
    id: r.id,
    batchId: r.batch_id,
    applicationId: r.application_id,
    bankOrgId: r.bank_org_id,
    bankName: r.bank_name,
    enterpriseOrgId: r.enterprise_org_id,
    enterpriseName: r.enterprise_name,
    regionCode: r.region_code,
    regionName: org.regions.fullName(r.region_code),
    status: r.status as CreditLine['status'],
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    grantedOn: r.granted_on,
    expiresOn: r.expires_on,
    note: r.note,
    updatedAt: r.updated_at.toISOString(),
  });

  async function list(actor: Actor, q: CreditLineListQuery): Promise<Page<CreditLine>> {
    const { rows, total } = await repo.listCreditLines(db, financeScope(actor), { batchId: q.batchId, q: q.q, status: q.status }, { ...pageWindow(q.page, q.pageSize), order: q.order, sort: q.sort ?? 'updatedAt' });
    return { items: rows.map(map), total, page: q.page, pageSize: q.pageSize };
  }

  return {
    list,

    async exportXlsx(actor: Actor, q: CreditLineListQuery): Promise<Buffer> {
      return writeSheet({ name: '授信', columns: CREDIT_LINE_COLUMNS, rows: (await list(actor, { ...q, page: 1, pageSize: 10_000 })).items });
    },

    /** A bank marks its interest in an enterprise of a published whitelist (again: the same mark is answered). */
    async markInterest(actor: Actor, applicationId: string): Promise<CreditLine> {
      return inTransaction(db, async (trx) => {
        const a = await repo.findApplication(trx, applicationId);
        if (!a || a.batch_status !== 'published' || a.status !== 'approved' || !canSeeBatch(actor, a.batch_region)) throw notFound('白名单企业');
        const existing = await repo.creditLineOf(trx, a.batch_id, a.id, actor.orgId);
        if (existing) return map(existing);
        const at = clock.now();
        const id = await repo.insertCreditLine(trx, { batch_id: a.batch_id, application_id: a.id, bank_org_id: actor.orgId, region_code: a.region_code, enterprise_org_id: a.enterprise_org_id, status: 'interested', created_at: at, updated_at: at });
        const after = map((await repo.findCreditLine(trx, id))!);
        await audit.record(trx, actor, { action: 'create', entityType: 'financeCreditLine', entityId: id, after });
        return after;
      });
    },

    /** The bank records the credit line it granted (amount, dates) or declines. */
    async update(actor: Actor, id: string, input: CreditLineUpdate): Promise<CreditLine> {
      return inTransaction(db, async (trx) => {
        const row = await repo.findCreditLine(trx, id);
        if (!row || !canSeeFinanceRecord(actor, row) || !actsForBank(actor, row.bank_org_id)) throw notFound('授信记录');
        if (input.status !== 'granted' && input.amountFen) throw fieldError('amountFen', '未授信的记录不填授信金额');
        const before = map(row);
        const granted = input.status === 'granted';
        await repo.updateCreditLine(trx, id, { status: input.status, amount_fen: granted ? (input.amountFen ?? null) : null, granted_on: granted ? (input.grantedOn ?? null) : null, expires_on: granted ? (input.expiresOn ?? null) : null, note: input.note, updated_at: clock.now() });
        const after = map((await repo.findCreditLine(trx, id))!);
        await audit.record(trx, actor, { action: 'update', entityType: 'financeCreditLine', entityId: id, before, after });
        return after;
      });
    },
  };
}
export type CreditLineService = ReturnType<typeof createCreditLineService>;
