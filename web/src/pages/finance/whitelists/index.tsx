import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Popconfirm, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { type Application, APPLICATION_STATUSES, ApplicationStatusLabels, CHANNELS, ChannelLabels } from '../../../../../common/finance-whitelist';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { CreditLineDrawer, type CreditTarget } from '../credit-lines/CreditLineDrawer';
import { DecisionDrawer, ScoreLines } from './DecisionDrawer';

/** What the caller may do on an applicant: the office decides; a bank marks interest in a published entry and records its credit line. */
function RowActions({ a, onDecide, onCredit }: { a: Application; onDecide: (a: Application) => void; onCredit: (t: CreditTarget) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  if (hasRole(['office', 'admin']) && a.status === 'submitted' && a.batchStatus !== 'published') return <Button size="small" type="primary" onClick={() => onDecide(a)}>{t('finance.decision.title')}</Button>;
  if (hasRole(['bank']) && a.status === 'approved' && a.batchStatus === 'published') {
    const interest = () =>
      api
        .post('/finance/whitelist-applications/{id}/interest', { params: { path: { id: a.id } } })
        .then(() => {
          void message.success(t('finance.credit.interestMarked'));
          void queryClient.invalidateQueries({ queryKey: ['finance-credit-lines'] });
        })
        .catch((err: unknown) => void message.error(applyApiError(null, err)));
    return (
      <Space size={4}>
        <Button size="small" onClick={() => void interest()}>{t('finance.credit.markInterest')}</Button>
        <Button size="small" type="primary" onClick={() => onCredit({ applicationId: a.id, enterpriseName: a.enterpriseName })}>{t('finance.credit.record')}</Button>
      </Space>
    );
  }
  return null;
}

/** Whitelist applicants with their scores and reasons (banks: the published lists); the office decides and publishes, banks record credit lines. */
export default function WhitelistPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const [deciding, setDeciding] = useState<Application | null>(null);
  const [credit, setCredit] = useState<CreditTarget | null>(null);
  const list = useListQuery('/finance/whitelist-applications', { sort: 'createdAt', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['finance-applications', list.query], queryFn: () => api.get('/finance/whitelist-applications', { params: { query: list.query } }) });
  const batches = useQuery({ queryKey: ['finance-batches', 'all'], queryFn: () => api.get('/finance/whitelists', { params: { query: { pageSize: 200 } } }) });
  const f = list.params.filters;
  const batch = batches.data?.items.find((b) => b.id === f.batchId);
  const acts = hasRole(['office', 'admin', 'bank']);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['finance-applications'] });
    void queryClient.invalidateQueries({ queryKey: ['finance-batches'] });
  };
  const publish = () =>
    api
      .post('/finance/whitelists/{id}/status', { params: { path: { id: batch?.id ?? '' } }, body: { status: 'published' } })
      .then(() => {
        void message.success(t('finance.batch.published'));
        refresh();
      })
      .catch((err: unknown) => void message.error(applyApiError(null, err)));

  return (
    <PageContainer
      title={t('finance.whitelists.title')}
      extra={
        <Space wrap>
          {batch && batch.status !== 'published' && hasRole(['office', 'admin']) && (
            <Popconfirm title={t('finance.batch.publishConfirm')} onConfirm={() => void publish()}>
              <Button type="primary">{t('finance.batch.publish')}</Button>
            </Popconfirm>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/finance/whitelist-applications/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </Space>
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
        scroll={{ x: 1100 + (f.batchId ? 0 : 220) + (acts ? 250 : 0) }}
        expandable={{ expandedRowRender: (a) => <ScoreLines lines={a.lines} /> }}
        columns={[
          { title: t('finance.whitelists.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName', sorter: true, sortOrder: list.sortOrder('enterpriseName'), width: 260, ellipsis: true },
          ...(f.batchId ? [] : [{ title: t('finance.whitelists.batch'), dataIndex: 'batchTitle', width: 220, ellipsis: true }]),
          { title: t('finance.whitelists.channel'), dataIndex: 'channel', width: 150, render: (c: Application['channel']) => label(ChannelLabels[c]) },
          { title: t('finance.whitelists.inventions'), dataIndex: 'validInventions', width: 120, align: 'right' },
          { title: t('finance.whitelists.highValue'), dataIndex: 'highValueInventions', width: 130, align: 'right' },
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
          ...(acts ? [{ title: t('common.actions'), key: 'actions', width: 250, fixed: 'right' as const, render: (_: unknown, a: Application) => <RowActions a={a} onDecide={setDeciding} onCredit={setCredit} /> }] : []),
        ]}
      />
      {deciding && <DecisionDrawer application={deciding} onClose={() => setDeciding(null)} onSaved={refresh} />}
      {credit && <CreditLineDrawer target={credit} onClose={() => setCredit(null)} onSaved={() => void queryClient.invalidateQueries({ queryKey: ['finance-credit-lines'] })} />}
    </PageContainer>
  );
}
