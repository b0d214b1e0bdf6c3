import type { Db } from '../../db/database';

/**
 * Dates the demo's records as they happened in its year: the services stamp everything with today.
 * The audit log keeps the real time of the seeding (its chain is never rewritten).
 */
export const demoRepository = {
  async backdateReport(db: Db, id: string, at: Date): Promise<void> {
    await db.updateTable('progress_report').set({ created_at: at }).where('id', '=', id).execute();
  },
  async backdateBook(db: Db, id: string, issuedAt: Date, acknowledgedAt: Date | null): Promise<void> {
    await db.updateTable('task_book').set({ issued_at: issuedAt, acknowledged_at: acknowledgedAt }).where('id', '=', id).execute();
  },
};
