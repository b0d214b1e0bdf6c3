import type { AuditEvent } from '../../../common/audit';
import type { ComplianceDetail, ComplianceListItem, ComplianceListQuery } from '../../../common/enforcement-compliance';
import type { Page } from '../../../common/pagination';
import type { Actor } from '../../platform/access';
import { writeSheet } from '../../platform/excel';
import type { ComplianceDeps, ComplianceSupport } from './compliance-support.service';
import { complianceScope } from './enforcement.policy';
import { COMPLIANCE_EXPORT_COLUMNS } from './compliance.workbook';

/** The reads of compliance procedures. */
export function createComplianceQueries(deps: ComplianceDeps, support: ComplianceSupport) {
  const { db, repo, agency } = deps;

  async function list(actor: Actor, q: ComplianceListQuery, exportAll = false): Promise<Page<ComplianceListItem>> {
    const agent = await agency.agentOf(actor);
    const [{ rows, total }, rules] = await Promise.all([repo.list(db, complianceScope(actor, agent), q, support.today(), exportAll), deps.rules(db)]);
    return { items: await support.items(rows, rules), total, page: q.page, pageSize: q.pageSize };
  }

  return {
    /** Procedures the caller may see: the procuratorate's own, its team's, the office's region. */
    list: (actor: Actor, q: ComplianceListQuery) => list(actor, q),
    /** The filtered list as Excel. */
    async exportXlsx(actor: Actor, q: ComplianceListQuery): Promise<Buffer> {
      return writeSheet({ name: '企业合规考察', columns: COMPLIANCE_EXPORT_COLUMNS, rows: (await list(actor, q, true)).items });
    },
    /** One procedure with its team, inspections and limits. */
    async get(actor: Actor, id: string): Promise<ComplianceDetail> {
      const agent = await agency.agentOf(actor);
      const { row, team } = await support.visible(db, actor, agent, id);
      const [inspections, rules] = await Promise.all([repo.inspections(db, id), deps.rules(db)]);
      return support.detail(actor, agent, row, team, inspections, rules);
    },
    /** What happened to the procedure. */
    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await support.visible(db, actor, await agency.agentOf(actor), id);
      return deps.history('enforcementCompliance', id);
    },
  };
}
