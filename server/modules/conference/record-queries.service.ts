import type { Agreement, AgreementListQuery, MeetingDocument, MeetingRecord, Resolution } from '../../../common/conference-records';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditEvent } from '../../../common/audit';
import { chinaDate } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import { AGREEMENT_COLUMNS } from './conference.workbook';
import { canManageRegion, conferenceScope } from './conference.policy';
import { mapResolution, type RecordDeps, type RecordSupport } from './record-support.service';

/** Reads of a meeting's record: minutes, resolutions, agreements, unveilings and documents, their files and exports. */
export function createRecordQueries(deps: RecordDeps, support: RecordSupport) {
  const { db, repo, access, files } = deps;
  const { mapAgreement, withParties, mapMinutes, visibleAgreement, resolutionVisible } = support;
  return {
    mapAgreement,

    withParties,

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

    /** A resolution the caller may see (the tasks module reads it before turning it into a task). */
    async resolution(actor: Actor, id: string): Promise<Resolution & { meetingDate: string; canManage: boolean }> {
      const r = await resolutionVisible(db, actor, id);
      return { ...mapResolution(r), meetingDate: chinaDate(r.starts_at), canManage: canManageRegion(actor, r.region_code) };
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

    async agreementFile(actor: Actor, id: string) {
      const a = await visibleAgreement(db, actor, id);
      if (!a.file_id) throw notFound('协议文本');
      return files.read(a.file_id);
    },

    async documentFile(actor: Actor, documentId: string) {
      const d = await repo.findDocument(db, documentId);
      if (!d) throw notFound('文件');
      await access.visible(db, actor, d.meeting_id);
      if (!d.file_id) throw notFound('文件');
      return files.read(d.file_id);
    },
  };
}
export type RecordQueries = ReturnType<typeof createRecordQueries>;
