import type {
  Conference,
  ConferenceUpsert,
  Liaison,
  LiaisonCreate,
  LiaisonListQuery,
  LiaisonUpdate,
  Member,
  MemberCreate,
  MemberListQuery,
  MemberUpdate,
} from '../../../common/conference';
import type { AuditEvent } from '../../../common/audit';
import type { Job } from '../../../common/jobs';
import type { Page } from '../../../common/pagination';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { conflict, fieldError, isUniqueViolation, notFound } from '../../platform/errors';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { startImport } from '../../platform/import';
import type { JobService } from '../../platform/jobs/job.service';
import type { OrgServices } from '../org/org.contract';
import type { BodyRepository, ConferenceRow, LiaisonRow, MemberRow } from './body.repository';
import { LIAISON_COLUMNS, MEMBER_COLUMNS, MEMBER_IMPORT_COLUMNS, MemberImportRowSchema } from './conference.workbook';
import { canSeeConferenceOf } from './conference.policy';
import { inTransaction } from '../../db/unit-of-work';

export interface BodyDeps {
  db: Db;
  repo: BodyRepository;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  jobs: JobService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** The joint conference of a region: its office, member units (with position) and liaisons (with terms). */
export function createBodyService(deps: BodyDeps) {
  const { db, repo, org, audit, clock, jobs } = deps;
  const today = () => chinaDate(clock.now());

  const mapConference = (r: ConferenceRow): Conference => ({
    id: r.id,
    regionCode: r.region_code,
    regionName: org.regions.fullName(r.region_code),
    name: r.name,
    officeOrgId: r.office_org_id,
    officeOrgName: r.office_org_name,
    establishedOn: r.established_on,
    memberCount: r.member_count,
    liaisonCount: r.liaison_count,
  });
  const mapMember = (r: MemberRow): Member => ({
    id: r.id,
    conferenceId: r.conference_id,
    orgId: r.org_id,
    orgName: r.org_name,
    orgKind: r.org_kind,
    regionCode: r.region_code,
    position: r.position as Member['position'],
    joinedOn: r.joined_on,
    leftOn: r.left_on,
    duties: r.duties,
    sortOrder: r.sort_order,
    liaisonName: r.liaison_name,
  });
  const mapLiaison = (r: LiaisonRow): Liaison => {
    const d = today();
    return {
      id: r.id,
      conferenceId: r.conference_id,
      orgId: r.org_id,
      orgName: r.org_name,
      personId: r.person_id,
      name: r.name,
      title: r.title,
      phone: r.phone,
      email: r.email,
      termStart: r.term_start,
      termEnd: r.term_end,
      current: r.term_start <= d && (!r.term_end || r.term_end >= d),
    };
  };

  /** The region whose conference the caller means: the one asked for, inside the caller's scope. */
  function regionOf(actor: Actor, asked?: string): string {
    const code = asked ?? actor.regionCode;
    if (!canSeeConferenceOf(actor, code)) throw notFound('联席会议');
    return code;
  }

  async function conferenceOf(trx: Db, actor: Actor, regionCode?: string): Promise<ConferenceRow> {
    const row = await repo.findConference(trx, regionOf(actor, regionCode), today());
    if (!row) throw notFound('联席会议');
    return row;
  }

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

  const memberListParams = (q: MemberListQuery) => ({
    filter: { q: q.q, position: q.position, current: q.current === undefined ? undefined : q.current === 'true' },
    page: { ...pageWindow(q.page, q.pageSize), order: q.order, sort: q.sort ?? 'sortOrder' },
  });

  return {
    mapConference,

    /** The caller's conference (or that of a region in their scope), with counts. */
    async get(actor: Actor, regionCode?: string): Promise<Conference> {
      return mapConference(await conferenceOf(db, actor, regionCode));
    },

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

    async history(actor: Actor, regionCode?: string): Promise<AuditEvent[]> {
      return deps.history('conference', (await conferenceOf(db, actor, regionCode)).id);
    },

    async members(actor: Actor, q: MemberListQuery): Promise<Page<Member>> {
      const conf = await conferenceOf(db, actor, q.regionCode);
      const { filter, page } = memberListParams(q);
      const { rows, total } = await repo.listMembers(db, conf.id, filter, page, today());
      return { items: rows.map(mapMember), total, page: q.page, pageSize: q.pageSize };
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

    async exportMembers(actor: Actor, q: MemberListQuery): Promise<Buffer> {
      const page = await this.members(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '成员单位', columns: MEMBER_COLUMNS, rows: page.items });
    },

    async memberTemplate(): Promise<Buffer> {
      return writeTemplate('成员单位', MEMBER_IMPORT_COLUMNS);
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

    async liaisons(actor: Actor, q: LiaisonListQuery): Promise<Page<Liaison>> {
      const conf = await conferenceOf(db, actor, q.regionCode);
      const { rows, total } = await repo.listLiaisons(
        db,
        conf.id,
        { q: q.q, orgId: q.orgId, current: q.current === undefined ? undefined : q.current === 'true' },
        { ...pageWindow(q.page, q.pageSize), order: q.order, sort: q.sort ?? 'orgName' },
        today(),
      );
      return { items: rows.map(mapLiaison), total, page: q.page, pageSize: q.pageSize };
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

    async exportLiaisons(actor: Actor, q: LiaisonListQuery): Promise<Buffer> {
      const page = await this.liaisons(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '联络员', columns: LIAISON_COLUMNS, rows: page.items });
    },

    /** Ids of the conference's current member units (for inviting them all at once). */
    async memberOrgIds(actor: Actor, regionCode?: string): Promise<string[]> {
      return repo.memberOrgIds(db, (await conferenceOf(db, actor, regionCode)).id);
    },
  };
}
export type BodyService = ReturnType<typeof createBodyService>;
