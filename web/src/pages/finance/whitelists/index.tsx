import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { type Application, APPLICATION_STATUSES, ApplicationStatusLabels, CHANNELS, ChannelLabels } from '../../../../../common/finance-whitelist';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';

/** Whitelist applicants with their scores and reasons (banks: the published lists); filter, sort, page, export. */
export default function WhitelistPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const list = useListQuery('/finance/whitelist-applications', { sort: 'createdAt', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['finance-applications', list.query], queryFn: () => api.get('/finance/whitelist-applications', { params: { query: list.query } }) });
  const batches = useQuery({ queryKey: ['finance-batches'], queryFn: () => api.get('/finance/whitelists', { params: { query: { pageSize: 200 } } }) });
  const f = list.params.filters;

  return (
    <PageContainer
      title={t('finance.whitelists.title')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/finance/whitelist-applications/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      }
    >
      <Space wrap className="filter-bar">
        <Select allowClear placeholder={t('finance.whitelists.batch')} value={typeof f.batchId === 'string' ? f.batchId : undefined} onChange={(batchId?: string) => list.setFilters({ ...f, batchId })} options={batches.data?.items.map((b) => ({ value: b.id, label: b.title }))} style={{ minWidth: 280 }} />
        <Input.Search allowClear placeholder={t('finance.whitelists.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('finance.whitelists.status')} value={typeof f.status === 'string' ? f.status : undefined} onChange={(status?: string) => list.setFilters({ ...f, status })} options={APPLICATION_STATUSES.map((s) => ({ value: s, label: label(ApplicationStatusLabels[s]) }))} style={{ minWidth: 140 }} />
        <Select allowClear placeholder={t('finance.whitelists.channel')} value={typeof f.channel === 'string' ? f.channel : undefined} onChange={(channel?: string) => list.setFilters({ ...f, channel })} options={CHANNELS.map((c) => ({ value: c, label: label(ChannelLabels[c]) }))} style={{ minWidth: 160 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Application>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Application>(data?.total, t)}
        scroll={{ x: 1300 }}
        columns={[
          { title: t('finance.whitelists.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName', sorter: true, sortOrder: list.sortOrder('enterpriseName'), ellipsis: true },
          { title: t('finance.whitelists.batch'), dataIndex: 'batchTitle', width: 240, ellipsis: true },
          { title: t('finance.whitelists.channel'), dataIndex: 'channel', width: 130, render: (c: Application['channel']) => label(ChannelLabels[c]) },
          { title: t('finance.whitelists.inventions'), dataIndex: 'validInventions', width: 110, align: 'right' },
          { title: t('finance.whitelists.highValue'), dataIndex: 'highValueInventions', width: 120, align: 'right' },
          {
            title: t('finance.whitelists.score'),
            dataIndex: 'score',
            width: 110,
            render: (s: number, a) => (
              <Tooltip title={a.lines.map((l) => `${l.label}：${l.reason}`).join('；')}>
                <Tag color={a.eligible ? 'success' : 'warning'}>{`${s} / ${a.passScore}`}</Tag>
              </Tooltip>
            ),
          },
          { title: t('finance.whitelists.status'), dataIndex: 'status', key: 'status', sorter: true, sortOrder: list.sortOrder('status'), width: 110, render: (s: Application['status']) => label(ApplicationStatusLabels[s]) },
          { title: t('common.createdAt'), dataIndex: 'createdAt', key: 'createdAt', sorter: true, sortOrder: list.sortOrder('createdAt'), width: 120, render: (d: string) => formatDate(d) },
        ]}
      />
    </PageContainer>
  );
}
