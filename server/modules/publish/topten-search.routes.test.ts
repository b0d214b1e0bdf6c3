import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

let t: TestApp;
let office: TestSession; // Shenzhen
let gzOffice: TestSession; // Guangzhou: another city
let liaison: TestSession;
const published: string[] = [];

async function publishArticle(s: TestSession, title: string, over: Record<string, unknown> = {}): Promise<string> {
  const a = (await s.post('/api/v1/publish/articles', { title, body: `${title}。会议强调推进知识产权保护。`, eventKind: 'workConference', eventDate: '2024-03-01', sourceDate: '2024-03-02', eventRegionCode: '440310', ...over })).json<{ id: string }>();
  expect((await office.post(`/api/v1/publish/articles/${a.id}/publish`)).statusCode).toBe(200);
  return a.id;
}

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  gzOffice = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440100' })).username, TEST_PASSWORD);
  liaison = await t.login((await buildUser(t.services, { role: 'liaison', regionCode: '440300' })).username, TEST_PASSWORD);
  for (let i = 1; i <= 11; i++) published.push(await publishArticle(office, `坪山十大事件候选${String(i).padStart(2, '0')}`, { sourceDate: `2024-03-${String(i).padStart(2, '0')}` }));
});
afterAll(async () => t.close());

describe('top-ten events', () => {
  it('offers the year’s articles (and conference events) of the region as candidates', async () => {
    const res = await office.get('/api/v1/publish/top-ten/2024/candidates?regionCode=440300');
    expect(res.statusCode).toBe(200);
    const ids = res.json<{ type: string; id: string }[]>().filter((c) => c.type === 'article').map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(published));
    expect((await office.get('/api/v1/publish/top-ten/2023/candidates?regionCode=440300')).json<{ id: string }[]>().map((c) => c.id)).not.toContain(published[0]);
  });

  it('saves ten picks in order, refuses an eleventh or a stranger, publishes, and the public page shows it', async () => {
    const item = (id: string, i: number) => ({ type: 'article', id, title: `第${i + 1}件大事` });
    const eleven = await office.request('PUT', '/api/v1/publish/top-ten/2024', { regionCode: '440300', items: published.map(item) });
    expect(eleven.statusCode).toBe(400);
    expect(eleven.json<{ message: string }>().message).toBe('items: 最多十项');
    const stranger = await office.request('PUT', '/api/v1/publish/top-ten/2024', { regionCode: '440300', items: [item('00000000-0000-4000-8000-000000000000', 0)] });
    expect(stranger.json<{ message: string }>().message).toBe('items.0.id: 不是该年度该地区的候选事件');
    const picks = [...published.slice(0, 10)].reverse().map(item);
    const saved = await office.request('PUT', '/api/v1/publish/top-ten/2024', { regionCode: '440300', items: picks });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<{ title: string; status: string; items: { position: number; id: string }[] }>()).toMatchObject({ title: '2024年深圳市知识产权十大事件', status: 'draft' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/publish/public/top-ten' })).json<{ list: unknown }>().list).toBeNull();
    const pub = await office.post('/api/v1/publish/top-ten/2024/publish', { regionCode: '440300' });
    expect(pub.json<{ status: string }>().status).toBe('published');
    const pubPage = (await t.app.inject({ method: 'GET', url: '/api/v1/publish/public/top-ten' })).json<{ list: { items: { position: number; id: string; title: string }[] }; available: { year: number }[] }>();
    expect(pubPage.list.items.map((i) => i.id)).toEqual([...published.slice(0, 10)].reverse());
    expect(pubPage.list.items[0]).toMatchObject({ position: 1, title: '第1件大事' });
    expect(pubPage.available).toEqual([{ year: 2024, regionCode: '440300', regionName: '深圳市' }]);
  });

  it('keeps other cities and other roles out', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/publish/top-ten/2024?regionCode=440300' })).statusCode).toBe(401);
    expect((await liaison.get('/api/v1/publish/top-ten/2024?regionCode=440300')).statusCode).toBe(403);
    expect((await gzOffice.get('/api/v1/publish/top-ten/2024?regionCode=440300')).statusCode).toBe(404);
    expect((await gzOffice.post('/api/v1/publish/top-ten/2024/unpublish', { regionCode: '440300' })).statusCode).toBe(404);
    const cand = await gzOffice.get('/api/v1/publish/top-ten/2024/candidates?regionCode=440300');
    expect(cand.statusCode).toBe(400);
    expect(cand.json<{ message: string }>().message).toBe('regionCode: 超出您的管辖范围');
    expect((await office.get('/api/v1/publish/top-ten/1800')).json<{ message: string }>().message).toMatch(/^year: /);
  });
});

describe('search', () => {
  it('finds simplified text with a traditional query and the reverse, marks matches, and filters', async () => {
    await publishArticle(office, '知識產權質押融資簽約儀式舉行', { eventKind: 'signing', eventRegionCode: '440304' });
    const trad = (await t.app.inject({ method: 'GET', url: '/api/v1/publish/search?q=' + encodeURIComponent('十大事件候選') })).json<{ total: number; items: { titleHighlight: { text: string; hit: boolean }[] }[] }>();
    expect(trad.total).toBe(11);
    expect(trad.items[0].titleHighlight.filter((s) => s.hit).map((s) => s.text).join('')).toBe('十大事件候选');
    const simp = (await t.app.inject({ method: 'GET', url: '/api/v1/publish/search?q=' + encodeURIComponent('质押融资签约') })).json<{ items: { title: string; regionName: string; kind: string }[] }>();
    expect(simp.items[0]).toMatchObject({ title: '知識產權質押融資簽約儀式舉行', regionName: '深圳市福田区', kind: 'signing' });
    const filtered = (await t.app.inject({ method: 'GET', url: '/api/v1/publish/search?q=' + encodeURIComponent('知识产权') + '&kind=signing&regionCode=440304' })).json<{ total: number }>();
    expect(filtered.total).toBe(1);
  });

  it('shows drafts only to readers in scope; signed out sees public documents only', async () => {
    await office.post('/api/v1/publish/articles', { title: '内部草稿海绵城市专项', body: '草稿正文', eventKind: 'other' });
    const q = '/api/v1/publish/search?q=' + encodeURIComponent('海绵城市');
    expect((await office.get(q)).json<{ total: number }>().total).toBe(1);
    expect((await liaison.get(q)).json<{ total: number }>().total).toBe(0);
    expect((await gzOffice.get(q)).json<{ total: number }>().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: q })).json<{ total: number }>().total).toBe(0);
  });

  it('names a missing query, and exports results for signed-in users only', async () => {
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/publish/search?q=' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { field: string }[] }>().fields[0].field).toBe('q');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/publish/search/export.xlsx?q=' + encodeURIComponent('坪山') })).statusCode).toBe(401);
    const xlsx = await office.get('/api/v1/publish/search/export.xlsx?q=' + encodeURIComponent('十大事件候选'));
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});
