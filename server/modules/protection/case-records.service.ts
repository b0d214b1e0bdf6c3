import type { Party, PartyUpdate } from '../../../common/protection';
import type { Evidence, Note, NoteCreate } from '../../../common/protection-case';
import type { ActorSide } from '../../../common/protection-workflow';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors';
import type { FileService } from '../../platform/files/file.service';
import { writableNotes } from './protection.policy';
import type { CasePartsRepository } from './case-parts.repository';
import { mapParty } from './case-view.service';
import type { CaseRepository, CaseRow } from './case.repository';
import type { PartyRow } from './case-parts.repository';
import { TERMINAL_STATUSES, type CaseStatus } from '../../../common/protection';
import { inTransaction } from '../../db/unit-of-work';

/** Evidence may be documents, scans, photos, spreadsheets or archives; the content must match the extension. */
export const EVIDENCE_EXTENSIONS = ['pdf', 'ofd', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'jpeg', 'png', 'zip', 'txt'] as const;

type Visible = (trx: Db, actor: Actor, id: string) => Promise<{ c: CaseRow; parties: PartyRow[]; sides: ActorSide[] }>;

/** Parties' particulars, evidence and notes of a case. */
export function createCaseRecordsService(deps: { db: Db; clock: Clock; audit: AuditWriter; files: FileService; repo: CaseRepository; parts: CasePartsRepository; visible: Visible }) {
  const { db, clock, audit, files, repo, parts, visible } = deps;

  function mustBeOpen(c: CaseRow): void {
    if (TERMINAL_STATUSES.includes(c.status as CaseStatus)) throw new AppError('CONFLICT', '案件已结束，不能再修改');
  }

  /** The side an upload or note is filed under. */
  function sideOf(sides: readonly ActorSide[]): ActorSide {
    return (['mediator', 'office', 'court', 'applicant', 'respondent'] as const).find((s) => sides.includes(s)) ?? 'office';
  }

  return {
    /**
     * Changes a party's particulars. A party may change only its own side's records; the mediator
     * and the office may change any. The other side's record answers 403 and nothing changes.
     */
    async updateParty(actor: Actor, caseId: string, partyId: string, patch: PartyUpdate): Promise<Party> {
      return inTransaction(db, async (trx) => {
        const { c, parties, sides } = await visible(trx, actor, caseId);
        const party = parties.find((p) => p.id === partyId);
        if (!party) throw notFound('当事人');
        const staff = sides.includes('office') || sides.includes('mediator');
        if (!staff && !sides.includes(party.role as ActorSide)) throw forbidden('只能修改本方当事人的信息，不能修改对方当事人的信息');
        mustBeOpen(c);
        const v: Parameters<CasePartsRepository['updateParty']>[2] = {};
        if (patch.name !== undefined) v.name = patch.name;
        if (patch.idNumber !== undefined) v.id_number = patch.idNumber;
        if (patch.address !== undefined) v.address = patch.address;
        if (patch.phone !== undefined) v.phone = patch.phone;
        if (patch.serviceAddress !== undefined) v.service_address = patch.serviceAddress;
        if (patch.agentName !== undefined) v.agent_name = patch.agentName;
        if (patch.agentPhone !== undefined) v.agent_phone = patch.agentPhone;
        if (patch.agentAuthority !== undefined) v.agent_authority = patch.agentAuthority;
        if ((v.agent_authority ?? party.agent_authority) && !(v.agent_name ?? party.agent_name)) throw fieldError('agentName', '填写了授权类型时须填写代理人姓名');
        await parts.updateParty(trx, partyId, v);
        const after = (await parts.parties(trx, caseId)).find((p) => p.id === partyId)!;
        if (v.name !== undefined) {
          const names = (await parts.parties(trx, caseId)).filter((p) => p.role === party.role).map((p) => p.name).join('、');
          const col = party.role === 'applicant' ? 'applicant_names' : 'respondent_names';
          const other = party.role === 'applicant' ? c.respondent_names : c.applicant_names;
          await repo.update(trx, caseId, { [col]: names, search_text: [c.case_no, names, other].join(' ') }, clock.now());
        }
        await audit.record(trx, actor, { action: 'update', entityType: 'protectionParty', entityId: partyId, before: mapParty(party), after: mapParty(after) });
        return mapParty(after);
      });
    },

    /** Adds an evidence file; a file whose content is not what its extension says is refused and nothing is kept. */
    async addEvidence(actor: Actor, caseId: string, upload: { name: string; bytes: Buffer }, title: string | undefined): Promise<Evidence> {
      return inTransaction(db, async (trx) => {
        const { c, sides } = await visible(trx, actor, caseId);
        mustBeOpen(c);
        const label = (title ?? '').trim() || upload.name;
        if (label.length > 100) throw fieldError('title', '不能超过100个字符');
        const stored = await files.save(trx, actor, upload, EVIDENCE_EXTENSIONS, 'file');
        const side = sideOf(sides);
        const id = await parts.insertEvidence(trx, { case_id: caseId, file_id: stored.id, title: label, side, uploaded_by: actor.userId, uploaded_by_name: actor.displayName });
        await repo.insertEvent(trx, { case_id: caseId, at: clock.now(), on_date: chinaDate(clock.now()), actor_id: actor.userId, actor_name: actor.displayName, action: 'evidence', from_status: c.status, to_status: c.status, detail: `提交证据材料「${label}」` });
        await audit.record(trx, actor, { action: 'create', entityType: 'protectionEvidence', entityId: id, after: { caseId, title: `${c.case_no} ${label}`, fileId: stored.id } });
        return { id, title: label, side, fileName: stored.name, size: stored.size, mime: stored.mime, uploadedBy: actor.displayName, createdAt: stored.createdAt };
      });
    },

    /** The bytes of an evidence file, for anyone who may see the case. */
    async evidenceFile(actor: Actor, caseId: string, evidenceId: string): Promise<{ name: string; mime: string; bytes: Buffer }> {
      await visible(db, actor, caseId);
      const e = await parts.findEvidence(db, caseId, evidenceId);
      if (!e) throw notFound('证据材料');
      const { file, bytes } = await files.read(e.file_id);
      return { name: file.name, mime: file.mime, bytes };
    },

    /** Adds a note; a side may keep private notes the other side never sees. */
    async addNote(actor: Actor, caseId: string, input: NoteCreate): Promise<Note> {
      return inTransaction(db, async (trx) => {
        const { c, sides } = await visible(trx, actor, caseId);
        if (!writableNotes(sides).includes(input.visibility)) throw fieldError('visibility', '您不能以此可见范围记录备注');
        const n = await parts.insertNote(trx, { case_id: caseId, visibility: input.visibility, author_id: actor.userId, author_name: actor.displayName, text: input.text, created_at: clock.now() });
        // The audit log keeps only that a note was written: its text may be one side's private notes.
        await audit.record(trx, actor, { action: 'create', entityType: 'protectionNote', entityId: n.id, after: { caseId, title: c.case_no, visibility: n.visibility } });
        return { id: n.id, visibility: n.visibility as Note['visibility'], authorName: n.author_name, text: n.text, createdAt: n.created_at.toISOString() };
      });
    },
  };
}
export type CaseRecordsService = ReturnType<typeof createCaseRecordsService>;
