import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../common/services-desk';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession, waitJob } from '../../test/test-app';

let t: TestApp;
let office: TestSession;
let firm: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  firm = await t.login((await buildUser(t.services, { role: 'enterprise', regionCode: '440310' })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

async function workbook(rows: string[][]): Promise<Buffer> {
  const template = await office.get('/api/v1/services/knowledge/import-template.xlsx');
  expect(template.statusCode).toBe(200);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
  const out = new ExcelJS.Workbook();
  out.addWorksheet('知识库').addRows([(read.worksheets[0].getRow(1).values as string[]).slice(1), ...rows]);
  return Buffer.from(await out.xlsx.writeBuffer());
}
const search = async (q: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/services/public/knowledge?q=${encodeURIComponent(q)}` })).json<{ items: Knowledge[]; total: number }>();

describe('the desk imports common questions into the knowledge base', () => {
  const good = [
    ['商标', '商标续展的期限是多久', '注册商标有效期满需要继续使用的，应当在期满前十二个月内办理续展手续；此期间未能办理的，可以给予六个月的宽展期。'],
    ['海外纠纷', '海外参展前要做哪些知识产权准备', '建议提前检索展品在目标国的专利和商标风险，携带权属证明文件，并准备当地律师的联系方式以应对临时禁令。'],
  ];

  it('reports the bad rows and publishes nothing, then publishes the corrected file on the portal', async () => {
    const bad = await workbook([...good, ['美食', '短', '太短'], good[0]]);
    const failed = await waitJob(office, (await office.upload('/api/v1/services/knowledge/import', { name: 'faq.xlsx', bytes: bad })).json<{ id: string }>().id);
    expect(failed.status).toBe('failed');
    const errors = (failed.result as { errors: { row: number; field: string; message: string }[] }).errors;
    expect(errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 4, field: '分类' }),
      expect.objectContaining({ row: 4, field: '问题', message: '标题至少4个字' }),
      expect.objectContaining({ row: 4, field: '答复' }),
      { row: 5, field: '问题', message: '与第 2 行重复' },
    ]));
    expect((await search('续展')).total).toBe(0);

    const ok = await waitJob(office, (await office.upload('/api/v1/services/knowledge/import', { name: 'faq.xlsx', bytes: await workbook(good) })).json<{ id: string }>().id);
    expect(ok).toMatchObject({ status: 'succeeded', result: { total: 2, imported: 2 } });
    // Found in traditional script too, with no source question.
    const found = await search('商標 續展');
    expect(found.items).toEqual([expect.objectContaining({ title: '商标续展的期限是多久', category: 'trademark', questionNumber: null })]);
    const again = await waitJob(office, (await office.upload('/api/v1/services/knowledge/import', { name: 'faq.xlsx', bytes: await workbook([good[1]]) })).json<{ id: string }>().id);
    expect((again.result as { errors: { message: string }[] }).errors[0].message).toBe('知识库中已有同名条目');
  });

  it('is the desk’s: an enterprise gets 403 and a visitor 401', async () => {
    const bytes = await workbook(good);
    expect((await firm.upload('/api/v1/services/knowledge/import', { name: 'faq.xlsx', bytes })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/services/knowledge/import' })).statusCode).toBe(401);
  });
});
