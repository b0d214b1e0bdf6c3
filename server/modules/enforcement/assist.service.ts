import type { AuditEvent } from '../../../common/audit';
import { ASSIST_LIMIT_CODES, type AssistAction, type AssistCreate, type AssistKind, type AssistListQuery, type AssistOutcome, type AssistRequest } from '../../../common/enforcement-cooperation';
import type { Page } from '../../../common/pagination';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { writeSheet } from '../../platform/excel';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import { inTransaction } from '../../db/unit-of-work';
import type { Db } from '../../db/database';
import { type AgencyService, named } from './agency.service';
import type { AssistRepository, AssistRow } from './assist.repository';
import type { RuleRow } from './case.repository';
import type { CooperationRepository } from './cooperation.repository';
import type { CooperationService } from './cooperation.service';
import { ASSIST_EXPORT_COLUMNS } from './cooperation.workbook';
import { assistRules } from './domain/assist-limits';
import type { LimitEngine } from './domain/limits';
import { actsForMember, cooperationScope, type EnforcementAgent, inEnforcementScope } from './enforcement.policy';

/** What the assistance-request service needs. */
export interface AssistDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  repo: AssistRepository;
  bodies: CooperationRepository;
  cooperation: CooperationService;
  rules: (db: Db) => Promise<RuleRow[]>;
  engine: LimitEngine;
  agency: AgencyService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

const ENTITY = 'enforcementAssistRequest';

