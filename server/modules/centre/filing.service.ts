import type { AuditEvent } from '../../../common/audit';
import type { Filing, FilingCheck, FilingCreate, FilingDecision, FilingListQuery } from '../../../common/centre';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { Db, Tx } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { addMonths, addDays } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import { conflict, fieldError, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { OrgServices } from '../org/org.contract';
import type { StatsServices } from '../stats/stats.contract';
import { actsForEnterprise, centreScope, examinesFor, inCentreScope } from './centre.policy';
import type { CentreConfigService } from './centre-config.service';
import { checkFiling, CONDITION_FIELD } from './domain/filing-conditions';
import { nearestWindow } from './domain/nearest-window';
import type { FilingRepository, FilingRow } from './filing.repository';
import { FILING_COLUMNS } from './centre.workbook';

export interface FilingDeps {
  db: Db;
  repo: FilingRepository;
  config: CentreConfigService;
  org: OrgServices;
  stats: StatsServices;
  audit: AuditWriter;
  clock: Clock;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** Enterprises' filings with a centre or window: the conditions checked from the platform's records, review, validity. */
export function createFilingService(deps: FilingDeps) {
  const { db, repo, config, org, stats, audit, clock } = deps;
  const today = () => chinaDate(clock.now());

  function map(r: FilingRow, actor: Actor, canExamine: boolean): Filing {
    const expired = r.status === 'approved' && !!r.valid_to && r.valid_to < today();
    const own = actsForEnterprise(actor, r.enterprise_org_id);
    const actions: Filing['actions'] = [];
    if (canExamine && r.status === 'submitted') actions.push('approve', 'return');
    if (own && (r.status === 'returned' || r.status === 'invited')) actions.push('resubmit');
    return {
      id: r.id,
      windowId: r.window_id,
      windowName: r.window_name,
      regionCode: r.region_code,
      regionName: org.regions.fullName(r.region_code),
      enterpriseOrgId: r.enterprise_org_id,
      enterpriseName: r.enterprise_name,
      agencyName: r.agency_name,
      fieldCodes: r.field_codes,
      establishedOn: r.established_on,
      insuredStaff: r.insured_staff,
      dishonesty: r.dishonesty,
      abnormalFiling: r.abnormal_filing,
      otherGrants: r.other_grants,
      documents: r.documents,
      checks: r.checks,
      status: r.status as Filing['status'],
      expired,
      reason: r.reason,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      submittedOn: r.submitted_on,
      sourceNote: r.source_note,
      decidedOn: r.decided_on,
      actions,
    };
  }

  async function visible(d: Db, actor: Actor, id: string): Promise<{ row: FilingRow; canExamine: boolean }> {
    const windows = await config.windowRows();
    const row = await repo.find(d, id);
    if (!row || !inCentreScope(centreScope(actor, windows), row)) throw notFound('备案');
    const w = windows.find((x) => x.id === row.window_id)!;
    return { row, canExamine: examinesFor(actor, windows, w) };
  }

  /** Checks the conditions for the calling enterprise: its region and patents from the records, the rest as declared. */
  async function check(actor: Actor, input: FilingCreate): Promise<FilingCheck> {
    const window = (await config.windowRows()).find((w) => w.id === input.windowId);
    if (!window) throw fieldError('windowId', '受理窗口不存在');
    const [enterprise] = await org.orgs.lookup(null, [actor.orgId]);
    if (!enterprise || enterprise.kind !== 'enterprise') throw fieldError('windowId', '只有企业可以备案');
    if (input.agencyId && !(await config.activeAgency(input.agencyId))) throw fieldError('agencyId', '代理机构不在保护中心的名单中');
    const held = (await stats.records.facts.holders([enterprise.name])).get(enterprise.name);
    const lines = checkFiling(
      (await config.conditions()).map((c) => ({ ...c })),
      {
        today: today(),
        establishedOn: input.establishedOn,
        insuredStaff: input.insuredStaff,
        inRegion: enterprise.regionCode.startsWith(regionPrefix(window.region_code)),
        fieldCodes: input.fieldCodes,
        windowFields: window.field_codes,
        dishonesty: input.dishonesty,
        abnormalFiling: input.abnormalFiling,
        inventions: held?.inventions ?? 0,
        otherGrants: input.otherGrants,
      },
    );
    return { eligible: lines.every((l) => l.met), lines };
  }

  async function list(actor: Actor, q: FilingListQuery): Promise<Page<Filing>> {
    const windows = await config.windowRows();
    const { rows, total } = await repo.list(db, centreScope(actor, windows), { q: q.q, status: q.status, windowId: q.windowId, fieldCode: q.fieldCode, today: today() }, { ...pageWindow(q.page, q.pageSize), order: q.order, sort: q.sort ?? 'submittedOn' });
    return { items: rows.map((r) => map(r, actor, examinesFor(actor, windows, windows.find((w) => w.id === r.window_id)!))), total, page: q.page, pageSize: q.pageSize };
  }

  const get = async (actor: Actor, id: string): Promise<Filing> => {
    const { row, canExamine } = await visible(db, actor, id);
    return map(row, actor, canExamine);
  };

  /** Refuses with the first unmet condition's field, so nothing is saved for an ineligible enterprise. */
  const requireEligible = (c: FilingCheck) => {
    const miss = c.lines.find((l) => !l.met);
    if (miss) throw fieldError(CONDITION_FIELD[miss.code], `不符合备案条件「${miss.name}」：${miss.detail}`);
  };

  return {
    check,
    list,
    get,
    history: async (actor: Actor, id: string) => (await visible(db, actor, id), deps.history('centreFiling', id)),

    async exportXlsx(actor: Actor, q: FilingListQuery): Promise<Buffer> {
      const page = await list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '备案企业', columns: FILING_COLUMNS, rows: page.items });
    },

    /** The enterprise files with a window once every condition is met. */
    async create(actor: Actor, input: FilingCreate): Promise<Filing> {
      if (!actor.roles.includes('enterprise')) throw fieldError('windowId', '只有企业可以备案');
      const c = await check(actor, input);
      requireEligible(c);
      if (await repo.openFor(db, input.windowId, actor.orgId)) throw conflict('已在该窗口备案或正在审核', 'windowId');
      const [enterprise] = await org.orgs.lookup(null, [actor.orgId]);
      const id = await inTransaction(db, async (trx) => {
        const at = clock.now();
        const id = await repo.insert(trx, {
          window_id: input.windowId,
          region_code: enterprise.regionCode,
          enterprise_org_id: actor.orgId,
          agency_id: input.agencyId,
          field_codes: input.fieldCodes,
          established_on: input.establishedOn,
          insured_staff: input.insuredStaff,
          dishonesty: input.dishonesty,
          abnormal_filing: input.abnormalFiling,
          other_grants: input.otherGrants,
          checks: JSON.stringify(c.lines.map((l) => ({ code: l.code, met: l.met, detail: l.detail }))),
          documents: input.documents,
          status: 'submitted',
          submitted_on: today(),
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await audit.record(trx, actor, { action: 'create', entityType: 'centreFiling', entityId: id, after: { ...input, checks: c.lines } });
        return id;
      });
      return get(actor, id);
    },

    /** A returned filing corrected and sent again, or an invited one completed and sent the first time. */
    async resubmit(actor: Actor, id: string, input: FilingCreate): Promise<Filing> {
      const { row } = await visible(db, actor, id);
      if (!actsForEnterprise(actor, row.enterprise_org_id) || (row.status !== 'returned' && row.status !== 'invited')) throw fieldError('windowId', '只有被退回或待完善的备案可以提交');
      if (input.windowId !== row.window_id) throw fieldError('windowId', '重新提交不能更换受理窗口');
      const c = await check(actor, input);
      requireEligible(c);
      await inTransaction(db, async (trx) => {
        const patch = { agency_id: input.agencyId, field_codes: input.fieldCodes, established_on: input.establishedOn, insured_staff: input.insuredStaff, dishonesty: input.dishonesty, abnormal_filing: input.abnormalFiling, other_grants: input.otherGrants, documents: input.documents };
        await repo.update(trx, id, { ...patch, checks: JSON.stringify(c.lines.map((l) => ({ code: l.code, met: l.met, detail: l.detail }))), status: 'submitted', submitted_on: today(), updated_at: clock.now() });
        await audit.record(trx, actor, { action: row.status === 'invited' ? 'submit' : 'resubmit', entityType: 'centreFiling', entityId: id, before: { status: row.status, reason: row.reason }, after: patch });
      });
      return get(actor, id);
    },

    /** The centre approves (the validity period starts today) or returns with reasons. */
    async decide(actor: Actor, id: string, input: FilingDecision): Promise<Filing> {
      const windows = await config.windowRows();
      const { canExamine } = await visible(db, actor, id);
      if (!canExamine) throw notFound('备案');
      await inTransaction(db, async (trx) => {
        const row = (await repo.find(trx, id))!;
        if (row.status !== 'submitted') throw fieldError('decision', '该备案不在待审核状态');
        const day = today();
        const months = windows.find((w) => w.id === row.window_id)!.filing_validity_months;
        const patch =
          input.decision === 'approve'
            ? { status: 'approved', valid_from: day, valid_to: addDays(addMonths(day, months), -1), reason: input.reason }
            : { status: 'returned', reason: input.reason, valid_from: null, valid_to: null };
        await repo.update(trx, id, { ...patch, decided_by: actor.userId, decided_on: day, updated_at: clock.now() });
        await audit.record(trx, actor, { action: input.decision, entityType: 'centreFiling', entityId: id, before: { status: row.status }, after: patch });
      });
      return get(actor, id);
    },

    /**
     * The consultation desk escalates an enterprise's question to the protection centre: a filing with
     * the window serving the enterprise's district (the nearest one), invited and carrying the
     * question's facts, for the enterprise to complete and submit. `alsoIn` is handed the filing's id
     * and the window's name and writes the desk's side in the same transaction.
     */
    async inviteFromQuestion(actor: Actor, q: { facts: string; askerOrgId: string }, alsoIn: (trx: Tx, filed: { id: string; number: string }) => Promise<void>): Promise<void> {
      const [enterprise] = await org.orgs.lookup(null, [q.askerOrgId]);
      if (!enterprise || enterprise.kind !== 'enterprise') throw fieldError('target', '只有企业可以在保护中心备案，请转调解或直接答复');
      const windows = await config.windowRows();
      const window = nearestWindow(windows, enterprise.regionCode);
      if (!window) throw fieldError('target', `${org.regions.fullName(enterprise.regionCode)}没有保护中心受理窗口`);
      if (!inCentreScope(centreScope(actor, windows), { window_id: window.id, region_code: enterprise.regionCode, enterprise_org_id: enterprise.id })) throw fieldError('target', '超出您的管辖范围');
      if (await repo.openFor(db, window.id, enterprise.id)) throw conflict(`该企业已在${window.name}备案或正在办理`, 'target');
      await inTransaction(db, async (trx) => {
        const at = clock.now();
        const id = await repo.insert(trx, {
          window_id: window.id, region_code: enterprise.regionCode, enterprise_org_id: enterprise.id, agency_id: null, field_codes: [], established_on: null, insured_staff: null, dishonesty: null, abnormal_filing: null,
          other_grants: 0, checks: JSON.stringify([]), documents: '', status: 'invited', submitted_on: null, source_note: q.facts, created_by: actor.userId, created_at: at, updated_at: at,
        });
        await audit.record(trx, actor, { action: 'invite', entityType: 'centreFiling', entityId: id, after: { windowId: window.id, enterpriseOrgId: enterprise.id, sourceNote: q.facts } });
        await alsoIn(trx, { id, number: window.name });
      });
    },

    /** The raw filing for the pre-examinations: its window, fields, state and validity. */
    find: (d: Db, id: string) => repo.find(d, id),
    counts: (actor: Actor, windows: Awaited<ReturnType<CentreConfigService['windowRows']>>, windowId: string | null) => repo.counts(db, centreScope(actor, windows), windowId, today()),
  };
}
export type FilingService = ReturnType<typeof createFilingService>;
