import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type {
  ProtectionAgreementTable,
  ProtectionFailureReportTable,
  ProtectionNoteTable,
  ProtectionPanelMemberTable,
  ProtectionPartyTable,
  ProtectionRightTable,
} from '../../db/tables/protection';

export type PartyRow = Selectable<ProtectionPartyTable>;
export type PartyValues = Omit<Insertable<ProtectionPartyTable>, 'case_id' | 'position'>;
export type RightRow = Selectable<ProtectionRightTable>;
export type NoteRow = Selectable<ProtectionNoteTable>;
export type AgreementRow = Selectable<ProtectionAgreementTable>;
export type FailureReportRow = Selectable<ProtectionFailureReportTable>;
export type PanelRow = Selectable<ProtectionPanelMemberTable>;

export interface EvidenceRow {
  id: string;
  title: string;
  side: string;
  file_id: string;
  file_name: string;
  size: number;
  mime: string;
  uploaded_by_name: string | null;
  created_at: Date;
}

/** The records that hang off a case: parties, rights, evidence, notes, agreement, failure report, adjudication panel. */
export const casePartsRepository = {
  async insertParties(trx: Db, caseId: string, parties: readonly PartyValues[]): Promise<void> {
    if (parties.length === 0) return;
    await trx
      .insertInto('protection_party')
      .values(parties.map((p, i) => ({ ...p, case_id: caseId, position: i })))
      .execute();
  },
  async parties(db: Db, caseId: string): Promise<PartyRow[]> {
    return db.selectFrom('protection_party').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
  },
  async updateParty(trx: Db, id: string, patch: Updateable<ProtectionPartyTable>): Promise<void> {
    await trx.updateTable('protection_party').set(patch).where('id', '=', id).execute();
  },

  async insertRights(trx: Db, caseId: string, rights: readonly { kind: string; number: string; title: string | null }[]): Promise<void> {
    if (rights.length === 0) return;
    await trx
      .insertInto('protection_right')
      .values(rights.map((r) => ({ ...r, case_id: caseId })))
      .execute();
  },
  async rights(db: Db, caseId: string): Promise<RightRow[]> {
    return db.selectFrom('protection_right').selectAll().where('case_id', '=', caseId).orderBy('number').execute();
  },
  /** Cases not yet ended that name one of these rights (by number), with what says whether they freeze the right. */
  async openCasesNaming(db: Db, numbers: readonly string[]): Promise<{ number: string; case_no: string; status: string; claims: string; summary: string; affects_validity: boolean }[]> {
    if (!numbers.length) return [];
    return db
      .selectFrom('protection_right as r')
      .innerJoin('protection_case as c', 'c.id', 'r.case_id')
      .select(['r.number', 'c.case_no', 'c.status', 'c.claims', 'c.summary', 'c.affects_validity'])
      .where('r.number', 'in', numbers)
      .where('c.ended_on', 'is', null)
      .orderBy('c.case_no')
      .execute();
  },


  async insertEvidence(trx: Db, e: { case_id: string; file_id: string; title: string; side: string; uploaded_by: string; uploaded_by_name: string }): Promise<string> {
    const r = await trx.insertInto('protection_evidence').values(e).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },
  async evidence(db: Db, caseId: string): Promise<EvidenceRow[]> {
    return db
      .selectFrom('protection_evidence as e')
      .innerJoin('file as f', 'f.id', 'e.file_id')
      .select(['e.id', 'e.title', 'e.side', 'e.file_id', 'f.name as file_name', 'f.size', 'f.mime', 'e.uploaded_by_name', 'e.created_at'])
      .where('e.case_id', '=', caseId)
      .orderBy('e.created_at')
      .execute();
  },
  async findEvidence(db: Db, caseId: string, id: string): Promise<EvidenceRow | undefined> {
    return (await this.evidence(db, caseId)).find((e) => e.id === id);
  },

  async insertNote(trx: Db, n: Insertable<ProtectionNoteTable>): Promise<NoteRow> {
    return trx.insertInto('protection_note').values(n).returningAll().executeTakeFirstOrThrow();
  },
  async notes(db: Db, caseId: string, visibilities: readonly string[]): Promise<NoteRow[]> {
    if (visibilities.length === 0) return [];
    return db.selectFrom('protection_note').selectAll().where('case_id', '=', caseId).where('visibility', 'in', visibilities).orderBy('created_at', 'desc').execute();
  },

  async agreement(db: Db, caseId: string): Promise<AgreementRow | undefined> {
    return db.selectFrom('protection_agreement').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  },
  async upsertAgreement(trx: Db, a: Omit<Insertable<ProtectionAgreementTable>, 'signatures'> & { signatures: AgreementRow['signatures'] }): Promise<void> {
    const values = { ...a, signatures: JSON.stringify(a.signatures) };
    await trx
      .insertInto('protection_agreement')
      .values(values)
      .onConflict((oc) => oc.column('case_id').doUpdateSet(values))
      .execute();
  },

  async failureReport(db: Db, caseId: string): Promise<FailureReportRow | undefined> {
    return db.selectFrom('protection_failure_report').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  },
  async insertFailureReport(trx: Db, r: Insertable<ProtectionFailureReportTable>): Promise<void> {
    await trx.insertInto('protection_failure_report').values(r).execute();
  },

  async panel(db: Db, caseId: string): Promise<PanelRow[]> {
    return db.selectFrom('protection_panel_member').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
  },
  async insertPanel(trx: Db, caseId: string, members: readonly { name: string; presiding: boolean }[], startAt = 0): Promise<void> {
    if (members.length === 0) return;
    await trx
      .insertInto('protection_panel_member')
      .values(members.map((m, i) => ({ case_id: caseId, position: startAt + i, name: m.name, presiding: m.presiding })))
      .execute();
  },
  async recuse(trx: Db, memberId: string, on: string, reason: string): Promise<void> {
    await trx.updateTable('protection_panel_member').set({ recused_on: on, recusal_reason: reason }).where('id', '=', memberId).execute();
  },
};
export type CasePartsRepository = typeof casePartsRepository;
