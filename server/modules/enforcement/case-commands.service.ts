import type { Updateable } from 'kysely';
import { type CaseAction, type CaseDetail, type CaseSource, CaseSourceLabels, CaseStatusLabels, type EnforcementCaseCreate, type RightKind, RightKindLabels } from '../../../common/enforcement';
import type { SearchDocument } from '../../platform/search/search.service';
import type { z } from 'zod';
import type { Actor } from '../../platform/access';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { inTransaction } from '../../db/unit-of-work';
import type { Db } from '../../db/database';
import type { EnforcementCaseTable } from '../../db/tables/enforcement';
import type { CaseRow } from './case.repository';
import { type CaseDeps, type CaseSupport, factsOf, measureFacts } from './case-support.service';
import { nextStatus } from './domain/case-flow';
import { type EnforcementAgent, handlesCase, opensCases } from './enforcement.policy';
import type { MeasureActionSchema, MeasureCreateSchema } from '../../../common/enforcement';

type MeasureCreate = z.infer<typeof MeasureCreateSchema>;
type MeasureAction = z.infer<typeof MeasureActionSchema>;

/** What an action writes on the case row besides its status. */
function changesOf(a: CaseAction, on: string, row: CaseRow): Updateable<EnforcementCaseTable> {
  switch (a.action) {
    case 'extendOpening':
      return { open_extension_days: 15, open_extension_approval: a.approval };
    case 'open':
      return { opened_on: on };
    case 'notOpen':
      return { not_opened_reason: a.reason, closed_on: on };
    case 'extendDecision':
      return { decide_extension_days: a.days, decide_extension_approval: a.approval };
    case 'hearingNotice':
      return { hearing_notified_on: on };
    case 'hearingRequested':
      return { hearing_requested: true };
    case 'decide':
      return { decided_on: on, decision: a.decision, decision_no: a.decisionNo, fine_fen: a.fineFen, confiscated_fen: a.confiscatedFen, confiscated_goods: a.confiscatedGoods };
    case 'serve':
      return { served_on: on };
    case 'publish':
      return { published_on: on };
    case 'remedy':
      return { remedy: a.remedy };
    case 'close':
      return { closed_on: on, closed_outcome: a.outcome };
    case 'typicalCandidate':
      return { typical_candidate: a.value && ['closed', 'transferred'].includes(row.status) };
  }
}

/**
 * The search entry of a case. Its organisations are the handling agency and the party's own unit, so the
 * index's access filter (region for offices, organisation for everyone else) shows it to exactly those
 * the case list shows it to; the police, procuratorate and customs see transfers, not cases.
 */
export function caseSearchDocument(r: CaseRow): SearchDocument {
  return {
    entityType: 'enforcementCase',
    entityId: r.id,
    title: `${r.case_no} ${r.party_name}`,
    body: [r.summary, RightKindLabels[r.right_kind as RightKind].zh, CaseSourceLabels[r.source as CaseSource].zh, r.complainant ?? '', r.decision_no ?? ''].filter(Boolean).join('\n'),
    regionCode: r.region_code,
    orgIds: [r.org_id, r.party_org_id].filter((x): x is string => !!x),
    kind: r.right_kind,
    date: r.received_on,
    visibility: 'internal',
    url: `/enforcement/cases/${r.id}`,
  };
}

