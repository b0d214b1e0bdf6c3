import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { type CreditLine, CREDIT_STATUSES, CreditStatusLabels } from '../../../../../common/finance-whitelist';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { wanYuan } from '../loan-format';
import { CreditLineDrawer, type CreditTarget } from './CreditLineDrawer';

const STATUS_COLOURS: Record<CreditLine['status'], string> = { interested: 'processing', granted: 'success', declined: 'default' };

/** Banks' interest marks and credit lines on whitelisted enterprises: a bank its own, the office and districts theirs. */
export default function CreditLineListPage() {
  const { t, label, locale } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<CreditTarget | null>(null);
  const list = useListQuery('/finance/credit-lines', { sort: 'updatedAt', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['finance-credit-lines', list.query], queryFn: () => api.get('/finance/credit-lines', { params: { query: list.query } }) });
  const batches = useQuery({ queryKey: ['finance-batches', 'all'], queryFn: () => api.get('/finance/whitelists', { params: { query: { pageSize: 200 } } }) });
  const f = list.params.filters;
  const bank = hasRole(['bank']);
  return (
    <PageContainer
      title={t('finance.credit.title')}
      extra={<Button icon={<DownloadOutlined />} onClick={() => void api.download('/finance/credit-lines/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>}
    >
      <Space wrap className="filter-bar">
        <Select allowClear placeholder={t('finance.whitelists.batch')} value={list.text('batchId')} onChange={(batchId?: string) => list.setFilters({ ...f, batchId })} options={batches.data?.items.map((b) => ({ value: b.id, label: b.title }))} style={{ minWidth: 280 }} />
        <Input.Search allowClear placeholder={t('finance.whitelists.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('finance.credit.status')} value={list.text('status')} onChange={(status?: string) => list.setFilters({ ...f, status })} options={CREDIT_STATUSES.map((s) => ({ value: s, label: label(CreditStatusLabels[s]) }))} style={{ minWidth: 140 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<CreditLine>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<CreditLine>(data?.total, t)}
        scroll={{ x: bank ? 1130 : 1250 }}
        columns={[
          { title: t('finance.whitelists.enterprise'), dataIndex: 'enterpriseName', width: 260, ellipsis: true },
          { title: t('finance.loan.region'), dataIndex: 'regionName', width: 170, ellipsis: true },
          ...(bank ? [] : [{ title: t('finance.loan.bank'), dataIndex: 'bankName', width: 220, ellipsis: true }]),
          { title: t('finance.credit.status'), dataIndex: 'status', width: 110, render: (s: CreditLine['status']) => <Tag color={STATUS_COLOURS[s]}>{label(CreditStatusLabels[s])}</Tag> },
          { title: t('finance.credit.amountShort'), dataIndex: 'amountFen', key: 'amountFen', width: 140, align: 'right', sorter: true, sortOrder: list.sortOrder('amountFen'), render: (v: number | null) => (v === null ? '—' : wanYuan(v, locale)) },
          { title: t('finance.credit.grantedOn'), dataIndex: 'grantedOn', key: 'grantedOn', width: 120, sorter: true, sortOrder: list.sortOrder('grantedOn'), render: (d: string | null) => formatDate(d) },
          { title: t('finance.credit.expiresOn'), dataIndex: 'expiresOn', width: 120, render: (d: string | null) => formatDate(d) },
          { title: t('common.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', width: 120, sorter: true, sortOrder: list.sortOrder('updatedAt'), render: (d: string) => formatDate(d) },
          ...(bank ? [{ title: t('common.actions'), key: 'actions', width: 150, fixed: 'right' as const, render: (_: unknown, c: CreditLine) => <Button size="small" onClick={() => setTarget({ line: c })}>{t('finance.credit.record')}</Button> }] : []),
        ]}
      />
      {target && <CreditLineDrawer target={target} onClose={() => setTarget(null)} onSaved={() => void queryClient.invalidateQueries({ queryKey: ['finance-credit-lines'] })} />}
    </PageContainer>
  );
}
