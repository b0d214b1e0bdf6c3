import type { ImportRowError, Job } from '../../../common/jobs';
import type { Org } from '../../../common/org';
import type { Page } from '../../../common/pagination';
import type { Complaint, ComplaintCreate, Mediator, MediatorCreate, MediatorListQuery, MediatorUpdate } from '../../../common/protection-admin';
import type { User } from '../../../common/user';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, isUniqueViolation, notFound } from '../../platform/errors';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { startImport, type ValidRow } from '../../platform/import';
import type { JobService } from '../../platform/jobs/job.service';
import { MEDIATOR_EXPORT_COLUMNS, MEDIATOR_IMPORT_COLUMNS, type MediatorImportRow, MediatorImportRowSchema } from './mediator.workbook';
import type { MediatorRepository, MediatorRow } from './mediator.repository';
import { canHandleComplaintsIn, canSeeComplaints } from './protection.policy';
import { inTransaction } from '../../db/unit-of-work';

export interface MediatorServiceDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  jobs: JobService;
  repo: MediatorRepository;
  /** Organisations by id that `actor` may see (all when null). */
  orgs: (actor: Actor | null, ids: readonly string[]) => Promise<Org[]>;
  /** Organisations of a kind by exact name, that the actor may see. */
  orgsByName: (actor: Actor, kind: Org['kind'], names: readonly string[]) => Promise<Org[]>;
  user: (id: string) => Promise<User | null>;
  /** Users holding the mediator role in an organisation. */
  mediatorAccounts: (orgId: string) => Promise<User[]>;
}

