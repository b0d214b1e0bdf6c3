import { describe, expect, it } from 'vitest';
import { addMeasure, caseParts, clueParts, emptyCounts, transferParts } from './figure-parts';

const base = { region_code: '440310', org_id: 'bureau', received_on: '2025-01-27', opened_on: null, closed_on: null, decided_on: null, decision: null, fine_fen: null, confiscated_fen: null };

describe('enforcement figure parts', () => {
  it('counts each dated event of a case in the month of its own date', () => {
    const parts = caseParts({ ...base, opened_on: '2025-02-05', decided_on: '2025-04-30', decision: 'penalty', fine_fen: 12_000_000, confiscated_fen: 350_000, closed_on: '2025-05-06' });
    expect(parts.map((p) => [p.month, p.measure, p.n, p.total])).toEqual([
      ['2025-01-01', 'caseReceived', 1, 0],
      ['2025-02-01', 'caseOpened', 1, 0],
      ['2025-05-01', 'caseClosed', 1, 0],
      ['2025-04-01', 'casePenalty', 1, 12_000_000],
      ['2025-04-01', 'caseConfiscated', 0, 350_000],
    ]);
    expect(caseParts(undefined)).toEqual([]);
  });

  it('sums a year’s parts into the page’s counts: penalties only for penalty decisions, transfers by state, clue days', () => {
    const c = emptyCounts();
    for (const p of [
      ...caseParts({ ...base, decided_on: '2025-03-01', decision: 'noPenalty' }),
      ...transferParts({ region_code: '440310', from_org_id: 'bureau', reported_on: '2025-03-02', status: 'sent' }),
      ...transferParts({ region_code: '440310', from_org_id: 'bureau', reported_on: '2025-03-02', status: 'refusedFinal' }),
      ...clueParts({ region_code: '440300', to_org_id: 'bureau', passed_on: '2025-09-30', answered_on: '2025-10-09' }),
    ]) addMeasure(c, p);
    expect(c).toMatchObject({ cases_received: 1, penalties: 0, transfers: 2, transfers_pending: 1, transfers_refused: 1, transfers_opened: 0, clues_received: 1, clues_answered: 1, clue_answer_days_sum: 9 });
  });
});
