import { describe, expect, it } from 'vitest';
import { contributionOf, type TallySource, tallyChanges } from './submission-tally';

const base: TallySource = { window_id: 'w', region_code: '440310', kind: 'invention', field_code: 'newMaterials', examiner_user_id: null, year: 2026, status: 'submitted', round: 1, examiner_days: 0, limit_days: 10, decided_on: null, cnipa_outcome: null, grant_days: null };

describe('submission tally', () => {
  it('counts a new submission as pending', () => {
    expect(tallyChanges(null, base)).toEqual([contributionOf(base)]);
    expect(contributionOf(base).counts).toMatchObject({ submissions: 1, pending: 1, decided: 0 });
  });
  it('moves the counts to the examiner when assigned', () => {
    const changes = tallyChanges(base, { ...base, status: 'examining', examiner_user_id: 'e' });
    expect(changes).toHaveLength(2);
    expect(changes[0].counts.submissions).toBe(-1);
    expect(changes[1].key.examiner_key).toBe('e');
  });
  it('counts a pass after one return, its days against twice the limit, and the grant', () => {
    const passed = { ...base, examiner_user_id: 'e', status: 'passed', round: 2, examiner_days: 12, decided_on: '2026-03-01' };
    expect(contributionOf(passed).counts).toMatchObject({ passed: 1, returns: 1, decided: 1, examiner_days: 12, limit_days: 20, within_limit: 1 });
    const granted = tallyChanges(passed, { ...passed, cnipa_outcome: 'granted', grant_days: 90 });
    expect(granted).toHaveLength(1);
    expect(granted[0].key).toEqual(contributionOf(passed).key);
    expect(granted[0].counts).toMatchObject({ granted: 1, grant_days: 90, passed: 0 });
  });
  it('writes nothing when nothing counted changed', () => {
    expect(tallyChanges(base, { ...base })).toEqual([]);
  });
});
