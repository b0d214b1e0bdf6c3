import type { AuditEvent } from '../../../common/audit';
import { type FundingCreate, type FundingSource, type LedgerEntry, type Pool, type PoolCreate, type PoolRole } from '../../../common/finance-loans';
import type { Page } from '../../../common/pagination';
import type { Db, Tx } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { MONEY_FORMAT, writeSheet } from '../../platform/excel';
import type { OrgServices } from '../org/org.contract';
import { ratioProblem } from './domain/loss-sharing';
import { canManageFinance, financeScope } from './finance.policy';
import type { PoolBankRow, PoolPartyRow, PoolRepository, PoolRow } from './pool.repository';

// Insurers, guarantors and appraisers are service agencies (or companies) on the platform.
const KIND_OF_ROLE: Partial<Record<PoolRole, string[]>> = { insurer: ['serviceAgency', 'enterprise'], guarantor: ['serviceAgency', 'enterprise', 'bank'], appraiser: ['serviceAgency', 'enterprise'] };
const LEDGER_KIND = { funding: '注资', payout: '代偿支出', recovery: '追偿收回' } as const;

/** Risk-compensation pools: sharing ratios and rules as data, and the ledger every movement of money goes through. */
export function createPoolService(deps: { db: Db; repo: PoolRepository; org: OrgServices; audit: AuditWriter; clock: Clock; history: (type: string, id: string) => Promise<AuditEvent[]>; afterFunding?: (trx: Tx, actor: Actor, poolId: string) => Promise<void> }) {
  const { db, repo, org, audit, clock } = deps;

  const mapPool = (p: PoolRow, parties: PoolPartyRow[], banks: PoolBankRow[]): Pool => ({
    id: p.id,
    regionCode: p.region_code,
    name: p.name,
    centralFen: p.central_fen,
    provincialFen: p.provincial_fen,
    cityFen: p.city_fen,
    balanceFen: p.balance_fen,
    leverageTarget: p.leverage_target,
    qualifying: p.qualifying as Pool['qualifying'],
    perLoanCapFen: p.per_loan_cap_fen,
    capNote: p.cap_note,
    depositMultiple: p.deposit_multiple,
    claimDeadlineDays: p.claim_deadline_days,
    claimDeadlineSource: p.claim_deadline_source,
    overflow: p.overflow as Pool['overflow'],
    parties: parties.filter((x) => x.pool_id === p.id).map((x) => ({ role: x.role as PoolRole, orgId: x.org_id, orgName: x.org_name, shareBp: x.share_bp })),
    banks: banks.filter((b) => b.pool_id === p.id).map((b) => ({ bankOrgId: b.bank_org_id, bankName: b.bank_name, depositFen: b.deposit_fen })),
  });

  async function withParts(rows: PoolRow[]): Promise<Pool[]> {
    const ids = rows.map((p) => p.id);
    const [parties, banks] = await Promise.all([repo.parties(db, ids), repo.banks(db, ids)]);
    return rows.map((p) => mapPool(p, parties, banks));
  }

  /** True when the caller may see the pool: its region's office and district, or a bank taking part. */
  async function canSee(actor: Actor, p: PoolRow, trx: Db = db): Promise<boolean> {
    const scope = financeScope(actor);
    if (scope.kind === 'all') return true;
    if (scope.kind === 'region') return p.region_code.startsWith(scope.prefix) || scope.prefix.startsWith(p.region_code.slice(0, 4));
    if (scope.kind === 'bank') return (await repo.banks(trx, [p.id])).some((b) => b.bank_org_id === scope.orgId);
    return false;
  }

  async function visiblePool(actor: Actor, id: string): Promise<PoolRow> {
    const p = await repo.find(db, id);
    if (!p || !(await canSee(actor, p))) throw notFound('资金池');
    return p;
  }

  return {
    mapPool,
    /** The pools the caller may see. */
    async list(actor: Actor): Promise<Pool[]> {
      const scope = financeScope(actor);
      if (scope.kind === 'none' || scope.kind === 'enterprise') return [];
      // A district sees the pool of its city: pools are set up by cities and cover their districts.
      const rows = scope.kind === 'bank' ? await repo.list(db, { bankOrgId: scope.orgId }) : await repo.list(db, {});
      const visible = [];
      for (const p of rows) if (await canSee(actor, p)) visible.push(p);
      return withParts(visible);
    },

    async get(actor: Actor, id: string): Promise<Pool> {
      return (await withParts([await visiblePool(actor, id)]))[0];
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visiblePool(actor, id);
      return deps.history('financePool', id);
    },

    /** Sets up a pool; the sharing ratios must sum to 100 %, each named party must exist. */
    async create(actor: Actor, input: PoolCreate): Promise<Pool> {
      if (!canManageFinance(actor, input.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
      const problem = ratioProblem(input.parties);
      if (problem) throw fieldError(problem.field, problem.message);
      const orgs = new Map((await org.orgs.lookup(null, [...input.parties.flatMap((p) => (p.orgId ? [p.orgId] : [])), ...input.banks.map((b) => b.bankOrgId)])).map((o) => [o.id, o]));
      input.parties.forEach((p, i) => {
        if (!p.orgId) return;
        const o = orgs.get(p.orgId);
        if (!o || (KIND_OF_ROLE[p.role] && !KIND_OF_ROLE[p.role]!.includes(o.kind))) throw fieldError(`parties.${i}.orgId`, '机构不存在或类型不符');
      });
      input.banks.forEach((b, i) => {
        if (orgs.get(b.bankOrgId)?.kind !== 'bank') throw fieldError(`banks.${i}.bankOrgId`, '银行不存在');
      });
      const id = await inTransaction(db, async (trx) => {
        if (await repo.findByName(trx, input.regionCode, input.name)) throw fieldError('name', '已有同名资金池');
        const v = { region_code: input.regionCode, name: input.name, central_fen: input.centralFen, provincial_fen: input.provincialFen, city_fen: input.cityFen, leverage_target: input.leverageTarget, qualifying: input.qualifying, per_loan_cap_fen: input.perLoanCapFen, cap_note: input.capNote, deposit_multiple: input.depositMultiple, claim_deadline_days: input.claimDeadlineDays, claim_deadline_source: input.claimDeadlineSource, overflow: input.overflow };
        const id = await repo.insert(trx, v, input.parties.map((p) => ({ role: p.role, org_id: p.role === 'fund' || p.role === 'bank' ? null : p.orgId, share_bp: p.shareBp })), input.banks.map((b) => ({ bank_org_id: b.bankOrgId, deposit_fen: b.depositFen })), clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'financePool', entityId: id, after: { ...v, parties: input.parties, banks: input.banks } });
        return id;
      });
      return this.get(actor, id);
    },

    /** Money paid into the pool from one of its sources; queued claims are then paid while the balance allows. */
    async fund(actor: Actor, id: string, input: FundingCreate): Promise<Pool> {
      const p = await visiblePool(actor, id);
      if (!canManageFinance(actor, p.region_code)) throw forbidden('只有知识产权局可以登记注资');
      await inTransaction(db, async (trx) => {
        await repo.lock(trx, id);
        const entry = await repo.append(trx, id, { kind: 'funding', source: input.source, amount_fen: input.amountFen, occurred_on: input.on, note: input.note });
        await audit.record(trx, actor, { action: 'fund', entityType: 'financePool', entityId: id, after: { source: input.source, amountFen: input.amountFen, on: input.on, balanceAfterFen: entry.balance_after_fen } });
        await deps.afterFunding?.(trx, actor, id);
      });
      return this.get(actor, id);
    },

    /** The pool's ledger, newest first by default. */
    async ledger(actor: Actor, id: string, q: { page: number; pageSize: number; order: 'asc' | 'desc'; sort?: 'seq' | undefined }): Promise<Page<LedgerEntry>> {
      await visiblePool(actor, id);
      const { rows, total } = await repo.ledger(db, id, { ...pageWindow(q.page, q.pageSize), order: q.sort ? q.order : 'desc' });
      const items = rows.map((r) => ({ id: r.id, seq: r.seq, kind: r.kind as LedgerEntry['kind'], source: r.source as FundingSource | null, amountFen: r.amount_fen, balanceAfterFen: r.balance_after_fen, claimId: r.claim_id, occurredOn: r.occurred_on, note: r.note }));
      return { items, total, page: q.page, pageSize: q.pageSize };
    },

    async ledgerXlsx(actor: Actor, id: string): Promise<Buffer> {
      const page = await this.ledger(actor, id, { page: 1, pageSize: 100_000, order: 'asc', sort: 'seq' });
      return writeSheet({
        name: '资金池台账',
        rows: page.items,
        columns: [
          { header: '序号', width: 8, value: (e) => e.seq },
          { header: '日期', width: 12, value: (e) => e.occurredOn },
          { header: '类型', width: 12, value: (e) => LEDGER_KIND[e.kind] },
          { header: '金额(元)', width: 16, numFmt: MONEY_FORMAT, value: (e) => e.amountFen / 100 },
          { header: '余额(元)', width: 16, numFmt: MONEY_FORMAT, value: (e) => e.balanceAfterFen / 100 },
          { header: '说明', width: 40, value: (e) => e.note },
        ],
      });
    },

    /** Refuses a change that would overdraw: the ledger's own check is the last guard. */
    assertCovers(balanceFen: number, amountFen: number): void {
      if (amountFen > balanceFen) throw conflict('资金池余额不足');
    },
  };
}
export type PoolService = ReturnType<typeof createPoolService>;