/** The mediator roster: specialities, roster membership, workload, performance and complaints. */
export function createMediatorService(deps: MediatorServiceDeps) {
  const { db, clock, audit, jobs, repo, orgs, orgsByName, user, mediatorAccounts } = deps;

  async function map(rows: MediatorRow[], actor: Actor | null): Promise<Mediator[]> {
    const names = new Map((await orgs(null, rows.flatMap((r) => [r.org_id, ...(r.roster_court_id ? [r.roster_court_id] : [])]))).map((o) => [o.id, o.name]));
    const users = new Map<string, User | null>();
    for (const id of new Set(rows.flatMap((r) => (r.user_id ? [r.user_id] : [])))) users.set(id, await user(id));
    const complaints = canSeeComplaints(actor);
    return rows.map((r) => {
      const u = r.user_id ? users.get(r.user_id) : null;
      return {
        id: r.id,
        org: { id: r.org_id, name: names.get(r.org_id) ?? '' },
        name: r.name,
        title: r.title,
        phone: r.phone,
        user: u ? { id: u.id, username: u.username } : null,
        specialities: r.specialities as Mediator['specialities'],
        onRoster: r.on_roster,
        rosterCourt: r.roster_court_id ? { id: r.roster_court_id, name: names.get(r.roster_court_id) ?? '' } : null,
        status: r.status as Mediator['status'],
        workload: r.workload,
        cases: r.cases,
        concluded: r.concluded,
        succeeded: r.succeeded,
        successRate: r.concluded ? r.succeeded / r.concluded : null,
        complaints: complaints ? r.complaints : null,
        verifiedComplaints: complaints ? r.verified_complaints : null,
        createdAt: r.created_at.toISOString(),
        updatedAt: new Date(r.updated_at).toISOString(),
      };
    });
  }

  async function must(trx: Db, id: string): Promise<MediatorRow> {
    const r = await repo.find(trx, id);
    if (!r) throw notFound('调解员');
    return r;
  }

  /**
   * A mediator whose complaints the actor may read and handle: one of a mediation organisation in
   * the actor's own area (the city's office, the district, the court of that district). Any other
   * answers like a missing mediator, so complaints never cross cities.
   */
  async function mustInArea(actor: Actor, id: string): Promise<MediatorRow> {
    const row = await must(db, id);
    const [org] = await orgs(null, [row.org_id]);
    if (!canHandleComplaintsIn(actor, org?.regionCode)) throw notFound('调解员');
    return row;
  }

  /** Checks the organisation, court and account of a mediator record the actor writes. */
  async function check(actor: Actor, v: { orgId?: string | undefined; rosterCourtId?: string | null | undefined; userId?: string | null | undefined }, orgId: string): Promise<void> {
    const [org] = await orgs(actor, [orgId]);
    if (!org || org.kind !== 'mediationOrg') throw fieldError('orgId', '请选择您管辖范围内的调解组织');
    if (v.rosterCourtId) {
      const [court] = await orgs(null, [v.rosterCourtId]);
      if (court?.kind !== 'court') throw fieldError('rosterCourtId', '请选择法院');
    }
    if (v.userId) {
      const u = await user(v.userId);
      if (!u || !u.roles.includes('mediator') || u.orgId !== orgId) throw fieldError('userId', '平台账号须为该调解组织的调解员账号');
    }
  }

  function unique(err: unknown): never {
    if (isUniqueViolation(err)) throw conflict('该平台账号已绑定其他调解员', 'userId');
    throw err;
  }

  return {
    async list(actor: Actor, q: MediatorListQuery): Promise<Page<Mediator>> {
      const { rows, total } = await repo.list(
        db,
        { q: q.q, orgId: q.orgId, speciality: q.speciality, status: q.status, onRoster: q.onRoster, rosterCourtId: q.rosterCourtId },
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'name', order: q.order },
      );
      return { items: await map(rows, actor), total, page: q.page, pageSize: q.pageSize };
    },

    async get(actor: Actor, id: string): Promise<Mediator> {
      return (await map([await must(db, id)], actor))[0];
    },

    async create(actor: Actor, input: MediatorCreate): Promise<Mediator> {
      await check(actor, input, input.orgId);
      const id = await inTransaction(db, async (trx) => {
          const id = await repo.insert(
            trx,
            { org_id: input.orgId, name: input.name, title: input.title, phone: input.phone, user_id: input.userId ?? null, specialities: input.specialities, on_roster: input.onRoster, roster_court_id: input.rosterCourtId ?? null, status: input.status },
            clock.now(),
          );
          await audit.record(trx, actor, { action: 'create', entityType: 'mediator', entityId: id, after: { ...input } });
          return id;
        })
        .catch(unique);
      return this.get(actor, id);
    },

    async update(actor: Actor, id: string, patch: MediatorUpdate): Promise<Mediator> {
      const before = await must(db, id);
      await check(actor, patch, patch.orgId ?? before.org_id);
      await inTransaction(db, async (trx) => {
          const v: Parameters<MediatorRepository['update']>[2] = {};
          if (patch.orgId !== undefined) v.org_id = patch.orgId;
          if (patch.name !== undefined) v.name = patch.name;
          if (patch.title !== undefined) v.title = patch.title;
          if (patch.phone !== undefined) v.phone = patch.phone;
          if (patch.userId !== undefined) v.user_id = patch.userId;
          if (patch.specialities !== undefined) v.specialities = patch.specialities;
          if (patch.onRoster !== undefined) v.on_roster = patch.onRoster;
          if (patch.rosterCourtId !== undefined) v.roster_court_id = patch.rosterCourtId;
          if (patch.status !== undefined) v.status = patch.status;
          await repo.update(trx, id, v, clock.now());
          await audit.record(trx, actor, { action: 'update', entityType: 'mediator', entityId: id, before: { name: before.name, status: before.status, onRoster: before.on_roster, specialities: before.specialities }, after: { ...patch } });
        })
        .catch(unique);
      return this.get(actor, id);
    },

    /** The mediator sign-in accounts of an organisation the actor may manage (to bind one to a mediator record). */
    async accounts(actor: Actor, orgId: string): Promise<{ id: string; username: string; displayName: string }[]> {
      const [org] = await orgs(actor, [orgId]);
      if (!org || org.kind !== 'mediationOrg') throw notFound('调解组织');
      return (await mediatorAccounts(orgId)).map((u) => ({ id: u.id, username: u.username, displayName: u.displayName }));
    },

    async complaints(actor: Actor, id: string): Promise<Complaint[]> {
      await mustInArea(actor, id);
      return (await repo.complaints(db, id)).map((k) => ({
        id: k.id,
        mediatorId: k.mediator_id,
        caseId: k.case_id,
        caseNo: k.case_no,
        ground: k.ground as Complaint['ground'],
        detail: k.detail,
        status: k.status as Complaint['status'],
        createdAt: k.created_at.toISOString(),
      }));
    },

    async addComplaint(actor: Actor, id: string, input: ComplaintCreate): Promise<Complaint> {
      await mustInArea(actor, id);
      const complaintId = await inTransaction(db, async (trx) => {
        const cid = await repo.insertComplaint(trx, { mediator_id: id, case_id: input.caseId ?? null, ground: input.ground, detail: input.detail, created_by: actor.userId, created_at: clock.now() });
        await audit.record(trx, actor, { action: 'update', entityType: 'mediator', entityId: id, after: { complaintId: cid, ground: input.ground } });
        return cid;
      });
      return (await this.complaints(actor, id)).find((k) => k.id === complaintId)!;
    },

    async resolveComplaint(actor: Actor, id: string, complaintId: string, status: 'verified' | 'dismissed'): Promise<Complaint> {
      await mustInArea(actor, id);
      await inTransaction(db, async (trx) => {
        if ((await repo.setComplaintStatus(trx, id, complaintId, status)) === 0) throw notFound('投诉');
        await audit.record(trx, actor, { action: 'update', entityType: 'mediator', entityId: id, after: { complaintId, complaintStatus: status } });
      });
      return (await this.complaints(actor, id)).find((k) => k.id === complaintId)!;
    },

    async exportXlsx(actor: Actor, q: MediatorListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 200 });
      const rest: Mediator[] = [];
      for (let p = 2; (p - 1) * 200 < page.total; p++) rest.push(...(await this.list(actor, { ...q, page: p, pageSize: 200 })).items);
      return writeSheet({ name: '调解员名册', columns: MEDIATOR_EXPORT_COLUMNS, rows: [...page.items, ...rest] });
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('调解员', MEDIATOR_IMPORT_COLUMNS);
    },

    /** Imports mediators from the template in the background; all rows or none. */
    async importXlsx(actor: Actor, bytes: Buffer): Promise<Job> {
      type Ready = MediatorImportRow & { orgId: string; rosterCourtId: string | null };
      const header = (key: string) => MEDIATOR_IMPORT_COLUMNS.find((c) => c.key === key)!.header;
      return startImport(jobs, actor, bytes, {
        kind: 'protection.mediators.import',
        columns: MEDIATOR_IMPORT_COLUMNS,
        rowSchema: MediatorImportRowSchema,
        check: async (rows: ValidRow<MediatorImportRow>[], errors: ImportRowError[]): Promise<ValidRow<Ready>[]> => {
          const orgIds = new Map((await orgsByName(actor, 'mediationOrg', [...new Set(rows.map((r) => r.value.orgName))])).map((o) => [o.name, o.id]));
          const courtIds = new Map((await orgsByName(actor, 'court', [...new Set(rows.flatMap((r) => (r.value.rosterCourtName ? [r.value.rosterCourtName] : [])))])).map((o) => [o.name, o.id]));
          const seen = new Map<string, number>();
          const ready: ValidRow<Ready>[] = [];
          for (const { rowNumber, value } of rows) {
            const before = errors.length;
            const orgId = orgIds.get(value.orgName);
            if (!orgId) errors.push({ row: rowNumber, field: header('orgName'), message: `找不到调解组织「${value.orgName}」（或不在您的管辖范围）` });
            const courtId = value.rosterCourtName ? courtIds.get(value.rosterCourtName) : null;
            if (value.rosterCourtName && !courtId) errors.push({ row: rowNumber, field: header('rosterCourtName'), message: `找不到法院「${value.rosterCourtName}」` });
            const key = `${value.orgName}/${value.name}`;
            if (seen.has(key)) errors.push({ row: rowNumber, field: header('name'), message: `与第 ${seen.get(key)} 行重复` });
            seen.set(key, rowNumber);
            if (orgId && (await repo.findByNames(db, orgId, [value.name])).length) errors.push({ row: rowNumber, field: header('name'), message: '该调解组织已有同名调解员' });
            if (errors.length === before) ready.push({ rowNumber, value: { ...value, orgId: orgId!, rosterCourtId: courtId ?? null } });
          }
          return ready;
        },
        persist: async (rows, progress) => {
          await inTransaction(db, async (trx) => {
            const now = clock.now();
            const ids: string[] = [];
            for (const [i, { value: v }] of rows.entries()) {
              ids.push(await repo.insert(trx, { org_id: v.orgId, name: v.name, title: v.title ?? null, phone: v.phone ?? null, user_id: null, specialities: v.specialities, on_roster: v.onRoster, roster_court_id: v.rosterCourtId, status: 'active' }, now));
              if (i % 50 === 0) progress(i);
            }
            await audit.recordMany(trx, actor, ids.map((id, i) => ({ action: 'import', entityType: 'mediator', entityId: id, after: { name: rows[i].value.name } })));
          });
        },
      });
    },
  };
}
export type MediatorService = ReturnType<typeof createMediatorService>;
