import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../../../common/indicators';
import { MEASURE_KEYS, type Measure } from '../../../../common/stats';
import { peerLabelEn } from '../../../../common/stats-format';
import { computeIndicator, definitionOf, FORMULAS, formatYuan } from './indicator-definitions';
import { RegionTree } from './region-tree';
import { rollUpProvided } from './provided';
import { type FactRow, rollUp } from './rollup';
import { computeValues, rankGroup, streakOf } from './values';

const tree = new RegionTree([
  { code: '440000', name: '广东省', fullName: '广东省', level: 'province', parentCode: null },
  { code: '440300', name: '深圳市', fullName: '广东省深圳市', level: 'city', parentCode: '440000' },
  { code: '440305', name: '南山区', fullName: '广东省深圳市南山区', level: 'county', parentCode: '440300' },
  { code: '440310', name: '坪山区', fullName: '广东省深圳市坪山区', level: 'county', parentCode: '440300' },
  { code: '440100', name: '广州市', fullName: '广东省广州市', level: 'city', parentCode: '440000' },
  { code: '110000', name: '北京市', fullName: '北京市', level: 'province', parentCode: null },
  { code: '110105', name: '朝阳区', fullName: '北京市朝阳区', level: 'county', parentCode: '110000' },
]);

function fact(regionCode: string, year: number, values: Partial<Record<Measure, number>>): FactRow {
  return { regionCode, year, values: MEASURE_KEYS.map((m) => values[m] ?? 0) };
}
const lookup = (values: Partial<Record<Measure, number | null>>) => (m: Measure) => values[m] ?? null;

describe('indicator formulas', () => {
  it('divides the high-value stock by the population in 万 (98.36 for Shenzhen 2023)', () => {
    const v = computeIndicator(FORMULAS.highValueInventionPatentsPer10k, lookup({ hv_stock_dom: 174_983 }), { population: 1779.01, gdp: null, area: null });
    expect(v.value!.toFixed(2)).toBe('98.36');
    expect(v.numerator).toBe(174_983);
    expect(v.denominator).toBe(1779.01);
  });
  it('divides domestic grants of all three types by GDP in 亿元 (6.79)', () => {
    const v = computeIndicator(FORMULAS.patentsPer100MGdp, lookup({ grants_inv_dom: 62_100, grants_um_dom: 139_800, grants_des_dom: 33_200, grants_um_for: 999 }), { population: null, gdp: 34_606.4, area: null });
    expect(v.value!.toFixed(2)).toBe('6.79');
  });
  it('divides domestic inventions in force by the land area (150.38)', () => {
    const v = computeIndicator(FORMULAS.inventionPatentsPerKm2, lookup({ inv_stock_dom: 300_380, inv_stock_for: 1_620 }), { population: null, gdp: null, area: 1997.47 });
    expect(v.value!.toFixed(2)).toBe('150.38');
  });
  it('keeps domestic and all-holder variants apart', () => {
    const m = lookup({ grants_inv_dom: 10, grants_inv_for: 3, grants_um_dom: 5, grants_des_for: 1, tm_regs_dom: 7, tm_regs_for: 2 });
    expect(computeIndicator(FORMULAS.patentGrants, m, undefined).value).toBe(19);
    expect(computeIndicator(FORMULAS.domesticPatentGrants, m, undefined).value).toBe(15);
    expect(computeIndicator(FORMULAS.inventionGrants, m, undefined).value).toBe(13);
    expect(computeIndicator(FORMULAS.trademarkRegistrations, m, undefined).value).toBe(9);
    expect(computeIndicator(FORMULAS.domesticTrademarkRegistrations, m, undefined).value).toBe(7);
  });
  it('is empty without data, and a ratio without its baseline keeps its numerator but no value', () => {
    expect(computeIndicator(FORMULAS.pctApplications, lookup({}), undefined)).toEqual({ value: null, numerator: null, denominator: null });
    expect(computeIndicator(FORMULAS.inventionPatentsPer10k, lookup({ inv_stock_dom: 5 }), { population: null, gdp: 1, area: 1 })).toEqual({ value: null, numerator: 5, denominator: null });
  });
  it('has a formula and a definition for every catalogue id, the threshold written into the high-value version', () => {
    for (const id of INDICATOR_IDS) expect(FORMULAS[id].numerator.length > 0 || !!FORMULAS[id].provided, id).toBe(true);
    expect(definitionOf('highValueInventionPatentsPer10k', 5_000_000).version).toBe('v1（2026-11）；质押阈值500万元');
    expect(definitionOf('patentGrants', 5_000_000).version).toBe('v1（2026-11）');
    expect(formatYuan(12_345_678)).toBe('1234.57万元');
  });
});

