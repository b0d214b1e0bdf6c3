import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { operationIdOf } from './openapi';

type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

let t: TestApp;
let doc: { paths: Record<string, Record<string, Operation>> } & Json;
beforeAll(async () => {
  t = await createTestApp();
  doc = JSON.parse(JSON.stringify(t.app.swagger())) as typeof doc;
});
afterAll(async () => t.close());

const operations = () => Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })));

/** Every place in the document where a schema holds `key`, by its JSON pointer. */
function schemasWith(value: unknown, test: (o: Json) => boolean, at = '#', found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => schemasWith(v, test, `${at}/${i}`, found));
  else if (value && typeof value === 'object') {
    if (test(value as Json)) found.push(at);
    for (const [k, v] of Object.entries(value)) schemasWith(v, test, `${at}/${k}`, found);
  }
  return found;
}

describe('the OpenAPI document other agencies generate clients from', () => {
  it('is a valid OpenAPI document', async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has no schema that accepts nothing (an empty anyOf or oneOf)', () => {
    const empty = schemasWith(doc, (o) => (Array.isArray(o.anyOf) && o.anyOf.length === 0) || (Array.isArray(o.oneOf) && o.oneOf.length === 0));
    expect(empty).toEqual([]);
  });

  it('lets the optional web addresses through: a URL, null, or an empty string', () => {
    const schemas = (doc.components as { schemas: Record<string, { properties: Record<string, Json> }> }).schemas;
    expect(schemas.MeetingCreateInput.properties.onlineUrl).toEqual({
      anyOf: [{ type: 'string', format: 'uri', maxLength: 500, nullable: true }, { type: 'string', enum: [''] }],
    });
    // The answer side: an empty string became null, so only a URL or null is left.
    expect(schemas.MeetingCreate.properties.onlineUrl).toEqual({ type: 'string', format: 'uri', maxLength: 500, nullable: true });
    expect(schemas.LiaisonUpdateInput.properties.email.anyOf).toHaveLength(2);
    expect(schemas.ArticleCreateInput.properties.sourceUrl.anyOf).toHaveLength(2);
  });

  it('names every operation once, with an identifier a code generator can use', () => {
    const ids = operations().map(({ name, op }) => ({ name, id: op.operationId }));
    expect(ids.filter((x) => !x.id || !/^[a-z][A-Za-z0-9]*$/.test(x.id))).toEqual([]);
    const seen = new Map<string, string>();
    const clashes = ids.filter((x) => (seen.has(x.id!) ? true : (seen.set(x.id!, x.name), false)));
    expect(clashes).toEqual([]);
    expect(doc.paths['/api/v1/org/orgs/{id}'].get.operationId).toBe('orgGetOrgsById');
    expect(doc.paths['/api/v1/conference/meetings/{id}/calendar.ics'].get.operationId).toBe('conferenceGetMeetingsByIdCalendarIcs');
  });

  it('gives every operation a success answer, and every file download its media type', () => {
    const noSuccess = operations().filter(({ op }) => !Object.keys(op.responses ?? {}).some((s) => /^2/.test(s)));
    expect(noSuccess.map((o) => o.name)).toEqual([]);
    const untyped = operations().filter(({ op }) => Object.entries(op.responses ?? {}).some(([s, r]) => /^2/.test(s) && s !== '204' && !r.content));
    expect(untyped.map((o) => o.name)).toEqual([]);
    const mediaOf = (path: string) => Object.keys(doc.paths[path].get.responses?.['200']?.content ?? {});
    expect(mediaOf('/api/v1/org/orgs/export.xlsx')).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(mediaOf('/api/v1/conference/meetings/{id}/calendar.ics')).toEqual(['text/calendar']);
    expect(mediaOf('/api/v1/conference/calendar-feed/{token}')).toEqual(['text/calendar']);
    expect(mediaOf('/api/v1/publish/public/news.rss')).toEqual(['application/rss+xml']);
    expect(mediaOf('/api/v1/stats/open/indicators.csv')).toEqual(['text/csv']);
    expect(mediaOf('/api/v1/stats/reports/{id}/{format}')).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(doc.paths['/api/v1/org/orgs/export.xlsx'].get.responses?.['200']?.content?.['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']?.schema).toEqual({ type: 'string', format: 'binary' });
  });

  it('documents every download route (a path ending in a file extension) as a file, not JSON', () => {
    const asJson = operations().filter(({ name, op }) => /\.(xlsx|ics|rss|csv|pdf)$/.test(name) && Object.keys(op.responses?.['200']?.content ?? {}).includes('application/json'));
    expect(asJson.map((o) => o.name)).toEqual([]);
  });

  it('still sends the files themselves with their media type', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/publish/public/news.rss' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/rss\+xml/);
    expect(res.body).toContain('<rss');
  });
});

describe('operationIdOf', () => {
  it('reads module, method and path, with path parameters as By<Name>', () => {
    expect(operationIdOf('GET', '/api/v1/tasks/progress-reports/:id/files/:childId')).toBe('tasksGetProgressReportsByIdFilesByChildId');
    expect(operationIdOf('post', '/api/v1/conference/me/calendar-feed')).toBe('conferencePostMeCalendarFeed');
    expect(operationIdOf('GET', '/api/health')).toBe('healthGet');
  });
});
