import type { AuditEvent } from '../../../common/audit';
import { type TransferAction, type TransferCreate, type TransferDetail, type TransferListItem, type TransferListQuery, TransferStatusLabels, type TransferStatus } from '../../../common/enforcement-agency';
import type { Org } from '../../../common/org';
import type { Page } from '../../../common/pagination';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { type Clock } from '../../platform/clock';
import { writeSheet } from '../../platform/excel';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import type { FileService } from '../../platform/files/file.service';
import { inTransaction } from '../../db/unit-of-work';
import type { Db } from '../../db/database';
import { type AgencyService, named } from './agency.service';
import type { CaseRepository } from './case.repository';
import type { CaseSupport } from './case-support.service';
import { currentLimit } from './domain/limits';
import { createTransferFlow, TRANSFER_ACTION_SIDE, type TransferFacts, transferStatusAfter } from './domain/transfer-flow';
import type { LimitEngine, LimitRule } from './domain/limits';
import { type EnforcementAgent, handlesCase, inEnforcementScope, transferScope, transferSide } from './enforcement.policy';
import { TRANSFER_EXPORT_COLUMNS } from './enforcement.workbook';
import type { TransferListRow, TransferRepository } from './transfer.repository';

/** What the transfer service needs. */
export interface TransferDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  files: FileService;
  repo: TransferRepository;
  cases: CaseRepository;
  caseSupport: CaseSupport;
  engine: LimitEngine;
  agency: AgencyService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

const factsOf = (t: TransferListRow): TransferFacts => ({
  status: t.status as TransferStatus,
  regionCode: t.region_code,
  reportedOn: t.reported_on,
  headDecidedOn: t.head_decided_on,
  sentOn: t.sent_on,
  policeDecidedOn: t.police_decided_on,
  reconsiderRequestedOn: t.reconsider_requested_on,
  reconsiderDecidedOn: t.reconsider_decided_on,
});

