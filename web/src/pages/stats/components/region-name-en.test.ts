import { describe, expect, it } from 'vitest';
import { peerLabelEn } from '../../../../../common/stats-format';
import { regionNameEn } from './region-name-en';

describe('peer groups in English', () => {
  it('write the region inside in English, not in Chinese', () => {
    expect(peerLabelEn('广东省各市', regionNameEn)).toBe('cities of Guangdong');
    expect(peerLabelEn('深圳市各区县', regionNameEn)).toBe('districts of Shenzhen');
    expect(regionNameEn('陕西省')).toBe('Shaanxi');
    expect(regionNameEn('重庆市')).toBe('Chongqing');
  });
});

describe('counts in English', () => {
  it('are written with thousands separators and no Chinese unit', async () => {
    const { headline } = await import('./IndicatorCard');
    const { unitIn } = await import('./localized-names');
    expect(headline({ kind: 'count', value: 235_100, decimals: 0 }, 'en')).toBe('235,100');
    expect(headline({ kind: 'count', value: 235_100, decimals: 0 }, 'zh')).toBe('23.51万');
    expect(unitIn('件', 'en')).toBe('');
    expect(unitIn('件', 'zh')).toBe('件');
  });
});
