import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

// The RSS feed links to /p/news/:id, a page of the web app: the server checks the article before
// it serves the app, so a link to nothing answers 404 and not a cheerful 200.

let t: TestApp;
let office: TestSession;
let webDir: string;

beforeAll(async () => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhichan-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>知产</title><div id="root"></div>');
  t = await createTestApp({ env: { ZHICHAN_WEB_DIR: webDir } });
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const page = (url: string) => t.app.inject({ method: 'GET', url });

describe('the public article page', () => {
  it('serves the app with 200 for a published article and 404 for one that is not (yet) published', async () => {
    const res = await office.post('/api/v1/publish/articles', { title: '坪山区召开知识产权保护工作推进会', body: '会议部署了全年工作。', eventKind: 'workConference', eventDate: '2026-11-20', eventRegionCode: '440310' });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json<{ id: string }>();
    const draft = await page(`/p/news/${id}`);
    expect(draft.statusCode).toBe(404);
    expect(draft.headers['content-type']).toMatch(/^text\/html/);
    expect(draft.body).toContain('<div id="root">');
    expect((await office.post(`/api/v1/publish/articles/${id}/publish`)).statusCode).toBe(200);
    expect((await page(`/p/news/${id}`)).statusCode).toBe(200);
    expect((await page(`/p/news/${id}?from=rss`)).statusCode).toBe(200);
    // The feed links to the same page.
    const rss = await page('/api/v1/publish/public/news.rss');
    expect(rss.body).toContain(`/p/news/${id}`);
  });

  it('answers 404 for an unknown id and a malformed one', async () => {
    expect((await page('/p/news/00000000-0000-4000-8000-00000000dead')).statusCode).toBe(404);
    expect((await page('/p/news/not-an-id')).statusCode).toBe(404);
  });

  it('leaves the other pages of the app alone', async () => {
    expect((await page('/p/news')).statusCode).toBe(200);
    expect((await page('/conference/meetings')).statusCode).toBe(200);
  });
});
