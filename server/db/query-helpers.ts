import { sql, type RawBuilder } from 'kysely';

/** A LIKE pattern matching `text` anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** `count(*) over ()`: the total of a paged query in the same round trip. */
export const totalOver: RawBuilder<number> = sql<number>`count(*) over ()`;

/** Limit and offset of a 1-based page. */
export function pageWindow(page: number, pageSize: number): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}
