import type { GetPath, QueryOf } from '../../../app/api-client';
import type { useListQuery } from '../../../components/useListQuery';

/** The records page's one list, kept in the address bar for all its tabs. */
export type List = ReturnType<typeof useListQuery>;

/**
 * The list's query for one tab's route, without the tab itself (`paged` false: for the export).
 * The four tabs share one list, so its filters are typed per route here, as `useListQuery` types
 * a list of one route: the address bar may hold anything and the server checks it.
 */
export function tabQuery<P extends GetPath>(list: List, paged?: boolean): QueryOf<P>;
export function tabQuery(list: List, paged = true): unknown {
  return { ...(paged ? list.query : list.exportQuery), tab: undefined };
}
