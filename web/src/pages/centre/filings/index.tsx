import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { type Filing, FILING_STATUSES, FilingStatusLabels } from '../../../../../common/centre';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { FilingDrawer } from './FilingDrawer';

/** Filings with a centre or window: enterprises file and correct, examiners approve or return. */
export default function FilingsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const [drawer, setDrawer] = useState<{ returned: Filing | null } | null>(null);
  const [returning, setReturning] = useState<Filing | null>(null);
  const [reason, setReason] = useState('');
  const list = useListQuery('/centre/filings', { sort: 'submittedOn', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['centre-filings', list.query], queryFn: () => api.get('/centre/filings', { params: { query: list.query } }) });
  const config = useQuery({ queryKey: ['centre-config'], queryFn: () => api.get('/centre/config') });
  const fieldName = (c: string) => config.data?.fields.find((f) => f.code === c)?.name ?? '';
  const f = list.params.filters;
  const decide = (filing: Filing, body: { decision: 'approve'; reason: null } | { decision: 'return'; reason: string }) =>
    api
      .post('/centre/filings/{id}/decision', { params: { path: { id: filing.id } }, body })
      .then(() => {
        void message.success(t('centre.saved'));
        setReturning(null);
        setReason('');
        void queryClient.invalidateQueries({ queryKey: ['centre-filings'] });
      })
      .catch((err: unknown) => void message.error(applyApiError(null, err)));

  return (
    <PageContainer
      title={t('centre.filings.title')}
      extra={
        <Space wrap>
          {hasRole(['enterprise']) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ returned: null })}>{t('centre.filings.new')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/centre/filings/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('centre.filings.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('centre.status')} value={typeof f.status === 'string' ? f.status : undefined} onChange={(status?: string) => list.setFilters({ ...f, status })} options={[...FILING_STATUSES, 'expired' as const].map((s) => ({ value: s, label: label(FilingStatusLabels[s]) }))} style={{ minWidth: 120 }} />
        <Select allowClear placeholder={t('centre.window')} value={typeof f.windowId === 'string' ? f.windowId : undefined} onChange={(windowId?: string) => list.setFilters({ ...f, windowId })} options={config.data?.windows.map((w) => ({ value: w.id, label: w.name }))} style={{ minWidth: 220 }} />
        <Select allowClear placeholder={t('centre.field')} value={typeof f.fieldCode === 'string' ? f.fieldCode : undefined} onChange={(fieldCode?: string) => list.setFilters({ ...f, fieldCode })} options={config.data?.fields.map((x) => ({ value: x.code, label: x.name }))} style={{ minWidth: 140 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Filing>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Filing>(data?.total, t)}
        scroll={{ x: 1300 }}
        expandable={{ expandedRowRender: (r) => <div>{r.checks.map((c) => <div key={c.code}><Tag color={c.met ? 'success' : 'error'}>{c.met ? t('centre.met') : t('centre.notMet')}</Tag>{c.detail}</div>)}{r.reason && <div>{t('centre.reason')}：{r.reason}</div>}{r.sourceNote && <div style={{ whiteSpace: 'pre-wrap' }}>{t('centre.invitedFrom')}：{r.sourceNote}</div>}{r.documents && <div>{t('centre.documents')}：{r.documents}</div>}</div> }}
        columns={[
          { title: t('centre.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise', sorter: true, sortOrder: list.sortOrder('enterprise'), width: 260, ellipsis: true },
          { title: t('centre.window'), dataIndex: 'windowName', width: 240, ellipsis: true },
          { title: t('centre.region'), dataIndex: 'regionName', width: 160, ellipsis: true },
          { title: t('centre.fields'), dataIndex: 'fieldCodes', width: 180, render: (codes: string[]) => codes.map(fieldName).join('、') },
          { title: t('centre.status'), dataIndex: 'status', width: 100, render: (_: unknown, r) => <Tag color={r.expired ? 'default' : r.status === 'approved' ? 'success' : r.status === 'returned' || r.status === 'invited' ? 'warning' : 'processing'}>{label(FilingStatusLabels[r.expired ? 'expired' : r.status])}</Tag> },
          { title: t('centre.submittedOn'), dataIndex: 'submittedOn', key: 'submittedOn', sorter: true, sortOrder: list.sortOrder('submittedOn'), width: 120, render: (d: string | null) => (d ? formatDate(d) : '—') },
          { title: t('centre.validity'), dataIndex: 'validTo', key: 'validTo', sorter: true, sortOrder: list.sortOrder('validTo'), width: 220, render: (_: unknown, r) => (r.validFrom ? `${formatDate(r.validFrom)} – ${formatDate(r.validTo)}` : '') },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            fixed: 'right' as const,
            render: (_: unknown, r) => (
              <Space size={4}>
                {r.actions.includes('approve') && <Button size="small" type="primary" onClick={() => void decide(r, { decision: 'approve', reason: null })}>{t('centre.approve')}</Button>}
                {r.actions.includes('return') && <Button size="small" onClick={() => setReturning(r)}>{t('centre.return')}</Button>}
                {r.actions.includes('resubmit') && <Button size="small" type="primary" onClick={() => setDrawer({ returned: r })}>{t(r.status === 'invited' ? 'centre.complete' : 'centre.resubmit')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      {drawer && <FilingDrawer open onClose={() => setDrawer(null)} returned={drawer.returned} />}
      <Modal open={!!returning} title={t('centre.return')} onCancel={() => setReturning(null)} onOk={() => returning && void decide(returning, { decision: 'return', reason })}>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('centre.reason')} aria-label={t('centre.reason')} />
      </Modal>
    </PageContainer>
  );
}
