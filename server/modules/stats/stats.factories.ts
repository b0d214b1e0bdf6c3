import type { TestApp } from '../../test/test-app';
import type { Importer } from './import/import.service';
import { applicationNoCheck } from './import/domain/parse';

/** The command line's importer: no user, the whole country. */
export const SYSTEM_IMPORTER: Importer = { actor: null, audit: { system: 'test' }, name: 'test' };
const quiet = { report: () => undefined };

/** A valid patent application number for a year, type (1 invention, 2 utility model, 3 design) and serial. */
export function appNo(year: number, type: 1 | 2 | 3, serial: number): string {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  return `${digits}.${applicationNoCheck(digits)}`;
}

export const PATENT_HEADER = '申请号,专利类型,名称,申请日,授权公告日,法律状态,法律状态日,第一权利人,权利人类型,行政区划,战略性新兴产业代码,海外同族,质押融资金额（元）';

/** Imports CSV rows of a kind through the service, as the command line does. */
export async function importCsv(t: TestApp, kind: 'patent' | 'baseline' | 'figure' | 'trademark', header: string, rows: string[]) {
  return t.services.stats.imports.run(SYSTEM_IMPORTER, kind, { name: `${kind}.csv`, bytes: Buffer.from([header, ...rows].join('\n') + '\n') }, null, quiet);
}

/**
 * A small statistics world: Shenzhen's districts Futian, Nanshan and Pingshan and Guangzhou's
 * Tianhe hold granted patents of 2022 and 2023; the cities and the country have baselines.
 */
export async function seedSmallWorld(t: TestApp): Promise<void> {
  await importCsv(t, 'baseline', '行政区划,年份,年末常住人口（万人）,人口来源,地区生产总值（亿元）,GDP来源,土地面积（平方公里）,面积来源', [
    '440300,2023,1779.01,公报,34606.40,公报,1997.47,年鉴',
    '440300,2022,1766.18,公报,32387.68,公报,1997.47,年鉴',
    '440100,2023,1882.70,公报,30355.73,公报,7434.40,年鉴',
    '000000,2023,140967,国家统计局,1260582,国家统计局,9600000,国家统计局',
  ]);
  const rows: string[] = [];
  let serial = 1;
  const add = (region: string, count: number, year: number, type: 1 | 2) => {
    for (let i = 0; i < count; i++) {
      rows.push(`${appNo(year - 2, type, serial++)},${type === 1 ? '发明' : '实用新型'},测试专利,${year - 2}-03-01,${year}-06-01,有效,,测试公司${region},企业,${region},${i % 2 ? '1.1.1' : ''},否,`);
    }
  };
  add('440304', 3, 2023, 1);
  add('440305', 5, 2023, 1);
  add('440305', 4, 2023, 2);
  add('440310', 2, 2023, 1);
  add('440310', 1, 2022, 1);
  add('440106', 4, 2023, 1);
  await importCsv(t, 'patent', PATENT_HEADER, rows);
}
