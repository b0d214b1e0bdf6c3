import { type Kysely, sql } from 'kysely';

/** Runs SQL text that may hold several statements (no parameters, so the simple protocol is used). */
export async function runSql(db: Kysely<unknown>, text: string): Promise<void> {
  await sql.raw(text).execute(db);
}
