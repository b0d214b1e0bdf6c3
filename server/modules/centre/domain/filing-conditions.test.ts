import { describe, expect, it } from 'vitest';
import { checkFiling, type ConditionRule, type FilingFacts } from './filing-conditions';

const rules: ConditionRule[] = [
  { code: 'localYears', name: '满1年', threshold: 1, source: '宁波', active: true },
  { code: 'insuredStaff', name: '参保5人', threshold: 5, source: '宁波', active: true },
  { code: 'approvedField', name: '领域', threshold: null, source: '宁波', active: true },
  { code: 'noDishonesty', name: '无失信', threshold: 2, source: '宁波', active: true },
  { code: 'patentRecord', name: '专利', threshold: 1, source: '宁波', active: true },
];
const facts: FilingFacts = { today: '2026-03-01', establishedOn: '2025-03-01', insuredStaff: 5, inRegion: true, fieldCodes: ['newMaterials'], windowFields: ['newMaterials', 'newEnergyVehicle'], dishonesty: false, abnormalFiling: false, inventions: 0, otherGrants: 3 };

describe('filing conditions', () => {
  it('meets every condition on the boundary', () => {
    expect(checkFiling(rules, facts).every((l) => l.met)).toBe(true);
  });
  it('names what fails', () => {
    const lines = checkFiling(rules, { ...facts, establishedOn: '2025-03-02', insuredStaff: 4, fieldCodes: ['biomedicine'], abnormalFiling: true, otherGrants: 2 });
    expect(lines.filter((l) => !l.met).map((l) => l.code)).toEqual(['localYears', 'insuredStaff', 'approvedField', 'noDishonesty', 'patentRecord']);
  });
  it('skips inactive conditions and refuses an enterprise outside the region', () => {
    expect(checkFiling([{ ...rules[1], active: false }], facts)).toEqual([]);
    expect(checkFiling([rules[0]], { ...facts, inRegion: false })[0].met).toBe(false);
  });
});
