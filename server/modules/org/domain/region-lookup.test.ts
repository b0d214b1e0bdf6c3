import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors';
import { createRegionLookup } from './region-lookup';

const lookup = createRegionLookup([
  { code: '440310', name: '坪山区', full_name: '广东省深圳市坪山区' },
  { code: '440305', name: '南山区', full_name: '广东省深圳市南山区' },
  { code: '440112', name: '黄埔区', full_name: '广东省广州市黄埔区' },
  { code: '310101', name: '黄浦区', full_name: '上海市黄浦区' },
  { code: '220103', name: '宽城区', full_name: '吉林省长春市宽城区' },
  { code: '130827', name: '宽城满族自治县', full_name: '河北省承德市宽城满族自治县' },
  { code: '440303', name: '南山区', full_name: '辽宁省葫芦岛市南山区' },
]);

function problem(text: string, field?: string): { field: string | undefined; message: string } {
  try {
    lookup.resolve(text, field);
  } catch (err) {
    if (err instanceof AppError) return { field: err.fields?.[0]?.field, message: err.fields?.[0]?.message ?? err.message };
  }
  throw new Error(`${text} resolved`);
}

describe('region lookup', () => {
  it('takes a known code, a short name, or a name with its parents', () => {
    expect(lookup.resolve(' 440310 ')).toBe('440310');
    expect(lookup.resolve('坪山区')).toBe('440310');
    expect(lookup.resolve('深圳市南山区')).toBe('440305');
    expect(lookup.fullName('440310')).toBe('广东省深圳市坪山区');
    expect(lookup.fullName('999999')).toBe('999999');
  });

  it('names the field when a code is unknown, a name matches nothing, or it matches several regions', () => {
    expect(problem('999999', '所在地区')).toEqual({ field: '所在地区', message: expect.stringContaining('999999') as string });
    expect(problem('火星区').field).toBe('regionCode');
    expect(problem('南山区').message).toContain('对应多个行政区划');
  });
});
