import type { CaseDetail, CaseListItem, CaseListQuery } from '../../../common/enforcement';
import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import type { Actor } from '../../platform/access';
import { writeSheet } from '../../platform/excel';
import type { CaseDeps, CaseSupport } from './case-support.service';
import { caseScope } from './enforcement.policy';
import { CASE_EXPORT_COLUMNS } from './enforcement.workbook';

const EXPORT_MAX = 50_000;

/** Reading cases: the caller's list, one case, its history and the Excel export. */
export function createCaseQueries(deps: CaseDeps & { history: (type: string, id: string) => Promise<AuditEvent[]> }, support: CaseSupport) {
  const { db, repo, agency } = deps;

  async function list(actor: Actor, q: CaseListQuery, exportAll = false): Promise<Page<CaseListItem>> {
    const agent = await agency.agentOf(actor);
    const day = support.today();
    const { rows, total } = await repo.list(db, caseScope(actor, agent), q, day, exportAll);
    const orgs = await agency.byId(rows.map((r) => r.org_id));
    return { items: rows.map((r) => support.listItem(r, orgs, day)), total, page: q.page, pageSize: q.pageSize };
  }

  return {
    /** The cases the caller may see: an officer its agency's, the office its region's, a party its own. */
    list: (actor: Actor, q: CaseListQuery) => list(actor, q),
    /** One case with its limits, measures and the actions open to the caller. */
    async get(actor: Actor, id: string): Promise<CaseDetail> {
      const agent = await agency.agentOf(actor);
      return support.detail(db, actor, agent, await support.visible(db, actor, agent, id));
    },
    /** What happened to the case, newest first. */
    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await support.visible(db, actor, await agency.agentOf(actor), id);
      return deps.history('enforcementCase', id);
    },
    /** The filtered list as an Excel workbook (every page). */
    async exportXlsx(actor: Actor, q: CaseListQuery): Promise<Buffer> {
      const page = await list(actor, { ...q, page: 1, pageSize: EXPORT_MAX }, true);
      return writeSheet({ name: '执法案件', columns: CASE_EXPORT_COLUMNS, rows: page.items.slice(0, EXPORT_MAX) });
    },
  };
}