/** Assistance requests between the member offices of a cooperation body, with the deadline its agreement sets. */
export function createAssistService(deps: AssistDeps) {
  const { db, repo, bodies, engine, agency, audit, clock } = deps;
  const today = () => chinaDate(clock.now());

  async function visible(d: Db, actor: Actor, agent: EnforcementAgent, id: string, lock = false): Promise<AssistRow> {
    const r = await repo.get(d, id, lock);
    const scope = cooperationScope(actor, agent);
    const inScope = (region: string) => !!r && inEnforcementScope(scope, { regionCode: region, orgIds: [r.from_org_id, r.to_org_id] });
    if (!r || !(inScope(r.from_region) || inScope(r.to_region))) throw notFound('协助请求');
    return r;
  }

  async function view(actor: Actor, rows: readonly AssistRow[]): Promise<AssistRequest[]> {
    const bodyIds = [...new Set(rows.map((r) => r.body_id))];
    const [rules, orgs, bodyRows, agreements] = await Promise.all([
      deps.rules(db),
      agency.byId(rows.flatMap((r) => [r.from_org_id, r.to_org_id])),
      Promise.all(bodyIds.map((id) => bodies.get(db, id))),
      Promise.all(bodyIds.map(async (id) => [id, await bodies.limits(db, id)] as const)),
    ]);
    const names = new Map(bodyRows.filter((b) => !!b).map((b) => [b.id, b.name]));
    const limitsOf = new Map(agreements);
    const day = today();
    return rows.map((r): AssistRequest => {
      const kind = r.kind as AssistKind;
      const limit = engine.limit(assistRules(limitsOf.get(r.body_id) ?? [], rules, kind), '', day, { code: ASSIST_LIMIT_CODES[kind], start: r.sent_on, metOn: r.answered_on, actor: 'receiver' });
      const receiver = actor.orgId === r.to_org_id;
      return {
        id: r.id,
        body: { id: r.body_id, name: names.get(r.body_id) ?? r.body_id },
        from: named(orgs, r.from_org_id),
        to: named(orgs, r.to_org_id),
        fromRegion: r.from_region,
        toRegion: r.to_region,
        kind,
        subject: r.subject,
        detail: r.detail,
        sentOn: r.sent_on,
        acceptedOn: r.accepted_on,
        answeredOn: r.answered_on,
        answer: r.answer,
        outcome: r.outcome as AssistOutcome | null,
        state: r.answered_on ? 'answered' : r.accepted_on ? 'accepted' : 'sent',
        dueOn: r.due_on,
        overdue: limit.state === 'overdue',
        limit,
        actions: !receiver || r.answered_on ? [] : r.accepted_on ? ['answer'] : ['accept', 'answer'],
      };
    });
  }

  async function list(actor: Actor, q: AssistListQuery, exportAll = false): Promise<Page<AssistRequest>> {
    const agent = await agency.agentOf(actor);
    const { rows, total } = await repo.list(db, cooperationScope(actor, agent), { ...q, orgId: actor.orgId, today: today() }, exportAll);
    return { items: await view(actor, rows), total, page: q.page, pageSize: q.pageSize };
  }

  return {
    /** Requests the caller's unit sent or received (the office: those of its region). */
    list: (actor: Actor, q: AssistListQuery) => list(actor, q),
    /** The filtered list as Excel. */
    async exportXlsx(actor: Actor, q: AssistListQuery): Promise<Buffer> {
      return writeSheet({ name: '协助请求', columns: ASSIST_EXPORT_COLUMNS, rows: (await list(actor, q, true)).items });
    },
    /** One request with its deadline. */
    async get(actor: Actor, id: string): Promise<AssistRequest> {
      return (await view(actor, [await visible(db, actor, await agency.agentOf(actor), id)]))[0];
    },
    /** What happened to the request. */
    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(db, actor, await agency.agentOf(actor), id);
      return deps.history(ENTITY, id);
    },

    /** A member office asks another member of the same body to act; the deadline of the agreement (or the default) starts. */
    async create(actor: Actor, bodyId: string, input: AssistCreate): Promise<AssistRequest> {
      const agent = await agency.agentOf(actor);
      const { members } = await deps.cooperation.membersOf(db, actor, bodyId);
      if (!actsForMember(actor, agent, members.map((m) => m.org_id))) throw forbidden('只有协作体成员单位可以发出协助请求');
      const to = members.find((m) => m.org_id === input.toOrgId);
      if (!to || to.org_id === actor.orgId) throw fieldError('toOrgId', '请选择本单位以外的协作体成员单位');
      const from = members.find((m) => m.org_id === actor.orgId)!;
      const on = input.sentOn ?? today();
      if (on > today()) throw fieldError('sentOn', '日期不能晚于今天');
      if (on < from.joined_on || on < to.joined_on) throw fieldError('sentOn', '日期不能早于双方加入协作体之日');
      const [rules, agreement] = await Promise.all([deps.rules(db), bodies.limits(db, bodyId)]);
      const due = engine.dueOn(assistRules(agreement, rules, input.kind), ASSIST_LIMIT_CODES[input.kind], '', on);
      const id = await inTransaction(db, async (trx) => {
        const newId = await repo.insert(trx, { body_id: bodyId, from_org_id: from.org_id, from_region: from.region_code, to_org_id: to.org_id, to_region: to.region_code, kind: input.kind, subject: input.subject, detail: input.detail, sent_on: on, due_on: due, next_actor: 'receiver', updated_at: clock.now() });
        await audit.record(trx, actor, { action: 'create', entityType: ENTITY, entityId: newId, after: { ...input, sentOn: on, bodyId } });
        return newId;
      });
      return (await view(actor, [(await repo.get(db, id))!]))[0];
    },

    /** The requested office accepts the request, then answers it. */
    async act(actor: Actor, id: string, action: AssistAction): Promise<AssistRequest> {
      const agent = await agency.agentOf(actor);
      await inTransaction(db, async (trx) => {
        const r = await visible(trx, actor, agent, id, true);
        if (agent === 'admin' || actor.orgId !== r.to_org_id) throw forbidden('只有被请求的成员单位可以受理和答复');
        if (r.answered_on || (action.action === 'accept' && r.accepted_on)) throw fieldError('action', '该请求已受理或已答复');
        const on = action.on ?? today();
        if (on > today() || on < r.sent_on) throw fieldError('on', '日期应在请求发出之日与今天之间');
        const patch = action.action === 'accept' ? { accepted_on: on } : { accepted_on: r.accepted_on ?? on, answered_on: on, answer: action.answer, outcome: action.outcome, next_actor: 'none' };
        await repo.update(trx, id, { ...patch, updated_at: clock.now() });
        await audit.record(trx, actor, { action: action.action, entityType: ENTITY, entityId: id, after: { ...action, on } });
      });
      return (await view(actor, [(await repo.get(db, id))!]))[0];
    },
  };
}
export type AssistService = ReturnType<typeof createAssistService>;
