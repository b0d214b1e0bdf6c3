import { describe, expect, it } from 'vitest';
import { INCLUSIVE_LIMIT_FEN, loanParts } from './loan-figure-parts';

const loan = { region_code: '440310', bank_org_id: 'bank', signed_on: '2025-03-17', status: 'active', amount_fen: 5_000_000_00, principal_repaid_fen: 1_000_000_00 };
const measures = (l: typeof loan) => loanParts(l).map((p) => [p.measure, p.n, p.total]);

describe('loan figure parts', () => {
  it('counts a running loan as lent, inclusive under ten million yuan, and owing what is left of its principal', () => {
    expect(loanParts(loan)[0].month).toBe('2025-03-01');
    expect(measures(loan)).toEqual([['loanLent', 1, 5_000_000_00], ['loanInclusive', 1, 5_000_000_00], ['loanOwed', 1, 4_000_000_00]]);
  });

  it('leaves out loans not yet approved, and owes nothing on a closed loan; ten million yuan is not inclusive', () => {
    expect(measures({ ...loan, status: 'submitted' })).toEqual([]);
    expect(measures({ ...loan, status: 'closed' })).toEqual([['loanLent', 1, 5_000_000_00], ['loanInclusive', 1, 5_000_000_00]]);
    expect(measures({ ...loan, amount_fen: INCLUSIVE_LIMIT_FEN, status: 'writtenOff' })).toEqual([['loanLent', 1, INCLUSIVE_LIMIT_FEN]]);
  });
});
