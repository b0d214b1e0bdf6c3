import type { AuditEvent } from '../../../common/audit';
import type { Limit } from '../../../common/enforcement';
import type { Clue, ClueAction, ClueCreate, ClueListQuery } from '../../../common/enforcement-agency';
import type { Page } from '../../../common/pagination';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { writeSheet } from '../../platform/excel';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import type { FileService } from '../../platform/files/file.service';
import { inTransaction } from '../../db/unit-of-work';
import type { Db } from '../../db/database';
import { type AgencyService, named } from './agency.service';
import type { RuleRow } from './case.repository';
import type { ClueRepository, ClueRow } from './clue.repository';
import type { LimitEngine } from './domain/limits';
import { clueScope, clueSide, type EnforcementAgent, inEnforcementScope, passesClues } from './enforcement.policy';
import { CLUE_EXPORT_COLUMNS } from './enforcement.workbook';

/** What the clue service needs. */
export interface ClueDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  files: FileService;
  repo: ClueRepository;
  rules: (db: Db) => Promise<RuleRow[]>;
  engine: LimitEngine;
  agency: AgencyService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** Clues between member units: passed with evidence, acknowledged and answered within the joint conference's limits. */
export function createClueService(deps: ClueDeps) {
  const { db, repo, engine, agency, audit, clock } = deps;
  const today = () => chinaDate(clock.now());

  function limits(c: ClueRow, rules: readonly RuleRow[], day: string): Limit[] {
    return [
      engine.limit(rules, c.region_code, day, { code: 'clueAcknowledge', start: c.passed_on, metOn: c.acknowledged_on ?? c.answered_on, actor: 'receiver' }),
      engine.limit(rules, c.region_code, day, { code: 'clueAnswer', start: c.passed_on, metOn: c.answered_on, actor: 'receiver' }),
    ];
  }
  const dueOf = (list: Limit[]) => list.filter((l) => !l.metOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0]?.dueOn ?? null;

  async function visible(d: Db, actor: Actor, agent: EnforcementAgent, id: string, lock = false): Promise<ClueRow> {
    const c = await repo.get(d, id, lock);
    if (!c || !inEnforcementScope(clueScope(actor, agent), { regionCode: c.region_code, orgIds: [c.from_org_id, c.to_org_id] })) throw notFound('线索');
    return c;
  }

  async function view(actor: Actor, agent: EnforcementAgent, rows: ClueRow[]): Promise<Clue[]> {
    const [rules, orgs, files] = await Promise.all([deps.rules(db), agency.byId(rows.flatMap((r) => [r.from_org_id, r.to_org_id])), deps.files.describe([...new Set(rows.flatMap((r) => r.evidence_file_ids))])]);
    const fileName = new Map(files.map((f) => [f.id, f.name]));
    const day = today();
    return rows.map((c): Clue => {
      const list = limits(c, rules, day);
      const receiver = clueSide(actor, agent, { fromOrgId: c.from_org_id, toOrgId: c.to_org_id }) === 'receiver';
      return {
        id: c.id,
        regionCode: c.region_code,
        from: named(orgs, c.from_org_id),
        to: named(orgs, c.to_org_id),
        title: c.title,
        body: c.body,
        evidenceFileIds: c.evidence_file_ids,
        evidence: c.evidence_file_ids.map((fid) => ({ id: fid, name: fileName.get(fid) ?? fid })),
        passedOn: c.passed_on,
        acknowledgedOn: c.acknowledged_on,
        answeredOn: c.answered_on,
        answer: c.answer,
        state: c.answered_on ? 'answered' : c.acknowledged_on ? 'acknowledged' : 'waiting',
        overdue: list.some((l) => l.state === 'overdue'),
        limits: list,
        actions: !receiver || c.answered_on ? [] : c.acknowledged_on ? ['answer'] : ['acknowledge', 'answer'],
      };
    });
  }

  async function list(actor: Actor, q: ClueListQuery, overdueOnly = false): Promise<Page<Clue>> {
    const agent = await agency.agentOf(actor);
    const { rows, total } = await repo.list(db, clueScope(actor, agent), { ...q, orgId: actor.orgId, ...(overdueOnly ? { overdueBefore: today() } : {}) });
    return { items: await view(actor, agent, rows), total, page: q.page, pageSize: q.pageSize };
  }

  return {
    /** Clues the caller's unit sent or received (the office: every clue of its region). */
    list: (actor: Actor, q: ClueListQuery) => list(actor, q),
    /** Unanswered clues past their limit: the office's supervision view, beside overdue key tasks. */
    unanswered: (actor: Actor, q: ClueListQuery) => list(actor, q, true),
    /** The filtered list as Excel. */
    async exportXlsx(actor: Actor, q: ClueListQuery): Promise<Buffer> {
      return writeSheet({ name: '线索', columns: CLUE_EXPORT_COLUMNS, rows: (await list(actor, { ...q, page: 1, pageSize: 50_000 })).items });
    },
    /** One clue with its limits. */
    async get(actor: Actor, id: string): Promise<Clue> {
      const agent = await agency.agentOf(actor);
      return (await view(actor, agent, [await visible(db, actor, agent, id)]))[0];
    },
    /** One evidence file of the clue, to the units that see the clue. */
    async evidence(actor: Actor, id: string, fileId: string): Promise<{ file: { name: string; mime: string }; bytes: Buffer }> {
      const c = await visible(db, actor, await agency.agentOf(actor), id);
      if (!c.evidence_file_ids.includes(fileId)) throw notFound('证据文件');
      return deps.files.read(fileId);
    },
    /** What happened to the clue. */
    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(db, actor, await agency.agentOf(actor), id);
      return deps.history('enforcementClue', id);
    },

    /** Passes a clue with its evidence from the caller's unit to another member unit; the receiver's clocks start. */
    async create(actor: Actor, input: ClueCreate): Promise<Clue> {
      const agent = await agency.agentOf(actor);
      if (!passesClues(agent)) throw forbidden('只有成员单位可以移交线索');
      const orgs = await agency.byId([actor.orgId, input.toOrgId]);
      const from = orgs.get(actor.orgId);
      if (!from) throw forbidden('只有成员单位可以移交线索');
      if (!orgs.has(input.toOrgId) || input.toOrgId === actor.orgId) throw fieldError('toOrgId', '请选择本单位以外的接收单位');
      const found = await deps.files.describe(input.evidenceFileIds);
      if (found.length !== new Set(input.evidenceFileIds).size) throw fieldError('evidenceFileIds', '证据文件不存在');
      const on = input.passedOn ?? today();
      if (on > today()) throw fieldError('passedOn', '日期不能晚于今天');
      const rules = await deps.rules(db);
      const id = await inTransaction(db, async (trx) => {
        const values = { region_code: from.regionCode, from_org_id: from.id, to_org_id: input.toOrgId, title: input.title, body: input.body, evidence_file_ids: [...new Set(input.evidenceFileIds)], passed_on: on, updated_at: clock.now() };
        const newId = await repo.insert(trx, { ...values, due_on: engine.dueOn(rules, 'clueAcknowledge', from.regionCode, on), next_actor: 'receiver' });
        await audit.record(trx, actor, { action: 'create', entityType: 'enforcementClue', entityId: newId, after: { ...input, passedOn: on } });
        return newId;
      });
      return (await view(actor, agent, [(await repo.get(db, id))!]))[0];
    },

    /** The receiving unit acknowledges or answers the clue. */
    async act(actor: Actor, id: string, action: ClueAction): Promise<Clue> {
      const agent = await agency.agentOf(actor);
      const rules = await deps.rules(db);
      await inTransaction(db, async (trx) => {
        const c = await visible(trx, actor, agent, id, true);
        if (clueSide(actor, agent, { fromOrgId: c.from_org_id, toOrgId: c.to_org_id }) !== 'receiver') throw forbidden('只有接收单位可以签收和反馈线索');
        if (c.answered_on || (action.action === 'acknowledge' && c.acknowledged_on)) throw fieldError('action', '该线索已签收或已反馈');
        const on = action.on ?? today();
        if (on > today() || on < c.passed_on) throw fieldError('on', '日期应在移交之日与今天之间');
        const patch = action.action === 'acknowledge' ? { acknowledged_on: on } : { acknowledged_on: c.acknowledged_on ?? on, answered_on: on, answer: action.answer };
        const next = { ...c, ...patch };
        await repo.update(trx, id, { ...patch, due_on: dueOf(limits(next, rules, today())), next_actor: next.answered_on ? 'none' : 'receiver', updated_at: clock.now() });
        await audit.record(trx, actor, { action: action.action, entityType: 'enforcementClue', entityId: id, after: { ...action, on } });
      });
      return (await view(actor, agent, [(await repo.get(db, id))!]))[0];
    },
  };
}
export type ClueService = ReturnType<typeof createClueService>;
