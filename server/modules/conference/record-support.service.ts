import type { Agreement, AgreementCreate, Minutes, Resolution } from '../../../common/conference-records';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditEvent } from '../../../common/audit';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError, notFound } from '../../platform/errors';
import type { FileService } from '../../platform/files/file.service';
import type { SearchIndexer } from '../../platform/search/search.service';
import type { OrgServices } from '../org/org.contract';
import { canManageRegion, conferenceScope } from './conference.policy';
import type { MeetingAccess } from './meeting-lookup.service';
import type { AgreementRow, PartyRow, RecordRepository, ResolutionRow } from './record.repository';

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

/** What the queries and commands of a meeting's record share: mappers and the checks that find a record the caller may see. */
export function createRecordSupport(deps: RecordDeps) {
  const { repo, access, org } = deps;

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

  async function parties(input: AgreementCreate['parties']): Promise<Omit<PartyRow, 'agreement_id'>[]> {
    const found = new Set((await org.orgs.lookup(null, input.flatMap((p) => (p.orgId ? [p.orgId] : [])))).map((o) => o.id));
    return input.map((p, i) => {
      if (p.orgId && !found.has(p.orgId)) throw fieldError(`parties.${i}.orgId`, '单位不存在');
      return { org_id: p.orgId ?? null, name: p.name, signer: p.signer, signer_title: p.signerTitle };
    });
  }

  async function resolutionVisible(trx: Db, actor: Actor, id: string): Promise<ResolutionRow> {
    const r = await repo.findResolution(trx, id);
    if (!r) throw notFound('议定事项');
    await access.visible(trx, actor, r.meeting_id);
    return r;
  }

  return { mapAgreement, withParties, mapMinutes, visibleAgreement, parties, resolutionVisible };
}
export type RecordSupport = ReturnType<typeof createRecordSupport>;
