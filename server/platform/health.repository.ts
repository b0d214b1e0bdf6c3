import { sql } from 'kysely';
import type { Db } from '../db/database';

/** The health check's one query. */
export const healthRepository = {
  /** Answers when the database does; throws when it cannot be reached. */
  async ping(db: Db): Promise<void> {
    await sql`select 1`.execute(db);
  },
};