/** Writing cases: opening a file, moving it through its stages, measures. Each change is one transaction with its audit event. */
export function createCaseCommands(deps: CaseDeps, support: CaseSupport) {
  const { db, repo, flow, agency, audit, clock } = deps;

  /** Stores the derived due date and next actor of the changed case (lists filter and sort by them) and refreshes its search entry. */
  async function rederive(trx: Db, id: string): Promise<void> {
    const row = (await repo.get(trx, id))!;
    await repo.update(trx, id, support.derived(row, await repo.measures(trx, id), await repo.rules(trx)));
    await deps.search.upsert(trx, caseSearchDocument(row));
  }

  /** The case page after the change committed (names of organisations are read outside the transaction). */
  async function pageAfter(actor: Actor, agent: EnforcementAgent, id: string): Promise<CaseDetail> {
    return support.detail(db, actor, agent, (await repo.get(db, id))!);
  }

  return {
    /** Records a complaint or lead received by the officer's agency: the 15-working-day check starts. */
    async create(actor: Actor, input: EnforcementCaseCreate): Promise<CaseDetail> {
      const agent = await agency.agentOf(actor);
      if (!opensCases(agent)) throw forbidden('只有执法人员可以登记执法案件');
      const orgs = await agency.byId([actor.orgId, input.partyOrgId ?? null]);
      const own = orgs.get(actor.orgId);
      if (!own) throw fieldError('orgId', '执法机关不存在');
      if (input.partyOrgId && !orgs.has(input.partyOrgId)) throw fieldError('partyOrgId', '当事人单位不存在');
      if (input.receivedOn > support.today()) throw fieldError('receivedOn', '日期不能晚于今天');
      const year = Number(input.receivedOn.slice(0, 4));
      return inTransaction(db, async (trx) => {
        const seq = await repo.nextSeq(trx, own.id, year);
        const caseNo = `${own.shortName ?? own.name}知执〔${year}〕${seq}号`;
        const id = await repo.insert(trx, {
          case_no: caseNo,
          year,
          seq,
          region_code: own.regionCode,
          org_id: own.id,
          officer_user_id: agent === 'officer' ? actor.userId : null,
          source: input.source,
          right_kind: input.rightKind,
          summary: input.summary,
          party_name: input.partyName,
          party_credit_code: input.partyCreditCode,
          party_org_id: input.partyOrgId ?? null,
          complainant: input.complainant,
          status: 'received',
          received_on: input.receivedOn,
          updated_at: clock.now(),
        });
        await audit.record(trx, actor, { action: 'create', entityType: 'enforcementCase', entityId: id, after: { caseNo, ...input, status: 'received' } });
        await rederive(trx, id);
        return id;
      }).then((done) => pageAfter(actor, agent, done));
    },

    /** Takes one step of the case (open, extend with approval, notify, decide, serve, publish, close…); a step against the rules answers 400 naming the rule. */
    async act(actor: Actor, id: string, action: CaseAction): Promise<CaseDetail> {
      const agent = await agency.agentOf(actor);
      return inTransaction(db, async (trx) => {
        const row = await support.visible(trx, actor, agent, id, true);
        if (!handlesCase(actor, agent, row.org_id)) throw forbidden('只有办案机关的执法人员可以办理此案件');
        const today = support.today();
        const on = 'on' in action && action.on ? action.on : today;
        const problem = flow.check(factsOf(row), action, on, today, await repo.rules(trx));
        if (problem) throw fieldError(problem.field, problem.message);
        const status = nextStatus(row.status as CaseDetail['status'], action);
        await repo.update(trx, id, { ...changesOf(action, on, row), status, updated_at: clock.now() });
        const before = { status: row.status };
        await audit.record(trx, actor, { action: action.action, entityType: 'enforcementCase', entityId: id, before, after: { ...action, on, status, statusLabel: CaseStatusLabels[status].zh } });
        await rederive(trx, id);
        return id;
      }).then((done) => pageAfter(actor, agent, done));
    },

    /** Records a seizure or sealing in an open case; its own 30-day limit starts. */
    async addMeasure(actor: Actor, id: string, input: MeasureCreate): Promise<CaseDetail> {
      const agent = await agency.agentOf(actor);
      return inTransaction(db, async (trx) => {
        const row = await support.visible(trx, actor, agent, id, true);
        if (!handlesCase(actor, agent, row.org_id)) throw forbidden('只有办案机关的执法人员可以采取措施');
        if (!['investigating', 'hearingNotice'].includes(row.status)) throw conflict('只有立案调查中的案件可以采取查封、扣押措施');
        if (input.startedOn < row.opened_on! || input.startedOn > support.today()) throw fieldError('startedOn', '日期应在立案之日与今天之间');
        const measureId = await repo.insertMeasure(trx, { case_id: id, kind: input.kind, goods: input.goods, started_on: input.startedOn });
        await audit.record(trx, actor, { action: 'measure', entityType: 'enforcementCase', entityId: id, after: { measureId, ...input } });
        await rederive(trx, id);
        return id;
      }).then((done) => pageAfter(actor, agent, done));
    },

    /** Extends (once, with approval) or lifts a measure. */
    async actOnMeasure(actor: Actor, id: string, measureId: string, action: MeasureAction): Promise<CaseDetail> {
      const agent = await agency.agentOf(actor);
      return inTransaction(db, async (trx) => {
        const row = await support.visible(trx, actor, agent, id, true);
        const measure = (await repo.measures(trx, id)).find((m) => m.id === measureId);
        if (!measure) throw notFound('查封、扣押措施');
        if (!handlesCase(actor, agent, row.org_id)) throw forbidden('只有办案机关的执法人员可以办理此案件');
        const today = support.today();
        const on = action.action === 'lift' && action.on ? action.on : today;
        const problem = flow.checkMeasure(factsOf(row), measureFacts(measure), action, on, today, await repo.rules(trx));
        if (problem) throw fieldError(problem.field, problem.message);
        await repo.updateMeasure(trx, id, measureId, action.action === 'lift' ? { lifted_on: on } : { extension_days: action.days, extension_approval: action.approval });
        await audit.record(trx, actor, { action: `measure.${action.action}`, entityType: 'enforcementCase', entityId: id, after: { measureId, ...action, on } });
        await rederive(trx, id);
        return id;
      }).then((done) => pageAfter(actor, agent, done));
    },
  };
}
