import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Adjustment, AdjustmentKindLabels, type ProgressReport, ReportStatusLabels, ReportStatusSchema, type ReturnReport } from '../../../../../common/tasks-progress';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { formatDateTime } from '../../../app/format';
import { ReportStatusTag, yearOptions } from '../shared';
import { FormModal } from '../task-detail/Dialogs';

/** The office's review queue: progress reports to accept or return, and adjustment requests to decide. */
export default function ReviewPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const list = useListQuery('/tasks/progress-reports', { sort: 'createdAt', order: 'desc' });
  const [returning, setReturning] = useState<ProgressReport | null>(null);
  const query = { status: 'submitted' as const, ...list.query };
  const { data, isFetching } = useQuery({ queryKey: ['progress-reports', query], queryFn: () => api.get('/tasks/progress-reports', { params: { query } }) });
  const { data: adjustments } = useQuery({ queryKey: ['adjustments', 'pending'], queryFn: () => api.get('/tasks/adjustments', { params: { query: { status: 'pending', pageSize: 100 } } }) });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['progress-reports'] });
    void qc.invalidateQueries({ queryKey: ['adjustments'] });
    void qc.invalidateQueries({ queryKey: ['tasks'] });
  };
  const onError = (e: Error) => void message.error(e.message);
  const accept = useMutation({ mutationFn: (id: string) => api.post('/tasks/progress-reports/{id}/accept', { params: { path: { id } }, body: {} }), onSuccess: () => { void message.success(t('report.acceptedMsg')); refresh(); }, onError });
  const decide = useMutation({ mutationFn: (v: { id: string; approve: boolean }) => api.post(v.approve ? '/tasks/adjustments/{id}/approve' : '/tasks/adjustments/{id}/refuse', { params: { path: { id: v.id } }, body: { comment: null } }), onSuccess: refresh, onError });
  const f = list.params.filters;

  return (
    <PageContainer title={t('review.title')} card={false}>
      <Card
        title={t('review.reports')}
        style={{ marginBottom: 16 }}
        extra={
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/tasks/progress-reports/export.xlsx', { query: { status: 'submitted', ...list.exportQuery } }).catch(onError)}>
            {t('common.export')}
          </Button>
        }
      >
        <Space wrap className="filter-bar">
          <Select value={(f.status as string | undefined) ?? 'submitted'} onChange={(status: string) => list.setFilters({ ...f, status })} options={ReportStatusSchema.options.map((s) => ({ value: s, label: label(ReportStatusLabels[s]) }))} style={{ width: 130 }} aria-label={t('report.status')} />
          <Select allowClear placeholder={t('plan.year')} value={list.text('year') ? Number(list.text('year')) : undefined} onChange={(y?: number) => list.setFilters({ ...f, year: y ? String(y) : undefined })} options={yearOptions()} style={{ width: 100 }} />
        </Space>
        <Table<ProgressReport>
          rowKey="id"
          loading={isFetching}
          dataSource={data?.items}
          {...list.tableProps<ProgressReport>(data?.total, t)}
          scroll={{ x: 1100 }}
          columns={[
            { title: t('task.title'), key: 'task', render: (_: unknown, r) => <Link to={`/tasks/${r.taskId}`}>{`${r.taskPath} ${r.taskTitle}`}</Link> },
            { title: t('report.org'), dataIndex: 'orgName', width: 200, ellipsis: true },
            { title: t('report.percent'), dataIndex: 'percent', key: 'percent', width: 90, sorter: true, sortOrder: list.sortOrder('percent'), render: (p: number) => `${p}%` },
            { title: t('report.narrative'), dataIndex: 'narrative', ellipsis: true },
            { title: t('report.files'), key: 'files', width: 80, render: (_: unknown, r) => r.files.length || '—' },
            { title: t('report.at'), dataIndex: 'createdAt', key: 'createdAt', width: 150, sorter: true, sortOrder: list.sortOrder('createdAt'), render: (d: string) => formatDateTime(d) },
            { title: t('report.status'), dataIndex: 'status', width: 90, render: (s: ProgressReport['status']) => <ReportStatusTag status={s} /> },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 140,
              render: (_: unknown, r) =>
                r.status === 'submitted' && (
                  <Space>
                    <a onClick={() => accept.mutate(r.id)}>{t('report.accept')}</a>
                    <a onClick={() => setReturning(r)} style={{ color: '#cf1322' }}>
                      {t('report.return')}
                    </a>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('review.adjustments')}>
        <Table<Adjustment>
          rowKey="id"
          dataSource={adjustments?.items}
          pagination={false}
          locale={{ emptyText: t('adjust.empty') }}
          columns={[
            { title: t('task.title'), key: 'task', render: (_: unknown, a) => <Link to={`/tasks/${a.taskId}`}>{`${a.taskPath} ${a.taskTitle}`}</Link> },
            { title: t('report.org'), dataIndex: 'orgName', width: 200 },
            { title: t('adjust.kind'), dataIndex: 'kind', width: 130, render: (k: Adjustment['kind']) => <Tag>{label(AdjustmentKindLabels[k])}</Tag> },
            { title: t('adjust.change'), key: 'change', width: 200, render: (_: unknown, a) => (a.kind === 'deadline' ? `${a.oldDeadline ?? '—'} → ${a.newDeadline}` : `${a.oldTargetValue ?? '—'} → ${a.newTargetValue}`) },
            { title: t('adjust.reason'), dataIndex: 'reason', ellipsis: true },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 140,
              render: (_: unknown, a) => (
                <Space>
                  <a onClick={() => decide.mutate({ id: a.id, approve: true })}>{t('adjust.approve')}</a>
                  <a onClick={() => decide.mutate({ id: a.id, approve: false })} style={{ color: '#cf1322' }}>
                    {t('adjust.refuse')}
                  </a>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <FormModal<ReturnReport> open={!!returning} title={t('report.returnTitle')} okText={t('report.return')} onClose={() => setReturning(null)} onDone={refresh} onSubmit={(v) => api.post('/tasks/progress-reports/{id}/return', { params: { path: { id: returning!.id } }, body: v })}>
        {() => (
          <Form.Item name="comment" label={t('report.returnComment')} rules={[{ required: true, message: t('report.returnCommentRequired') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </FormModal>
    </PageContainer>
  );
}