describe('roll-up over the region tree', () => {
  it('sums districts into the city and the province, turns net entries into stocks, and lets published figures win', () => {
    const facts = [
      fact('440305', 2021, { grants_inv_dom: 2, inv_stock_dom: 2 }),
      fact('440305', 2022, { grants_inv_dom: 1, inv_stock_dom: 1 - 1 }),
      fact('440310', 2022, { grants_um_dom: 4, inv_stock_dom: 3 }),
    ];
    const r = rollUp(tree, facts, [{ regionCode: '440100', year: 2022, measure: 'inv_stock_dom', value: 100 }]);
    expect(r.get('440305', 2021, 'inv_stock_dom')).toBe(2);
    expect(r.get('440305', 2022, 'inv_stock_dom')).toBe(2); // one in, one out
    expect(r.get('440300', 2022, 'inv_stock_dom')).toBe(5);
    expect(r.get('440300', 2022, 'grants_um_dom')).toBe(4);
    expect(r.get('440000', 2022, 'inv_stock_dom')).toBe(105);
    expect(r.basis('440000', 2022, ['inv_stock_dom'])).toBe('mixed');
    expect(r.basis('440100', 2022, ['inv_stock_dom'])).toBe('figures');
    expect(r.get('000000', 2022, 'inv_stock_dom')).toBe(105);
    expect(r.get('440310', 2021, 'inv_stock_dom')).toBeNull(); // no records of Pingshan before 2022
    expect(r.get('440100', 2021, 'inv_stock_dom')).toBeNull();
    expect(r.get('110000', 2022, 'inv_stock_dom')).toBeNull();
  });

  it('leaves out years that hold only future high-value entries', () => {
    const r = rollUp(tree, [fact('440305', 2022, { inv_stock_dom: 1 }), fact('440305', 2031, { hv_stock_dom: 1 })], []);
    expect(r.to).toBe(2022);
  });
});

describe('ranks and streaks', () => {
  it('ranks largest first with ties sharing a place', () => {
    const group = [{ value: 3 }, { value: 7 }, { value: 3 }, { value: 1 }];
    const ranks = new Map<object, number>();
    rankGroup(group, (r, rank, of) => {
      ranks.set(r, rank);
      expect(of).toBe(4);
    });
    expect(group.map((g) => ranks.get(g))).toEqual([1, 2, 2, 4]);
  });
  it('counts consecutive first places up to the year and stops at a gap or a second place', () => {
    const h = [2019, 2020, 2021, 2022, 2023].map((year) => ({ year, rank: year === 2020 ? 2 : 1 }));
    expect(streakOf(h, 2023)).toBe(3);
    expect(streakOf(h, 2020)).toBe(0);
    expect(streakOf(h.filter((x) => x.year !== 2022), 2023)).toBe(1);
  });
  it('ranks cities across China (municipalities too), districts within their city', () => {
    const facts = [fact('440305', 2023, { grants_inv_dom: 5 }), fact('440310', 2023, { grants_inv_dom: 1 }), fact('110105', 2023, { grants_inv_dom: 9 }), fact('440100', 2023, { grants_inv_dom: 2 })];
    const rows = computeValues(tree, rollUp(tree, facts, []), new Map()).filter((r) => r.indicatorId === 'inventionGrants');
    const of = (code: string) => rows.find((r) => r.regionCode === code)!;
    expect([of('110000').rank, of('440300').rank, of('440100').rank]).toEqual([1, 2, 3]);
    expect(of('440300')).toMatchObject({ peer: 'cities', rankOf: 3, peer2: 'province:44', rank2: 1, rank2Of: 2 });
    expect(of('440310')).toMatchObject({ peer: 'districts:4403', rank: 2, rankOf: 2 });
    expect(of('110105')).toMatchObject({ peer: 'districts:110000', rank: 1 });
    expect(of('110000')).toMatchObject({ peer2: 'provinces', rank2: 1, rank2Of: 2 });
    expect(of('000000').rank).toBeNull();
  });
  it('names peer groups and narrative words', () => {
    expect(tree.peerLabel('districts:4403')).toBe('深圳市各区县');
    expect(tree.peerLabel('province:44')).toBe('广东省各市');
    expect(tree.shortName('440300')).toBe('深圳');
    expect(tree.scopeWord('440310')).toBe('全区');
    expect(tree.scopeWord('440000')).toBe('全省');
    expect(tree.resolve('440399')).toBe('440300');
    expect(tree.resolve(null)).toBe('000000');
  });
  it('has an English name for every form of peer-group label it makes', () => {
    expect(['cities', 'provinces', 'province:44', 'districts:4403', 'districts:110000'].map((p) => peerLabelEn(tree.peerLabel(p)))).toEqual([
      'cities of China',
      'provinces of China',
      'cities of 广东省',
      'districts of 深圳市',
      'districts of 北京市',
    ]);
  });
});

describe('provided indicator values', () => {
  it('rolls a later module’s values up the region tree beside the records, averages over their denominators', () => {
    const provided = rollUpProvided(tree, [
      { regionCode: '440310', year: 2025, indicatorId: 'enfCasesOpened', numerator: 3, denominator: null },
      { regionCode: '440305', year: 2025, indicatorId: 'enfCasesOpened', numerator: 2, denominator: null },
      { regionCode: '440310', year: 2025, indicatorId: 'enfClueAnswerDays', numerator: 12, denominator: 3 },
      { regionCode: '440305', year: 2025, indicatorId: 'enfClueAnswerDays', numerator: 2, denominator: 1 },
    ]);
    const empty = { from: 0, to: -1, codes: [], get: () => null, basis: () => null };
    const rows = computeValues(tree, empty, new Map(), undefined, provided);
    const at = (code: string, id: string) => rows.find((r) => r.regionCode === code && r.indicatorId === id);
    expect(at('440300', 'enfCasesOpened')).toMatchObject({ value: 5, basis: 'records' });
    expect(at('440310', 'enfCasesOpened')).toMatchObject({ value: 3, rank: 1 });
    expect(at('440300', 'enfClueAnswerDays')).toMatchObject({ value: 3.5, numerator: 14, denominator: 4 });
    expect(at('440310', 'patentGrants')).toBeUndefined();
  });
});
