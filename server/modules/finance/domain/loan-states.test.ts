import { describe, expect, it } from 'vitest';
import { LOAN_STATUSES, LoanActionSchema, type LoanAction, type LoanStatus } from '../../../../common/finance-loans';
import { acceptsRepayments, allowedActions, isFinal, nextStatus } from './loan-states';

const ALLOWED: [LoanStatus, LoanAction, LoanStatus][] = [
  ['submitted', 'approve', 'approved'],
  ['submitted', 'reject', 'rejected'],
  ['submitted', 'withdraw', 'withdrawn'],
  ['approved', 'disburse', 'active'],
  ['approved', 'withdraw', 'withdrawn'],
  ['active', 'payOff', 'closed'],
  ['active', 'markDefault', 'defaulted'],
  ['active', 'reschedule', 'rescheduled'],
  ['rescheduled', 'payOff', 'closed'],
  ['rescheduled', 'markDefault', 'defaulted'],
  ['defaulted', 'payOff', 'closed'],
  ['defaulted', 'writeOff', 'writtenOff'],
  ['defaulted', 'reschedule', 'rescheduled'],
];

describe('the loan state machine', () => {
  it.each(ALLOWED)('moves %s by %s to %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('refuses every other pair of state and action', () => {
    const allowed = new Set(ALLOWED.map(([f, a]) => `${f}/${a}`));
    let refused = 0;
    for (const from of LOAN_STATUSES) {
      for (const action of LoanActionSchema.options) {
        if (allowed.has(`${from}/${action}`)) continue;
        expect(nextStatus(from, action), `${from}/${action}`).toBeNull();
        refused++;
      }
    }
    expect(refused).toBe(LOAN_STATUSES.length * LoanActionSchema.options.length - ALLOWED.length);
  });

  it('lists the allowed actions of a state, and none for a final one', () => {
    expect(allowedActions('active')).toEqual(['payOff', 'markDefault', 'reschedule']);
    expect(['closed', 'writtenOff', 'rejected', 'withdrawn'].every((s) => isFinal(s as LoanStatus))).toBe(true);
    expect(isFinal('defaulted')).toBe(false);
  });

  it('takes repayments only while money is lent out', () => {
    expect(LOAN_STATUSES.filter(acceptsRepayments)).toEqual(['active', 'defaulted', 'rescheduled']);
  });
});
