import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsImportReport } from '../../../common/stats-records';
import { JobFailure } from '../../platform/jobs/job.service';
import { createTestApp, type TestApp } from '../../test/test-app';
import { appNo, importCsv, PATENT_HEADER } from './stats.factories';

// Every file is read in a worker thread here (from 0 MB), as files of millions of rows are.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { ZHICHAN_IMPORT_THREAD_MB: '0' } });
});
afterAll(async () => t.close());

const row = (serial: number, grant: string, region = '440310') => `${appNo(2021, 1, serial)},发明,专利,2021-01-01,${grant},有效,,公司,企业,${region},,否,`;
const grants = async (region: string) => (await t.services.stats.dashboards.dashboard(region, 2023)).cards.find((c) => c.id === 'inventionGrants')?.value;
async function failure(rows: string[]): Promise<StatsImportReport> {
  try {
    await importCsv(t, 'patent', PATENT_HEADER, rows);
  } catch (err) {
    if (err instanceof JobFailure) return err.result as StatsImportReport;
    throw err;
  }
  throw new Error('the import should have failed');
}

describe('imports read in a worker thread', () => {
  it('reports bad rows with their numbers and saves nothing', async () => {
    const r = await failure([row(1, '2023-01-01'), row(2, '2023-02-30'), row(3, '2023-03-03', '999999')]);
    expect(r.errors).toEqual([
      { row: 3, field: '授权公告日', message: '日期 2023-02-30 不存在' },
      { row: 4, field: '行政区划', message: '行政区划代码 999999 不存在' },
    ]);
    const saved = await t.database.db.selectFrom('stats_patent').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(saved.n)).toBe(0);
  });

  it('loads a file, then merges a second one that changes and adds records', async () => {
    const first = await importCsv(t, 'patent', PATENT_HEADER, [row(1, '2023-01-01'), row(2, '2023-02-02'), row(3, '2023-03-03', '440305')]);
    expect(first).toMatchObject({ total: 3, inserted: 3, updated: 0, errorCount: 0 });
    expect(await grants('440300')).toBe(3);
    const second = await importCsv(t, 'patent', PATENT_HEADER, [row(1, '2023-01-01'), row(2, '2022-02-02'), row(4, '2023-04-04')]);
    expect(second).toMatchObject({ total: 3, inserted: 1, updated: 1, unchanged: 1 });
    expect(await grants('440310')).toBe(2);
    expect(await grants('440305')).toBe(1);
  });
});
