import type { Job } from '../../../common/jobs';
import type { Person, PersonCreate, PersonListQuery, PersonUpdate } from '../../../common/org';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { canSeePerson, orgScope } from './org.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError, notFound } from '../../platform/errors';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { startImport } from '../../platform/import';
import type { JobService } from '../../platform/jobs/job.service';
import { PERSON_EXPORT_COLUMNS, PERSON_IMPORT_COLUMNS, PersonImportRowSchema } from './person.workbook';
import type { PersonRepository, PersonRow, PersonValues } from './person.repository';
import type { OrgService } from './org.service';
import { inTransaction } from '../../db/unit-of-work';

function mapPerson(r: PersonRow): Person {
  return {
    id: r.id,
    name: r.name,
    title: r.title,
    orgId: r.org_id,
    orgName: r.org_name,
    regionCode: r.region_code,
    phone: r.phone,
    email: r.email,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** People (with their position title) in organisations the caller may see. */
export function createPersonService(deps: { db: Db; repo: PersonRepository; orgs: OrgService; audit: AuditWriter; clock: Clock; jobs: JobService }) {
  const { db, repo, orgs, audit, clock, jobs } = deps;

  async function findVisible(trx: Db, actor: Actor, id: string): Promise<PersonRow> {
    const row = await repo.find(trx, id);
    if (!row || !canSeePerson(actor, { regionCode: row.region_code, orgId: row.org_id })) throw notFound('人员');
    return row;
  }

  async function insertPerson(trx: Db, actor: Actor, input: PersonCreate): Promise<Person> {
    const values: PersonValues = { name: input.name, title: input.title ?? null, org_id: input.orgId, phone: input.phone ?? null, email: input.email ?? null };
    const id = await repo.insert(trx, values, clock.now());
    const person = mapPerson((await repo.find(trx, id))!);
    await audit.record(trx, actor, { action: 'create', entityType: 'person', entityId: id, after: person });
    return person;
  }

  async function checkOrg(actor: Actor, orgId: string): Promise<void> {
    const [org] = await orgs.lookup(actor, [orgId]);
    if (!org) throw fieldError('orgId', '所属机构不存在');
  }

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
    async create(actor: Actor, input: PersonCreate): Promise<Person> {
      await checkOrg(actor, input.orgId);
      return inTransaction(db, (trx) => insertPerson(trx, actor, input));
    },
    /**
     * Adds a person inside the caller's transaction, for a use case that records people together with
     * its own rows (a reported meeting's attendees): if the caller's work fails, the person goes too.
     * The caller must already have checked that the actor may see the organisation.
     */
    async createIn(trx: Db, actor: Actor, input: PersonCreate): Promise<Person> {
      return insertPerson(trx, actor, input);
    },
    async update(actor: Actor, id: string, patch: PersonUpdate): Promise<Person> {
      if (patch.orgId) await checkOrg(actor, patch.orgId);
      return inTransaction(db, async (trx) => {
        const before = mapPerson(await findVisible(trx, actor, id));
        const values: Partial<PersonValues> = {};
        if (patch.name !== undefined) values.name = patch.name;
        if (patch.title !== undefined) values.title = patch.title;
        if (patch.orgId !== undefined) values.org_id = patch.orgId;
        if (patch.phone !== undefined) values.phone = patch.phone;
        if (patch.email !== undefined) values.email = patch.email;
        await repo.update(trx, id, values, clock.now());
        const after = mapPerson((await repo.find(trx, id))!);
        await audit.record(trx, actor, { action: 'update', entityType: 'person', entityId: id, before, after });
        return after;
      });
    },
    async remove(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const before = mapPerson(await findVisible(trx, actor, id));
        await repo.delete(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'person', entityId: id, before });
      });
    },
    async exportXlsx(actor: Actor, q: PersonListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 50_000 });
      return writeSheet({ name: '人员', columns: PERSON_EXPORT_COLUMNS, rows: page.items });
    },
    async importTemplate(): Promise<Buffer> {
      return writeTemplate('人员', PERSON_IMPORT_COLUMNS);
    },
    async importXlsx(actor: Actor, bytes: Buffer): Promise<Job> {
      const orgHeader = PERSON_IMPORT_COLUMNS.find((c) => c.key === 'orgName')!.header;
      return startImport(jobs, actor, bytes, {
        kind: 'person.import',
        columns: PERSON_IMPORT_COLUMNS,
        rowSchema: PersonImportRowSchema,
        check: async (rows, errors) => {
          const found = await repo.orgsByName(db, rows.map((r) => r.value.orgName), orgScope(actor));
          const byName = new Map<string, string[]>();
          for (const o of found) byName.set(o.name, [...(byName.get(o.name) ?? []), o.id]);
          return rows.flatMap(({ rowNumber, value }) => {
            const ids = byName.get(value.orgName) ?? [];
            if (ids.length !== 1) {
              errors.push({ row: rowNumber, field: orgHeader, message: ids.length ? `有多个机构名为「${value.orgName}」` : `找不到机构「${value.orgName}」` });
              return [];
            }
            const v: PersonValues = { name: value.name, title: value.title ?? null, org_id: ids[0], phone: value.phone ?? null, email: value.email ?? null };
            return [{ rowNumber, value: v }];
          });
        },
        persist: async (rows, progress) => {
          await inTransaction(db, async (trx) => {
            const ids: string[] = [];
            for (const [i, r] of rows.entries()) {
              ids.push(await repo.insert(trx, r.value, clock.now()));
              if (i % 100 === 0) progress(i);
            }
            const created = (await repo.findMany(trx, ids)).map(mapPerson);
            await audit.recordMany(trx, actor, created.map((p) => ({ action: 'import', entityType: 'person', entityId: p.id, after: p })));
          });
        },
      });
    },
  };
}
export type PersonService = ReturnType<typeof createPersonService>;
