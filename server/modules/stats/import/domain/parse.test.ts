import { describe, expect, it } from 'vitest';
import { PatentTypeLabels } from '../../../../../common/stats';
import { KINDS, suggestMapping } from './kinds';
import { applicationNoCheck, Invalid, parseApplicationNo, parseBoolean, parseDate, parseEnum, parseNumber, parsePctNo, parseYuanToFen } from './parse';

describe('cell parsers', () => {
  it('accepts dates that exist in several spellings and names the one that does not', () => {
    expect(parseDate('2023/6/30')).toEqual('2023-06-30');
    expect(parseDate('2024年2月29日')).toEqual('2024-02-29');
    expect(parseDate('20230228')).toEqual('2023-02-28');
    expect(parseDate('2023-02-29')).toEqual(new Invalid('日期 2023-02-29 不存在'));
    expect(parseDate('2023-13-01')).toEqual(new Invalid('日期 2023-13-01 不存在'));
    expect(parseDate('上周')).toBeInstanceOf(Invalid);
    expect(parseDate(' 2023-06-30 ')).toEqual('2023-06-30');
    expect(parseDate('2023-0a-30')).toEqual(new Invalid('「2023-0a-30」不是日期，请填写如 2023-06-30'));
    expect(parseDate('2023-00-10')).toEqual(new Invalid('日期 2023-00-10 不存在'));
    expect(parseDate('1984-12-31')).toEqual(new Invalid('日期 1984-12-31 超出范围（1985—2100年）'));
  });
  it('checks the check digit of application numbers and strips CN and ZL', () => {
    const digits = '202310123456';
    const no = `${digits}.${applicationNoCheck(digits)}`;
    expect(parseApplicationNo(`ZL${no}`)).toEqual(no);
    expect(parseApplicationNo(` cn${no} `)).toEqual(no);
    expect(parseApplicationNo('20231012345.6')).toBeInstanceOf(Invalid);
    expect(parsePctNo('pct/cn2023/123456')).toEqual('PCT/CN2023/123456');
  });
  it('reads enums by code or Chinese label, yes/no, numbers and yuan', () => {
    expect(parseEnum('发明', PatentTypeLabels)).toEqual('invention');
    expect(parseEnum('utilityModel', PatentTypeLabels)).toEqual('utilityModel');
    expect(parseEnum('专利', PatentTypeLabels)).toEqual(new Invalid('「专利」不是有效值，可填写：发明、实用新型、外观设计'));
    expect(parseBoolean('是')).toEqual(true);
    expect(parseBoolean('也许')).toBeInstanceOf(Invalid);
    expect(parseNumber('1,779.01', { positive: true, label: '人口' })).toEqual(1779.01);
    expect(parseNumber('0', { positive: true, label: '年末常住人口' })).toEqual(new Invalid('年末常住人口必须大于0'));
    expect(parseYuanToFen('500.5')).toEqual(50050);
  });
  it('suggests a mapping from the template headers and their aliases', () => {
    const m = suggestMapping(KINDS.patent, ['专利号', '专利类型*', '申请日', '权利人', 'region_code']);
    expect(m).toMatchObject({ applicationNo: '专利号', type: '专利类型*', applicationDate: '申请日', holderName: '权利人', regionCode: 'region_code', grantDate: null });
  });
  it('checks fields against each other', () => {
    const row = { applicationNo: 'x', type: 'invention', applicationDate: '2023-05-01', grantDate: '2023-01-01', legalStatus: 'lapsed', statusDate: null, holderKind: 'enterprise', regionCode: null };
    expect(KINDS.patent.check(row).map((p) => p.field)).toEqual(['grantDate', 'statusDate', 'regionCode']);
    expect(KINDS.baseline.check({ population: 1, populationSource: null, gdp: null, gdpSource: null, area: null, areaSource: null })).toEqual([{ field: 'populationSource', message: '请填写数据来源' }]);
  });
});
