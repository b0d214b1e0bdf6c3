import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Batch, BATCH_STATUSES, BatchStatusLabels, CriterionLabels } from '../../../../../common/finance-whitelist';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { ApplyDrawer } from './ApplyDrawer';
import { BatchDrawer } from './BatchDrawer';

const STATUS_COLOURS: Record<Batch['status'], string> = { open: 'processing', closed: 'warning', published: 'success' };

/** The criteria of a batch in words, one a line: '有效发明专利数量 ≥ 2（必备，30分）'. */
function useCriteriaText() {
  const { t, label } = useI18n();
  return (b: Batch) =>
    b.criteria
      .map((c) => `${label(CriterionLabels[c.key])}${c.threshold ? ` ≥ ${c.threshold}` : ''}（${c.required ? `${t('finance.batch.mustMeet')}，` : ''}${c.points}${t('finance.batch.points')}）`);
}

/** The row's actions for the caller: the office closes and publishes; enterprises apply; districts recommend; banks send applicants. */
function BatchActions({ batch, onApply }: { batch: Batch; onApply: (b: Batch) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const setStatus = (status: 'closed' | 'published') =>
    api
      .post('/finance/whitelists/{id}/status', { params: { path: { id: batch.id } }, body: { status } })
      .then(() => {
        void message.success(t('common.saved'));
        void queryClient.invalidateQueries({ queryKey: ['finance-batches'] });
      })
      .catch((err: unknown) => void message.error(applyApiError(null, err)));
  const manages = hasRole(['office', 'admin']);
  const open = batch.status === 'open';
  return (
    <Space size={4} wrap>
      <Link to={`/finance/whitelists?batchId=${batch.id}`}>{t(batch.status === 'published' ? 'finance.batch.viewList' : 'finance.batch.viewApplicants')}</Link>
      {open && hasRole(['enterprise']) && <Button size="small" type="primary" onClick={() => onApply(batch)}>{t('finance.apply.self')}</Button>}
      {open && hasRole(['district']) && <Button size="small" type="primary" onClick={() => onApply(batch)}>{t('finance.apply.district')}</Button>}
      {open && hasRole(['bank']) && <Button size="small" onClick={() => onApply(batch)}>{t('finance.apply.bank')}</Button>}
      {manages && open && <Popconfirm title={t('finance.batch.closeConfirm')} onConfirm={() => setStatus('closed')}><Button size="small">{t('finance.batch.close')}</Button></Popconfirm>}
      {manages && batch.status !== 'published' && <Popconfirm title={t('finance.batch.publishConfirm')} onConfirm={() => setStatus('published')}><Button size="small" type="primary">{t('finance.batch.publish')}</Button></Popconfirm>}
    </Space>
  );
}

/** Whitelist batches: the office opens, closes and publishes them; enterprises, districts and banks put enterprises forward. */
export default function BatchListPage() {
  const { t, label } = useI18n();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [applying, setApplying] = useState<Batch | null>(null);
  const list = useListQuery('/finance/whitelists', { sort: 'createdAt', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['finance-batches', list.query], queryFn: () => api.get('/finance/whitelists', { params: { query: list.query } }) });
  const criteria = useCriteriaText();
  const f = list.params.filters;
  return (
    <PageContainer title={t('finance.batches.title')} extra={hasRole(['office', 'admin']) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('finance.batch.new')}</Button>}>
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('finance.batch.title')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('finance.whitelists.status')} value={list.text('status')} onChange={(status?: string) => list.setFilters({ ...f, status })} options={BATCH_STATUSES.map((s) => ({ value: s, label: label(BatchStatusLabels[s]) }))} style={{ minWidth: 140 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Batch>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Batch>(data?.total, t)}
        scroll={{ x: 1250 }}
        columns={[
          {
            title: t('finance.batch.title'),
            dataIndex: 'title',
            key: 'title',
            sorter: true,
            sortOrder: list.sortOrder('title'),
            width: 280,
            render: (title: string, b) => (
              <>
                <div>{title}</div>
                <Typography.Text type="secondary">{b.regionName}</Typography.Text>
              </>
            ),
          },
          { title: t('finance.batch.criteria'), key: 'criteria', width: 300, render: (_: unknown, b) => criteria(b).map((line) => <div key={line}>{line}</div>) },
          { title: t('finance.batch.passScore'), dataIndex: 'passScore', width: 80, align: 'right' },
          { title: t('finance.batch.validity'), key: 'validTo', sorter: true, sortOrder: list.sortOrder('validTo'), width: 120, render: (_: unknown, b) => <>{formatDate(b.validFrom)}<br />{`— ${formatDate(b.validTo)}`}</> },
          { title: t('finance.batch.counts'), key: 'counts', width: 100, align: 'right', render: (_: unknown, b) => `${b.approvedCount} / ${b.applicationCount}` },
          { title: t('finance.whitelists.status'), dataIndex: 'status', width: 110, render: (s: Batch['status']) => <Tag color={STATUS_COLOURS[s]}>{label(BatchStatusLabels[s])}</Tag> },
          { title: t('common.actions'), key: 'actions', width: 240, fixed: 'right', render: (_: unknown, b) => <BatchActions batch={b} onApply={setApplying} /> },
        ]}
      />
      {creating && <BatchDrawer open={creating} onClose={() => setCreating(false)} onSaved={() => void queryClient.invalidateQueries({ queryKey: ['finance-batches'] })} />}
      {applying && <ApplyDrawer batch={applying} onClose={() => setApplying(null)} onSaved={(a) => void navigate(`/finance/whitelists?batchId=${a.batchId}`)} />}
    </PageContainer>
  );
}
