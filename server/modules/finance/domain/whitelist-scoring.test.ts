import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../../common/finance-whitelist';
import { scoreApplicant } from './whitelist-scoring';

const criteria: Criterion[] = [
  { key: 'highTech', required: false, points: 20 },
  { key: 'inventionPatents', threshold: 3, required: true, points: 30 },
  { key: 'highValuePatents', threshold: 1, required: false, points: 20 },
  { key: 'noDishonesty', required: true, points: 20 },
  { key: 'noAbnormalFiling', required: false, points: 10 },
  { key: 'region', regionCode: '440300', required: true, points: 0 },
];
const firm = { highTech: true, inventions: 5, highValue: 2, dishonesty: false, abnormalFiling: false, regionCode: '440310' };

describe('scoring a whitelist applicant against the batch criteria', () => {
  it('adds the points of every criterion met and shows why', () => {
    const r = scoreApplicant(criteria, 60, firm);
    expect(r.score).toBe(100);
    expect(r.eligible).toBe(true);
    expect(r.lines.find((l) => l.key === 'inventionPatents')?.reason).toBe('有效发明专利5件（要求至少3件）');
  });

  it('is not eligible when a required criterion is missed, whatever the score', () => {
    const r = scoreApplicant(criteria, 60, { ...firm, inventions: 2 });
    expect(r.score).toBe(70);
    expect(r.eligible).toBe(false);
    expect(scoreApplicant(criteria, 60, { ...firm, regionCode: '510703' }).eligible).toBe(false);
  });

  it('waits for the office’s check of what the records cannot tell', () => {
    const r = scoreApplicant(criteria, 60, { ...firm, dishonesty: null });
    expect(r.lines.find((l) => l.key === 'noDishonesty')).toMatchObject({ met: null, earned: 0, reason: '失信记录待核查' });
    expect(r.eligible).toBe(false);
  });

  it('is not eligible below the pass mark', () => {
    const r = scoreApplicant(criteria, 90, { ...firm, highTech: false, highValue: 0 });
    expect(r.score).toBe(60);
    expect(r.eligible).toBe(false);
  });
});
