import type { AuditEvent } from '../../../common/audit';
import type { Org, OrgListQuery } from '../../../common/org';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { orgScope } from './org.policy';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { createVersionedCache, deepFreeze } from '../../platform/cache/versioned-cache';
import { ORG_EXPORT_COLUMNS, ORG_IMPORT_COLUMNS } from './org.workbook';
import { orgNameIndex, type OrgNameIndex } from './domain/org-name-index';
import type { OrgServiceDeps, OrgSupport } from './org-support.service';

const EXPORT_MAX = 50_000;

// Every picker and list page asks for organisations; a few hundred distinct pages cover them.
const LIST_CACHE_ENTRIES = 500;

/** Reads of organisations: the lists, records and exports. */
export function createOrgQueries(deps: OrgServiceDeps, support: OrgSupport) {
  const { db, repo, history, versions } = deps;
  const { mapOrg, visible, findVisible } = support;

  const listCache = createVersionedCache<Page<Org>>(LIST_CACHE_ENTRIES);

  return {
    mapOrg,

    /** Organisations the caller may see, by full name and short name (imports and pasted text name units this way). */
    async nameIndex(actor: Actor): Promise<OrgNameIndex> {
      return orgNameIndex((await this.list(actor, { page: 1, pageSize: 50_000, order: 'asc', sort: 'name', kind: undefined })).items);
    },

    /** A page of the list; answered from the cache while no organisation has been written since. */
    async list(actor: Actor, q: OrgListQuery): Promise<Page<Org>> {
      const version = await versions.current(db, 'org');
      const scope = orgScope(actor);
      const key = JSON.stringify([scope, q]);
      const cached = listCache.get(key, version);
      if (cached) return cached;
      const { rows, total } = await repo.list(
        db,
        { q: q.q, kinds: q.kind, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, parentId: q.parentId },
        scope,
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'name', order: q.order },
      );
      const page = deepFreeze({ items: rows.map(mapOrg), total, page: q.page, pageSize: q.pageSize });
      listCache.set(key, version, page);
      return page;
    },

    async get(actor: Actor, id: string): Promise<Org> {
      return mapOrg(await findVisible(db, actor, id));
    },

    /** The audit trail of an organisation the actor may see. */
    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await findVisible(db, actor, id);
      return history('org', id);
    },

    /** Organisations by id that the actor may see (other modules use it to show names). */
    async lookup(actor: Actor | null, ids: readonly string[]): Promise<Org[]> {
      const rows = await repo.findMany(db, [...new Set(ids)]);
      return rows.filter((r) => !actor || visible(actor, r)).map(mapOrg);
    },

    /** The filtered list (every page) as an Excel workbook. */
    async exportXlsx(actor: Actor, q: OrgListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '机构', columns: ORG_EXPORT_COLUMNS, rows: page.items });
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('机构', ORG_IMPORT_COLUMNS);
    },
  };
}
export type OrgQueries = ReturnType<typeof createOrgQueries>;
