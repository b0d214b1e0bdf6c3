import type {
  Agreement,
  AgreementCreate,
  AgreementListQuery,
  AgreementUpdate,
  DocumentCreate,
  MeetingDocument,
  MeetingRecord,
  Minutes,
  Resolution,
  ResolutionCreate,
  ResolutionUpdate,
  Unveiling,
  UnveilingCreate,
} from '../../../common/conference-records';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditEvent } from '../../../common/audit';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { conflict, fieldError, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { FileService } from '../../platform/files/file.service';
import type { SearchIndexer } from '../../platform/search/search.service';
import type { OrgServices } from '../org/org.contract';
import { AGREEMENT_COLUMNS } from './conference.workbook';
import { canManageRegion, conferenceScope } from './conference.policy';
import type { MeetingAccess } from './meeting-lookup.service';
import { type AgreementRow, type PartyRow, type RecordRepository, type ResolutionRow } from './record.repository';
import { inTransaction } from '../../db/unit-of-work';

export interface RecordDeps {
  db: Db;
  repo: RecordRepository;
  access: MeetingAccess;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  files: FileService;
  search: SearchIndexer;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** File types accepted for signed agreements and released documents. */
export const DOCUMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'ofd', 'jpg', 'jpeg', 'png', 'xlsx', 'pptx', 'zip'] as const;

export const mapResolution = (r: ResolutionRow): Resolution => ({
  id: r.id,
  meetingId: r.meeting_id,
  meetingTitle: r.meeting_title,
  regionCode: r.region_code,
  seq: r.seq,
  text: r.text,
  leadOrgId: r.lead_org_id,
  leadOrgName: r.lead_org_name,
  dueDate: r.due_date,
  taskId: r.task_id,
});

/** What a meeting produced: minutes, resolutions, agreements signed, unveilings and documents released. */
export function createRecordService(deps: RecordDeps) {
  const { db, repo, access, org, audit, clock, files, search } = deps;

  function mapAgreement(a: AgreementRow, parties: PartyRow[]): Agreement {
    return {
      id: a.id,
      title: a.title,
      kind: a.kind as Agreement['kind'],
      regionCode: a.region_code,
      regionName: org.regions.fullName(a.region_code),
      meetingId: a.meeting_id,
      meetingTitle: a.meeting_title,
      signedOn: a.signed_on,
      summary: a.summary,
      parties: parties.filter((p) => p.agreement_id === a.id).map((p) => ({ orgId: p.org_id, name: p.name, signer: p.signer, signerTitle: p.signer_title })),
      file: a.file_id ? { id: a.file_id, name: a.file_name ?? '', size: a.file_size ?? 0 } : null,
      createdAt: a.created_at.toISOString(),
      updatedAt: a.updated_at.toISOString(),
    };
  }
  async function withParties(trx: Db, rows: AgreementRow[]): Promise<Agreement[]> {
    const parties = await repo.parties(trx, rows.map((r) => r.id));
    return rows.map((r) => mapAgreement(r, parties));
  }
  const mapMinutes = (m: NonNullable<Awaited<ReturnType<RecordRepository['minutes']>>>): Minutes => ({
    meetingId: m.meeting_id,
    body: m.body,
    status: m.status as Minutes['status'],
    updatedAt: m.updated_at.toISOString(),
    approvedByName: m.approved_by_name,
    approvedAt: m.approved_at?.toISOString() ?? null,
  });

  async function visibleAgreement(trx: Db, actor: Actor, id: string): Promise<AgreementRow> {
    const a = await repo.findAgreement(trx, id);
    if (!a || !(canManageRegion(actor, a.region_code) || (await repo.agreementVisibleTo(trx, id, conferenceScope(actor))))) throw notFound('协议');
    return a;
  }
  async function managedAgreement(trx: Db, actor: Actor, id: string): Promise<AgreementRow> {
    const a = await visibleAgreement(trx, actor, id);
    if (!canManageRegion(actor, a.region_code)) throw notFound('协议');
    return a;
  }

  async function parties(input: AgreementCreate['parties']): Promise<Omit<PartyRow, 'agreement_id'>[]> {
    const found = new Set((await org.orgs.lookup(null, input.flatMap((p) => (p.orgId ? [p.orgId] : [])))).map((o) => o.id));
    return input.map((p, i) => {
      if (p.orgId && !found.has(p.orgId)) throw fieldError(`parties.${i}.orgId`, '单位不存在');
      return { org_id: p.orgId ?? null, name: p.name, signer: p.signer, signer_title: p.signerTitle };
    });
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

  async function resolutionVisible(trx: Db, actor: Actor, id: string): Promise<ResolutionRow> {
    const r = await repo.findResolution(trx, id);
    if (!r) throw notFound('议定事项');
    await access.visible(trx, actor, r.meeting_id);
    return r;
  }

  return {
    mapAgreement,
    withParties,
    /** Rewrites an agreement's search entry inside the caller's transaction. */
    reindexAgreement: indexAgreement,

    /** The minutes (drafts only for the organisers), resolutions, agreements, unveilings and documents of a meeting. */
    async meetingRecord(actor: Actor, meetingId: string): Promise<MeetingRecord> {
      const m = await access.visible(db, actor, meetingId);
      const minutes = await repo.minutes(db, meetingId);
      const showMinutes = minutes && (minutes.status === 'approved' || canManageRegion(actor, m.region_code));
      return {
        minutes: showMinutes ? mapMinutes(minutes) : null,
        resolutions: (await repo.resolutions(db, meetingId)).map(mapResolution),
        agreements: await withParties(db, await repo.meetingAgreements(db, meetingId)),
        unveilings: (await repo.unveilings(db, meetingId)).map((u) => ({ id: u.id, meetingId: u.meeting_id, what: u.what, onDate: u.on_date, by: u.unveiled_by })),
        documents: (await repo.documents(db, meetingId)).map((d) => ({ id: d.id, meetingId: d.meeting_id, kind: d.kind as MeetingDocument['kind'], title: d.title, file: d.file_id ? { id: d.file_id, name: d.file_name ?? '', size: d.file_size ?? 0 } : null })),
      };
    },

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

    /** A resolution the caller may see (the tasks module reads it before turning it into a task). */
    async resolution(actor: Actor, id: string): Promise<Resolution & { meetingDate: string; canManage: boolean }> {
      const r = await resolutionVisible(db, actor, id);
      return { ...mapResolution(r), meetingDate: chinaDate(r.starts_at), canManage: canManageRegion(actor, r.region_code) };
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

    async agreements(actor: Actor, q: AgreementListQuery): Promise<Page<Agreement>> {
      const { rows, total } = await repo.listAgreements(
        db,
        { q: q.q, kind: q.kind, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, meetingId: q.meetingId, from: q.from, to: q.to },
        conferenceScope(actor),
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'signedOn', order: q.sort ? q.order : 'desc' },
      );
      return { items: await withParties(db, rows), total, page: q.page, pageSize: q.pageSize };
    },

    async exportAgreements(actor: Actor, q: AgreementListQuery): Promise<Buffer> {
      const page = await this.agreements(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '签约协议', columns: AGREEMENT_COLUMNS, rows: page.items });
    },

    async agreement(actor: Actor, id: string): Promise<Agreement> {
      return (await withParties(db, [await visibleAgreement(db, actor, id)]))[0];
    },

    async agreementHistory(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visibleAgreement(db, actor, id);
      return deps.history('agreement', id);
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

    async agreementFile(actor: Actor, id: string) {
      const a = await visibleAgreement(db, actor, id);
      if (!a.file_id) throw notFound('协议文本');
      return files.read(a.file_id);
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

    async documentFile(actor: Actor, documentId: string) {
      const d = await repo.findDocument(db, documentId);
      if (!d) throw notFound('文件');
      await access.visible(db, actor, d.meeting_id);
      if (!d.file_id) throw notFound('文件');
      return files.read(d.file_id);
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
export type RecordService = ReturnType<typeof createRecordService>;
