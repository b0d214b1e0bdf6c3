import { describe, expect, it } from 'vitest';
import type { Compare, Trend } from '../../../../common/stats';
import { compareOption, renderSvg, trendOption } from './charts.workbook';

const shenzhen = { code: '440300', name: '深圳市', fullName: '广东省深圳市', level: 'city' as const };

describe('report charts', () => {
  it('labels the bars of a count with thousands separators', () => {
    const trend: Trend = {
      region: shenzhen,
      indicator: { id: 'domesticPatentGrants', name: '国内专利授权量', unit: '件', decimals: 0 },
      points: [
        { year: 2022, value: 275774, nationalValue: null, rank: 1, rankOf: 337 },
        { year: 2023, value: 235100, nationalValue: null, rank: 1, rankOf: 337 },
      ],
    };
    const svg = renderSvg(trendOption(trend, false));
    expect(svg).toContain('>235,100<');
    expect(svg).toContain('>275,774<');
  });

  it('keeps the decimals of a ratio on the district bars', () => {
    const compare: Compare = {
      region: shenzhen,
      year: 2023,
      indicator: { id: 'patentsPer100MGdp', name: '每亿元GDP专利产出量', unit: '件', decimals: 2 },
      items: [
        { regionCode: '440305', regionName: '南山区', value: 8.2236, rank: 1, basis: 'records' },
        { regionCode: '440310', regionName: '坪山区', value: 9.6, rank: 2, basis: 'records' },
      ],
    };
    const svg = renderSvg(compareOption(compare));
    expect(svg).toContain('>8.22<');
    expect(svg).toContain('>9.60<');
  });
});
