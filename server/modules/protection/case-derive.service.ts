import type { PartyRole } from '../../../common/protection';
import type { Db } from '../../db/database';
import type { CasePartsRepository, PartyRow } from './case-parts.repository';
import type { CaseRepository, CaseRow } from './case.repository';
import { clockOf, type Derived, nextActorOf, type PendingFacts } from './domain/case-derive';
import { currentDeadline, type DeadlineEngine, type RuleRow } from './domain/deadlines';
import type { SettingsRepository } from './settings.repository';

/** Keeps the stored "who acts next / current deadline" of a case in step with its facts. */
export function createDeriver(deps: { repo: CaseRepository; parts: CasePartsRepository; settings: SettingsRepository; engine: DeadlineEngine }) {
  const { repo, parts, settings, engine } = deps;

  async function pendingFacts(db: Db, c: CaseRow, parties: readonly PartyRow[]): Promise<PendingFacts> {
    if (c.status !== 'agreementPending') return { unsignedSides: [], agreementComplete: false, consents: c.confirmation_consents };
    const a = await parts.agreement(db, c.id);
    const signed = new Set((a?.signatures ?? []).map((s) => s.partyId));
    const unsigned = new Set<PartyRole>(parties.filter((p) => !signed.has(p.id)).map((p) => p.role as PartyRole));
    return { unsignedSides: [...unsigned], agreementComplete: unsigned.size === 0 && !!a?.mediator_signed_on && !!a.sealed_on, consents: c.confirmation_consents };
  }

  /** Computes the derived facts of a case as of `today`. */
  async function derive(db: Db, c: CaseRow, parties: readonly PartyRow[], today: string, rules?: readonly RuleRow[]): Promise<Derived> {
    const list = engine.deadlines(clockOf(c), rules ?? (await settings.rules(db)), today);
    const current = currentDeadline(list);
    return { deadlines: list, current, nextActor: nextActorOf(clockOf(c), current, await pendingFacts(db, c, parties)) };
  }

  return {
    derive,
    /**
     * Recomputes and stores next actor and current deadline of a case inside the caller's
     * transaction; answers them with the row as now stored. Callers that hold the parties pass them.
     */
    async refresh(trx: Db, caseId: string, today: string, at: Date, rules?: readonly RuleRow[], parties?: readonly PartyRow[]): Promise<Derived & { row: CaseRow }> {
      const c = (await repo.find(trx, caseId))!;
      const d = await derive(trx, c, parties ?? (await parts.parties(trx, caseId)), today, rules);
      const stored = { next_actor: d.nextActor, due_on: d.current?.dueOn ?? null, due_kind: d.current?.code ?? null };
      await repo.update(trx, caseId, stored, at);
      return { ...d, row: { ...c, ...stored } };
    },
  };
}
export type Deriver = ReturnType<typeof createDeriver>;
