import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { CatalogueItem, CatalogueQuery, Declaration, DeclarationListQuery, Rule } from '../../../common/utilisation';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { writeSheet, writeTemplate } from '../../platform/excel';
import type { DeclarationDeps, DeclarationSupport } from './declaration-support.service';
import { DECLARATION_EXPORT_COLUMNS, DECLARATION_IMPORT_COLUMNS } from './declaration.workbook';
import { utilisationScope } from './utilisation.policy';

/** The reads of open-licence declarations: the public catalogue, the scoped list, one declaration, the rules. */
export function createDeclarationQueries(deps: DeclarationDeps, support: DeclarationSupport) {
  const { db, repo } = deps;
  const reductionPct = async () => support.ruleValue(await support.ruleRows(), 'annualFeeReductionPct');

  const queries = {
    /** The public catalogue: open declarations only, searchable by field, IPC, holder and holder kind. */
    async catalogue(q: CatalogueQuery): Promise<Page<CatalogueItem>> {
      const { rows, total } = await repo.list(db, { q: q.q, fields: q.field, ipcPrefix: q.ipc?.replace(/\s+/g, ' '), holderKinds: q.holderKind, holderOrgId: q.holderOrgId, patentTypes: q.patentType, statuses: ['open'] }, { kind: 'all' }, { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'declaredOn', order: q.order });
      const items = rows.map((r) => {
        const d = support.map(null, r, 0);
        return { id: d.id, regionName: d.regionName, holderName: d.holderName, holderKind: d.holderKind, patentNo: d.patentNo, patentType: d.patentType, title: d.title, mainIpc: d.mainIpc, field: d.field, expiryDate: d.expiryDate, payKind: d.payKind, rateBp: d.rateBp, lumpSumFen: d.lumpSumFen, termFrom: d.termFrom, termTo: d.termTo, fieldOfUse: d.fieldOfUse, declaredOn: d.declaredOn };
      });
      return { items, total, page: q.page, pageSize: q.pageSize };
    },

    /** One open declaration of the public catalogue. */
    async catalogueEntry(id: string): Promise<CatalogueItem | null> {
      const r = await repo.find(db, id);
      if (!r || r.status !== 'open') return null;
      const { id: _id, regionName, holderName, holderKind, patentNo, patentType, title, mainIpc, field, expiryDate, payKind, rateBp, lumpSumFen, termFrom, termTo, fieldOfUse, declaredOn } = support.map(null, r, 0);
      return { id: _id, regionName, holderName, holderKind, patentNo, patentType, title, mainIpc, field, expiryDate, payKind, rateBp, lumpSumFen, termFrom, termTo, fieldOfUse, declaredOn };
    },

    /** The declarations the caller may see, open and withdrawn. */
    async list(actor: Actor, q: DeclarationListQuery): Promise<Page<Declaration>> {
      const pct = await reductionPct();
      const { rows, total } = await repo.list(db, { q: q.q, fields: q.field, ipcPrefix: q.ipc, holderKinds: q.holderKind, holderOrgId: q.holderOrgId, patentTypes: q.patentType, statuses: q.status, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined }, utilisationScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'declaredOn', order: q.order });
      return { items: rows.map((r) => support.map(actor, r, pct)), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: DeclarationListQuery): Promise<Buffer> {
      const page = await queries.list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '开放许可专利', rows: page.items, columns: DECLARATION_EXPORT_COLUMNS });
    },

    async get(actor: Actor, id: string): Promise<Declaration> {
      return support.map(actor, await support.visible(actor, id), await reductionPct());
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await support.visible(actor, id);
      return deps.history('utilisationDeclaration', id);
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('开放许可专利', DECLARATION_IMPORT_COLUMNS);
    },

    /** The open-licence rules with their sources. */
    async rules(): Promise<Rule[]> {
      return (await support.ruleRows()).map(support.mapRule);
    },
  };
  return queries;
}