/** Transfers of suspected crimes to the police: the agency reports and sends, the police decide, the procuratorate watches. */
export function createTransferService(deps: TransferDeps) {
  const { db, repo, cases, agency, audit, clock, caseSupport } = deps;
  const flow = createTransferFlow(deps.engine);
  const today = caseSupport.today;

  async function visible(d: Db, actor: Actor, agent: EnforcementAgent, id: string, lock = false): Promise<TransferListRow> {
    const t = await repo.get(d, id, lock);
    if (!t || !inEnforcementScope(transferScope(actor, agent), { regionCode: t.region_code, orgIds: [t.from_org_id, t.police_org_id] })) throw notFound('移送案件');
    return t;
  }

  function item(t: TransferListRow, orgs: Map<string, Org>, day: string): TransferListItem {
    return {
      id: t.id,
      caseId: t.case_id,
      caseNo: t.case_no,
      partyName: t.party_name,
      regionCode: t.region_code,
      from: named(orgs, t.from_org_id),
      police: named(orgs, t.police_org_id),
      status: t.status as TransferStatus,
      reportedOn: t.reported_on,
      sentOn: t.sent_on,
      policeDecidedOn: t.police_decided_on,
      nextDueOn: t.due_on,
      overdue: t.due_on !== null && t.due_on < day,
      nextActor: t.next_actor as TransferListItem['nextActor'],
    };
  }

  async function detail(d: Db, actor: Actor, agent: EnforcementAgent, t: TransferListRow): Promise<TransferDetail> {
    const [rules, orgs, [file]] = await Promise.all([cases.rules(d), agency.byId([t.from_org_id, t.police_org_id]), deps.files.describe([t.file_id])]);
    const day = today();
    const limits = flow.limits(factsOf(t), rules, day);
    const current = currentLimit(limits);
    const side = transferSide(actor, agent, { fromOrgId: t.from_org_id, policeOrgId: t.police_org_id });
    return {
      ...item(t, orgs, day),
      nextDueOn: current?.dueOn ?? null,
      overdue: current?.state === 'overdue',
      nextActor: flow.nextActor(factsOf(t), limits),
      fileId: t.file_id,
      fileName: file?.name ?? null,
      headDecidedOn: t.head_decided_on,
      headApproval: t.head_approval,
      notApprovedReason: t.not_approved_reason,
      refusalReason: t.refusal_reason,
      reconsiderRequestedOn: t.reconsider_requested_on,
      reconsiderDecidedOn: t.reconsider_decided_on,
      criminalCaseNo: t.criminal_case_no,
      limits,
      actions: flow.allowedActions(factsOf(t)).filter((a) => side !== null && TRANSFER_ACTION_SIDE[a] === side),
    };
  }

  /** Stores the derived due date and next actor of the changed transfer (lists filter and sort by them). */
  async function rederive(trx: Db, id: string, rules: readonly LimitRule[]): Promise<void> {
    const t = (await repo.get(trx, id))!;
    const limits = flow.limits(factsOf(t), rules, today());
    const open = limits.filter((l) => !l.metOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    await repo.update(trx, t.case_id, id, { due_on: open[0]?.dueOn ?? null, next_actor: flow.nextActor(factsOf(t), limits) });
  }

  /** The transfer page after the change committed (names and files are read outside the transaction). */
  async function pageAfter(actor: Actor, agent: EnforcementAgent, id: string): Promise<TransferDetail> {
    return detail(db, actor, agent, (await repo.get(db, id))!);
  }

  async function list(actor: Actor, q: TransferListQuery, exportAll = false): Promise<Page<TransferListItem>> {
    const agent = await agency.agentOf(actor);
    const day = today();
    const { rows, total } = await repo.list(db, transferScope(actor, agent), q, day, exportAll);
    const orgs = await agency.byId(rows.flatMap((r) => [r.from_org_id, r.police_org_id]));
    return { items: rows.map((r) => item(r, orgs, day)), total, page: q.page, pageSize: q.pageSize };
  }

  return {
    /** Transfers the caller may see: the procuratorate every one of its region, the police those sent to it, the agency its own. */
    list: (actor: Actor, q: TransferListQuery) => list(actor, q),
    /** The filtered list as Excel. */
    async exportXlsx(actor: Actor, q: TransferListQuery): Promise<Buffer> {
      return writeSheet({ name: '移送案件', columns: TRANSFER_EXPORT_COLUMNS, rows: (await list(actor, { ...q, page: 1, pageSize: 50_000 }, true)).items });
    },
    /** One transfer with its clock. */
    async get(actor: Actor, id: string): Promise<TransferDetail> {
      const agent = await agency.agentOf(actor);
      return detail(db, actor, agent, await visible(db, actor, agent, id));
    },
    /** The transfer's case file, to the parties of the transfer and those who supervise it. */
    async file(actor: Actor, id: string): Promise<{ file: { name: string; mime: string }; bytes: Buffer }> {
      const t = await visible(db, actor, await agency.agentOf(actor), id);
      return deps.files.read(t.file_id);
    },
    /** What happened to the transfer, newest first. */
    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(db, actor, await agency.agentOf(actor), id);
      return deps.history('enforcementTransfer', id);
    },

    /** Reports a case for transfer to the head, with its file; the head decides within 3 days (art. 5). */
    async create(actor: Actor, caseId: string, input: TransferCreate): Promise<TransferDetail> {
      const agent = await agency.agentOf(actor);
      const police = (await agency.byId([input.policeOrgId])).get(input.policeOrgId);
      if (police?.kind !== 'publicSecurity') throw fieldError('policeOrgId', '请选择公安机关');
      const [file] = await deps.files.describe([input.fileId]);
      if (!file) throw fieldError('fileId', '移送须附案卷材料：所选文件不存在（《行政执法机关移送涉嫌犯罪案件的规定》第六条）');
      const on = input.reportedOn ?? today();
      if (on > today()) throw fieldError('reportedOn', '日期不能晚于今天');
      return inTransaction(db, async (trx) => {
        const c = await caseSupport.visible(trx, actor, agent, caseId, true);
        if (!handlesCase(actor, agent, c.org_id)) throw forbidden('只有办案机关的执法人员可以移送案件');
        if (!['investigating', 'hearingNotice'].includes(c.status)) throw conflict('只有立案调查中的案件可以移送公安机关', 'caseId');
        if (on < c.opened_on!) throw fieldError('reportedOn', '日期不能早于立案之日');
        if ((await repo.openForCase(trx, caseId)) > 0) throw conflict('该案件已有尚未办结的移送', 'caseId');
        const id = await repo.insert(trx, {
          case_id: caseId,
          region_code: c.region_code,
          from_org_id: c.org_id,
          police_org_id: police.id,
          file_id: file.id,
          status: 'reported',
          reported_on: on,
          updated_at: clock.now(),
        });
        await audit.record(trx, actor, { action: 'create', entityType: 'enforcementTransfer', entityId: id, after: { caseNo: c.case_no, caseId, police: police.name, policeOrgId: police.id, fileId: file.id, file: file.name, reportedOn: on } });
        await audit.record(trx, actor, { action: 'transfer', entityType: 'enforcementCase', entityId: caseId, after: { transferId: id, police: police.name } });
        await rederive(trx, id, await cases.rules(trx));
        return id;
      }).then((done) => pageAfter(actor, agent, done));
    },

    /** One step of the transfer: the head's decision, the police's, a reconsideration; each by its own side. */
    async act(actor: Actor, id: string, action: TransferAction): Promise<TransferDetail> {
      const agent = await agency.agentOf(actor);
      return inTransaction(db, async (trx) => {
        const t = await visible(trx, actor, agent, id, true);
        const side = transferSide(actor, agent, { fromOrgId: t.from_org_id, policeOrgId: t.police_org_id });
        if (side !== TRANSFER_ACTION_SIDE[action.action]) throw forbidden(side === null ? '只有移送机关或接收的公安机关可以办理此移送' : '此操作应由另一方办理');
        const rules = await cases.rules(trx);
        const day = today();
        const on = action.on ?? day;
        const problem = flow.check(factsOf(t), action, on, day, rules);
        if (problem) throw fieldError(problem.field, problem.message);
        const status = transferStatusAfter(action);
        await repo.update(trx, t.case_id, id, { ...changesOf(action, on), status, updated_at: clock.now() });
        await audit.record(trx, actor, { action: action.action, entityType: 'enforcementTransfer', entityId: id, before: { status: t.status }, after: { ...action, on, status, statusLabel: TransferStatusLabels[status].zh } });
        if (status === 'opened') {
          // The police opened a criminal case: the administrative case ends in the transfer.
          await cases.update(trx, t.case_id, { status: 'transferred', closed_on: on, due_on: null, next_actor: 'none', updated_at: clock.now() });
          await audit.record(trx, actor, { action: 'transferred', entityType: 'enforcementCase', entityId: t.case_id, after: { transferId: id, criminalCaseNo: 'criminalCaseNo' in action ? action.criminalCaseNo : null } });
        }
        await rederive(trx, id, rules);
        return id;
      }).then((done) => pageAfter(actor, agent, done));
    },
  };
}
export type TransferService = ReturnType<typeof createTransferService>;

function changesOf(a: TransferAction, on: string) {
  switch (a.action) {
    case 'approve':
      // Approved transfers go to the police within 24 hours (art. 5): the day of approval is the day of receipt.
      return { head_decided_on: on, head_approval: a.approval, sent_on: on, received_on: on };
    case 'notApprove':
      return { head_decided_on: on, not_approved_reason: a.reason };
    case 'policeDecide':
      return { police_decided_on: on, criminal_case_no: a.criminalCaseNo, refusal_reason: a.decision === 'refuse' ? a.reason : null, refusal_notified_on: a.decision === 'refuse' ? on : null };
    case 'requestReconsideration':
      return { reconsider_requested_on: on };
    case 'reconsiderDecide':
      return { reconsider_decided_on: on, criminal_case_no: a.criminalCaseNo, refusal_reason: a.decision === 'refuse' ? a.reason : null };
  }
}
