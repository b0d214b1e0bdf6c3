import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestAnalysis, IngestSaveInput } from '../../../common/publish-ingest';
import { buildUser, rootActor, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

const seedDir = path.resolve(import.meta.dirname, '../../platform/text/testdata/seeds');
const seed = (prefix: string) => fs.readFileSync(path.join(seedDir, fs.readdirSync(seedDir).find((f) => f.startsWith(prefix))!));

let t: TestApp;
let office: TestSession; // Shenzhen office staff
let liaison: TestSession; // another organisation

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  liaison = await t.login((await buildUser(t.services, { role: 'liaison', regionCode: '440300' })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

/** What the ingest page sends after the user accepted (and corrected) the analysis. */
function saveBody(a: IngestAnalysis, over: Partial<IngestSaveInput> = {}): IngestSaveInput {
  const f = a.facts;
  return {
    article: { title: f.title!, body: a.body, source: f.source, eventKind: f.kind, eventDate: f.eventDate, sourceDate: f.publishDate, eventRegionCode: f.region.code, originalText: a.original },
    status: 'draft',
    meeting: {
      title: f.title!,
      kind: a.suggestedMeetingKind,
      startsAt: f.eventDate!,
      regionCode: f.region.code!,
      venue: f.venue,
      mode: f.mode,
      attendeeCount: f.attendeeCount,
      onlineAudience: f.onlineAudience,
      attendees: f.people.map((p) => ({ name: p.name, title: p.title })),
      agreements: f.agreements.map((title) => ({ title, kind: /框架/.test(title) ? 'framework' : /备忘录/.test(title) ? 'memorandum' : 'agreement', parties: [] })),
      unveilings: f.unveilings,
      orgs: f.eventOrgs,
    },
    figures: f.statistics.map((s) => ({ indicator: s.indicator, value: s.value, unit: s.unit, year: s.year, regionCode: s.region.code })),
    facts: f,
    ...over,
  };
}

async function counts() {
  const articles = (await office.get('/api/v1/publish/articles?pageSize=1')).json<{ total: number }>().total;
  const figures = (await office.get('/api/v1/publish/reported-figures?pageSize=1')).json<{ total: number }>().total;
  const meetings = (await t.services.conference.eventsOfYear(rootActor, '440300', 2022)).length + (await t.services.conference.eventsOfYear(rootActor, '440300', 2024)).length;
  return { articles, figures, meetings };
}

describe('reading a report', () => {
  it('cleans pasted text and reads its facts, saving nothing', async () => {
    const before = await counts();
    const res = await office.post('/api/v1/publish/ingest/text', { text: seed('000').toString('utf8') });
    expect(res.statusCode).toBe(200);
    const a = res.json<IngestAnalysis>();
    expect(a.facts).toMatchObject({ eventDate: '2022-04-26', region: { code: '440310', name: '深圳市坪山区' }, kind: 'summit', attendeeCount: 40, onlineAudience: 62000 });
    expect(a.removed.pinyinAnnotations).toBeGreaterThan(200);
    expect(a.suggestedMeetingKind).toBe('summit');
    expect(await counts()).toEqual(before);
  });

  it('reads an uploaded text, HTML or Word file', async () => {
    const txt = await office.upload('/api/v1/publish/ingest/file', { name: 'report.txt', bytes: seed('002') });
    expect(txt.json<IngestAnalysis>().facts.statistics).toHaveLength(6);
    const html = await office.upload('/api/v1/publish/ingest/file', { name: 'page.html', bytes: Buffer.from('<html><body><div><p>9月28日，全市知识产权联席会议在天门职业学院召开<p>副市长沈超出席会议') });
    expect(html.statusCode).toBe(200);
    expect(html.json<IngestAnalysis>().facts).toMatchObject({ kind: 'jointConference', venue: '天门职业学院' });
  });

  it('refuses bad input with a clear message naming the field', async () => {
    const empty = await office.post('/api/v1/publish/ingest/text', { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ message: string }>().message).toBe('text: 请粘贴报道全文');
    const cases: [string, Buffer, string][] = [
      ['empty.txt', Buffer.alloc(0), 'file: 文件是空的'],
      ['program.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]), 'file: 文件内容不是文本（可能是二进制文件）'],
      ['scan.pdf', Buffer.from('%PDF-1.7'), 'file: 不支持的文件类型「.pdf」，可上传 .txt、.html 或 .docx'],
    ];
    for (const [name, bytes, message] of cases) {
      const res = await office.upload('/api/v1/publish/ingest/file', { name, bytes });
      expect(res.statusCode, name).toBe(400);
      expect(res.json<{ message: string }>().message, name).toBe(message);
    }
    const huge = await office.upload('/api/v1/publish/ingest/file', { name: 'huge.txt', bytes: Buffer.alloc(50 * 1024 * 1024, 0x41) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json<{ message: string }>().message).toMatch(/^file: 文件过大/);
  });

  it('gives a clean result for text in another language', async () => {
    const res = await office.post('/api/v1/publish/ingest/text', { text: 'The municipal IP office held a seminar on 5 May 2024. About forty people attended.' });
    expect(res.statusCode).toBe(200);
    expect(res.json<IngestAnalysis>()).toMatchObject({ warnings: ['未识别到中文内容，无法提取事实'], facts: { region: { code: null }, people: [] } });
  });

  it('answers 401 signed out and 403 to a role that does not publish', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/publish/ingest/text', payload: { text: '深圳' } })).statusCode).toBe(401);
    const court = await t.login((await buildUser(t.services, { role: 'court', regionCode: '440310' })).username, TEST_PASSWORD);
    expect((await court.post('/api/v1/publish/ingest/text', { text: '深圳' })).statusCode).toBe(403);
  });
});

describe('saving a report', () => {
  it('saves the article, the meeting with attendees and agreements, and the reported figures in one step', async () => {
    const a = (await office.post('/api/v1/publish/ingest/text', { text: seed('000').toString('utf8') })).json<IngestAnalysis>();
    const body = saveBody(a);
    body.article.title = '2022年坪山区知识产权峰会成功举办';
    const res = await office.post('/api/v1/publish/ingest/save', body);
    expect(res.statusCode, res.body).toBe(201);
    const saved = res.json<{ articleId: string; meetingId: string; agreementIds: string[] }>();
    expect(saved.agreementIds).toHaveLength(2);
    const article = (await office.get(`/api/v1/publish/articles/${saved.articleId}`)).json<{ title: string; meetingId: string; originalText: string; status: string; body: string }>();
    expect(article).toMatchObject({ title: '2022年坪山区知识产权峰会成功举办', meetingId: saved.meetingId, status: 'draft' });
    expect(article.originalText).toContain('質(zhì)量');
    expect(article.body).not.toContain('(zhì)');
    const events = await t.services.conference.eventsOfYear(rootActor, '440310', 2022);
    expect(events.filter((e) => e.type === 'meeting').map((e) => e.id)).toContain(saved.meetingId);
    expect(events.filter((e) => e.type === 'agreement').map((e) => e.id).sort()).toEqual([...saved.agreementIds].sort());
    expect((await liaison.get(`/api/v1/publish/articles/${saved.articleId}`)).statusCode).toBe(404);
  });

  it('offers the meeting already recorded that day, and links to it instead of recording it twice', async () => {
    const a = (await office.post('/api/v1/publish/ingest/text', { text: seed('000').toString('utf8') })).json<IngestAnalysis>();
    expect(a.existingMeetings.length).toBeGreaterThan(0);
    const existing = a.existingMeetings[0];
    expect(existing).toMatchObject({ date: '2022-04-26', title: '2022年坪山区知识产权峰会' });
    const before = (await t.services.conference.eventsOfYear(rootActor, '440310', 2022)).length;
    const both = await office.post('/api/v1/publish/ingest/save', saveBody(a, { linkMeetingId: existing.id }));
    expect(both.json<{ message: string }>().message).toMatch(/^linkMeetingId: /);
    const stranger = await office.post('/api/v1/publish/ingest/save', saveBody(a, { meeting: null, linkMeetingId: '00000000-0000-4000-8000-000000000000' }));
    expect(stranger.json<{ message: string }>().message).toBe('linkMeetingId: 会议不存在');
    const res = await office.post('/api/v1/publish/ingest/save', saveBody(a, { meeting: null, linkMeetingId: existing.id }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<{ meetingId: string }>().meetingId).toBe(existing.id);
    expect((await t.services.conference.eventsOfYear(rootActor, '440310', 2022)).length).toBe(before);
  });

  it('records the six figures of Shenzhen 2023 as reported figures, linked to the catalogue', async () => {
    const a = (await office.upload('/api/v1/publish/ingest/file', { name: 'report.txt', bytes: seed('002') })).json<IngestAnalysis>();
    const res = await office.post('/api/v1/publish/ingest/save', saveBody(a, { meeting: null, status: 'published' }));
    expect(res.statusCode, res.body).toBe(201);
    const { articleId, figureIds } = res.json<{ articleId: string; figureIds: string[] }>();
    expect(figureIds).toHaveLength(6);
    const figures = (await office.get(`/api/v1/publish/reported-figures?articleId=${articleId}&sort=indicator&order=asc`)).json<{ items: { indicator: string; indicatorId: string | null; value: number; year: number; regionCode: string }[] }>();
    expect(figures.items.find((f) => f.indicator === '国内专利授权量')).toMatchObject({ indicatorId: 'domesticPatentGrants', value: 235100, year: 2023, regionCode: '440300' });
    expect(figures.items.find((f) => f.indicator === '每万人口高价值发明专利拥有量')).toMatchObject({ indicatorId: 'highValueInventionPatentsPer10k', value: 98.36 });
    const articleTitle = (await office.get(`/api/v1/publish/articles/${articleId}`)).json<{ title: string }>().title;
    expect(new Set((await office.get(`/api/v1/publish/reported-figures?articleId=${articleId}`)).json<{ items: { articleTitle: string | null }[] }>().items.map((f) => f.articleTitle))).toEqual(new Set([articleTitle]));
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/publish/public/news/${articleId}` })).json<{ newsDate: string }>().newsDate).toBe('2024-04-25');
    expect((await liaison.get(`/api/v1/publish/reported-figures?articleId=${articleId}`)).json<{ total: number }>().total).toBe(0);
  });

  it('changes nothing when any part is wrong, naming the field', async () => {
    const a = (await office.post('/api/v1/publish/ingest/text', { text: seed('000').toString('utf8') })).json<IngestAnalysis>();
    const before = await counts();
    const badFigure = saveBody(a, { figures: [{ indicator: '专利授权量', value: 1, unit: '件', regionCode: '449999' }] });
    const r1 = await office.post('/api/v1/publish/ingest/save', badFigure);
    expect(r1.statusCode).toBe(400);
    expect(r1.json<{ fields: { field: string }[] }>().fields[0].field).toBe('figures.0.regionCode');
    const badMeeting = saveBody(a);
    badMeeting.meeting!.startsAt = '26 April';
    const r2 = await office.post('/api/v1/publish/ingest/save', badMeeting);
    expect(r2.statusCode).toBe(400);
    expect(r2.json<{ fields: { field: string }[] }>().fields[0].field).toBe('meeting.startsAt');
    const outOfScope = saveBody(a);
    outOfScope.meeting!.regionCode = '510700';
    const r3 = await office.post('/api/v1/publish/ingest/save', outOfScope);
    expect(r3.statusCode).toBe(400);
    expect(r3.json<{ fields: { field: string }[] }>().fields[0].field).toBe('meeting.regionCode');
    const liaisonPublish = await liaison.post('/api/v1/publish/ingest/save', saveBody(a, { meeting: null, status: 'published' }));
    expect(liaisonPublish.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
