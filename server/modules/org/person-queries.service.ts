import type { Person, PersonListQuery } from '../../../common/org';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { canSeePerson, orgScope } from './org.policy';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { PERSON_EXPORT_COLUMNS, PERSON_IMPORT_COLUMNS } from './person.workbook';
import { mapPerson, type PersonDeps, type PersonSupport } from './person-support.service';

/** Reads of contact people: the lists, records and exports. */
export function createPersonQueries(deps: PersonDeps, support: PersonSupport) {
  const { db, repo } = deps;
  const { findVisible } = support;
  return {
    mapPerson,

    async list(actor: Actor, q: PersonListQuery): Promise<Page<Person>> {
      const { rows, total } = await repo.list(
        db,
        { q: q.q, orgId: q.orgId, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined },
        orgScope(actor),
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'name', order: q.order },
      );
      return { items: rows.map(mapPerson), total, page: q.page, pageSize: q.pageSize };
    },

    async get(actor: Actor, id: string): Promise<Person> {
      return mapPerson(await findVisible(db, actor, id));
    },

    /** People by id that the actor may see (other modules show attendees and liaisons with it). */
    async lookup(actor: Actor | null, ids: readonly string[]): Promise<Person[]> {
      const rows = await repo.findMany(db, [...new Set(ids)]);
      return rows.filter((r) => !actor || canSeePerson(actor, { regionCode: r.region_code, orgId: r.org_id })).map(mapPerson);
    },

    async exportXlsx(actor: Actor, q: PersonListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 50_000 });
      return writeSheet({ name: '人员', columns: PERSON_EXPORT_COLUMNS, rows: page.items });
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('人员', PERSON_IMPORT_COLUMNS);
    },
  };
}
export type PersonQueries = ReturnType<typeof createPersonQueries>;
