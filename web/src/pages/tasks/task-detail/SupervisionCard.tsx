import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Task } from '../../../../../common/tasks';
import { AdjustmentKindLabels, AdjustmentStatusLabels, type Notice, type NoticeRespond } from '../../../../../common/tasks-progress';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { NoticeStatusTag } from '../shared';
import { FormModal } from './Dialogs';
import { formatDateTime } from '../../../app/format';

/** Supervision notices with their answers, leader comments, and requests to adjust the task. */
export function SupervisionCard({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { me } = useSession();
  const qc = useQueryClient();
  const [responding, setResponding] = useState<Notice | null>(null);
  const { data: notices } = useQuery({ queryKey: ['tasks', task.id, 'notices'], queryFn: () => api.get('/tasks/supervision-notices', { params: { query: { taskId: task.id, pageSize: 50 } } }) });
  const { data: comments = [] } = useQuery({ queryKey: ['tasks', task.id, 'comments'], queryFn: () => api.get('/tasks/{id}/comments', { params: { path: { id: task.id } } }) });
  const { data: adjustments } = useQuery({ queryKey: ['tasks', task.id, 'adjustments'], queryFn: () => api.get('/tasks/adjustments', { params: { query: { taskId: task.id, pageSize: 50 } } }) });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['tasks'] });
    onChanged();
  };
  const onError = (e: Error) => void message.error(e.message);
  const close = useMutation({ mutationFn: (id: string) => api.post('/tasks/supervision-notices/{id}/close', { params: { path: { id } } }), onSuccess: refresh, onError });
  const decide = useMutation({ mutationFn: (v: { id: string; approve: boolean }) => api.post(v.approve ? '/tasks/adjustments/{id}/approve' : '/tasks/adjustments/{id}/refuse', { params: { path: { id: v.id } }, body: { comment: null } }), onSuccess: refresh, onError });
  const responsible = task.leadOrgId === me?.org.id;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card title={t('notice.title')} size="small">
        <List
          dataSource={notices?.items ?? []}
          locale={{ emptyText: t('notice.empty') }}
          renderItem={(n) => (
            <List.Item
              actions={[
                responsible && (n.status === 'open' || n.status === 'escalated') ? (
                  <Button key="r" size="small" type="primary" onClick={() => setResponding(n)}>
                    {t('notice.respond')}
                  </Button>
                ) : null,
                task.canManage && n.status !== 'closed' ? (
                  <Button key="c" size="small" onClick={() => close.mutate(n.id)}>
                    {t('notice.close')}
                  </Button>
                ) : null,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Typography.Text strong>{n.number}</Typography.Text>
                    <NoticeStatusTag status={n.status} level={n.level} />
                    <Typography.Text type="secondary">
                      {formatDateTime(n.issuedAt)} · {n.issuedByName} · {t('notice.due', { date: n.responseDue })}
                    </Typography.Text>
                  </Space>
                }
                description={
                  <>
                    <div>{n.reason}</div>
                    {n.requirement && <div>{t('notice.requirement')}：{n.requirement}</div>}
                    {n.response && (
                      <div>
                        {t('notice.response')}：{n.response}（{n.respondedByName}，{formatDateTime(n.respondedAt)}）
                      </div>
                    )}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('comment.title')} size="small">
        <List
          dataSource={comments}
          locale={{ emptyText: t('comment.empty') }}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta title={`${c.authorName}${c.authorTitle ? `（${c.authorTitle}）` : ''}`} description={<><div style={{ color: 'rgba(0,0,0,.85)' }}>{c.body}</div><Typography.Text type="secondary">{formatDateTime(c.createdAt)} · {t('comment.recordedBy', { name: c.createdByName ?? '—' })}</Typography.Text></>} />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('adjust.title')} size="small">
        <List
          dataSource={adjustments?.items ?? []}
          locale={{ emptyText: t('adjust.empty') }}
          renderItem={(a) => (
            <List.Item
              actions={
                task.canManage && a.status === 'pending'
                  ? [
                      <Button key="y" size="small" type="primary" onClick={() => decide.mutate({ id: a.id, approve: true })}>
                        {t('adjust.approve')}
                      </Button>,
                      <Button key="n" size="small" danger onClick={() => decide.mutate({ id: a.id, approve: false })}>
                        {t('adjust.refuse')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {label(AdjustmentKindLabels[a.kind])}
                    <Tag color={AdjustmentStatusLabels[a.status].color}>{label(AdjustmentStatusLabels[a.status])}</Tag>
                    <Typography.Text type="secondary">{a.kind === 'deadline' ? `${a.oldDeadline ?? '—'} → ${a.newDeadline}` : `${a.oldTargetValue ?? '—'} → ${a.newTargetValue}`}</Typography.Text>
                  </Space>
                }
                description={`${a.reason}（${a.orgName}，${formatDateTime(a.createdAt)}）`}
              />
            </List.Item>
          )}
        />
      </Card>
      <FormModal<NoticeRespond> open={!!responding} title={t('notice.respondTitle', { number: responding?.number ?? '' })} onClose={() => setResponding(null)} onDone={refresh} onSubmit={(v) => api.post('/tasks/supervision-notices/{id}/respond', { params: { path: { id: responding!.id } }, body: v })}>
        {() => (
          <Form.Item name="response" label={t('notice.response')} rules={[{ required: true, message: t('notice.responseRequired') }]}>
            <Input.TextArea rows={4} count={{ max: 2000 }} />
          </Form.Item>
        )}
      </FormModal>
    </Space>
  );
}
