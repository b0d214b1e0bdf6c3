import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { IpRightKindLabels, PLEDGE_STATUSES, type PledgeSummary, PledgeStatusLabels } from '../../../../../common/finance';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { PledgeDrawer } from './PledgeDrawer';

/** Money in fen as 万元 with two decimals, the unit pledges are reported in. */
export function fmtWan(fen: number): string {
  return (fen / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const STATUS_COLOURS: Record<PledgeSummary['status'], string> = { draft: 'default', submitted: 'processing', registered: 'success', refused: 'error', changed: 'cyan', released: 'default' };

/** Pledge registrations the caller may see: filter, sort, page, export. */
export default function PledgeListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const list = useListQuery('/finance/pledges', { sort: 'createdAt', order: 'desc' }, ['status', 'kind']);
  const { data, isFetching } = useQuery({ queryKey: ['finance-pledges', list.query], queryFn: () => api.get('/finance/pledges', { params: { query: list.query } }) });
  const f = list.params.filters;
  const { hasRole } = useSession();
  const navigate = useNavigate();
  const [drawer, setDrawer] = useState(false);

  return (
    <PageContainer
      title={t('finance.pledges.title')}
      extra={
        <Space wrap>
          {hasRole(['enterprise', 'office', 'admin']) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer(true)}>{t('finance.pledges.new')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/finance/pledges/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('finance.pledges.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 280 }} aria-label={t('common.keyword')} />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('finance.pledges.status')}
          value={(f.status as string[] | undefined) ?? []}
          onChange={(status: string[]) => list.setFilters({ ...f, status })}
          options={PLEDGE_STATUSES.map((s) => ({ value: s, label: label(PledgeStatusLabels[s]) }))}
          style={{ minWidth: 200 }}
          maxTagCount="responsive"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('finance.pledges.kind')}
          value={(f.kind as string[] | undefined) ?? []}
          onChange={(kind: string[]) => list.setFilters({ ...f, kind })}
          options={(['patent', 'trademark', 'gi'] as const).map((k) => ({ value: k, label: label(IpRightKindLabels[k]) }))}
          style={{ minWidth: 160 }}
        />
        <RegionPicker allowClear value={typeof f.regionCode === 'string' ? f.regionCode : undefined} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<PledgeSummary>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<PledgeSummary>(data?.total, t)}
        scroll={{ x: hasRole(['bank']) ? 1300 : 1520 }}
        columns={[
          { title: t('finance.pledges.pledgor'), dataIndex: 'enterpriseName', width: 260, ellipsis: true, render: (name: string, p) => <Link to={`/finance/pledges/${p.id}`}>{name}</Link> },
          ...(hasRole(['bank']) ? [] : [{ title: t('finance.pledges.pledgee'), dataIndex: 'bankName', width: 220, ellipsis: true }]),
          { title: t('finance.pledges.region'), dataIndex: 'regionName', width: 160, ellipsis: true },
          { title: t('finance.pledges.kind'), dataIndex: 'kinds', width: 130, render: (kinds: PledgeSummary['kinds'], p) => `${kinds.map((k) => label(IpRightKindLabels[k])).join('、')} ${p.rightCount}${t('finance.pledges.items')}` },
          { title: t('finance.pledges.amount'), dataIndex: 'securedAmountFen', key: 'securedAmountFen', sorter: true, sortOrder: list.sortOrder('securedAmountFen'), width: 140, align: 'right', render: (v: number) => fmtWan(v) },
          { title: t('finance.pledges.status'), dataIndex: 'status', key: 'status', sorter: true, sortOrder: list.sortOrder('status'), width: 170, render: (s: PledgeSummary['status']) => <Tag color={STATUS_COLOURS[s]}>{label(PledgeStatusLabels[s])}</Tag> },
          { title: t('finance.pledges.dueOn'), dataIndex: 'dueOn', key: 'dueOn', sorter: true, sortOrder: list.sortOrder('dueOn'), width: 120, render: (d: string | null) => formatDate(d) },
          { title: t('finance.pledges.registeredOn'), dataIndex: 'registeredOn', key: 'registeredOn', sorter: true, sortOrder: list.sortOrder('registeredOn'), width: 120, render: (d: string | null) => formatDate(d) },
          { title: t('common.createdAt'), dataIndex: 'createdAt', key: 'createdAt', sorter: true, sortOrder: list.sortOrder('createdAt'), width: 120, render: (d: string) => formatDate(d) },
        ]}
      />
      {drawer && <PledgeDrawer open={drawer} onClose={() => setDrawer(false)} onSaved={(p) => void navigate(`/finance/pledges/${p.id}`)} />}
    </PageContainer>
  );
}
