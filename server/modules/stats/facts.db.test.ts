import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURE_KEYS } from '../../../common/stats';
import { createTestApp, type TestApp } from '../../test/test-app';
import { PLEDGE_THRESHOLD_KEY } from './compute.service';
import { eventKeySql, RECORD_KINDS, RECORD_TABLES } from './domain/event-key';
import { FactSums } from './domain/facts';
import { sourceGroupsSql } from './domain/facts-sql';
import type { FactRow } from './domain/rollup';
import { factRepository } from './fact.repository';
import { openBulk } from '../../db/bulk';
import { settingRepository } from './setting.repository';
import { appNo, importCsv, PATENT_HEADER, SYSTEM_IMPORTER } from './stats.factories';

let t: TestApp;
const quiet = { report: () => undefined };

const PATENTS = [
  // High-value from the grant (strategic emerging industry), then lapsed.
  `${appNo(2015, 1, 1)},发明,甲,2015-03-01,2018-05-10,未缴年费终止,2023-08-01,甲公司,企业,440310,1.1.1,否,`,
  // Maintained more than ten years: high-value from 2021; ended in 2019, before that.
  `${appNo(2010, 1, 2)},发明,乙,2010-06-01,2013-02-01,宣告无效,2019-04-01,乙大学,高校,440305,,否,`,
  // Filed on 31 December: the eleventh year counts.
  `${appNo(2012, 1, 3)},发明,丙,2012-12-31,2016-09-09,有效,,丙公司,企业,440305,,否,`,
  // Pledged: 8 million yuan, 3 million yuan, and 12 million yuan by a foreign holder without a region.
  `${appNo(2019, 1, 4)},发明,丁,2019-02-02,2021-07-07,有效,,丁公司,企业,440310,,否,8000000`,
  `${appNo(2019, 1, 5)},发明,戊,2019-02-02,2021-07-07,有效,,戊公司,企业,440310,,否,3000000`,
  `${appNo(2018, 1, 6)},发明,己,2018-02-02,2020-07-07,期限届满,2024-01-02,Foreign Co.,境外,,,否,12000000`,
  `${appNo(2022, 2, 7)},实用新型,庚,2022-11-01,2023-03-03,有效,,庚公司,企业,440306,,否,900000000`,
  `${appNo(2023, 3, 8)},外观设计,辛,2023-01-05,2023-06-06,有效,,Foreign Co.,境外,440305,,否,`,
  `${appNo(2023, 1, 9)},发明,壬,2023-01-05,,审中,,壬公司,企业,440305,,否,`,
];

beforeAll(async () => {
  t = await createTestApp();
  await importCsv(t, 'patent', PATENT_HEADER, PATENTS);
  await importCsv(t, 'trademark', '注册号,国际分类,商标名称,注册人,注册人类型,行政区划,注册日,商标状态,状态日期,马德里', [
    '12345678,9,知产,甲公司,企业,440310,2019-05-14,有效,,否',
    '12345679,35,知产,Foreign Co.,境外,440305,2018-05-14,注销,2022-01-01,是',
  ]);
  const run = (kind: 'pct' | 'gi', header: string, rows: string[]) => t.services.stats.imports.run(SYSTEM_IMPORTER, kind, { name: `${kind}.csv`, bytes: Buffer.from([header, ...rows].join('\n') + '\n') }, null, quiet);
  await run('pct', 'PCT申请号,国际申请日,第一申请人,申请人类型,行政区划', ['PCT/CN2023/123456,2023-04-18,甲公司,企业,440310']);
  await run('gi', '登记号,地理标志名称,类别,行政区划,登记日,状态,状态日期', ['GI2004-044,南山荔枝,地理标志产品,440305,2004-12-28,有效,', 'GI2006-001,某某茶,地理标志产品,440310,2006-01-01,撤销,2020-02-02']);
});
afterAll(async () => t.close());

/** Facts in a fixed order, for comparing. */
const sorted = (rows: readonly FactRow[]) => rows.map((r) => `${r.regionCode} ${r.year} ${r.values.join(',')}`).sort();

/** The facts as the events of every record computed with the threshold, without the stored keys. */
async function factsFromExpressions(thresholdFen: number): Promise<string[]> {
  const bulk = await openBulk(t.database);
  try {
    return await bulk.db.transaction().execute(async (trx) => {
      const sums = new FactSums();
      for (const kind of RECORD_KINDS) sums.add(kind, await factRepository.groups(bulk, trx, sourceGroupsSql(kind, `(select *, 1 as s from ${RECORD_TABLES[kind]}) r`, thresholdFen)));
      return sorted(sums.rows());
    });
  } finally {
    bulk.release();
  }
}

describe('facts from the stored event keys', () => {
  it('stores with every record the event key the code computes from its fields', async () => {
    for (const kind of RECORD_KINDS) {
      const r = await sql<{ n: number; off: number }>`select count(*) as n, count(*) filter (where event_key is distinct from (${sql.raw(eventKeySql(kind, null))})) as off from ${sql.table(RECORD_TABLES[kind])}`.execute(t.database.db);
      expect({ kind, n: Number(r.rows[0].n) > 0, off: Number(r.rows[0].off) }).toEqual({ kind, n: true, off: 0 });
    }
  });

  it('keeps a changed record’s key in step with its fields', async () => {
    await importCsv(t, 'patent', PATENT_HEADER, [PATENTS[2].replace('有效,,丙公司', '未缴年费终止,2024-03-01,丙公司')]);
    const r = await sql<{ event_key: number }>`select event_key from stats_patent where application_no = ${appNo(2012, 1, 3)}`.execute(t.database.db);
    expect(Number(r.rows[0].event_key)).toBe((2016 * 10 + 0) * 1e8 + 2023 * 1e4 + 2024);
  });

  it('gives the facts of the records’ events, the pledge threshold applied, for any threshold', async () => {
    const hvIn2021 = async () => (await factRepository.facts(t.database.db)).find((f) => f.regionCode === '440310' && f.year === 2021)?.values[MEASURE_KEYS.indexOf('hv_stock_dom')] ?? 0;
    // Pingshan's inventions pledged for 8 and 3 million yuan, granted in 2021, count as high-value then when their pledge reaches the threshold.
    for (const [yuan, highValue] of [
      [5_000_000, 1],
      [10_000_000, 0],
      [1, 2],
    ]) {
      await settingRepository.set(t.database.db, PLEDGE_THRESHOLD_KEY, yuan, new Date());
      await t.services.stats.compute.fullRecompute();
      expect(sorted(await factRepository.facts(t.database.db))).toEqual(await factsFromExpressions(yuan * 100));
      expect(await hvIn2021()).toBe(highValue);
    }
  });
});
