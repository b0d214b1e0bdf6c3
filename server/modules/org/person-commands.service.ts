import type { Job } from '../../../common/jobs';
import type { Person, PersonCreate, PersonUpdate } from '../../../common/org';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { orgScope } from './org.policy';
import { fieldError } from '../../platform/errors';
import { startImport } from '../../platform/import';
import { PERSON_IMPORT_COLUMNS, PersonImportRowSchema } from './person.workbook';
import type { PersonValues } from './person.repository';
import { inTransaction } from '../../db/unit-of-work';
import { mapPerson, type PersonDeps, type PersonSupport } from './person-support.service';

/** Writes of contact people: each change in one transaction with its audit event. */
export function createPersonCommands(deps: PersonDeps, support: PersonSupport) {
  const { db, repo, orgs, audit, clock, jobs } = deps;
  const { findVisible } = support;

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
export type PersonCommands = ReturnType<typeof createPersonCommands>;
