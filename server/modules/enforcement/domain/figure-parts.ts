import { TRANSFER_STATUSES } from '../../../../common/enforcement-agency';
import type { RollupPart } from '../../../db/rollup';

/**
 * What each enforcement record adds to the module's monthly figures (enforcement_figure_month):
 * every dated event counts in the month of its date, for the agency that holds the record. The
 * statistics page sums these parts, and the repositories keep them on every write.
 */
export const FIGURE_MEASURES = {
  caseReceived: 'caseReceived',
  caseOpened: 'caseOpened',
  caseClosed: 'caseClosed',
  /** Decided cases: n counts the penalties, total sums the fines. */
  casePenalty: 'casePenalty',
  /** Decided cases: total sums the illegal gains confiscated. */
  caseConfiscated: 'caseConfiscated',
  clueReceived: 'clueReceived',
  /** Answered clues: total sums the days from passing to answer. */
  clueAnswered: 'clueAnswered',
  detention: 'detention',
} as const;

/** A transfer counts under its current state: `transfer:<status>`. */
export const transferMeasure = (status: string): string => `transfer:${status}`;

const month = (date: string) => `${date.slice(0, 7)}-01`;
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The case columns the figures read. */
export interface CaseFigureFields {
  region_code: string;
  org_id: string;
  received_on: string;
  opened_on: string | null;
  closed_on: string | null;
  decided_on: string | null;
  decision: string | null;
  fine_fen: number | null;
  confiscated_fen: number | null;
}

/** A case's parts: received, opened, closed, and when decided its penalty and the sums it set. */
export function caseParts(c: CaseFigureFields | undefined): RollupPart[] {
  if (!c) return [];
  const at = (date: string, measure: string, n: number, total = 0): RollupPart => ({ regionCode: c.region_code, orgId: c.org_id, month: month(date), measure, n, total });
  const parts = [at(c.received_on, FIGURE_MEASURES.caseReceived, 1)];
  if (c.opened_on) parts.push(at(c.opened_on, FIGURE_MEASURES.caseOpened, 1));
  if (c.closed_on) parts.push(at(c.closed_on, FIGURE_MEASURES.caseClosed, 1));
  if (c.decided_on) {
    parts.push(at(c.decided_on, FIGURE_MEASURES.casePenalty, c.decision === 'penalty' ? 1 : 0, Number(c.fine_fen ?? 0)));
    parts.push(at(c.decided_on, FIGURE_MEASURES.caseConfiscated, 0, Number(c.confiscated_fen ?? 0)));
  }
  return parts;
}

/** A transfer's part: one, in the month it was reported, under its current state. */
export function transferParts(t: { region_code: string; from_org_id: string; reported_on: string; status: string } | undefined): RollupPart[] {
  return t ? [{ regionCode: t.region_code, orgId: t.from_org_id, month: month(t.reported_on), measure: transferMeasure(t.status), n: 1, total: 0 }] : [];
}

/** A clue's parts, for the receiving unit in the month it was passed: received, and answered with the days it took. */
export function clueParts(c: { region_code: string; to_org_id: string; passed_on: string; answered_on: string | null } | undefined): RollupPart[] {
  if (!c) return [];
  const at = (measure: string, n: number, total: number): RollupPart => ({ regionCode: c.region_code, orgId: c.to_org_id, month: month(c.passed_on), measure, n, total });
  const parts = [at(FIGURE_MEASURES.clueReceived, 1, 0)];
  if (c.answered_on) parts.push(at(FIGURE_MEASURES.clueAnswered, 1, days(c.passed_on, c.answered_on)));
  return parts;
}

/** A detention's part, for the customs office in the month goods were detained (or the holder notified). */
export function detentionParts(d: { region_code: string; customs_org_id: string; detained_on: string | null; notified_on: string | null } | undefined): RollupPart[] {
  const on = d?.detained_on ?? d?.notified_on;
  return d && on ? [{ regionCode: d.region_code, orgId: d.customs_org_id, month: month(on), measure: FIGURE_MEASURES.detention, n: 1, total: 0 }] : [];
}

/** Every measure of the table, transfers in each of their states. */
export const ALL_MEASURES: readonly string[] = [...Object.values(FIGURE_MEASURES), ...TRANSFER_STATUSES.map(transferMeasure)];

/** The counts of one agency, one district or the whole year, as the statistics page sums them. */
export interface EnforcementCounts {
  cases_received: number;
  cases_opened: number;
  cases_closed: number;
  penalties: number;
  fine_fen: number;
  confiscated_fen: number;
  transfers: number;
  transfers_opened: number;
  transfers_refused: number;
  transfers_pending: number;
  clues_received: number;
  clues_answered: number;
  clue_answer_days_sum: number;
  detentions: number;
}

/** Counts of nothing, to add into. */
export const emptyCounts = (): EnforcementCounts => ({
  cases_received: 0, cases_opened: 0, cases_closed: 0, penalties: 0, fine_fen: 0, confiscated_fen: 0,
  transfers: 0, transfers_opened: 0, transfers_refused: 0, transfers_pending: 0,
  clues_received: 0, clues_answered: 0, clue_answer_days_sum: 0, detentions: 0,
});

/** Transfers still waiting for someone's decision. */
const PENDING: readonly string[] = ['reported', 'sent', 'refused', 'reconsidering'];

/** Adds one summed measure of the monthly figures into counts. */
export function addMeasure(c: EnforcementCounts, s: { measure: string; n: number; total: number }): void {
  const n = Number(s.n);
  const total = Number(s.total);
  switch (s.measure) {
    case FIGURE_MEASURES.caseReceived: c.cases_received += n; return;
    case FIGURE_MEASURES.caseOpened: c.cases_opened += n; return;
    case FIGURE_MEASURES.caseClosed: c.cases_closed += n; return;
    case FIGURE_MEASURES.casePenalty: c.penalties += n; c.fine_fen += total; return;
    case FIGURE_MEASURES.caseConfiscated: c.confiscated_fen += total; return;
    case FIGURE_MEASURES.clueReceived: c.clues_received += n; return;
    case FIGURE_MEASURES.clueAnswered: c.clues_answered += n; c.clue_answer_days_sum += total; return;
    case FIGURE_MEASURES.detention: c.detentions += n; return;
  }
  if (!s.measure.startsWith('transfer:')) return;
  const status = s.measure.slice('transfer:'.length);
  c.transfers += n;
  if (status === 'opened') c.transfers_opened += n;
  if (status === 'refusedFinal') c.transfers_refused += n;
  if (PENDING.includes(status)) c.transfers_pending += n;
}
