import type { AuditEvent } from '../../../common/audit';
import type { Claim, ClaimDetail, ClaimListQuery } from '../../../common/finance-loans';
import type { Page } from '../../../common/pagination';
import { pageWindow } from '../../db/query-helpers';
import { notFound } from '../../platform/errors';
import type { StoredFile } from '../../platform/files/file.service';
import type { Actor } from '../../platform/access';
import { writeSheet } from '../../platform/excel';
import type { ClaimDeps, ClaimSupport } from './claim-support.service';
import { actsForBank, canManageFinance, financeScope } from './finance.policy';
import { CLAIM_EXPORT_COLUMNS } from './loan.workbook';

/** Reads of compensation claims. */
export function createClaimQueries(deps: ClaimDeps, support: ClaimSupport) {
  const { db, repo } = deps;
  const { mapClaim, visibleClaim, named } = support;
  return {
    async list(actor: Actor, q: ClaimListQuery): Promise<Page<Claim>> {
      const f = { status: q.status === undefined ? undefined : [q.status].flat(), poolId: q.poolId, bankOrgId: q.bankOrgId, year: q.year, q: q.q };
      const { rows, total } = await repo.list(db, f, financeScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'appliedOn', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapClaim), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: ClaimListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 50_000 });
      return writeSheet({ name: '代偿申请', columns: CLAIM_EXPORT_COLUMNS, rows: page.items });
    },

    /** A claim with its payout and recoveries, each party's share to the fen. */
    async get(actor: Actor, id: string): Promise<ClaimDetail> {
      const c = await visibleClaim(db, actor, id);
      const movements = await Promise.all(
        (await repo.movements(db, id)).map(async (m) => ({ id: m.id, kind: m.kind as 'payout' | 'recovery', totalFen: m.total_fen, shares: await named(m.shares), occurredOn: m.occurred_on })),
      );
      const manages = canManageFinance(actor, c.region_code);
      const evidence = (await deps.files.describe(c.evidence_file_ids)).map((f) => ({ id: f.id, name: f.name, size: f.size }));
      return { ...mapClaim(c), evidence, movements, canReview: manages && c.status === 'submitted', canRecover: c.status === 'paid' && (manages || actsForBank(actor, c.bank_org_id)) };
    },

    /** One evidence file of a claim the caller may see; a file that is not the claim's answers 404 like a missing one. */
    async evidenceFile(actor: Actor, id: string, fileId: string): Promise<{ file: StoredFile; bytes: Buffer }> {
      const c = await visibleClaim(db, actor, id);
      if (!c.evidence_file_ids.includes(fileId)) throw notFound('佐证材料');
      return deps.files.read(fileId);
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visibleClaim(db, actor, id);
      return deps.history('financeClaim', id);
    },
  };
}
