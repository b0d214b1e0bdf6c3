import type { ImportRowError, Job } from '../../../common/jobs';
import type { Complaint, ComplaintCreate, Mediator, MediatorCreate, MediatorUpdate } from '../../../common/protection-admin';
import type { Actor } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { startImport, type ValidRow } from '../../platform/import';
import { MEDIATOR_IMPORT_COLUMNS, type MediatorImportRow, MediatorImportRowSchema } from './mediator.workbook';
import type { MediatorRepository } from './mediator.repository';
import { inTransaction } from '../../db/unit-of-work';
import { createMediatorQueries } from './mediator-queries.service';
import { type MediatorServiceDeps, createMediatorSupport } from './mediator-support.service';

/** Keeping the mediator roster: add and change mediators, record and resolve complaints, import the roster from Excel. */
export function createMediatorCommands(deps: MediatorServiceDeps) {
  const { db, clock, audit, jobs, repo, orgsByName } = deps;
  const { must, mustInArea, check, unique } = createMediatorSupport(deps);
  const queries = createMediatorQueries(deps);

  const commands = {
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
      return queries.get(actor, id);
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
      return queries.get(actor, id);
    },

    async addComplaint(actor: Actor, id: string, input: ComplaintCreate): Promise<Complaint> {
      await mustInArea(actor, id);
      const complaintId = await inTransaction(db, async (trx) => {
        const cid = await repo.insertComplaint(trx, { mediator_id: id, case_id: input.caseId ?? null, ground: input.ground, detail: input.detail, created_by: actor.userId, created_at: clock.now() });
        await audit.record(trx, actor, { action: 'update', entityType: 'mediator', entityId: id, after: { complaintId: cid, ground: input.ground } });
        return cid;
      });
      return (await queries.complaints(actor, id)).find((k) => k.id === complaintId)!;
    },

    async resolveComplaint(actor: Actor, id: string, complaintId: string, status: 'verified' | 'dismissed'): Promise<Complaint> {
      await mustInArea(actor, id);
      await inTransaction(db, async (trx) => {
        if ((await repo.setComplaintStatus(trx, id, complaintId, status)) === 0) throw notFound('投诉');
        await audit.record(trx, actor, { action: 'update', entityType: 'mediator', entityId: id, after: { complaintId, complaintStatus: status } });
      });
      return (await queries.complaints(actor, id)).find((k) => k.id === complaintId)!;
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
  return commands;
}
