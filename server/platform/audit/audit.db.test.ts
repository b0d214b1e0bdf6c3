import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createTestDatabase } from '../../test/test-db';
import { fixedClock } from '../clock';
import { auditRepository } from './audit.repository';
import { createAuditService } from './audit.service';

let database: Database;
let audit: ReturnType<typeof createAuditService>;
const actor = { userId: '00000000-0000-4000-8000-00000000000a', displayName: '张宁' };

beforeAll(async () => {
  database = await createTestDatabase();
  audit = createAuditService({ db: database.db, repo: auditRepository, clock: fixedClock('2026-03-01T08:00:00.123Z') });
  for (let i = 1; i <= 5; i++) {
    await database.db.transaction().execute((trx) =>
      audit.writer.record(trx, actor, { action: 'update', entityType: 'org', entityId: `e${i}`, before: { n: i - 1, nested: { b: 1, a: [1, 'x'] } }, after: { n: i, note: '中文' } }),
    );
  }
});
afterAll(async () => database.close());

describe('audit chain', () => {
  it('verifies an untouched chain, including values that went through jsonb', async () => {
    expect(await audit.verify()).toEqual({ ok: true, checked: 5, firstBrokenId: null, reason: null });
  });

  it('a change written in a transaction that rolls back leaves no event', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await audit.writer.record(trx, actor, { action: 'create', entityType: 'org', entityId: 'rolled-back' });
        throw new Error('save failed');
      }),
    ).rejects.toThrow('save failed');
    expect((await audit.list({ entityId: 'rolled-back', page: 1, pageSize: 10, order: 'desc' })).total).toBe(0);
  });

  it('names the first event whose content was edited', async () => {
    const third = await sql<{ id: number }>`select id from audit_event where entity_id = 'e3'`.execute(database.db);
    const id = third.rows[0].id;
    await sql`update audit_event set after = '{"n": 300, "note": "中文"}' where id = ${id}`.execute(database.db);
    const r = await audit.verify();
    expect(r).toMatchObject({ ok: false, checked: 2, firstBrokenId: String(id) });
    expect(r.reason).toContain('被修改');
    await sql`update audit_event set after = '{"n": 3, "note": "中文"}' where id = ${id}`.execute(database.db);
    expect((await audit.verify()).ok).toBe(true);
  });

  it('names the event after one that was deleted', async () => {
    const rows = await sql<{ id: number }>`select id from audit_event where entity_id in ('e2', 'e3') order by id`.execute(database.db);
    await sql`delete from audit_event where id = ${rows.rows[0].id}`.execute(database.db);
    const r = await audit.verify();
    expect(r).toMatchObject({ ok: false, firstBrokenId: String(rows.rows[1].id) });
    expect(r.reason).toContain('删除或插入');
  });
});
