import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Meeting } from '../../../../../common/conference';
import { MinutesStatusLabels, type Resolution } from '../../../../../common/conference-records';
import { TaskFlagLabels, TaskStatusLabels, type TaskSummary } from '../../../../../common/tasks';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';
import { ResolutionToTask } from './ResolutionToTask';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

/** Minutes from draft to approved, and the resolutions (议定事项), each of which becomes a key task in one step. */
export function MinutesTab({ meeting: m }: { meeting: Meeting }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const key = ['meetings', m.id, 'record'];
  const { data } = useQuery({ queryKey: key, queryFn: () => api.get('/conference/meetings/{id}/record', { params: { path: { id: m.id } } }) });
  const [body, setBody] = useState('');
  const [converting, setConverting] = useState<Resolution | null>(null);
  const [resForm] = Form.useForm<{ text: string; leadOrgId?: string; dueDate?: Dayjs }>();
  // The key tasks made from this meeting's resolutions, so that each resolution shows how its task stands.
  const { data: made } = useQuery({
    queryKey: [...key, 'tasks'],
    queryFn: () => api.get('/tasks', { params: { query: { meetingId: m.id, pageSize: 100 } } }),
    enabled: (data?.resolutions ?? []).some((r) => r.taskId),
  });
  const taskOf = (id: string | null): TaskSummary | undefined => (id ? made?.items.find((x) => x.id === id) : undefined);
  useEffect(() => setBody(data?.minutes?.body ?? ''), [data?.minutes?.body]);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['meetings', m.id] });
  const onError = (e: Error) => void message.error(e.message);
  const save = useMutation({ mutationFn: () => api.put('/conference/meetings/{id}/minutes', { params: { path: { id: m.id } }, body: { body } }), onSuccess: () => { void message.success(t('common.saved')); refresh(); }, onError });
  const approve = useMutation({ mutationFn: () => api.post('/conference/meetings/{id}/minutes/approve', { params: { path: { id: m.id } } }), onSuccess: () => { void message.success(t('minutes.approvedMsg')); refresh(); }, onError });
  const reopen = useMutation({ mutationFn: () => api.post('/conference/meetings/{id}/minutes/reopen', { params: { path: { id: m.id } } }), onSuccess: refresh, onError });
  const addResolution = useMutation({
    mutationFn: (v: { text: string; leadOrgId?: string; dueDate?: Dayjs }) => api.post('/conference/meetings/{id}/resolutions', { params: { path: { id: m.id } }, body: { text: v.text, leadOrgId: v.leadOrgId ?? null, dueDate: v.dueDate?.format('YYYY-MM-DD') ?? null } }),
    onSuccess: () => {
      resForm.resetFields();
      refresh();
    },
    onError: (e) => {
      const text = applyApiError(resForm, e);
      if (text) void message.error(text);
    },
  });
  const removeResolution = useMutation({ mutationFn: (id: string) => api.delete('/conference/resolutions/{id}', { params: { path: { id } } }), onSuccess: refresh, onError });
  const minutes = data?.minutes;
  const approved = minutes?.status === 'approved';

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Card size="small" title={t('minutes.title')} extra={minutes && <Tag color={approved ? 'green' : 'orange'}>{label(MinutesStatusLabels[minutes.status])}</Tag>}>
        {!m.canManage && !minutes && <Typography.Text type="secondary">{t('minutes.none')}</Typography.Text>}
        {(m.canManage || minutes) && (
          <>
            {m.canManage && !approved ? (
              <Input.TextArea aria-label={t('minutes.title')} rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
            ) : (
              // Approved minutes are a document to read, not a box to type in.
              <Typography.Paragraph aria-label={t('minutes.title')} style={{ whiteSpace: 'pre-wrap', padding: '12px 16px', background: '#fafafa', borderLeft: '3px solid #52c41a', marginBottom: 8 }}>
                {minutes?.body || t('minutes.empty')}
              </Typography.Paragraph>
            )}
            {approved && <Typography.Text type="secondary">{t('minutes.approvedBy', { name: minutes.approvedByName ?? '—' })}</Typography.Text>}
            {m.canManage && (
              <Space style={{ marginTop: 12 }}>
                {!approved && (
                  <Button loading={save.isPending} onClick={() => save.mutate()}>
                    {t('minutes.saveDraft')}
                  </Button>
                )}
                {!approved && minutes && (
                  <Popconfirm title={t('minutes.approveConfirm')} onConfirm={() => approve.mutate()}>
                    <Button type="primary">{t('minutes.approve')}</Button>
                  </Popconfirm>
                )}
                {approved && <Button onClick={() => reopen.mutate()}>{t('minutes.reopen')}</Button>}
              </Space>
            )}
          </>
        )}
      </Card>
      <Card size="small" title={t('res.title')}>
        <List
          dataSource={data?.resolutions ?? []}
          locale={{ emptyText: t('res.empty') }}
          renderItem={(r) => (
            <List.Item
              actions={[
                r.taskId ? (
                  <Link key="task" to={`/tasks/${r.taskId}`}>
                    {t('res.viewTask')}
                  </Link>
                ) : m.canManage ? (
                  <Button key="to" size="small" type="primary" onClick={() => setConverting(r)}>
                    {t('res.toTask')}
                  </Button>
                ) : null,
                m.canManage && !r.taskId ? (
                  <Popconfirm key="del" title={t('common.confirmDelete')} onConfirm={() => removeResolution.mutate(r.id)}>
                    <a>{t('common.delete')}</a>
                  </Popconfirm>
                ) : null,
              ]}
            >
              <List.Item.Meta
                title={`${r.seq}. ${r.text}`}
                description={
                  <Space size={[12, 4]} wrap>
                    {r.leadOrgName && <span>{`${t('res.lead')}：${r.leadOrgName}`}</span>}
                    {r.dueDate && <span>{`${t('res.due')}：${r.dueDate}`}</span>}
                    {r.taskId && <ResolutionTaskState task={taskOf(r.taskId)} />}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
        {m.canManage && (
          <Form form={resForm} name="add-resolution" layout="inline" onFinish={(v) => addResolution.mutate(v)} style={{ marginTop: 12, rowGap: 8 }}>
            <Form.Item name="text" rules={[{ required: true, message: t('res.textRequired') }]}>
              <Input placeholder={t('res.text')} style={{ width: 380 }} />
            </Form.Item>
            <Form.Item name="leadOrgId">
              <OrgPicker allowClear placeholder={t('res.lead')} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item rules={[dateRule()]} name="dueDate">
              <DateInput placeholder={t('res.due')} />
            </Form.Item>
            <Button htmlType="submit" loading={addResolution.isPending}>
              {t('res.add')}
            </Button>
          </Form>
        )}
        {m.canManage && (data?.resolutions ?? []).some((r) => !r.taskId) && <Alert type="info" showIcon title={t('res.hint')} style={{ marginTop: 12 }} />}
      </Card>
      <ResolutionToTask meeting={m} resolution={converting} onClose={() => setConverting(null)} onDone={() => { setConverting(null); refresh(); }} />
    </Space>
  );
}

/** How the key task made from a resolution stands: its number, state, flag and deadline. */
function ResolutionTaskState({ task }: { task: TaskSummary | undefined }) {
  const { t, label } = useI18n();
  if (!task) return <span>{t('res.converted')}</span>;
  return (
    <span data-testid="resolution-task">
      {t('res.taskLine', { path: task.path, deadline: task.deadline ?? '—' })}{' '}
      <Tag color={TaskStatusLabels[task.status].color}>{label(TaskStatusLabels[task.status])}</Tag>
      {task.flag !== 'none' && <Tag color={task.flag === 'red' ? '#cf1322' : '#faad14'}>{label(TaskFlagLabels[task.flag])}</Tag>}
    </span>
  );
}
