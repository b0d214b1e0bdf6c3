import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag } from 'antd';
import { GI_KINDS, GiKindLabels, GiStatusLabels, HolderKindLabels, TRADEMARK_STATUSES, TrademarkStatusLabels } from '../../../../../common/stats';
import type { Gi, Pct, Trademark } from '../../../../../common/stats-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { type List, tabQuery } from './tab-query';

/** Trademarks with status and Nice-class filters. */
export function TrademarkTable({ list }: { list: List }) {
  const { t, label } = useI18n();
  const f = list.params.filters;
  const query = tabQuery<'/stats/trademarks'>(list);
  const { data, isFetching } = useQuery({ queryKey: ['stats', 'trademarks', query], queryFn: () => api.get('/stats/trademarks', { params: { query } }) });
  return (
    <>
      <Space wrap className="filter-bar">
        <Select mode="multiple" allowClear placeholder={t('stats.status')} value={(f.status as string[] | undefined) ?? []} onChange={(status: string[]) => list.setFilters({ ...f, status })} options={TRADEMARK_STATUSES.map((k) => ({ value: k, label: label(TrademarkStatusLabels[k]) }))} style={{ minWidth: 160 }} />
        <Select allowClear placeholder={t('stats.trademark.class')} value={f.niceClass ? Number(f.niceClass) : undefined} onChange={(v?: number) => list.setFilters({ ...f, niceClass: v ? String(v) : undefined })} options={Array.from({ length: 45 }, (_, i) => ({ value: i + 1, label: `第${i + 1}类` }))} style={{ width: 120 }} />
      </Space>
      <Table<Trademark>
        rowKey="registrationNo"
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Trademark>(data?.total, t)}
        columns={[
          { title: t('stats.trademark.no'), dataIndex: 'registrationNo', key: 'registrationNo', width: 130, sorter: true, sortOrder: list.sortOrder('registrationNo') },
          { title: t('stats.trademark.name'), dataIndex: 'markName', width: 120 },
          { title: t('stats.trademark.class'), dataIndex: 'niceClass', key: 'niceClass', width: 100, sorter: true, sortOrder: list.sortOrder('niceClass') },
          { title: t('stats.patent.holder'), dataIndex: 'holderName', ellipsis: true, render: (n: string, r) => `${n}（${label(HolderKindLabels[r.holderKind])}）` },
          { title: t('stats.region'), dataIndex: 'regionName', key: 'regionCode', width: 180, sorter: true, sortOrder: list.sortOrder('regionCode') },
          { title: t('stats.trademark.date'), dataIndex: 'registrationDate', key: 'registrationDate', width: 110, sorter: true, sortOrder: list.sortOrder('registrationDate') },
          { title: t('stats.status'), dataIndex: 'status', width: 110, render: (v: Trademark['status']) => <Tag color={v === 'registered' ? 'green' : undefined}>{label(TrademarkStatusLabels[v])}</Tag> },
          { title: t('stats.trademark.madrid'), dataIndex: 'madrid', width: 80, render: (v: boolean) => (v ? t('common.yes') : '') },
        ]}
      />
    </>
  );
}

/** PCT international applications. */
export function PctTable({ list }: { list: List }) {
  const { t, label } = useI18n();
  const query = tabQuery<'/stats/pct'>(list);
  const { data, isFetching } = useQuery({ queryKey: ['stats', 'pct', query], queryFn: () => api.get('/stats/pct', { params: { query } }) });
  return (
    <Table<Pct>
      rowKey="pctNo"
      size="small"
      loading={isFetching}
      dataSource={data?.items}
      {...list.tableProps<Pct>(data?.total, t)}
      columns={[
        { title: t('stats.pct.no'), dataIndex: 'pctNo', key: 'pctNo', width: 180, sorter: true, sortOrder: list.sortOrder('pctNo') },
        { title: t('stats.pct.date'), dataIndex: 'filingDate', key: 'filingDate', width: 120, sorter: true, sortOrder: list.sortOrder('filingDate') },
        { title: t('stats.patent.title'), dataIndex: 'title', ellipsis: true },
        { title: t('stats.patent.holder'), dataIndex: 'applicantName', ellipsis: true, render: (n: string, r) => `${n}（${label(HolderKindLabels[r.holderKind])}）` },
        { title: t('stats.region'), dataIndex: 'regionName', key: 'regionCode', width: 180, sorter: true, sortOrder: list.sortOrder('regionCode') },
      ]}
    />
  );
}

/** Geographical indications with kind and status filters. */
export function GiTable({ list }: { list: List }) {
  const { t, label } = useI18n();
  const f = list.params.filters;
  const query = tabQuery<'/stats/gis'>(list);
  const { data, isFetching } = useQuery({ queryKey: ['stats', 'gis', query], queryFn: () => api.get('/stats/gis', { params: { query } }) });
  return (
    <>
      <Space wrap className="filter-bar">
        <Select mode="multiple" allowClear placeholder={t('stats.gi.kind')} value={(f.kind as string[] | undefined) ?? []} onChange={(kind: string[]) => list.setFilters({ ...f, kind })} options={GI_KINDS.map((k) => ({ value: k, label: label(GiKindLabels[k]) }))} style={{ minWidth: 180 }} />
      </Space>
      <Table<Gi>
        rowKey="giNo"
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Gi>(data?.total, t)}
        columns={[
          { title: t('stats.gi.no'), dataIndex: 'giNo', key: 'giNo', width: 140, sorter: true, sortOrder: list.sortOrder('giNo') },
          { title: t('stats.gi.name'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: list.sortOrder('name') },
          { title: t('stats.gi.kind'), dataIndex: 'kind', width: 140, render: (v: Gi['kind']) => label(GiKindLabels[v]) },
          { title: t('stats.region'), dataIndex: 'regionName', key: 'regionCode', width: 200, sorter: true, sortOrder: list.sortOrder('regionCode') },
          { title: t('stats.gi.date'), dataIndex: 'registrationDate', key: 'registrationDate', width: 120, sorter: true, sortOrder: list.sortOrder('registrationDate') },
          { title: t('stats.status'), dataIndex: 'status', width: 90, render: (v: Gi['status']) => label(GiStatusLabels[v]) },
        ]}
      />
    </>
  );
}
