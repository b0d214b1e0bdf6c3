import type {
  Agreement,
  AgreementCreate,
  AgreementUpdate,
  DocumentCreate,
  MeetingDocument,
  Minutes,
  Resolution,
  ResolutionCreate,
  ResolutionUpdate,
  Unveiling,
  UnveilingCreate,
} from '../../../common/conference-records';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { conflict, fieldError, notFound } from '../../platform/errors';
import { canManageRegion } from './conference.policy';
import type { AgreementRow } from './record.repository';
import { inTransaction } from '../../db/unit-of-work';
import { DOCUMENT_EXTENSIONS, mapResolution, type RecordDeps, type RecordSupport } from './record-support.service';

/** Writes of a meeting's record (minutes, resolutions, agreements, unveilings, documents): each change in one transaction with its audit event. */
export function createRecordCommands(deps: RecordDeps, support: RecordSupport) {
  const { db, repo, access, org, audit, clock, files, search } = deps;
  const { withParties, mapMinutes, visibleAgreement, parties, resolutionVisible } = support;

  async function managedAgreement(trx: Db, actor: Actor, id: string): Promise<AgreementRow> {
    const a = await visibleAgreement(trx, actor, id);
    if (!canManageRegion(actor, a.region_code)) throw notFound('协议');
    return a;
  }

  async function indexAgreement(trx: Db, id: string): Promise<Agreement> {
    const [a] = await withParties(trx, [(await repo.findAgreement(trx, id))!]);
    await search.upsert(trx, {
      entityType: 'agreement',
      entityId: id,
      title: `《${a.title}》`,
      body: [a.summary, a.parties.map((p) => p.name + (p.signer ? ` ${p.signer}` : '')).join(' '), a.meetingTitle].filter(Boolean).join('\n'),
      regionCode: a.regionCode,
      orgIds: a.parties.flatMap((p) => (p.orgId ? [p.orgId] : [])),
      kind: a.kind,
      date: a.signedOn,
      visibility: 'internal',
      url: `/agreements/${id}`,
    });
    return a;
  }

  return {
    /** Rewrites an agreement's search entry inside the caller's transaction. */
    reindexAgreement: indexAgreement,

    async putMinutes(actor: Actor, meetingId: string, body: string): Promise<Minutes> {
      return inTransaction(db, async (trx) => {
        await access.managed(trx, actor, meetingId);
        const before = await repo.minutes(trx, meetingId);
        if (before?.status === 'approved') throw conflict('纪要已审定，不能修改；如需修改请先退回草稿', 'body');
        await repo.putMinutes(trx, meetingId, body, actor.userId, clock.now());
        const after = mapMinutes((await repo.minutes(trx, meetingId))!);
        await audit.record(trx, actor, { action: 'minutes', entityType: 'meeting', entityId: meetingId, before: before ? { minutes: before.body } : undefined, after: { minutes: after.body, status: after.status } });
        return after;
      });
    },

    /** Approves the minutes (draft → approved) or returns them to draft. */
    async setMinutesStatus(actor: Actor, meetingId: string, status: 'approved' | 'draft'): Promise<Minutes> {
      return inTransaction(db, async (trx) => {
        await access.managed(trx, actor, meetingId);
        const before = await repo.minutes(trx, meetingId);
        if (!before || !before.body.trim()) throw fieldError('body', '纪要内容为空，不能审定');
        if (before.status === status) throw conflict(status === 'approved' ? '纪要已审定' : '纪要已是草稿');
        await repo.setMinutesStatus(trx, meetingId, status, status === 'approved' ? { id: actor.userId, name: actor.displayName } : null, clock.now());
        const after = mapMinutes((await repo.minutes(trx, meetingId))!);
        await audit.record(trx, actor, { action: status === 'approved' ? 'approveMinutes' : 'reopenMinutes', entityType: 'meeting', entityId: meetingId, before: { minutesStatus: before.status }, after: { minutesStatus: after.status } });
        return after;
      });
    },

    async addResolution(actor: Actor, meetingId: string, input: ResolutionCreate): Promise<Resolution> {
      if (input.leadOrgId && (await org.orgs.lookup(null, [input.leadOrgId])).length === 0) throw fieldError('leadOrgId', '单位不存在');
      return inTransaction(db, async (trx) => {
        await access.managed(trx, actor, meetingId);
        const id = await repo.insertResolution(trx, meetingId, { text: input.text, lead_org_id: input.leadOrgId ?? null, due_date: input.dueDate ?? null });
        const after = mapResolution((await repo.findResolution(trx, id))!);
        await audit.record(trx, actor, { action: 'addResolution', entityType: 'meeting', entityId: meetingId, after });
        return after;
      });
    },

    async updateResolution(actor: Actor, id: string, patch: ResolutionUpdate): Promise<Resolution> {
      if (patch.leadOrgId && (await org.orgs.lookup(null, [patch.leadOrgId])).length === 0) throw fieldError('leadOrgId', '单位不存在');
      return inTransaction(db, async (trx) => {
        const r = await resolutionVisible(trx, actor, id);
        await access.managed(trx, actor, r.meeting_id);
        await repo.updateResolution(trx, id, {
          ...(patch.text !== undefined && { text: patch.text }),
          ...(patch.leadOrgId !== undefined && { lead_org_id: patch.leadOrgId }),
          ...(patch.dueDate !== undefined && { due_date: patch.dueDate }),
        });
        const after = mapResolution((await repo.findResolution(trx, id))!);
        await audit.record(trx, actor, { action: 'updateResolution', entityType: 'meeting', entityId: r.meeting_id, before: mapResolution(r), after });
        return after;
      });
    },

    async removeResolution(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const r = await resolutionVisible(trx, actor, id);
        await access.managed(trx, actor, r.meeting_id);
        if (r.task_id) throw conflict('该议定事项已转为重点任务，不能删除');
        await repo.deleteResolution(trx, id);
        await audit.record(trx, actor, { action: 'removeResolution', entityType: 'meeting', entityId: r.meeting_id, before: mapResolution(r) });
      });
    },

    /** Links a resolution to the key task made from it, inside the caller's transaction; refuses a second task. */
    async attachTask(trx: Db, actor: Actor, resolutionId: string, taskId: string): Promise<void> {
      const r = await resolutionVisible(trx, actor, resolutionId);
      if (r.task_id) throw conflict('该议定事项已转为重点任务', 'resolutionId');
      await repo.updateResolution(trx, resolutionId, { task_id: taskId });
      await audit.record(trx, actor, { action: 'resolutionToTask', entityType: 'meeting', entityId: r.meeting_id, after: { resolutionId, seq: r.seq, taskId } });
    },

    /** Clears the link when the task made from a resolution is deleted. */
    async detachTask(trx: Db, resolutionId: string): Promise<void> {
      await repo.updateResolution(trx, resolutionId, { task_id: null });
    },

    async createAgreement(actor: Actor, input: AgreementCreate): Promise<Agreement> {
      const rows = await parties(input.parties);
      return inTransaction(db, async (trx) => {
        let region = input.regionCode;
        if (input.meetingId) region = (await access.managed(trx, actor, input.meetingId)).region_code;
        if (!canManageRegion(actor, region)) throw fieldError('regionCode', '超出您的管辖范围');
        const id = await repo.insertAgreement(trx, { meeting_id: input.meetingId ?? null, region_code: region, title: input.title, kind: input.kind, signed_on: input.signedOn ?? null, summary: input.summary }, actor.userId, clock.now());
        await repo.setParties(trx, id, rows);
        const after = await indexAgreement(trx, id);
        await audit.record(trx, actor, { action: 'create', entityType: 'agreement', entityId: id, after });
        return after;
      });
    },

    async updateAgreement(actor: Actor, id: string, patch: AgreementUpdate): Promise<Agreement> {
      const rows = patch.parties ? await parties(patch.parties) : null;
      return inTransaction(db, async (trx) => {
        const [before] = await withParties(trx, [await managedAgreement(trx, actor, id)]);
        if (patch.regionCode && !canManageRegion(actor, patch.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
        if (patch.meetingId) await access.managed(trx, actor, patch.meetingId);
        await repo.updateAgreement(
          trx,
          id,
          {
            ...(patch.title !== undefined && { title: patch.title }),
            ...(patch.kind !== undefined && { kind: patch.kind }),
            ...(patch.regionCode !== undefined && { region_code: patch.regionCode }),
            ...(patch.meetingId !== undefined && { meeting_id: patch.meetingId }),
            ...(patch.signedOn !== undefined && { signed_on: patch.signedOn }),
            ...(patch.summary !== undefined && { summary: patch.summary }),
          },
          clock.now(),
        );
        if (rows) await repo.setParties(trx, id, rows);
        const after = await indexAgreement(trx, id);
        await audit.record(trx, actor, { action: 'update', entityType: 'agreement', entityId: id, before, after });
        return after;
      });
    },

    async removeAgreement(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const [before] = await withParties(trx, [await managedAgreement(trx, actor, id)]);
        await repo.deleteAgreement(trx, id);
        await search.remove(trx, 'agreement', id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'agreement', entityId: id, before });
      });
    },

    /** Attaches the signed text (PDF, Word, OFD or a scan) to an agreement, replacing any earlier one. */
    async attachAgreementFile(actor: Actor, id: string, upload: { name: string; bytes: Buffer }): Promise<Agreement> {
      return inTransaction(db, async (trx) => {
        await managedAgreement(trx, actor, id);
        const file = await files.save(trx, actor, upload, DOCUMENT_EXTENSIONS);
        await repo.updateAgreement(trx, id, { file_id: file.id }, clock.now());
        await audit.record(trx, actor, { action: 'attachFile', entityType: 'agreement', entityId: id, after: { file: file.name } });
        return (await withParties(trx, [(await repo.findAgreement(trx, id))!]))[0];
      });
    },

    async addUnveiling(actor: Actor, meetingId: string, input: UnveilingCreate): Promise<Unveiling> {
      return inTransaction(db, async (trx) => {
        const m = await access.managed(trx, actor, meetingId);
        const id = await repo.insertUnveiling(trx, { meeting_id: meetingId, region_code: m.region_code, what: input.what, on_date: input.onDate ?? chinaDate(m.starts_at), unveiled_by: input.by }, clock.now());
        const u = (await repo.findUnveiling(trx, id))!;
        const after: Unveiling = { id, meetingId, what: u.what, onDate: u.on_date, by: u.unveiled_by };
        await audit.record(trx, actor, { action: 'addUnveiling', entityType: 'meeting', entityId: meetingId, after });
        return after;
      });
    },

    async removeUnveiling(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const u = await repo.findUnveiling(trx, id);
        if (!u || !u.meeting_id) throw notFound('揭牌');
        await access.managed(trx, actor, u.meeting_id);
        await repo.deleteUnveiling(trx, id);
        await audit.record(trx, actor, { action: 'removeUnveiling', entityType: 'meeting', entityId: u.meeting_id, before: { what: u.what } });
      });
    },

    async addDocument(actor: Actor, meetingId: string, input: DocumentCreate): Promise<MeetingDocument> {
      return inTransaction(db, async (trx) => {
        await access.managed(trx, actor, meetingId);
        const id = await repo.insertDocument(trx, meetingId, { kind: input.kind, title: input.title, file_id: null });
        await audit.record(trx, actor, { action: 'addDocument', entityType: 'meeting', entityId: meetingId, after: { title: input.title, kind: input.kind } });
        return { id, meetingId, kind: input.kind, title: input.title, file: null };
      });
    },

    async attachDocumentFile(actor: Actor, documentId: string, upload: { name: string; bytes: Buffer }): Promise<MeetingDocument> {
      return inTransaction(db, async (trx) => {
        const d = await repo.findDocument(trx, documentId);
        if (!d) throw notFound('文件');
        await access.managed(trx, actor, d.meeting_id);
        const file = await files.save(trx, actor, upload, DOCUMENT_EXTENSIONS);
        await repo.setDocumentFile(trx, documentId, file.id);
        await audit.record(trx, actor, { action: 'attachFile', entityType: 'meeting', entityId: d.meeting_id, after: { document: d.title, file: file.name } });
        return { id: d.id, meetingId: d.meeting_id, kind: d.kind as MeetingDocument['kind'], title: d.title, file: { id: file.id, name: file.name, size: file.size } };
      });
    },

    async removeDocument(actor: Actor, documentId: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const d = await repo.findDocument(trx, documentId);
        if (!d) throw notFound('文件');
        await access.managed(trx, actor, d.meeting_id);
        await repo.deleteDocument(trx, documentId);
        await audit.record(trx, actor, { action: 'removeDocument', entityType: 'meeting', entityId: d.meeting_id, before: { title: d.title } });
      });
    },
  };
}
export type RecordCommands = ReturnType<typeof createRecordCommands>;
