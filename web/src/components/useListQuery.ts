import type { TablePaginationConfig, TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useSearchParams } from 'react-router';
import type { GetPath, QueryOf } from '../app/api-client';

type Defaults = { pageSize?: number; sort?: string; order?: 'asc' | 'desc' };

export interface ListParams {
  page: number;
  pageSize: number;
  sort?: string;
  order: 'asc' | 'desc';
  filters: Record<string, string | string[] | undefined>;
}

/**
 * Keeps a list's page, sort and filters in the address bar, so a list can be bookmarked, shared
 * and restored with the back button. `arrayKeys` are filters that take several values. Given the
 * list's route, `query` and `exportQuery` are typed as that route's query (the server checks the
 * values the address bar holds).
 */
export function useListQuery<P extends GetPath>(
  path: P,
  defaults?: Defaults,
  arrayKeys?: string[],
): ReturnType<typeof useList> & { query: QueryOf<P>; exportQuery: QueryOf<P> };
export function useListQuery(defaults?: Defaults, arrayKeys?: string[]): ReturnType<typeof useList>;
export function useListQuery(a?: GetPath | Defaults, b?: Defaults | string[], c?: string[]) {
  const typed = typeof a === 'string';
  return useList((typed ? (b as Defaults | undefined) : (a)) ?? {}, (typed ? c : (b as string[] | undefined)) ?? []);
}

function useList(defaults: Defaults, arrayKeys: string[]) {
  const [params, setParams] = useSearchParams();
  const value: ListParams = (() => {
    const filters: ListParams['filters'] = {};
    for (const key of new Set(params.keys())) {
      if (['page', 'pageSize', 'sort', 'order'].includes(key)) continue;
      filters[key] = arrayKeys.includes(key) ? params.getAll(key) : (params.get(key) ?? undefined);
    }
    return {
      page: Number(params.get('page') ?? 1) || 1,
      pageSize: Number(params.get('pageSize') ?? defaults.pageSize ?? 20) || 20,
      sort: params.get('sort') ?? defaults.sort,
      order: (params.get('order') as 'asc' | 'desc' | null) ?? defaults.order ?? 'asc',
      filters,
    };
  })();

  const update = (next: Partial<ListParams>) => {
      const merged = { ...value, ...next, filters: next.filters ?? value.filters };
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(merged.filters)) {
        if (Array.isArray(v)) v.forEach((x) => p.append(k, x));
        else if (v !== undefined && v !== '') p.set(k, v);
      }
      if (merged.page !== 1) p.set('page', String(merged.page));
      if (merged.pageSize !== (defaults.pageSize ?? 20)) p.set('pageSize', String(merged.pageSize));
      if (merged.sort) p.set('sort', merged.sort);
      if (merged.order !== (defaults.order ?? 'asc')) p.set('order', merged.order);
      setParams(p, { replace: true });
  };

  /** The query to send to the API: page, sort and filters together. */
  const query = { page: value.page, pageSize: value.pageSize, sort: value.sort, order: value.order, ...value.filters };
  /** The same query without paging, for the list's Excel export. */
  const exportQuery = { ...query, page: undefined, pageSize: undefined };

  const setFilters = (filters: ListParams['filters']) => update({ filters, page: 1 });

  /** Table props wiring antd pagination and column sorting to the address bar. */
  function tableProps<T>(total: number | undefined, t: (k: string, v?: Record<string, number>) => string): Partial<TableProps<T>> {
    return {
      pagination: {
        current: value.page,
        pageSize: value.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (n: number) => t('common.total', { total: n }),
      } satisfies TablePaginationConfig,
      onChange: (pagination, _filters, sorter) => {
        const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
        const field = s?.order ? String(s.columnKey ?? s.field) : undefined;
        update({
          page: pagination.current ?? 1,
          pageSize: pagination.pageSize ?? value.pageSize,
          sort: field,
          order: s?.order === 'descend' ? 'desc' : 'asc',
        });
      },
    };
  }

  /** The sort state of a column, for its `sortOrder` prop. */
  const sortOrder = (key: string) => (value.sort === key ? (value.order === 'desc' ? 'descend' : 'ascend') : null);

  /** A single-valued filter, or undefined. */
  const text = (key: string): string | undefined => {
    const v = value.filters[key];
    return typeof v === 'string' ? v : undefined;
  };

  return { params: value, query, exportQuery, update, setFilters, tableProps, sortOrder, text };
}
