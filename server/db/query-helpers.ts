import { type Kysely, sql, type RawBuilder } from 'kysely';
import type { DB } from './schema';

/** A LIKE pattern matching `text` anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** `count(*) over ()`: the total of a paged query in the same round trip. */
export const totalOver: RawBuilder<number> = sql<number>`count(*) over ()`;

/**
 * Turns off PostgreSQL's JIT compiler for the rest of the caller's transaction. Scans of millions
 * of records cross its cost threshold, and compiling their expressions then takes longer than
 * evaluating them (measured: 3.1 s of compiling for a 2.5 s query).
 */
export async function withoutJit(trx: Kysely<DB>): Promise<void> {
  await sql`set local jit = off`.execute(trx);
}

/** Limit and offset of a 1-based page. */
export function pageWindow(page: number, pageSize: number): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}
