import type {
  Conference,
  ConferenceUpsert,
  Liaison,
  LiaisonCreate,
  LiaisonUpdate,
  Member,
  MemberCreate,
  MemberUpdate,
} from '../../../common/conference';
import type { Job } from '../../../common/jobs';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { conflict, fieldError, isUniqueViolation, notFound } from '../../platform/errors';
import { startImport } from '../../platform/import';
import type { LiaisonRow, MemberRow } from './body.repository';
import { MEMBER_IMPORT_COLUMNS, MemberImportRowSchema } from './conference.workbook';
import { inTransaction } from '../../db/unit-of-work';
import type { BodyDeps, BodySupport } from './body-support.service';

/** Writes of the joint conference: each change in one transaction with its audit event. */
export function createBodyCommands(deps: BodyDeps, support: BodySupport) {
  const { db, repo, org, audit, clock, jobs } = deps;
  const { today, mapConference, mapMember, mapLiaison, regionOf, conferenceOf } = support;

  async function mustOrg(orgId: string, field = 'orgId') {
    const [o] = await org.orgs.lookup(null, [orgId]);
    if (!o) throw fieldError(field, '单位不存在');
    return o;
  }

  async function memberOf(trx: Db, actor: Actor, id: string): Promise<MemberRow> {
    const row = await repo.findMember(trx, id, today());
    if (!row) throw notFound('成员单位');
    regionOf(actor, await repo.conferenceRegion(trx, row.conference_id));
    return row;
  }

  async function liaisonOf(trx: Db, actor: Actor, id: string): Promise<LiaisonRow> {
    const row = await repo.findLiaison(trx, id);
    if (!row) throw notFound('联络员');
    regionOf(actor, await repo.conferenceRegion(trx, row.conference_id));
    return row;
  }

  async function checkPerson(personId: string | null | undefined, orgId: string): Promise<void> {
    if (!personId) return;
    const [p] = await org.people.lookup(null, [personId]);
    if (!p || p.orgId !== orgId) throw fieldError('personId', '人员不存在或不属于该单位');
  }

  const checkTerm = (start: string, end: string | null | undefined) => {
    if (end && end < start) throw fieldError('termEnd', '任期结束日期不能早于开始日期');
  };

  return {
    /** Creates the conference of a region or changes its name, office and founding date. */
    async upsert(actor: Actor, input: ConferenceUpsert): Promise<Conference> {
      regionOf(actor, input.regionCode);
      if (!org.regions.exists(input.regionCode)) throw fieldError('regionCode', `行政区划代码 ${input.regionCode} 不存在`);
      if (input.officeOrgId) await mustOrg(input.officeOrgId, 'officeOrgId');
      return inTransaction(db, async (trx) => {
        const before = await repo.findConference(trx, input.regionCode, today());
        const id = await repo.upsertConference(trx, { region_code: input.regionCode, name: input.name, office_org_id: input.officeOrgId ?? null, established_on: input.establishedOn ?? null }, clock.now());
        const after = mapConference((await repo.findConference(trx, input.regionCode, today()))!);
        await audit.record(trx, actor, { action: before ? 'update' : 'create', entityType: 'conference', entityId: id, before: before ? mapConference(before) : undefined, after });
        return after;
      });
    },

    async addMember(actor: Actor, input: MemberCreate, regionCode?: string): Promise<Member> {
      await mustOrg(input.orgId);
      if (input.leftOn && input.joinedOn && input.leftOn < input.joinedOn) throw fieldError('leftOn', '退出日期不能早于加入日期');
      return inTransaction(db, async (trx) => {
          const conf = await conferenceOf(trx, actor, regionCode);
          const id = await repo.insertMember(trx, conf.id, input.orgId, { position: input.position, joined_on: input.joinedOn ?? null, left_on: input.leftOn ?? null, duties: input.duties, sort_order: input.sortOrder }, clock.now());
          const after = mapMember((await repo.findMember(trx, id, today()))!);
          await audit.record(trx, actor, { action: 'create', entityType: 'conferenceMember', entityId: id, after });
          return after;
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw conflict('该单位已是联席会议成员单位', 'orgId');
          throw err;
        });
    },

    async updateMember(actor: Actor, id: string, patch: MemberUpdate): Promise<Member> {
      return inTransaction(db, async (trx) => {
        const before = mapMember(await memberOf(trx, actor, id));
        const joined = patch.joinedOn !== undefined ? patch.joinedOn : before.joinedOn;
        const left = patch.leftOn !== undefined ? patch.leftOn : before.leftOn;
        if (joined && left && left < joined) throw fieldError('leftOn', '退出日期不能早于加入日期');
        await repo.updateMember(
          trx,
          id,
          {
            ...(patch.position !== undefined && { position: patch.position }),
            ...(patch.joinedOn !== undefined && { joined_on: patch.joinedOn }),
            ...(patch.leftOn !== undefined && { left_on: patch.leftOn }),
            ...(patch.duties !== undefined && { duties: patch.duties }),
            ...(patch.sortOrder !== undefined && { sort_order: patch.sortOrder }),
          },
          clock.now(),
        );
        const after = mapMember((await repo.findMember(trx, id, today()))!);
        await audit.record(trx, actor, { action: 'update', entityType: 'conferenceMember', entityId: id, before, after });
        return after;
      });
    },

    async removeMember(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const before = mapMember(await memberOf(trx, actor, id));
        await repo.deleteMember(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'conferenceMember', entityId: id, before });
      });
    },

    /** Adds member units from a spreadsheet of unit names; all rows or none. */
    async importMembers(actor: Actor, bytes: Buffer, regionCode?: string): Promise<Job> {
      const conf = await conferenceOf(db, actor, regionCode);
      const header = (k: string) => MEMBER_IMPORT_COLUMNS.find((c) => c.key === k)!.header;
      return startImport(jobs, actor, bytes, {
        kind: 'conference.members.import',
        columns: MEMBER_IMPORT_COLUMNS,
        rowSchema: MemberImportRowSchema,
        check: async (rows, errors) => {
          const names = await org.orgs.nameIndex(actor);
          const existing = new Set(await repo.memberOrgIds(db, conf.id));
          const seen = new Map<string, number>();
          return rows.flatMap(({ rowNumber, value }) => {
            const found = names.resolve(value.orgName);
            if ('problem' in found) {
              errors.push({ row: rowNumber, field: header('orgName'), message: found.problem });
              return [];
            }
            if (existing.has(found.id)) errors.push({ row: rowNumber, field: header('orgName'), message: '该单位已是成员单位' });
            const first = seen.get(found.id);
            if (first) errors.push({ row: rowNumber, field: header('orgName'), message: `与第 ${first} 行重复` });
            seen.set(found.id, rowNumber);
            return [{ rowNumber, value: { ...value, orgId: found.id } }];
          });
        },
        persist: async (rows, progress) => {
          await inTransaction(db, async (trx) => {
            const ids: string[] = [];
            for (const [i, { value }] of rows.entries()) {
              ids.push(await repo.insertMember(trx, conf.id, value.orgId, { position: value.position, joined_on: value.joinedOn ?? null, left_on: null, duties: value.duties ?? null, sort_order: value.sortOrder ?? 0 }, clock.now()));
              if (i % 50 === 0) progress(i);
            }
            const created = await Promise.all(ids.map(async (id) => mapMember((await repo.findMember(trx, id, today()))!)));
            await audit.recordMany(trx, actor, created.map((m) => ({ action: 'import', entityType: 'conferenceMember', entityId: m.id, after: m })));
          });
        },
      });
    },

    async addLiaison(actor: Actor, input: LiaisonCreate, regionCode?: string): Promise<Liaison> {
      await mustOrg(input.orgId);
      checkTerm(input.termStart, input.termEnd);
      await checkPerson(input.personId, input.orgId);
      return inTransaction(db, async (trx) => {
        const conf = await conferenceOf(trx, actor, regionCode);
        const id = await repo.insertLiaison(
          trx,
          conf.id,
          input.orgId,
          { person_id: input.personId ?? null, name: input.name, title: input.title, phone: input.phone, email: input.email ?? null, term_start: input.termStart, term_end: input.termEnd ?? null },
          clock.now(),
        );
        const after = mapLiaison((await repo.findLiaison(trx, id))!);
        await audit.record(trx, actor, { action: 'create', entityType: 'liaison', entityId: id, after });
        return after;
      });
    },

    async updateLiaison(actor: Actor, id: string, patch: LiaisonUpdate): Promise<Liaison> {
      return inTransaction(db, async (trx) => {
        const before = mapLiaison(await liaisonOf(trx, actor, id));
        checkTerm(patch.termStart ?? before.termStart, patch.termEnd !== undefined ? patch.termEnd : before.termEnd);
        if (patch.personId) await checkPerson(patch.personId, before.orgId);
        await repo.updateLiaison(
          trx,
          id,
          {
            ...(patch.name !== undefined && { name: patch.name }),
            ...(patch.title !== undefined && { title: patch.title }),
            ...(patch.phone !== undefined && { phone: patch.phone }),
            ...(patch.email !== undefined && { email: patch.email }),
            ...(patch.personId !== undefined && { person_id: patch.personId }),
            ...(patch.termStart !== undefined && { term_start: patch.termStart }),
            ...(patch.termEnd !== undefined && { term_end: patch.termEnd }),
          },
          clock.now(),
        );
        const after = mapLiaison((await repo.findLiaison(trx, id))!);
        await audit.record(trx, actor, { action: 'update', entityType: 'liaison', entityId: id, before, after });
        return after;
      });
    },

    async removeLiaison(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const before = mapLiaison(await liaisonOf(trx, actor, id));
        await repo.deleteLiaison(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'liaison', entityId: id, before });
      });
    },
  };
}
export type BodyCommands = ReturnType<typeof createBodyCommands>;
