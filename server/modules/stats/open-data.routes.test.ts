import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IndicatorId, indicatorInfo } from '../../../common/indicators';
import type { OpenIndicator, OpenPublication, Publication } from '../../../common/stats-records';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { registerStatsModuleRoutes } from './index';
import { appNo, importCsv, PATENT_HEADER, seedSmallWorld } from './stats.factories';

let t: TestApp;
let office: TestSession;
let district: TestSession;
const open = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await createTestApp();
  await seedSmallWorld(t);
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  district = await t.login((await buildUser(t.services, { role: 'district', regionCode: '440310' })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('open data shows published values only', () => {
  it('has nothing before the office publishes, and the portal API needs no sign-in', async () => {
    expect((await open('/api/v1/stats/open/publications')).json()).toEqual([]);
    expect((await open('/api/v1/stats/open/indicators?region=440300&year=2023')).json()).toEqual([]);
    expect((await open('/api/v1/stats/open/indicators?region=440100')).json()).toEqual([]);
    const csv = await open('/api/v1/stats/open/indicators.csv?region=440300');
    expect(csv.body.trim().split('\r\n')).toHaveLength(1);
    expect((await open('/api/v1/stats/open/catalogue')).json<unknown[]>().length).toBeGreaterThan(15);
  });

  it('publishes a year of a city and its districts: the year appears, other years and cities do not', async () => {
    expect((await district.post('/api/v1/stats/publications', { regionCode: '440300', year: 2023 })).statusCode).toBe(403);
    expect((await office.post('/api/v1/stats/publications', { regionCode: '440100', year: 2023 })).json<{ message: string }>().message).toBe('regionCode: 只能发布本辖区的统计数据');
    expect((await office.post('/api/v1/stats/publications', { regionCode: '440300', year: 1999 })).json<{ message: string }>().message).toMatch(/^year: 广东省深圳市1999年没有可发布的指标数据/);
    const res = await office.post('/api/v1/stats/publications', { regionCode: '440300', year: 2023, includeChildren: true });
    expect(res.statusCode).toBe(201);
    expect(res.json<Publication[]>().map((p) => p.regionCode).sort()).toEqual(['440300', '440304', '440305', '440310']);
    const pubs = (await open('/api/v1/stats/open/publications')).json<OpenPublication[]>();
    expect(pubs.find((p) => p.regionCode === '440300')?.narrative).toContain('2023年，深圳');
    const values = (await open('/api/v1/stats/open/indicators?region=440300&year=2023')).json<OpenIndicator[]>();
    expect(values.find((v) => v.indicatorId === 'inventionGrants')).toMatchObject({ value: 10, rank: 1, yoy: 9, definitionVersion: 'v1（2026-11）' });
    expect((await open('/api/v1/stats/open/indicators?region=440300&year=2022')).json()).toEqual([]);
    expect((await open('/api/v1/stats/open/indicators?region=440100')).json()).toEqual([]);
    const districts = (await open('/api/v1/stats/open/indicators?parent=440300&year=2023&indicator=inventionGrants')).json<OpenIndicator[]>();
    expect(districts.map((d) => [d.regionName, d.value])).toEqual([
      ['广东省深圳市福田区', 3],
      ['广东省深圳市南山区', 5],
      ['广东省深圳市坪山区', 2],
    ]);
    const csv = (await open('/api/v1/stats/open/indicators.csv?region=440300&year=2023&indicator=inventionGrants')).body;
    expect(csv.startsWith('\ufeffregion_code,region_name,year,indicator_id')).toBe(true);
    expect(csv).toContain('"440300","广东省深圳市",2023,"inventionGrants","发明专利授权量",10,"件",1');
    // Read back with a CSV parser: every value at its indicator's precision, no floating-point tails.
    const all = parse<Record<string, string>>((await open('/api/v1/stats/open/indicators.csv?region=440300&year=2023')).body, { bom: true, columns: true });
    expect(all.length).toBeGreaterThan(5);
    for (const row of all) {
      const decimals = indicatorInfo(row.indicator_id as IndicatorId).decimals;
      for (const field of ['value', 'national_average']) expect(row[field], `${row.indicator_id} ${field}`).toMatch(decimals ? new RegExp(`^(-?\\d+(\\.\\d{1,${decimals}})?)?$`) : /^(-?\d+)?$/);
      expect(row.yoy).toMatch(/^(-?\d+(\.\d{1,3})?)?$/);
    }
    expect(all.some((r) => indicatorInfo(r.indicator_id as IndicatorId).decimals > 0 && r.value.includes('.'))).toBe(true);
  });

  it('keeps what was published when the records change later, until the office publishes again', async () => {
    await importCsv(t, 'patent', PATENT_HEADER, [`${appNo(2021, 1, 5000)},发明,后补专利,2021-01-01,2023-11-11,有效,,补录公司,企业,440304,,否,`]);
    expect((await office.get('/api/v1/stats/dashboard?region=440300&year=2023')).json<{ cards: { id: string; value: number }[] }>().cards.find((c) => c.id === 'inventionGrants')!.value).toBe(11);
    const still = (await open('/api/v1/stats/open/indicators?region=440300&year=2023&indicator=inventionGrants')).json<OpenIndicator[]>();
    expect(still[0].value).toBe(10);
    await office.post('/api/v1/stats/publications', { regionCode: '440300', year: 2023 });
    expect((await open('/api/v1/stats/open/indicators?region=440300&year=2023&indicator=inventionGrants')).json<OpenIndicator[]>()[0].value).toBe(11);
  });

  it('withdraws a publication: the public no longer sees it', async () => {
    const exported = await office.get('/api/v1/stats/publications/export.xlsx?year=2023');
    expect(exported.headers['content-disposition']).toContain(encodeURIComponent('数据发布.xlsx'));
    expect((await office.delete('/api/v1/stats/publications/440310/2023')).statusCode).toBe(204);
    expect((await open('/api/v1/stats/open/indicators?region=440310&year=2023')).json()).toEqual([]);
    expect((await office.delete('/api/v1/stats/publications/440310/2023')).statusCode).toBe(404);
  });

  it('documents the open API in OpenAPI, generated from the zod schemas', async () => {
    // Only this module's routes, so the check does not depend on the other modules' schemas.
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(fastifySwagger, { openapi: { info: { title: 'stats', version: '1' } }, transform: jsonSchemaTransform, transformObject: jsonSchemaTransformObject });
    registerStatsModuleRoutes(app, t.platform, t.services.stats);
    await app.ready();
    const doc = app.swagger() as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/stats/open/indicators', '/api/v1/stats/open/indicators.csv', '/api/v1/stats/open/publications']));
    expect(doc.paths['/api/v1/stats/open/indicators'].get.parameters?.map((p) => p.name)).toEqual(['region', 'parent', 'year', 'indicator']);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['OpenStatsIndicator', 'StatsDashboard']));
    await app.close();
  });
});
