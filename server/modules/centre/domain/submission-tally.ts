// The statistics of the pre-examinations come from a tally kept on every write, not from scanning the
// submissions: each submission contributes one row of counters under its key, and a change subtracts
// its old contribution and adds the new one, so the tally always equals a full count.

/** The facts of a submission that the tally counts. */
export interface TallySource {
  window_id: string;
  region_code: string;
  kind: string;
  field_code: string | null;
  examiner_user_id: string | null;
  year: number;
  status: string;
  round: number;
  examiner_days: number;
  limit_days: number;
  decided_on: string | null;
  cnipa_outcome: string | null;
  /** Calendar days from submission to the CNIPA grant, when granted. */
  grant_days: number | null;
}

export const TALLY_COUNTERS = ['submissions', 'pending', 'returned', 'passed', 'refused', 'returns', 'decided', 'examiner_days', 'limit_days', 'within_limit', 'granted', 'rejected', 'grant_days'] as const;
export type TallyCounter = (typeof TALLY_COUNTERS)[number];

/** One tally row's key and counters. */
export interface TallyDelta {
  key: { window_id: string; region_code: string; kind: string; field_code: string; examiner_key: string; year: number };
  counts: Record<TallyCounter, number>;
}

/** What one submission adds to the tally. */
export function contributionOf(s: TallySource): TallyDelta {
  const decided = s.status === 'passed' || s.status === 'refused';
  const limit = s.limit_days * s.round;
  return {
    key: { window_id: s.window_id, region_code: s.region_code, kind: s.kind, field_code: s.field_code ?? '', examiner_key: s.examiner_user_id ?? '', year: s.year },
    counts: {
      submissions: 1,
      pending: s.status === 'submitted' || s.status === 'examining' ? 1 : 0,
      returned: s.status === 'returned' ? 1 : 0,
      passed: s.status === 'passed' ? 1 : 0,
      refused: s.status === 'refused' ? 1 : 0,
      returns: s.round - 1,
      decided: decided ? 1 : 0,
      examiner_days: decided ? s.examiner_days : 0,
      limit_days: decided ? limit : 0,
      within_limit: decided && s.examiner_days <= limit ? 1 : 0,
      granted: s.cnipa_outcome === 'granted' ? 1 : 0,
      rejected: s.cnipa_outcome === 'rejected' ? 1 : 0,
      grant_days: s.cnipa_outcome === 'granted' ? (s.grant_days ?? 0) : 0,
    },
  };
}

/** The tally changes that move a submission from `before` (null: new) to `after`. */
export function tallyChanges(before: TallySource | null, after: TallySource): TallyDelta[] {
  const add = contributionOf(after);
  if (!before) return [add];
  const sub = contributionOf(before);
  const negated: TallyDelta = { key: sub.key, counts: Object.fromEntries(TALLY_COUNTERS.map((c) => [c, -sub.counts[c]])) as Record<TallyCounter, number> };
  if (JSON.stringify(sub.key) !== JSON.stringify(add.key)) return [negated, add];
  const merged = Object.fromEntries(TALLY_COUNTERS.map((c) => [c, add.counts[c] + negated.counts[c]])) as Record<TallyCounter, number>;
  return TALLY_COUNTERS.some((c) => merged[c] !== 0) ? [{ key: add.key, counts: merged }] : [];
}
