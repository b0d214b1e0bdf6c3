import { describe, expect, it } from 'vitest';
import { orgNameIndex } from './org-name-index';

const index = orgNameIndex([
  { id: 'a', name: '深圳市市场监督管理局', shortName: '市市场监管局', regionCode: '440300' },
  { id: 'b', name: '深圳市公安局', shortName: null, regionCode: '440300' },
  { id: 'c', name: '坪山区公安分局', shortName: '公安分局', regionCode: '440310' },
  { id: 'd', name: '南山区公安分局', shortName: '公安分局', regionCode: '440305' },
]);

describe('organisation name index', () => {
  it('finds a unit by its full or short name, ignoring spaces around it', () => {
    expect(index.resolve(' 深圳市公安局 ')).toEqual({ id: 'b', name: '深圳市公安局', regionCode: '440300' });
    expect(index.resolve('市市场监管局')).toMatchObject({ id: 'a' });
  });

  it('says why when no unit or several units have the name', () => {
    expect(index.resolve('深圳市税务局')).toEqual({ problem: '找不到单位「深圳市税务局」' });
    expect(index.resolve('公安分局')).toEqual({ problem: '有多个单位名为「公安分局」' });
  });
});
