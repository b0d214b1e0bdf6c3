import { CaseKindLabels, type CaseStatus, CaseStatusLabels, TERMINAL_STATUSES } from '../../../common/protection';
import { ActionLabels, type CaseAction, transitionOf } from '../../../common/protection-workflow';
import type { Logger } from 'pino';
import type { Org } from '../../../common/org';
import type { CaseDetail } from '../../../common/protection-case';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors';
import { adjudicationActions } from './adjudication-actions.service';
import { agreementActions } from './agreement-actions.service';
import { sidesOf } from './protection.policy';
import type { Deriver } from './case-derive.service';
import type { CasePartsRepository } from './case-parts.repository';
import type { CaseRepository, CaseRow } from './case.repository';
import type { DeadlineEngine } from './domain/deadlines';
import { mediationActions } from './mediation-actions.service';
import type { MediatorRepository } from './mediator.repository';
import type { ChangeEvent, Notifier } from './notifier.service';
import type { SettingsRepository } from './settings.repository';
import type { ActionContext, ActionResult } from './workflow-support.service';
import { inTransaction } from '../../db/unit-of-work';

type AnyHandler = (ctx: ActionContext, body: CaseAction) => Promise<ActionResult>;
// The body was parsed by the same discriminated union, so a handler only ever sees its own action's body.
const MEDIATION_HANDLERS = { ...mediationActions, ...agreementActions } as unknown as Record<string, AnyHandler>;
// `withdraw` exists in both machines with different rules.
const ADJUDICATION_HANDLERS = adjudicationActions as unknown as Record<string, AnyHandler>;

export interface WorkflowDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  repo: CaseRepository;
  parts: CasePartsRepository;
  settings: SettingsRepository;
  mediators: MediatorRepository;
  deriver: Deriver;
  engine: DeadlineEngine;
  notifier: Notifier;
  logger: Logger;
  /** Organisations by id (read before the transaction opens: the org module has its own connection use). */
  orgs: (ids: readonly string[]) => Promise<Org[]>;
  /** The case page as the caller sees it, read inside the transaction; null when out of the caller's sight. */
  viewIn: (trx: Db, actor: Actor, caseId: string, names: Map<string, string>) => Promise<CaseDetail | null>;
  /** Opens an adjudication case from a failed mediation inside the transaction. */
  openAdjudicationFrom: (trx: Db, actor: Actor | null, caseId: string, office: Org, today: string, names: Map<string, string>) => Promise<{ id: string; caseNo: string; change: ChangeEvent }>;
}

const OFFICE_KINDS: readonly string[] = ['ipOffice', 'districtOffice'];

