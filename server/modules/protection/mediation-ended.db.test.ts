import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateDown, migrateToLatest } from '../../db/migrate';
import { createTestApp, type TestApp } from '../../test/test-app';
import { buildWorld, fileCase, manualClock, type World } from './protection.factories';

// Longer than the usual 30 s: it migrates a fresh database down to before the migration and up again.
vi.setConfig({ testTimeout: 120_000 });

const clock = manualClock('2025-03-03');
let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp({ clock });
  w = await buildWorld(t.services);
});
afterAll(async () => t.close());

const act = (...args: Parameters<TestApp['services']['protection']['workflow']['perform']>) => t.services.protection.workflow.perform(...args);

/** A case accepted by the mediator on the clock's day, in mediation. */
async function accepted(): Promise<string> {
  const { id } = await fileCase(t.services, w, w.office, { source: 'officeReferral' });
  await act(w.office, id, { action: 'designate', mediatorId: w.mediatorId });
  await act(w.mediator, id, { action: 'accept', hasConflict: false, disclosure: '无' });
  await act(w.mediator, id, { action: 'contactRespondent', result: 'agreed' });
  return id;
}

async function datesOf(id: string) {
  const r = await sql<{ ended_on: string | null; mediation_ended_on: string | null }>`select ended_on::text, mediation_ended_on::text from protection_case where id = ${id}`.execute(t.database.db);
  return r.rows[0];
}

describe('migration 20261207150000: the day mediation ended, apart from the closing date', () => {
  it('moves the early closing date of a failed mediation still open, closes a transferred one on the day of its transfer, and keeps other closed cases as they were', async () => {
    const failed = await accepted();
    clock.set('2025-03-10');
    await act(w.mediator, failed, { action: 'terminate', ground: 'tooFarApart', detail: '分歧较大' });
    clock.set('2025-03-11');
    const withdrawn = await accepted();
    clock.set('2025-03-12');
    await act(w.applicant, withdrawn, { action: 'withdraw', reason: '已自行和解' });
    const neverAccepted = (await fileCase(t.services, w)).id;
    await act(w.applicant, neverAccepted, { action: 'withdraw', reason: '不再申请' });
    const transferred = await accepted();
    await act(w.mediator, transferred, { action: 'terminate', ground: 'tooFarApart', detail: '分歧较大' });
    await act(w.mediator, transferred, { action: 'reportFailure', whatHappened: '两次调解', whyFailed: '分歧较大' });
    clock.set('2025-03-14');
    await act(w.office, transferred, { action: 'transfer', destination: 'adjudication', adjudicationOrgId: w.ipOfficeId });

    // Back to the schema before the migration: a failed mediation then carried its termination day as the closing date.
    // Later migrations come off first, down to this one.
    const name = '20261207150000_protection_mediation_ended';
    const undone: string[] = [];
    while (!undone.includes(name)) undone.push(...(await migrateDown(t.database.db)));
    const old = await sql<{ ended_on: string | null }>`select ended_on::text from protection_case where id = ${failed}`.execute(t.database.db);
    expect(old.rows[0].ended_on).toBe('2025-03-10');

    expect(await migrateToLatest(t.database.db)).toEqual([...undone].reverse());
    expect(await datesOf(failed)).toEqual({ ended_on: null, mediation_ended_on: '2025-03-10' });
    expect(await datesOf(withdrawn)).toEqual({ ended_on: '2025-03-12', mediation_ended_on: '2025-03-12' });
    expect(await datesOf(neverAccepted)).toEqual({ ended_on: '2025-03-12', mediation_ended_on: null });
    // Closed by the transfer two days after mediation failed: the closing date comes from the timeline.
    expect(await datesOf(transferred)).toEqual({ ended_on: '2025-03-14', mediation_ended_on: '2025-03-12' });
    expect((await t.services.protection.cases.detail(w.office, failed)).dates).toMatchObject({ mediationEndedOn: '2025-03-10', endedOn: null });
  });
});
