import { describe, expect, it } from 'vitest';
import { isOpenPledge, nextPledgeStatus } from './pledge-states';

describe('the pledge registration state machine', () => {
  it('goes draft → submitted → registered → changed → released', () => {
    expect(nextPledgeStatus('draft', 'submit')).toBe('submitted');
    expect(nextPledgeStatus('submitted', 'register')).toBe('registered');
    expect(nextPledgeStatus('registered', 'change')).toBe('changed');
    expect(nextPledgeStatus('changed', 'change')).toBe('changed');
    expect(nextPledgeStatus('changed', 'release')).toBe('released');
    expect(nextPledgeStatus('submitted', 'refuse')).toBe('refused');
  });

  it('refuses every other step', () => {
    expect(nextPledgeStatus('draft', 'register')).toBeNull();
    expect(nextPledgeStatus('refused', 'register')).toBeNull();
    expect(nextPledgeStatus('released', 'change')).toBeNull();
    expect(nextPledgeStatus('submitted', 'edit')).toBeNull();
    expect(nextPledgeStatus('registered', 'submit')).toBeNull();
  });

  it('holds the rights while filed and not refused or released', () => {
    expect(isOpenPledge('submitted')).toBe(true);
    expect(isOpenPledge('changed')).toBe(true);
    expect(isOpenPledge('draft')).toBe(false);
    expect(isOpenPledge('released')).toBe(false);
  });
});
