import { type MeetingSignings, type Signing, type SigningCreate, type SigningListQuery, SigningKindLabels, type SigningKind } from '../../../common/finance-securitisation';
import type { Page } from '../../../common/pagination';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError, forbidden, notFound, orNullIfNotFound } from '../../platform/errors';
import { MONEY_FORMAT, writeSheet } from '../../platform/excel';
import type { ConferenceServices } from '../conference/conference.contract';
import type { OrgServices } from '../org/org.contract';
import { canRecordSignings, canSeeFinanceRecord, financeScope } from './finance.policy';
import type { LoanRepository } from './loan.repository';
import type { SigningRepository, SigningRow } from './signing.repository';

/** What the signing service needs: meetings are read only through the conference module's services. */
export interface SigningDeps {
  db: Db;
  repo: SigningRepository;
  loans: LoanRepository;
  org: OrgServices;
  conference: ConferenceServices;
  audit: AuditWriter;
  clock: Clock;
}

/**
 * Signings at meetings (seed 004: Tianmen's pledge-financing signing at its joint conference): the
 * loans or intentions signed there are recorded as the meeting's outcomes, each loan by its id.
 */
export function createSigningService(deps: SigningDeps) {
  const { db, repo, loans, org, conference, audit, clock } = deps;

  const map = (r: SigningRow, meetingTitle: string): Signing => ({
    id: r.id,
    meetingId: r.meeting_id,
    meetingTitle,
    regionCode: r.region_code,
    bankOrgId: r.bank_org_id,
    bankName: r.bank_name,
    enterpriseOrgId: r.enterprise_org_id,
    enterpriseName: r.enterprise_name,
    kind: r.kind as SigningKind,
    amountFen: Number(r.amount_fen),
    signedOn: r.signed_on,
    loanId: r.loan_id,
    loanContractNo: r.contract_no,
    note: r.note,
  });

  /** The titles of meetings the caller may see; a meeting out of their sight is named only as a meeting. */
  async function titles(actor: Actor, ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of new Set(ids)) {
      const m = await orNullIfNotFound(conference.meetings.get(actor, id));
      out.set(id, m?.title ?? '联席会议');
    }
    return out;
  }

  async function party(id: string, kind: 'bank' | 'enterprise', field: string): Promise<{ regionCode: string }> {
    const [o] = await org.orgs.lookup(null, [id]);
    if (!o || o.kind !== kind) throw fieldError(field, kind === 'bank' ? '银行不存在' : '企业不存在');
    return o;
  }

  /** The loan a signing names: one the caller sees, of the same bank and enterprise, not yet signed at this meeting. */
  async function checkLoan(actor: Actor, meetingId: string, input: SigningCreate): Promise<void> {
    if (input.kind === 'loan' && !input.loanId) throw fieldError('loanId', '贷款签约请选择所签的贷款');
    if (!input.loanId) return;
    const loan = await loans.find(db, input.loanId);
    if (!loan || !canSeeFinanceRecord(actor, loan)) throw fieldError('loanId', '贷款不存在');
    if (loan.bank_org_id !== input.bankOrgId || loan.enterprise_org_id !== input.enterpriseOrgId) throw fieldError('loanId', '所选贷款的银行或企业与签约不一致');
    if (await repo.loanSignedAt(db, meetingId, input.loanId)) throw fieldError('loanId', '该贷款已记为本次会议的签约');
  }

  const service = {
    /** The signings of a meeting the caller may see, with their totals. */
    async ofMeeting(actor: Actor, meetingId: string): Promise<MeetingSignings> {
      const meeting = await conference.meetings.get(actor, meetingId);
      const items = (await repo.ofMeeting(db, meetingId)).map((r) => map(r, meeting.title));
      return {
        items,
        loanCount: items.filter((s) => s.kind === 'loan').length,
        intentionCount: items.filter((s) => s.kind === 'intention').length,
        totalFen: items.reduce((s, x) => s + x.amountFen, 0),
        canRecord: canRecordSignings(actor, meeting.regionCode),
      };
    },

    /** The meetings at which a loan the caller may see was signed. */
    async ofLoan(actor: Actor, loanId: string): Promise<Signing[]> {
      const loan = await loans.find(db, loanId);
      if (!loan || !canSeeFinanceRecord(actor, loan)) throw notFound('贷款');
      const rows = await repo.ofLoan(db, loanId);
      const named = await titles(actor, rows.map((r) => r.meeting_id));
      return rows.map((r) => map(r, named.get(r.meeting_id) ?? '联席会议'));
    },

    /** Every signing the caller may see (the office its region's, a bank its own, an enterprise its own). */
    async list(actor: Actor, q: SigningListQuery): Promise<Page<Signing>> {
      const { rows, total } = await repo.list(db, { meetingId: q.meetingId, bankOrgId: q.bankOrgId, kind: q.kind, year: q.year }, financeScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'signedOn', order: q.order });
      const named = await titles(actor, rows.map((r) => r.meeting_id));
      return { items: rows.map((r) => map(r, named.get(r.meeting_id) ?? '联席会议')), total, page: q.page, pageSize: q.pageSize };
    },

    /** The filtered list (every page) as an Excel workbook. */
    async exportXlsx(actor: Actor, q: SigningListQuery): Promise<Buffer> {
      const page = await service.list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({
        name: '会议签约',
        rows: page.items,
        columns: [
          { header: '会议', width: 44, value: (s) => s.meetingTitle },
          { header: '签约日期', width: 12, value: (s) => s.signedOn },
          { header: '类型', width: 12, value: (s) => SigningKindLabels[s.kind].zh },
          { header: '银行', width: 28, value: (s) => s.bankName },
          { header: '企业', width: 32, value: (s) => s.enterpriseName },
          { header: '金额(元)', width: 18, numFmt: MONEY_FORMAT, value: (s) => s.amountFen / 100 },
          { header: '贷款合同号', width: 20, value: (s) => s.loanContractNo },
          { header: '备注', width: 30, value: (s) => s.note },
        ],
      });
    },

    /** Records a loan or an intention signed at a meeting the caller runs. */
    async record(actor: Actor, meetingId: string, input: SigningCreate): Promise<MeetingSignings> {
      const meeting = await conference.meetings.get(actor, meetingId);
      if (!canRecordSignings(actor, meeting.regionCode)) throw forbidden('只有会议所在地区的知识产权金融主管部门可以登记签约');
      await party(input.bankOrgId, 'bank', 'bankOrgId');
      const enterprise = await party(input.enterpriseOrgId, 'enterprise', 'enterpriseOrgId');
      await checkLoan(actor, meetingId, input);
      await inTransaction(db, async (trx) => {
        // The enterprise's region, as on every finance record: its district sees the signing too.
        const v = { region_code: enterprise.regionCode, meeting_id: meetingId, bank_org_id: input.bankOrgId, enterprise_org_id: input.enterpriseOrgId, kind: input.kind, amount_fen: input.amountFen, signed_on: input.signedOn, loan_id: input.loanId ?? null, note: input.note ?? null, created_by: actor.userId };
        const id = await repo.insert(trx, v, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'financeSigning', entityId: id, after: { ...v, meetingTitle: meeting.title } });
      });
      return service.ofMeeting(actor, meetingId);
    },

    /** Removes a signing recorded by mistake. */
    async remove(actor: Actor, id: string): Promise<void> {
      const row = await repo.find(db, id);
      if (!row || !canSeeFinanceRecord(actor, row)) throw notFound('签约');
      if (!canRecordSignings(actor, row.region_code)) throw forbidden('只有会议所在地区的知识产权金融主管部门可以删除签约');
      await inTransaction(db, async (trx) => {
        await repo.remove(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'financeSigning', entityId: id, before: map(row, '') });
      });
    },
  };
  return service;
}
export type SigningService = ReturnType<typeof createSigningService>;
