import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnforcementStats } from '../../../common/enforcement-stats';
import { fixedClock } from '../../platform/clock';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildEnforcementWorld, caseInput, type EnforcementWorld } from './enforcement.factories';
import { ENFORCEMENT_FILL } from '../../db/migrations/20261209090000_figure_months';
import { expectFiguresAgree } from '../../test/figure-months';

// Today is 2025-10-20.
let t: TestApp;
let w: EnforcementWorld;
type Fields = { message: string; fields: { field: string; message: string }[] };
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2025-10-20T02:00:00Z') });
  w = await buildEnforcementWorld(t);
  const officer = w.s.officer;
  const act = (id: string, body: Record<string, unknown>) => officer.post(`/api/v1/enforcement/cases/${id}/actions`, body);
  const decided = (await officer.post('/api/v1/enforcement/cases', caseInput(w, { receivedOn: '2025-06-02' }))).json<{ id: string }>();
  await act(decided.id, { action: 'open', on: '2025-06-05' });
  await act(decided.id, { action: 'hearingNotice', on: '2025-06-20' });
  await act(decided.id, { action: 'decide', on: '2025-07-10', decision: 'penalty', decisionNo: '深市监坪罚〔2025〕88号', fineFen: 12_000_000, confiscatedFen: 350_000 });
  const transferred = (await officer.post('/api/v1/enforcement/cases', caseInput(w, { receivedOn: '2025-09-01' }))).json<{ id: string }>();
  await act(transferred.id, { action: 'open', on: '2025-09-03' });
  const file = (await officer.upload('/api/v1/platform/files', { name: '移送书.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') })).json<{ id: string }>();
  await officer.post(`/api/v1/enforcement/cases/${transferred.id}/transfers`, { policeOrgId: w.police.id, fileId: file.id, reportedOn: '2025-09-10' });
  await w.s.otherOfficer.post('/api/v1/enforcement/cases', { ...caseInput(w), partyOrgId: null, receivedOn: '2025-08-01' });
  await officer.post('/api/v1/enforcement/cases', caseInput(w, { receivedOn: '2024-12-30' }));
  const clue = (await w.s.customs.post('/api/v1/enforcement/clues', { toOrgId: w.bureau.id, title: '出口侵权线索', body: '疑似侵权货物', passedOn: '2025-10-09' })).json<{ id: string }>();
  await officer.post(`/api/v1/enforcement/clues/${clue.id}/actions`, { action: 'answer', on: '2025-10-13', answer: '已立案' });
  await w.s.customs.post('/api/v1/enforcement/detentions', { kind: 'onApplication', holderOrgId: w.party.id, goods: '蓝牙耳机', quantity: 500, declaredValueFen: 5_000_000, on: '2025-10-15', bondFen: 5_000_000 });
});
afterAll(async () => t.close());

describe('enforcement statistics', () => {
  it('counts the year’s cases, penalties, transfers, clues and detentions per agency and district for the office', async () => {
    const s = (await w.s.office.get('/api/v1/enforcement/statistics?year=2025')).json<EnforcementStats>();
    expect(s.totals).toMatchObject({ casesReceived: 3, casesOpened: 2, penalties: 1, fineFen: 12_000_000, confiscatedFen: 350_000, transfers: 1, transfersPending: 1, cluesReceived: 1, cluesAnswered: 1, clueAnswerDays: 4, detentions: 1 });
    const bureau = s.byAgency.find((a) => a.org.id === w.bureau.id);
    expect(bureau).toMatchObject({ casesReceived: 2, casesOpened: 2, penalties: 1, transfers: 1, cluesReceived: 1 });
    expect(s.byAgency.find((a) => a.org.id === w.otherBureau.id)?.casesReceived).toBe(1);
    expect(s.byDistrict.map((d) => [d.regionCode, d.regionName, d.casesReceived])).toEqual([['440300', '深圳市', 0], ['440304', '福田区', 1], ['440310', '坪山区', 2]]);
    expect(s.detentionsByRight).toEqual([{ rightKind: 'unrecorded', detentions: 1, confiscated: 0, declaredValueFen: 5_000_000 }]);
    expect((await w.s.office.get('/api/v1/enforcement/statistics?year=2024')).json<EnforcementStats>().totals.casesReceived).toBe(1);
    const xlsx = await w.s.office.get('/api/v1/enforcement/statistics/export.xlsx?year=2025');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('limits an officer to its agency and the procuratorate to its district; refuses bad input and outsiders', async () => {
    const own = (await w.s.officer.get('/api/v1/enforcement/statistics?year=2025')).json<EnforcementStats>();
    expect(own.byAgency.map((a) => a.org.id)).toEqual([w.bureau.id]);
    expect(own.totals.casesReceived).toBe(2);
    const other = (await w.s.otherOfficer.get('/api/v1/enforcement/statistics?year=2025')).json<EnforcementStats>();
    expect(other.totals).toMatchObject({ casesReceived: 1, penalties: 0, transfers: 0 });
    const procuratorate = (await w.s.procuratorate.get('/api/v1/enforcement/statistics?year=2025')).json<EnforcementStats>();
    expect(procuratorate.byDistrict.map((d) => d.regionCode)).toEqual(['440310']);
    expect((await w.s.party.get('/api/v1/enforcement/statistics')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/enforcement/statistics' })).statusCode).toBe(401);
    expect((await w.s.office.get('/api/v1/enforcement/statistics?year=abc')).json<Fields>().fields[0].field).toBe('year');
    expect((await w.s.office.get('/api/v1/enforcement/statistics?year=1999')).statusCode).toBe(400);
    expect((await w.s.office.get('/api/v1/enforcement/statistics')).json<EnforcementStats>().year).toBe(2025);
  });

  it('hands its figures to the statistics catalogue, so the dashboards show them rolled up by region', async () => {
    await t.services.enforcement.statistics.refreshCatalogue();
    type Card = { id: string; value: number | null };
    const district = (await w.s.office.get('/api/v1/stats/dashboard?region=440310&year=2025')).json<{ cards: Card[] }>().cards;
    const value = (cards: Card[], id: string) => cards.find((c) => c.id === id)?.value;
    expect(value(district, 'enfCasesOpened')).toBe(2);
    expect(value(district, 'enfPenaltyAmount')).toBeCloseTo(12.35);
    expect(value(district, 'enfTransfers')).toBe(1);
    // The clue was passed by customs, a city unit: it counts for the city, not the district.
    expect(value(district, 'enfClueAnswerDays')).toBeNull();
    const city = (await w.s.office.get('/api/v1/stats/dashboard?region=440300&year=2025')).json<{ cards: Card[] }>().cards;
    expect(value(city, 'enfCasesOpened')).toBe(2);
    expect(value(city, 'enfDetentions')).toBe(1);
    expect(value(city, 'enfClueAnswerDays')).toBe(4);
    const catalogue = (await w.s.office.get('/api/v1/stats/catalogue')).json<{ id: string; source: string }[]>();
    expect(catalogue.find((c) => c.id === 'enfPenalties')?.source).toContain('执法模块');
  });

  it('keeps its monthly figures write by write exactly as a fill from the records makes them', async () => {
    await expectFiguresAgree(t.database.db, 'enforcement_figure_month', ENFORCEMENT_FILL, () => t.services.enforcement.statistics.rebuildFigures());
  });
});
