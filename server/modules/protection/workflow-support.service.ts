import type { CaseStatus } from '../../../common/protection';
import type { ActionOf, ActorSide, CaseActionName } from '../../../common/protection-workflow';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { CasePartsRepository, PartyRow } from './case-parts.repository';
import type { CasePatch, CaseRow } from './case.repository';
import type { DeadlineEngine, RuleRow } from './domain/deadlines';

/** A mediator as the workflow checks one (active, on the roster, in the case's organisation, invited by the court). */
export interface MediatorInfo {
  id: string;
  name: string;
  org_id: string;
  user_id: string | null;
  status: string;
  on_roster: boolean;
  roster_court_id: string | null;
}

/** Everything an action handler may read or write; handlers never open transactions of their own. */
export interface ActionContext {
  trx: Db;
  /** null for the scheduler. */
  actor: Actor | null;
  actorName: string;
  sides: readonly ActorSide[];
  c: CaseRow;
  parties: readonly PartyRow[];
  today: string;
  rules: readonly RuleRow[];
  engine: DeadlineEngine;
  parts: CasePartsRepository;
  mediator(id: string): Promise<MediatorInfo | undefined>;
  /** The organisation's kind and name, if it exists. */
  org(id: string): Promise<{ id: string; name: string; kind: string } | undefined>;
  invitingCourt(orgId: string): Promise<string | null>;
  /** Opens an adjudication case from a failed mediation (same transaction); answers its id. */
  openAdjudication(orgId: string): Promise<{ id: string; caseNo: string }>;
}

/** What an action does: the status it leads to (none: unchanged), the columns it sets, and a line for the timeline. */
export interface ActionResult {
  to?: CaseStatus;
  patch: CasePatch;
  detail: string;
}

export type ActionHandler<A extends CaseActionName> = (ctx: ActionContext, body: ActionOf<A>) => Promise<ActionResult>;
export type ActionHandlers<A extends CaseActionName> = { [K in A]: ActionHandler<K> };
