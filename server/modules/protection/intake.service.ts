import type { CaseKind, CaseSource, CaseStatus, PartyInput, RightInput } from '../../../common/protection';
import { CaseSourceLabels } from '../../../common/protection';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { fieldError } from '../../platform/errors';
import type { Deriver } from './case-derive.service';
import type { CasePartsRepository } from './case-parts.repository';
import type { CaseRepository } from './case.repository';
import type { ChangeEvent, Notifier } from './notifier.service';
import type { SettingsRepository } from './settings.repository';

/** Everything a new case starts with. */
export interface NewCase {
  kind: CaseKind;
  source: CaseSource;
  status: CaseStatus;
  orgId: string;
  regionCode: string;
  disputeType: string;
  procedure: string | null;
  courtId: string | null;
  courtCaseNo: string | null;
  referringOrgId: string | null;
  fromCaseId: string | null;
  summary: string;
  claims: string;
  amountFen: number;
  receivedOn: string;
  admittedOn: string | null;
  parties: readonly PartyInput[];
  rights: readonly RightInput[];
}

/** The usual written form of a case number, e.g. （2024）深坪知调字第1号. */
export function caseNumber(year: number, code: string, seq: number): string {
  return `（${year}）${code}字第${seq}号`;
}

/** Registers new cases: numbers them per organisation and year, saves parties and rights, and starts the clocks. */
export function createIntake(deps: { repo: CaseRepository; parts: CasePartsRepository; settings: SettingsRepository; deriver: Deriver; audit: AuditWriter; notifier: Notifier }) {
  const { repo, parts, settings, deriver, audit, notifier } = deps;

  return {
    /**
     * Inserts a case inside the caller's transaction; answers its id, number and the change to
     * announce once committed. `names`: names of the organisations involved, read beforehand.
     */
    async insert(trx: Db, actor: Actor | null, n: NewCase, at: Date, names: Map<string, string>): Promise<{ id: string; caseNo: string; change: ChangeEvent }> {
      const profile = await settings.profile(trx, n.orgId);
      if (!profile) throw fieldError('orgId', '该机构尚未登记案号代字，不能受理案件');
      const year = Number(n.receivedOn.slice(0, 4));
      const seq = await repo.nextSeq(trx, n.orgId, year, n.kind);
      const caseNo = caseNumber(year, profile.case_code, seq);
      const partyNames = (role: string) => n.parties.filter((p) => p.role === role).map((p) => p.name).join('、');
      const partyOrgIds = [...new Set(n.parties.flatMap((p) => (p.orgId ? [p.orgId] : [])))];
      const id = await repo.insert(trx, {
        kind: n.kind,
        case_no: caseNo,
        year,
        seq,
        org_id: n.orgId,
        region_code: n.regionCode,
        source: n.source,
        procedure: n.procedure,
        dispute_type: n.disputeType,
        status: n.status,
        summary: n.summary,
        claims: n.claims,
        amount_fen: n.amountFen,
        court_id: n.courtId,
        court_case_no: n.courtCaseNo,
        referring_org_id: n.referringOrgId,
        from_case_id: n.fromCaseId,
        applicant_names: partyNames('applicant'),
        respondent_names: partyNames('respondent'),
        party_org_ids: partyOrgIds,
        search_text: [caseNo, partyNames('applicant'), partyNames('respondent'), ...n.rights.map((r) => r.number), n.courtCaseNo ?? ''].join(' '),
        created_by: actor?.userId ?? null,
        received_on: n.receivedOn,
        admitted_on: n.admittedOn,
        created_at: at,
        updated_at: at,
      });
      await parts.insertParties(
        trx,
        id,
        n.parties.map((p) => ({
          role: p.role,
          kind: p.kind,
          name: p.name,
          org_id: p.orgId ?? null,
          id_number: p.idNumber,
          address: p.address,
          phone: p.phone,
          service_address: p.serviceAddress,
          agent_name: p.agentName,
          agent_phone: p.agentPhone,
          agent_authority: p.agentAuthority ?? null,
        })),
      );
      await parts.insertRights(trx, id, n.rights.map((r) => ({ kind: r.kind, number: r.number, title: r.title })));
      const by = actor?.displayName ?? '系统';
      const eventId = await repo.insertEvent(trx, {
        case_id: id,
        at,
        on_date: n.receivedOn,
        actor_id: actor?.userId ?? null,
        actor_name: by,
        action: 'intake',
        from_status: null,
        to_status: n.status,
        detail: `${CaseSourceLabels[n.source].zh}，登记案号 ${caseNo}`,
      });
      const derived = await deriver.refresh(trx, id, n.receivedOn, at);
      await audit.record(trx, actor ?? { system: 'protection' }, { action: 'create', entityType: 'protectionCase', entityId: id, after: { title: caseNo, kind: n.kind, source: n.source, status: n.status } });
      const change: ChangeEvent = { eventId, eventType: 'case.created', action: 'intake', from: null, to: n.status, at, nextActor: derived.nextActor, actorId: actor?.userId ?? null };
      await notifier.record(trx, derived.row, change, names);
      return { id, caseNo, change };
    },
  };
}
export type Intake = ReturnType<typeof createIntake>;
