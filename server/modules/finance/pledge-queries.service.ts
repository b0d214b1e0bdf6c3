import type { AuditEvent } from '../../../common/audit';
import type { IpRightKind, Pledge, PledgeListQuery, PledgeStatus, PledgeSummary, TimeLimit } from '../../../common/finance';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { writeSheet } from '../../platform/excel';
import { financeScope } from './finance.policy';
import { PLEDGE_COLUMNS } from './pledge.workbook';
import type { PledgeDeps, PledgeSupport } from './pledge-support.service';

const EXPORT_MAX = 10_000;

/** Reads of pledge registrations: the list and its export, one pledge with its pre-checks, the time limits. */
export function createPledgeQueries(deps: PledgeDeps, support: PledgeSupport) {
  const { db, repo } = deps;
  const { mapSummary, mapLimit, visible, detail } = support;

  async function list(actor: Actor, q: PledgeListQuery): Promise<Page<PledgeSummary>> {
    const { rows, total } = await repo.list(
      db,
      financeScope(actor),
      { q: q.q, status: q.status, kind: q.kind, bankOrgId: q.bankOrgId, enterpriseOrgId: q.enterpriseOrgId, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, year: q.year, typicalCase: q.typicalCase },
      { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.order },
    );
    return { items: rows.map(mapSummary), total, page: q.page, pageSize: q.pageSize };
  }

  return {
    list,

    /** The filtered list (every page) as an Excel workbook. */
    async exportXlsx(actor: Actor, q: PledgeListQuery): Promise<Buffer> {
      const page = await list(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '质押登记', columns: PLEDGE_COLUMNS, rows: page.items });
    },

    /** One pledge with its rights, events and today's pre-checks. */
    async get(actor: Actor, id: string): Promise<Pledge> {
      return detail(db, actor, await visible(db, actor, id));
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(db, actor, id);
      return deps.history('financePledge', id);
    },

    /** The processing time limits with their sources; the default one first. */
    async timeLimits(): Promise<TimeLimit[]> {
      return (await repo.timeLimits(db)).map(mapLimit).sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
    },

    /** Small descriptions of pledges by id (no access check: the caller already holds the ids through a record it may see). */
    async describe(ids: readonly string[]): Promise<{ id: string; rightCount: number; kinds: IpRightKind[]; status: PledgeStatus; securedAmountFen: number }[]> {
      return (await repo.findMany(db, ids)).map((r) => {
        const s = mapSummary(r);
        return { id: s.id, rightCount: s.rightCount, kinds: s.kinds, status: s.status, securedAmountFen: s.securedAmountFen };
      });
    },
  };
}
