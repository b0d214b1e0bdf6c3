import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

let t: TestApp;
let office: TestSession; // office staff of Shenzhen (440300): writes, reviews, publishes
let district: TestSession; // district office of Pingshan (440310)
let liaisonA: TestSession; // two member units of Shenzhen
let liaisonB: TestSession;

const draft = (over: Record<string, unknown> = {}) => ({
  title: '坪山区召开知识产权质押融资推进会',
  summary: '推进知识产权质押融资',
  body: '5月20日，坪山区召开知识产权质押融资推进会，30余人参加。',
  source: '坪山监管局',
  eventKind: 'workConference',
  eventDate: '2024-05-20',
  eventRegionCode: '440310',
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  const login = async (role: 'office' | 'district' | 'liaison', regionCode: string) => t.login((await buildUser(t.services, { role, regionCode })).username, TEST_PASSWORD);
  office = await login('office', '440300');
  district = await login('district', '440310');
  liaisonA = await login('liaison', '440300');
  liaisonB = await login('liaison', '440300');
});
afterAll(async () => t.close());

describe('writing articles', () => {
  it('creates a draft that its author lists and the public cannot see', async () => {
    const res = await liaisonA.post('/api/v1/publish/articles', draft());
    expect(res.statusCode).toBe(201);
    const a = res.json<{ id: string; status: string; eventRegionName: string; authorOrgName: string }>();
    expect(a).toMatchObject({ status: 'draft', eventRegionName: '深圳市坪山区' });
    const list = await liaisonA.get('/api/v1/publish/articles?status=draft&q=' + encodeURIComponent('质押融资推进会'));
    expect(list.json<{ items: { id: string }[] }>().items.map((x) => x.id)).toContain(a.id);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/publish/public/news/${a.id}` })).statusCode).toBe(404);
  });

  it('names the field of bad input and saves nothing', async () => {
    const missing = await office.post('/api/v1/publish/articles', draft({ title: '' }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ message: string }>().message).toBe('title: 请填写标题');
    const region = await office.post('/api/v1/publish/articles', draft({ title: '区划错误的资讯', eventRegionCode: '449999' }));
    expect(region.statusCode).toBe(400);
    expect(region.json<{ fields: { field: string }[] }>().fields[0].field).toBe('eventRegionCode');
    const date = await office.post('/api/v1/publish/articles', draft({ title: '日期错误的资讯', eventDate: '2024-13-40' }));
    expect(date.json<{ message: string }>().message).toMatch(/^eventDate: /);
    const found = await office.get('/api/v1/publish/articles?q=' + encodeURIComponent('错误的资讯'));
    expect(found.json<{ total: number }>().total).toBe(0);
  });

  it('answers 401 signed out and 403 to a role that does not publish', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/publish/articles' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/publish/articles', payload: draft() })).statusCode).toBe(401);
    const bank = await t.login((await buildUser(t.services, { role: 'bank', regionCode: '440300' })).username, TEST_PASSWORD);
    expect((await bank.get('/api/v1/publish/articles')).statusCode).toBe(403);
  });

  it('hides another organisation’s draft: 404 like a missing one, for reading, changing and deleting', async () => {
    const a = (await liaisonA.post('/api/v1/publish/articles', draft({ title: '甲单位的草稿' }))).json<{ id: string }>();
    const missing = await liaisonB.get('/api/v1/publish/articles/00000000-0000-4000-8000-00000000dead');
    const other = await liaisonB.get(`/api/v1/publish/articles/${a.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(missing.json());
    expect((await liaisonB.patch(`/api/v1/publish/articles/${a.id}`, { title: '改掉' })).statusCode).toBe(404);
    expect((await liaisonB.delete(`/api/v1/publish/articles/${a.id}`)).statusCode).toBe(404);
    expect((await district.get(`/api/v1/publish/articles/${a.id}`)).statusCode).toBe(404);
    expect((await office.get(`/api/v1/publish/articles/${a.id}`)).statusCode).toBe(200);
  });

  it('shows a published article’s history only to those whose list shows the article: 404 like a missing one to the rest', async () => {
    const a = (await liaisonA.post('/api/v1/publish/articles', draft({ title: '甲单位已发布的资讯' }))).json<{ id: string }>();
    await liaisonA.patch(`/api/v1/publish/articles/${a.id}`, { summary: '甲单位改过的摘要' });
    expect((await office.post(`/api/v1/publish/articles/${a.id}/publish`)).statusCode).toBe(200);
    const missing = await liaisonB.get('/api/v1/publish/articles/00000000-0000-4000-8000-00000000dead/history');
    expect(missing.statusCode).toBe(404);
    for (const outsider of [liaisonB, district]) {
      expect((await outsider.get(`/api/v1/publish/articles/${a.id}`)).statusCode).toBe(200);
      const listed = (await outsider.get('/api/v1/publish/articles?q=' + encodeURIComponent('甲单位已发布'))).json<{ items: { id: string }[] }>().items.map((x) => x.id);
      expect(listed).not.toContain(a.id);
      const history = await outsider.get(`/api/v1/publish/articles/${a.id}/history`);
      expect(history.statusCode).toBe(404);
      expect(history.json()).toEqual(missing.json());
      expect(history.body).not.toContain('甲单位改过的摘要');
    }
    const own = (await liaisonA.get(`/api/v1/publish/articles/${a.id}/history`)).json<{ action: string }[]>().map((e) => e.action);
    expect(own).toEqual(expect.arrayContaining(['create', 'update', 'publish']));
    expect((await office.get(`/api/v1/publish/articles/${a.id}/history`)).statusCode).toBe(200);
  });
});

describe('review and publishing', () => {
  it('goes draft → review → published, appears on the public pages and in the feed, and can be withdrawn', async () => {
    const a = (await liaisonA.post('/api/v1/publish/articles', draft({ title: '发布流程测试资讯', sourceDate: '2024-05-21' }))).json<{ id: string }>();
    expect((await liaisonA.post(`/api/v1/publish/articles/${a.id}/publish`)).statusCode).toBe(403);
    const submitted = await liaisonA.post(`/api/v1/publish/articles/${a.id}/submit`);
    expect(submitted.json<{ status: string }>().status).toBe('review');
    const rejected = await office.post(`/api/v1/publish/articles/${a.id}/reject`, {});
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json<{ message: string }>().message).toBe('note: 请填写退回原因');
    const back = await office.post(`/api/v1/publish/articles/${a.id}/reject`, { note: '请补充参会单位' });
    expect(back.json<{ status: string; reviewNote: string }>()).toMatchObject({ status: 'draft', reviewNote: '请补充参会单位' });
    await liaisonA.post(`/api/v1/publish/articles/${a.id}/submit`);
    const published = await office.post(`/api/v1/publish/articles/${a.id}/publish`);
    expect(published.json<{ status: string; publishedAt: string }>().status).toBe('published');
    expect((await office.post(`/api/v1/publish/articles/${a.id}/publish`)).statusCode).toBe(409);
    expect((await liaisonA.patch(`/api/v1/publish/articles/${a.id}`, { title: '作者改已发布的' })).statusCode).toBe(403);

    const pub = await t.app.inject({ method: 'GET', url: `/api/v1/publish/public/news/${a.id}` });
    expect(pub.json<{ title: string; newsDate: string }>()).toMatchObject({ title: '发布流程测试资讯', newsDate: '2024-05-21' });
    const news = await t.app.inject({ method: 'GET', url: '/api/v1/publish/public/news?q=' + encodeURIComponent('发布流程测试') });
    expect(news.json<{ items: { id: string }[] }>().items.map((x) => x.id)).toEqual([a.id]);
    const rss = await t.app.inject({ method: 'GET', url: '/api/v1/publish/public/news.rss', headers: { host: 'zhichan.example.org' } });
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toContain('<title><![CDATA[发布流程测试资讯]]></title>');
    expect(rss.body).toContain(`http://zhichan.example.org/p/news/${a.id}`);

    const found = await t.app.inject({ method: 'GET', url: '/api/v1/publish/search?q=' + encodeURIComponent('發佈流程測試') });
    expect(found.json<{ items: { entityId: string; visibility: string }[] }>().items[0]).toMatchObject({ entityId: a.id, visibility: 'public' });

    expect((await office.post(`/api/v1/publish/articles/${a.id}/unpublish`, { note: '信息有误' })).json<{ status: string }>().status).toBe('draft');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/publish/public/news/${a.id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/publish/public/news.rss' })).body).not.toContain('发布流程测试资讯');
    const history = (await office.get(`/api/v1/publish/articles/${a.id}/history`)).json<{ action: string }[]>().map((e) => e.action);
    expect(history).toEqual(expect.arrayContaining(['create', 'submit', 'reject', 'publish', 'unpublish']));
  });

  it('lets the office publish a draft directly, and deletes only unpublished articles', async () => {
    const a = (await office.post('/api/v1/publish/articles', draft({ title: '联席办直接发布' }))).json<{ id: string }>();
    expect((await office.post(`/api/v1/publish/articles/${a.id}/publish`)).statusCode).toBe(200);
    expect((await office.delete(`/api/v1/publish/articles/${a.id}`)).statusCode).toBe(409);
    const b = (await office.post('/api/v1/publish/articles', draft({ title: '要删除的草稿' }))).json<{ id: string }>();
    expect((await office.delete(`/api/v1/publish/articles/${b.id}`)).statusCode).toBe(204);
    expect((await office.get(`/api/v1/publish/articles/${b.id}`)).statusCode).toBe(404);
  });
});

describe('attachments and export', () => {
  it('attaches a file, refuses one that is not what its name says, and serves it publicly once published', async () => {
    const a = (await office.post('/api/v1/publish/articles', draft({ title: '带附件的资讯' }))).json<{ id: string }>();
    const bad = await office.upload(`/api/v1/publish/articles/${a.id}/attachments`, { name: '会议纪要.pdf', bytes: Buffer.from('not a pdf') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/^file: /);
    const ok = await office.upload(`/api/v1/publish/articles/${a.id}/attachments`, { name: 'agenda.txt', bytes: Buffer.from('一、开幕\n二、签约') });
    const file = ok.json<{ attachments: { id: string; name: string }[] }>().attachments[0];
    expect(file.name).toBe('agenda.txt');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/publish/public/news/${a.id}/attachments/${file.id}` })).statusCode).toBe(404);
    await office.post(`/api/v1/publish/articles/${a.id}/publish`);
    const dl = await t.app.inject({ method: 'GET', url: `/api/v1/publish/public/news/${a.id}/attachments/${file.id}` });
    expect(dl.statusCode).toBe(200);
    expect(dl.body).toBe('一、开幕\n二、签约');
    expect((await liaisonB.upload(`/api/v1/publish/articles/${a.id}/attachments`, { name: 'x.txt', bytes: Buffer.from('x') })).statusCode).toBe(404);
  });

  it('exports the filtered list', async () => {
    await office.post('/api/v1/publish/articles', draft({ title: '导出测试资讯甲' }));
    const res = await office.get('/api/v1/publish/articles/export.xlsx?q=' + encodeURIComponent('导出测试资讯'));
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v as string)))));
    expect(rows[0].slice(0, 3)).toEqual(['标题', '状态', '事件类型']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['导出测试资讯甲']);
    expect(rows[1][1]).toBe('草稿');
  });

  it('sorts and filters the list', async () => {
    for (const [title, date] of [['排序测试乙', '2024-02-01'], ['排序测试甲', '2024-03-01']]) await office.post('/api/v1/publish/articles', draft({ title, eventDate: date, eventKind: 'seminar' }));
    const byTitle = (await office.get('/api/v1/publish/articles?eventKind=seminar&q=' + encodeURIComponent('排序测试') + '&sort=title&order=asc')).json<{ items: { title: string }[] }>();
    expect(byTitle.items.map((i) => i.title)).toEqual(['排序测试甲', '排序测试乙']);
    const byDate = (await office.get('/api/v1/publish/articles?q=' + encodeURIComponent('排序测试') + '&sort=eventDate&order=desc')).json<{ items: { title: string }[] }>();
    expect(byDate.items.map((i) => i.title)).toEqual(['排序测试甲', '排序测试乙']);
    expect((await office.get('/api/v1/publish/articles?status=archived')).statusCode).toBe(400);
  });
});
