import type { z } from 'zod';
import type { HomeCount } from '../../common/home';

/** A list query as the address bar holds it: strings, or several strings for a filter that takes many. */
export type ListQueryText = Record<string, string | string[]>;

/**
 * Counts one home-page number by running the list it links to: the text query is read by the list's own
 * schema (so it means exactly what the list page sends) and the list service answers with its total,
 * scoped by its module's policy like any list. The number and the list it opens cannot disagree.
 */
export async function countOf<S extends z.ZodType>(key: string, schema: S, query: ListQueryText, list: (q: z.output<S>) => Promise<{ total: number }>): Promise<HomeCount> {
  const parsed = schema.parse({ ...query, page: '1', pageSize: '1' });
  return { key, count: (await list(parsed)).total, query };
}
