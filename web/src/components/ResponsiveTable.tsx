import { Card, Empty, Flex, Pagination, Select, Spin, Table, type TablePaginationConfig, type TableProps } from 'antd';
import type { ColumnType, SorterResult } from 'antd/es/table/interface';
import type { Key, ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import { usePhone } from './responsive';

type Column<T> = ColumnType<T> & { children?: unknown };

function valueAt(row: object, dataIndex: ColumnType<object>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  let v: unknown = row;
  for (const k of path) v = v == null ? undefined : (v as Record<string | number, unknown>)[k as string | number];
  return v;
}

function cell<T extends object>(col: Column<T>, row: T, index: number): ReactNode {
  const value = valueAt(row, col.dataIndex as ColumnType<object>['dataIndex']);
  if (col.render) return col.render(value, row, index) as ReactNode;
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

const keyOf = <T,>(col: Column<T>, i: number): string => String(col.key ?? (Array.isArray(col.dataIndex) ? col.dataIndex.join('.') : col.dataIndex) ?? i);

function rowKeyOf<T extends object>(rowKey: TableProps<T>['rowKey'], row: T, i: number): Key {
  if (typeof rowKey === 'function') return rowKey(row, i);
  const v = valueAt(row, (rowKey ?? 'key') as string);
  return typeof v === 'string' || typeof v === 'number' ? v : i;
}

/** The sort choices of a card list: every sortable column, each way. */
function SortSelect<T extends object>(props: { columns: Column<T>[]; onSort: (key: string | undefined, order: 'ascend' | 'descend' | undefined) => void }) {
  const { t } = useI18n();
  const sortable = props.columns.filter((c) => c.sorter);
  if (sortable.length === 0) return null;
  const current = sortable.find((c) => c.sortOrder);
  const options = sortable.flatMap((c, i) => {
    const title = typeof c.title === 'function' ? '' : c.title;
    return (['ascend', 'descend'] as const).map((o) => ({ value: `${keyOf(c, i)}:${o}`, label: <>{title} {o === 'ascend' ? '↑' : '↓'}</> }));
  });
  return (
    <Select
      allowClear
      style={{ width: '100%' }}
      placeholder={t('list.sortBy')}
      aria-label={t('list.sortBy')}
      value={current ? `${keyOf(current, sortable.indexOf(current))}:${current.sortOrder}` : undefined}
      options={options}
      onChange={(v: string | undefined) => {
        const [key, order] = v ? v.split(':') : [];
        props.onSort(key, order as 'ascend' | 'descend' | undefined);
      }}
    />
  );
}

/**
 * The rows of a table as cards: the first column is the card's title, the others label and value below
 * it, and what a row would expand to under them (nothing is hidden behind a click).
 */
function CardList<T extends object>(props: TableProps<T>) {
  const { t } = useI18n();
  const columns = ((props.columns ?? []) as Column<T>[]).filter((c) => !c.hidden && !c.children);
  const [head, ...rest] = columns;
  const rows = (props.dataSource ?? []);
  const pagination = props.pagination === false ? undefined : (props.pagination);
  const sorter = (key: string | undefined, order: SorterResult<T>['order']): SorterResult<T> => ({ columnKey: key, field: key, order, column: undefined });
  const currentSorter = (() => {
    const c = columns.find((x) => x.sortOrder);
    return sorter(c ? keyOf(c, columns.indexOf(c)) : undefined, c?.sortOrder ?? undefined);
  })();
  const change = (page: TablePaginationConfig, s: SorterResult<T>) => props.onChange?.(page, {}, s, { action: 'paginate', currentDataSource: [...rows] });
  const expand = props.expandable?.expandedRowRender ? props.expandable : undefined;
  const loading = typeof props.loading === 'object' ? !!props.loading.spinning : !!props.loading;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={12} className="card-list">
        <SortSelect columns={columns} onSort={(key, order) => change({ current: 1, pageSize: pagination?.pageSize }, sorter(key, order))} />
        {rows.length === 0 && <Empty description={t('list.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {rows.map((row, i) => (
          <Card key={rowKeyOf(props.rowKey, row, i)} size="small" title={head ? cell(head, row, i) : undefined}>
            <dl className="card-list-fields">
              {rest.map((c, j) => (
                <div key={keyOf(c, j)} className="card-list-field">
                  {c.title && typeof c.title !== 'function' ? <dt>{c.title}</dt> : null}
                  <dd>{cell(c, row, i)}</dd>
                </div>
              ))}
            </dl>
            {expand && expand.rowExpandable?.(row) !== false && <div className="card-list-more">{expand.expandedRowRender?.(row, i, 0, true)}</div>}
          </Card>
        ))}
        {pagination && (pagination.total ?? 0) > (pagination.pageSize ?? 10) && (
          <Pagination
            simple
            align="center"
            current={pagination.current}
            pageSize={pagination.pageSize}
            total={pagination.total}
            showTotal={pagination.showTotal}
            onChange={(current, pageSize) => change({ current, pageSize }, currentSorter)}
          />
        )}
      </Flex>
    </Spin>
  );
}

/**
 * A table on a wide screen; on a phone its rows become cards (title, then label and value), with the
 * table's sorting offered in a select and its paging below. Tables that select rows stay tables on a
 * phone and scroll inside their box. Takes exactly antd's `Table` props.
 */
export function ResponsiveTable<T extends object>(props: TableProps<T>) {
  const phone = usePhone();
  if (!phone || props.rowSelection) return <Table<T> {...props} />;
  return <CardList<T> {...props} />;
}
