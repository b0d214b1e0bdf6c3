import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsImportReport } from '../../../common/stats-records';
import { JobFailure } from '../../platform/jobs/job.service';
import { createTestApp, type TestApp } from '../../test/test-app';
import { appNo, importCsv, PATENT_HEADER } from './stats.factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const row = (no: string, grant: string) => `${no},发明,专利,2021-01-01,${grant},有效,,公司,企业,440310,,否,`;
const count = async () => Number((await t.database.db.selectFrom('stats_patent').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const indexNames = async () => (await t.database.pool.query<{ indexname: string }>(`select indexname from pg_indexes where tablename = 'stats_patent' order by 1`)).rows.map((i) => i.indexname);

describe('a first load into an empty table (keys rebuilt after the copy)', () => {
  it('reports a bad row and keeps nothing, the table keeping its key and indexes', async () => {
    let failure: StatsImportReport | null = null;
    await importCsv(t, 'patent', PATENT_HEADER, [row(appNo(2021, 1, 5), '2023-01-01'), row(appNo(2021, 1, 6), '2023-02-30')]).catch((err: unknown) => {
      if (err instanceof JobFailure) failure = err.result as StatsImportReport;
      else throw err;
    });
    expect(failure!.errors).toEqual([{ row: 3, field: '授权公告日', message: '日期 2023-02-30 不存在' }]);
    expect(await count()).toBe(0);
    expect(await indexNames()).toEqual(['stats_patent_event_idx', 'stats_patent_holder_idx', 'stats_patent_pkey', 'stats_patent_pledge_idx', 'stats_patent_region_idx']);
  });

  it('still reports a record number repeated with different content, and saves nothing', async () => {
    const no = appNo(2021, 1, 1);
    let failure: StatsImportReport | null = null;
    await importCsv(t, 'patent', PATENT_HEADER, [row(no, '2023-01-01'), row(appNo(2021, 1, 2), '2023-01-01'), row(no, '2023-02-02')]).catch((err: unknown) => {
      if (err instanceof JobFailure) failure = err.result as StatsImportReport;
      else throw err;
    });
    expect(failure!.errors).toEqual([{ row: 4, field: '申请号', message: `记录号 ${no} 与第 2 行相同但内容不同` }]);
    expect(await count()).toBe(0);
  });

  it('takes a row repeated with the same content once, with its primary key and indexes back', async () => {
    const no = appNo(2021, 1, 3);
    const r = await importCsv(t, 'patent', PATENT_HEADER, [row(no, '2023-03-03'), row(no, '2023-03-03'), row(appNo(2021, 1, 4), '2023-04-04')]);
    expect(r).toMatchObject({ total: 3, inserted: 2, updated: 0 });
    expect(await count()).toBe(2);
    const d = await t.services.stats.dashboards.dashboard('440310', 2023);
    expect(d.cards.find((c) => c.id === 'inventionGrants')?.value).toBe(2);
    expect(await indexNames()).toEqual(['stats_patent_event_idx', 'stats_patent_holder_idx', 'stats_patent_pkey', 'stats_patent_pledge_idx', 'stats_patent_region_idx']);
  });
});