/** Runs case actions through the state machines: one transaction, one timeline event, one court-docking event per action. */
export function createWorkflowService(deps: WorkflowDeps) {
  const { db, clock, audit, repo, parts, settings, mediators, deriver, engine, notifier, logger, orgs, viewIn, openAdjudicationFrom } = deps;

  /**
   * Takes one action; with `view`, answers the case page as the actor sees it after the action, read
   * in the same transaction (null when the action took the case out of the actor's sight).
   */
  async function run(actor: Actor | null, caseId: string, body: CaseAction, view: boolean): Promise<CaseDetail | null> {
    // Which organisations the action touches is known before the transaction; read them first.
    const pre = await repo.orgIdsOf(db, caseId);
    const wanted = [pre?.org_id, pre?.court_id, pre?.confirm_court_id, pre?.referring_org_id, 'courtId' in body ? body.courtId : null, 'adjudicationOrgId' in body ? body.adjudicationOrgId : null];
    const known = new Map((await orgs(wanted.filter((x): x is string => !!x))).map((o) => [o.id, o]));
    const names = new Map([...known.values()].map((o) => [o.id, o.name]));
    const announce: [string, ChangeEvent][] = [];
    const after = await inTransaction(db, async (trx) => {
      const c = await repo.find(trx, caseId, true);
      if (!c) throw notFound('案件');
      const parties = await parts.parties(trx, caseId);
      const sides = actor ? sidesOf(actor, c, parties) : (['system'] as const);
      if (sides.length === 0) throw notFound('案件');
      const kind = c.kind as 'mediation' | 'adjudication';
      const label = ActionLabels[body.action]?.zh ?? body.action;
      const t = transitionOf(kind, body.action);
      if (!t) throw fieldError('action', `${CaseKindLabels[kind].zh}案件没有「${label}」操作`);
      const status = c.status as CaseStatus;
      if (!t.from.includes(status)) {
        throw new AppError('CONFLICT', `案件当前状态为「${CaseStatusLabels[status].zh}」，不能「${label}」（可在${t.from.map((s) => `「${CaseStatusLabels[s].zh}」`).join('、')}时办理）`);
      }
      if (!t.by.some((b) => (sides as readonly string[]).includes(b))) throw forbidden(`您在本案中不能「${label}」`);
      const now = clock.now();
      const today = chinaDate(now);
      const rules = await settings.rules(trx);
      const ctx: ActionContext = {
        trx,
        actor,
        actorName: actor?.displayName ?? '系统',
        sides,
        c,
        parties,
        today,
        rules,
        engine,
        parts,
        mediator: (id) => mediators.findLight(trx, id),
        org: async (id) => known.get(id),
        invitingCourt: async (orgId) => (await settings.profile(trx, orgId))?.inviting_court_id ?? null,
        openAdjudication: async (orgId) => {
          const office = known.get(orgId);
          if (!office || !OFFICE_KINDS.includes(office.kind)) throw fieldError('adjudicationOrgId', '请选择受理行政裁决的知识产权局');
          const opened = await openAdjudicationFrom(trx, actor, caseId, office, today, names);
          announce.push([opened.id, opened.change]);
          return opened;
        },
      };
      const handler = kind === 'adjudication' ? ADJUDICATION_HANDLERS[body.action] : MEDIATION_HANDLERS[body.action];
      const result = await handler(ctx, body);
      if (result.to && !t.to.includes(result.to)) throw new Error(`transition table does not allow ${body.action} → ${result.to}`);
      const to = result.to ?? status;
      // The closing date (结案日期) is the day the case reaches a terminal status, whatever action took it there;
      // the end of mediation (an agreement, a termination) has its own date and leaves the case open.
      const patch = TERMINAL_STATUSES.includes(to) && !c.ended_on && !result.patch.ended_on ? { ...result.patch, ended_on: today } : result.patch;
      // The derived facts (who acts next, the current deadline) are computed on the row as it will be, and written with it.
      const merged = { ...c, ...patch, status: to } as CaseRow;
      const derived = await deriver.derive(trx, merged, parties, today, rules);
      const stored = { next_actor: derived.nextActor, due_on: derived.current?.dueOn ?? null, due_kind: derived.current?.code ?? null };
      await repo.update(trx, caseId, { ...patch, status: to, ...stored }, now);
      const eventId = await repo.insertEvent(trx, {
        case_id: caseId,
        at: now,
        on_date: today,
        actor_id: actor?.userId ?? null,
        actor_name: ctx.actorName,
        action: body.action,
        from_status: status,
        to_status: to,
        detail: result.detail,
      });
      // The audit log names the case by its number (`title`) and keeps the workflow action and the dates it set beside the change.
      const dates = { ...(patch.mediation_ended_on ? { mediationEndedOn: patch.mediation_ended_on } : {}), ...(patch.ended_on ? { endedOn: patch.ended_on } : {}) };
      await audit.record(trx, actor ?? { system: 'protection' }, { action: 'update', entityType: 'protectionCase', entityId: caseId, before: { title: c.case_no, status }, after: { title: c.case_no, action: body.action, status: to, detail: result.detail, ...dates } });
      const change: ChangeEvent = { eventId, eventType: to === status ? 'case.updated' : 'case.statusChanged', action: body.action, from: status, to, at: now, nextActor: derived.nextActor, actorId: actor?.userId ?? null };
      await notifier.record(trx, { ...merged, ...stored }, change, names);
      announce.push([caseId, change]);
      return view && actor ? viewIn(trx, actor, caseId, names) : null;
    });
    for (const [id, change] of announce) {
      await notifier.notifyNext(id, change).catch((err: unknown) => logger.warn({ err, caseId: id }, 'could not notify the next actor'));
    }
    return after;
  }

  /** Takes one action without reading the case back (the scheduler and the demo city). */
  async function apply(actor: Actor | null, caseId: string, body: CaseAction): Promise<void> {
    await run(actor, caseId, body, false);
  }

  return {
    apply,
    /**
     * Takes one action and answers the updated case with its derived facts (deadlines, who acts
     * next, what the caller may do now), read in the transaction that changed it; a case the action
     * took out of the caller's sight answers 404, as reading it would.
     */
    async perform(actor: Actor, caseId: string, body: CaseAction): Promise<CaseDetail> {
      const after = await run(actor, caseId, body, true);
      if (!after) throw notFound('案件');
      return after;
    },
    /** Returns cases whose mediator let the 3 working days to accept pass to the choice of a new mediator (art. 12). */
    async expireAcceptances(): Promise<number> {
      const today = chinaDate(clock.now());
      const rules = await settings.rules(db);
      let n = 0;
      for (const c of await repo.awaitingAcceptance(db, today)) {
        if (today <= engine.dueFor(rules, 'mediatorAccept', c.region_code, c.assigned_on)) continue;
        try {
          await apply(null, c.id, { action: 'acceptanceTimeout' });
          n++;
        } catch (err) {
          // Another process or a last-minute acceptance got there first: the case is no longer waiting.
          if (!(err instanceof AppError)) throw err;
        }
      }
      return n;
    },
  };
}
export type WorkflowService = ReturnType<typeof createWorkflowService>;
