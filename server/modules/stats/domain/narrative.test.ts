import { describe, expect, it } from 'vitest';
import { buildNarrative, type NarrativeItem } from './narrative';
import { chineseNumber, formatChange, formatCountWan, formatDecimal } from '../../../../common/stats-format';

const CITY = { short: '全国', long: '全国大中城市' };
function item(id: NarrativeItem['id'], name: string, value: number, kind: 'count' | 'ratio', extra: Partial<NarrativeItem> = {}): NarrativeItem {
  return { id, name, unit: '件', kind, value, rank: null, peer: CITY, streak: 0, nationalAverage: null, ...extra };
}
const SEED_002: NarrativeItem[] = [
  item('domesticPatentGrants', '国内专利授权量', 235_100, 'count', { rank: 1, streak: 2 }),
  item('trademarkRegistrations', '商标注册量', 249_700, 'count', { rank: 1, streak: 2 }),
  item('patentsPer100MGdp', '每亿元GDP专利产出量', 6.7935, 'ratio', { rank: 1, streak: 2, nationalAverage: 2.7 }),
  item('highValueInventionPatentsPer10k', '每万人口高价值发明专利拥有量', 98.3597, 'ratio', { rank: 2, nationalAverage: 11.80001 }),
  item('inventionPatentsPerKm2', '每平方公里发明专利拥有量', 150.3803, 'ratio', { rank: 1, streak: 18 }),
  item('pctApplications', 'PCT国际专利申请量', 15_900, 'count', { rank: 1, streak: 20 }),
];

describe('the statistics paragraph', () => {
  it('reads like seed 002 for Shenzhen 2023', () => {
    expect(buildNarrative({ year: 2023, shortName: '深圳', scopeWord: '全市', leadScope: '国内', items: SEED_002 })).toBe(
      '2023年，深圳知识产权多项指标国内领先。全市国内专利授权量23.51万件，商标注册量24.97万件，居全国第一；每亿元GDP专利产出量6.79件，在全国大中城市排名第一；' +
        '每万人口高价值发明专利拥有量98.36件，是全国平均水平（11.8件）的8.3倍；每平方公里发明专利拥有量150.38件，连续18年居全国第一；PCT国际专利申请量1.59万件，连续20年居全国大中城市首位。',
    );
  });

  it('writes a district’s paragraph against its city, without first places it does not hold', () => {
    const items: NarrativeItem[] = [
      item('domesticPatentGrants', '国内专利授权量', 8_818, 'count', { rank: 7, peer: { short: '全市', long: '全市各区' } }),
      item('highValueInventionPatentsPer10k', '每万人口高价值发明专利拥有量', 9.5, 'ratio', { nationalAverage: 11.8 }),
      item('pctApplications', 'PCT国际专利申请量', 316, 'count', { rank: 1, streak: 3, peer: { short: '全市', long: '全市各区' } }),
    ];
    expect(buildNarrative({ year: 2023, shortName: '坪山区', scopeWord: '全区', leadScope: '全市', items })).toBe(
      '2023年，坪山区知识产权主要统计指标如下：全区国内专利授权量8818件；每万人口高价值发明专利拥有量9.5件，为全国平均水平（11.8件）的81%；PCT国际专利申请量316件，连续3年居全市各区首位。',
    );
  });

  it('says so when there is nothing to report, and joins only plain first places', () => {
    expect(buildNarrative({ year: 2020, shortName: '坪山区', scopeWord: '全区', leadScope: '全市', items: [] })).toBe('2020年，坪山区暂无可发布的知识产权统计数据。');
    const text = buildNarrative({ year: 2023, shortName: '某市', scopeWord: '全市', leadScope: '国内', items: [item('domesticPatentGrants', '国内专利授权量', 5, 'count', { rank: 1, streak: 4 }), item('trademarkRegistrations', '商标注册量', 6, 'count', { rank: 1 })] });
    expect(text).toBe('2023年，某市知识产权主要统计指标如下：全市国内专利授权量5件，连续4年居全国第一；商标注册量6件，居全国第一。');
  });
});

describe('numbers as reports write them', () => {
  it('formats 万, decimals, changes and Chinese numerals', () => {
    expect(formatCountWan(235_100)).toBe('23.51万');
    expect(formatCountWan(9_999)).toBe('9999');
    expect(formatDecimal(11.8)).toBe('11.8');
    expect(formatDecimal(6.7935)).toBe('6.79');
    expect(formatDecimal(150)).toBe('150');
    expect(formatChange(-0.1475)).toBe('-14.8%');
    expect(formatChange(null)).toBe('—');
    expect(chineseNumber(18)).toBe('十八');
    expect(chineseNumber(20)).toBe('二十');
  });
});
