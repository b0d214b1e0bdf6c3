import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../common/enforcement';
import type { Clue, TransferDetail } from '../../../common/enforcement-agency';
import { fixedClock } from '../../platform/clock';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildEnforcementWorld, caseInput, type EnforcementWorld } from './enforcement.factories';

let t: TestApp;
let w: EnforcementWorld;
let transfer: TransferDetail;
let clue: Clue;
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2025-10-20T02:00:00Z') });
  w = await buildEnforcementWorld(t);
  const fileId = (await w.s.officer.upload('/api/v1/platform/files', { name: '涉嫌犯罪案件移送书.pdf', bytes: pdf })).json<{ id: string }>().id;
  const c = (await w.s.officer.post('/api/v1/enforcement/cases', caseInput(w, { receivedOn: '2025-10-09' }))).json<CaseDetail>();
  await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/actions`, { action: 'open', on: '2025-10-09' });
  const res = await w.s.officer.post(`/api/v1/enforcement/cases/${c.id}/transfers`, { policeOrgId: w.police.id, fileId, reportedOn: '2025-10-10' });
  expect(res.statusCode, res.body).toBe(201);
  transfer = res.json<TransferDetail>();
  const evidence = (await w.s.customs.upload('/api/v1/platform/files', { name: '查验照片.pdf', bytes: pdf })).json<{ id: string }>().id;
  clue = (await w.s.customs.post('/api/v1/enforcement/clues', { toOrgId: w.bureau.id, title: '进口耳机涉嫌侵权', body: '查验发现标注他人注册商标', evidenceFileIds: [evidence] })).json<Clue>();
});
afterAll(async () => t.close());

describe('GET /api/v1/enforcement/transfers/:id/file', () => {
  const url = () => `/api/v1/enforcement/transfers/${transfer.id}/file`;
  it('gives the case file to the police, the procuratorate and the transferring officer', async () => {
    for (const s of [w.s.officer, w.s.police, w.s.procuratorate]) {
      const res = await s.get(url());
      expect(res.statusCode, res.body).toBe(200);
      expect(res.rawPayload.equals(pdf)).toBe(true);
    }
  });
  it('answers 404 to another agency, 401 signed out, 400 for a bad id', async () => {
    expect((await w.s.otherOfficer.get(url())).statusCode).toBe(404);
    expect((await w.s.otherProcuratorate.get(url())).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
    expect((await w.s.police.get('/api/v1/enforcement/transfers/x/file')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/enforcement/clues/:id/files/:childId', () => {
  it('gives the evidence, named, to the receiving unit', async () => {
    expect(clue.evidence).toEqual([{ id: clue.evidenceFileIds[0], name: '查验照片.pdf' }]);
    const res = await w.s.officer.get(`/api/v1/enforcement/clues/${clue.id}/files/${clue.evidenceFileIds[0]}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.rawPayload.equals(pdf)).toBe(true);
  });
  it('answers 404 for a file not of the clue or a unit outside it, 401 signed out, 400 for a bad id', async () => {
    expect((await w.s.officer.get(`/api/v1/enforcement/clues/${clue.id}/files/${transfer.fileId}`)).statusCode).toBe(404);
    expect((await w.s.police.get(`/api/v1/enforcement/clues/${clue.id}/files/${clue.evidenceFileIds[0]}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/enforcement/clues/${clue.id}/files/${clue.evidenceFileIds[0]}` })).statusCode).toBe(401);
    expect((await w.s.officer.get(`/api/v1/enforcement/clues/${clue.id}/files/bad`)).statusCode).toBe(400);
  });
});
