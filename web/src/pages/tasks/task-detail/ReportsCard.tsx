import { PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Task } from '../../../../../common/tasks';
import type { ProgressReport, ReturnReport } from '../../../../../common/tasks-progress';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { ReportStatusTag } from '../shared';
import { FormModal } from './Dialogs';
import { formatDateTime } from '../../../app/format';

/** The task's progress reports, newest first; the office accepts a waiting report or returns it with a comment. */
export function ReportsCard({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [returning, setReturning] = useState<ProgressReport | null>(null);
  const { data } = useQuery({ queryKey: ['tasks', task.id, 'reports'], queryFn: () => api.get('/tasks/progress-reports', { params: { query: { taskId: task.id, pageSize: 50 } } }) });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['tasks'] });
    onChanged();
  };
  const accept = useMutation({
    mutationFn: (id: string) => api.post('/tasks/progress-reports/{id}/accept', { params: { path: { id } }, body: {} }),
    onSuccess: () => {
      void message.success(t('report.acceptedMsg'));
      refresh();
    },
    onError: (e) => void message.error(e.message),
  });

  return (
    <Card title={t('report.listTitle')} size="small">
      <List
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('report.empty') }}
        renderItem={(r) => (
          <List.Item
            actions={
              task.canManage && r.status === 'submitted'
                ? [
                    <Button key="a" type="primary" size="small" onClick={() => accept.mutate(r.id)} loading={accept.isPending}>
                      {t('report.accept')}
                    </Button>,
                    <Button key="r" size="small" danger onClick={() => setReturning(r)}>
                      {t('report.return')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  <Typography.Text strong>{r.percent}%</Typography.Text>
                  <ReportStatusTag status={r.status} />
                  <Typography.Text type="secondary">
                    {formatDateTime(r.createdAt)} · {r.reportedByName}
                  </Typography.Text>
                </Space>
              }
              description={
                <>
                  <div style={{ whiteSpace: 'pre-wrap', color: 'rgba(0,0,0,.85)' }}>{r.narrative}</div>
                  {r.actualValue !== null && <div>{t('report.actual')}：{r.actualValue}</div>}
                  {r.files.map((f) => (
                    <a key={f.id} style={{ marginRight: 12 }} onClick={() => void api.download('/tasks/progress-reports/{id}/files/{childId}', { path: { id: r.id, childId: f.id } }).catch((e: Error) => message.error(e.message))}>
                      <PaperClipOutlined /> {f.name}
                    </a>
                  ))}
                  {r.reviewComment && (
                    <div>
                      {t('report.reviewComment')}：{r.reviewComment}（{r.reviewedByName}）
                    </div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <FormModal<ReturnReport> open={!!returning} title={t('report.returnTitle')} okText={t('report.return')} onClose={() => setReturning(null)} onDone={refresh} onSubmit={(v) => api.post('/tasks/progress-reports/{id}/return', { params: { path: { id: returning!.id } }, body: v })}>
        {() => (
          <Form.Item name="comment" label={t('report.returnComment')} rules={[{ required: true, message: t('report.returnCommentRequired') }]}>
            <Input.TextArea rows={3} count={{ max: 2000 }} />
          </Form.Item>
        )}
      </FormModal>
    </Card>
  );
}
