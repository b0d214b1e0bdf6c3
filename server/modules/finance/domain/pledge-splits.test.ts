import { describe, expect, it } from 'vitest';
import { splitPledges } from './pledge-splits';

const pledge = (enterprise: string, amount: number, kinds: string[], patent: string | null, region = '440310', bank = 'boc') => ({ region_code: region, bank_org_id: bank, enterprise_org_id: enterprise, amount_fen: amount, right_kinds: kinds, first_patent: patent });

describe('pledge splits', () => {
  it('counts an enterprise once per group and a pledge under each kind of right it holds', () => {
    const s = splitPledges([pledge('a', 300, ['patent', 'trademark'], 'ZL1'), pledge('a', 100, ['patent'], 'ZL2', '440304', 'icbc'), pledge('b', 50, ['gi'], null)], (p) => (p === 'ZL1' ? 'D' : 'other'));
    expect(s.total).toEqual({ projects: 3, amountFen: 450, enterprises: 2 });
    expect(s.byKind.map((k) => [k.key, k.totals.projects, k.totals.amountFen, k.totals.enterprises])).toEqual([['patent', 2, 400, 1], ['trademark', 1, 300, 1], ['gi', 1, 50, 1]]);
    expect(s.byDistrict.map((d) => [d.key, d.totals.enterprises])).toEqual([['440310', 2], ['440304', 1]]);
    expect(s.byIndustry.map((i) => [i.key, i.totals.amountFen])).toEqual([['D', 300], ['other', 150]]);
  });
});
