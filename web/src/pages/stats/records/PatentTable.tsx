import { skipToken, useQuery } from '@tanstack/react-query';
import { Checkbox, Descriptions, Drawer, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { AwardLabels, HolderKindLabels, PATENT_STATUSES, PATENT_TYPES, PatentStatusLabels, PatentTypeLabels } from '../../../../../common/stats';
import type { Patent } from '../../../../../common/stats-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { type List, tabQuery } from './tab-query';

/** The patent list with its type, status and high-value filters, and a drawer with one patent's details. */
export function PatentTable({ list }: { list: List }) {
  const { t, label } = useI18n();
  const f = list.params.filters;
  const [open, setOpen] = useState<string | null>(null);
  const query = tabQuery<'/stats/patents'>(list);
  const { data, isFetching } = useQuery({ queryKey: ['stats', 'patents', query], queryFn: () => api.get('/stats/patents', { params: { query } }) });
  const detail = useQuery({ queryKey: ['stats', 'patent', open], queryFn: open ? () => api.get('/stats/patents/{no}', { params: { path: { no: open } } }) : skipToken });
  const p = detail.data;
  return (
    <>
      <Space wrap className="filter-bar">
        <Select mode="multiple" allowClear placeholder={t('stats.patent.type')} value={(f.type as string[] | undefined) ?? []} onChange={(type: string[]) => list.setFilters({ ...f, type })} options={PATENT_TYPES.map((k) => ({ value: k, label: label(PatentTypeLabels[k]) }))} style={{ minWidth: 160 }} />
        <Select mode="multiple" allowClear placeholder={t('stats.patent.status')} value={(f.status as string[] | undefined) ?? []} onChange={(status: string[]) => list.setFilters({ ...f, status })} options={PATENT_STATUSES.map((k) => ({ value: k, label: label(PatentStatusLabels[k]) }))} style={{ minWidth: 160 }} />
        <Checkbox checked={f.highValue === 'true'} onChange={(e) => list.setFilters({ ...f, highValue: e.target.checked ? 'true' : undefined })}>
          {t('stats.records.highValue')}
        </Checkbox>
      </Space>
      <Table<Patent>
        rowKey="applicationNo"
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Patent>(data?.total, t)}
        scroll={{ x: 1300 }}
        columns={[
          { title: t('stats.patent.no'), dataIndex: 'applicationNo', key: 'applicationNo', width: 160, sorter: true, sortOrder: list.sortOrder('applicationNo'), render: (no: string) => <a onClick={() => setOpen(no)}>{no}</a> },
          { title: t('stats.patent.type'), dataIndex: 'type', width: 100, render: (v: Patent['type']) => label(PatentTypeLabels[v]) },
          { title: t('stats.patent.title'), dataIndex: 'title', ellipsis: true },
          { title: t('stats.patent.applicationDate'), dataIndex: 'applicationDate', key: 'applicationDate', width: 110, sorter: true, sortOrder: list.sortOrder('applicationDate') },
          { title: t('stats.patent.grantDate'), dataIndex: 'grantDate', key: 'grantDate', width: 110, sorter: true, sortOrder: list.sortOrder('grantDate') },
          { title: t('stats.patent.status'), dataIndex: 'legalStatus', width: 120, render: (v: Patent['legalStatus']) => <Tag color={v === 'valid' ? 'green' : undefined}>{label(PatentStatusLabels[v])}</Tag> },
          { title: t('stats.patent.holder'), dataIndex: 'holderName', width: 220, ellipsis: true },
          { title: t('stats.region'), dataIndex: 'regionName', key: 'regionCode', width: 180, sorter: true, sortOrder: list.sortOrder('regionCode') },
          { title: t('stats.patent.highValue'), dataIndex: 'highValueReasons', width: 150, render: (r: string[]) => (r.length ? <Tag color="gold">{r[0]}{r.length > 1 ? ` +${r.length - 1}` : ''}</Tag> : null) },
        ]}
      />
      <Drawer open={!!open} onClose={() => setOpen(null)} title={p?.title ?? open} size={560} loading={detail.isFetching}>
        {p && (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('stats.patent.no')}>{p.applicationNo}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.type')}>{label(PatentTypeLabels[p.type])}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.applicationDate')}>{p.applicationDate}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.grantDate')}>{p.grantDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.status')}>{label(PatentStatusLabels[p.legalStatus])}{p.statusDate ? `（${p.statusDate}）` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.holder')}>{p.holderName}（{label(HolderKindLabels[p.holderKind])}）</Descriptions.Item>
            <Descriptions.Item label={t('stats.region')}>{p.regionName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.ipc')}>{p.mainIpc ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.sei')}>{p.seiCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.family')}>{p.overseasFamily ? t('common.yes') : t('common.no')}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.pledge')}>{p.pledgeAmountYuan?.toLocaleString() ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.award')}>{p.award ? label(AwardLabels[p.award]) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('stats.patent.highValue')}>{p.highValueReasons.length ? p.highValueReasons.map((r) => <Tag key={r} color="gold">{r}</Tag>) : t('stats.patent.notHighValue')}</Descriptions.Item>
          </Descriptions>
        )}
      </Drawer>
    </>
  );
}
