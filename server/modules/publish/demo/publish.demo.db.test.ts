import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedOrgDemo } from '../../org/demo/org.demo';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { DEMO_REPORTS } from './publish-reports';
import { seedPublishDemo } from './publish.demo';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const demo = await seedOrgDemo(t.services.org, { system: 'demo' });
  await seedPublishDemo(t.platform, t.services, demo);
});
afterAll(async () => t.close());

describe('the demo city’s news', () => {
  it('holds the same five seed texts as the toolkit’s test data', () => {
    const dir = path.resolve(import.meta.dirname, '../../../platform/text/testdata/seeds');
    expect(DEMO_REPORTS.map((r) => r.file)).toEqual(fs.readdirSync(dir).sort());
    for (const r of DEMO_REPORTS) expect(r.text).toBe(fs.readFileSync(path.join(dir, r.file), 'utf8'));
  });

  it('publishes the five seeds, cleaned, newest first, and searchable in either script', async () => {
    const news = (await t.app.inject({ method: 'GET', url: '/api/v1/publish/public/news' })).json<{ total: number; items: { title: string; newsDate: string }[] }>();
    expect(news.total).toBe(5);
    expect(news.items.map((i) => i.title)).toContain('深圳召开2024年深圳市知识产权工作会议暨知识产权联席会议');
    const dates = news.items.map((i) => i.newsDate);
    expect([...dates].sort().reverse()).toEqual(dates);
    // Seed 000 arrives in traditional script; the portal shows it in simplified, and a query in either script finds it.
    expect(news.items.map((i) => i.title)).toContain('全市知识产权部门联席会议暨多元解纷工作推进会议召开');
    for (const q of ['多元解纷', '多元解紛']) {
      const found = (await t.app.inject({ method: 'GET', url: '/api/v1/publish/search?q=' + encodeURIComponent(q) })).json<{ items: { title: string }[] }>();
      expect(found.items.map((i) => i.title)).toContain('全市知识产权部门联席会议暨多元解纷工作推进会议召开');
    }
    const one = (await t.app.inject({ method: 'GET', url: '/api/v1/publish/public/news?q=' + encodeURIComponent('坪山') })).json<{ items: { id: string }[] }>();
    const body = (await t.app.inject({ method: 'GET', url: `/api/v1/publish/public/news/${one.items[0].id}` })).json<{ body: string }>().body;
    expect(body).not.toMatch(/\((?:zh|ch|q)[a-zāáǎàīíǐìūúǔùēéěèōóǒò]*\)/);
  });

  it('records the meetings of the Shenzhen reports (Pingshan summit, city conference) and the 2023 figures', async () => {
    const office = await t.login('office', DEMO_PASSWORD);
    const list = (await office.get('/api/v1/publish/articles?pageSize=10')).json<{ items: { eventRegionCode: string; meetingId: string | null }[] }>();
    const withMeeting = list.items.filter((a) => a.meetingId).map((a) => a.eventRegionCode).sort();
    expect(withMeeting).toEqual(['440300', '440310']);
    expect((await office.get('/api/v1/publish/reported-figures?year=2023')).json<{ total: number }>().total).toBe(6);
  });
});
