import { AlertOutlined, EditOutlined, FormOutlined, MessageOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Col, Descriptions, Form, Input, InputNumber, Button, Radio, Result, Row, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TaskSummary } from '../../../../../common/tasks';
import type { AdjustmentKind, CommentCreate, NoticeCreate } from '../../../../../common/tasks-progress';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { FlagTag, ProgressCell, StatusTag } from '../shared';
import { TaskForm } from '../task-form/TaskForm';
import { FormModal, ReportModal } from './Dialogs';
import { ReportsCard } from './ReportsCard';
import { SupervisionCard } from './SupervisionCard';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

type Dialog = 'report' | 'edit' | 'cancel' | 'notice' | 'comment' | 'adjust' | null;

/** One key task: particulars and progress, sub-tasks, reports and their review, supervision, and the timeline of every change. */
export default function TaskDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data: task, error } = useQuery({ queryKey: ['tasks', 'one', id], queryFn: () => api.get('/tasks/{id}', { params: { path: { id } } }) });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!task) return null;
  const refresh = () => void qc.invalidateQueries({ queryKey: ['tasks'] });
  const closed = task.status === 'completed' || task.status === 'cancelled';
  const responsible = task.leadOrgId === me?.org.id && !closed;
  const fieldLabels: Record<string, string> = { status: t('task.status'), flag: t('task.flag'), progress: t('task.progress'), deadline: t('task.deadline'), title: t('task.title'), leadOrgName: t('task.lead'), weight: t('task.weight'), targetValue: t('task.target'), percent: t('report.percent'), narrative: t('report.narrative'), comment: t('report.reviewComment') };

  return (
    <PageContainer
      title={
        <>
          {task.path} {task.title} <StatusTag status={task.status} />
          <FlagTag flag={task.flag} />
        </>
      }
      crumbs={[{ title: t('plan.listTitle'), path: '/work-plans' }, { title: task.workPlanTitle, path: `/work-plans/${task.workPlanId}` }, { title: task.path }]}
      card={false}
      extra={
        <>
          {task.canReport && (
            <Button type="primary" icon={<FormOutlined />} onClick={() => setDialog('report')}>
              {t('report.title')}
            </Button>
          )}
          {responsible && (
            <Button icon={<SwapOutlined />} onClick={() => setDialog('adjust')}>
              {t('adjust.request')}
            </Button>
          )}
          {task.canManage && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t('common.edit')}
              </Button>
              {!closed && (
                <Button icon={<AlertOutlined />} danger onClick={() => setDialog('notice')}>
                  {t('notice.issue')}
                </Button>
              )}
              <Button icon={<MessageOutlined />} onClick={() => setDialog('comment')}>
                {t('comment.add')}
              </Button>
              {!closed && !task.hasChildren && (
                <Button icon={<StopOutlined />} onClick={() => setDialog('cancel')}>
                  {t('task.cancel')}
                </Button>
              )}
            </>
          )}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" styles={{ label: { whiteSpace: 'nowrap', width: 110 } }}>
              <Descriptions.Item label={t('task.progress')} span={2}>
                <ProgressCell percent={task.progress} status={task.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('task.lead')}>{task.leadOrgName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('task.supports')}>{task.supportOrgs.map((o) => o.name).join('、') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('task.deadline')}>{task.deadline ?? t('task.noDeadline')}</Descriptions.Item>
              <Descriptions.Item label={t('task.completedOn')}>{task.completedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('task.weight')}>{task.weight}</Descriptions.Item>
              <Descriptions.Item label={t('task.indicator')}>
                {task.indicatorName ? `${task.indicatorName}：${t('task.target')} ${task.targetValue ?? '—'}${task.indicatorUnit ?? ''}，${t('task.actual')} ${task.actualValue ?? '—'}` : '—'}
              </Descriptions.Item>
              {task.sourceMeetingId && (
                <Descriptions.Item label={t('task.source')} span={2}>
                  <Link to={`/meetings/${task.sourceMeetingId}`}>{t('task.fromResolution')}</Link>
                </Descriptions.Item>
              )}
              {task.description && (
                <Descriptions.Item label={t('task.description')} span={2}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{task.description}</Typography.Paragraph>
                </Descriptions.Item>
              )}
              {task.expectedOutcome && (
                <Descriptions.Item label={t('task.expectedOutcome')} span={2}>
                  {task.expectedOutcome}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          {task.children.length > 0 && (
            <Card title={t('task.children')} size="small" style={{ marginBottom: 16 }}>
              <Table<TaskSummary>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={task.children}
                columns={[
                  { title: t('task.number'), dataIndex: 'number', width: 90 },
                  { title: t('task.title'), dataIndex: 'title', render: (v: string, c) => <Link to={`/tasks/${c.id}`}>{v}</Link> },
                  { title: t('task.lead'), dataIndex: 'leadOrgName', width: 180, ellipsis: true },
                  { title: t('task.weight'), dataIndex: 'weight', width: 70 },
                  { title: t('task.progress'), dataIndex: 'progress', width: 150, render: (p: number, c) => <ProgressCell percent={p} status={c.status} /> },
                  { title: t('task.status'), dataIndex: 'status', width: 140, render: (s: TaskSummary['status'], c) => (<><StatusTag status={s} /><FlagTag flag={c.flag} /></>) },
                ]}
              />
            </Card>
          )}
          <div style={{ marginBottom: 16 }}>
            <ReportsCard task={task} onChanged={refresh} />
          </div>
          <SupervisionCard task={task} onChanged={refresh} />
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('task.timeline')}>
            <HistoryTimeline path="/tasks/{id}/history" id={task.id} fieldLabels={fieldLabels} />
          </Card>
        </Col>
      </Row>
      <ReportModal open={dialog === 'report'} taskId={task.id} current={task.progress} hasTarget={task.targetValue !== null} onClose={() => setDialog(null)} onDone={refresh} />
      <TaskForm open={dialog === 'edit'} workPlanId={task.workPlanId} parent={null} task={task} onClose={() => setDialog(null)} onSaved={() => { setDialog(null); refresh(); }} />
      <FormModal<{ reason: string }> open={dialog === 'cancel'} title={t('task.cancel')} onClose={() => setDialog(null)} onDone={refresh} onSubmit={(v) => api.post('/tasks/{id}/cancel', { params: { path: { id: task.id } }, body: v })}>
        {() => (
          <Form.Item name="reason" label={t('task.cancelReason')} rules={[{ required: true, message: t('task.cancelReasonRequired') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<NoticeCreate> open={dialog === 'notice'} title={t('notice.issue')} initialValues={{ responseDays: 5, reason: task.status === 'overdue' ? t('notice.defaultReason', { deadline: task.deadline ?? '' }) : '' }} onClose={() => setDialog(null)} onDone={refresh} onSubmit={(v) => api.post('/tasks/{id}/notices', { params: { path: { id: task.id } }, body: v })}>
        {() => (
          <>
            <Form.Item name="reason" label={t('notice.reason')} rules={[{ required: true, message: t('notice.reasonRequired') }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="requirement" label={t('notice.requirement')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="responseDays" label={t('notice.responseDays')}>
              <InputNumber min={1} max={60} suffix={t('notice.workingDays')} style={{ width: 180 }} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<CommentCreate> open={dialog === 'comment'} title={t('comment.add')} onClose={() => setDialog(null)} onDone={refresh} onSubmit={(v) => api.post('/tasks/{id}/comments', { params: { path: { id: task.id } }, body: v })}>
        {() => (
          <>
            <Form.Item name="authorName" label={t('comment.author')} rules={[{ required: true, message: t('comment.authorRequired') }]}>
              <Input count={{ max: 50 }} />
            </Form.Item>
            <Form.Item name="authorTitle" label={t('comment.authorTitle')}>
              <Input count={{ max: 100 }} />
            </Form.Item>
            <Form.Item name="body" label={t('comment.body')} rules={[{ required: true, message: t('comment.bodyRequired') }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ kind: AdjustmentKind; newDeadline?: Dayjs; newTargetValue?: number; reason: string }>
        open={dialog === 'adjust'}
        title={t('adjust.request')}
        initialValues={{ kind: 'deadline' }}
        onClose={() => setDialog(null)}
        onDone={refresh}
        onSubmit={(v) => api.post('/tasks/{id}/adjustments', { params: { path: { id: task.id } }, body: { kind: v.kind, newDeadline: v.newDeadline?.format('YYYY-MM-DD') ?? null, newTargetValue: v.newTargetValue ?? null, reason: v.reason } })}
      >
        {(form) => (
          <>
            <Form.Item name="kind" label={t('adjust.kind')}>
              <Radio.Group options={[{ value: 'deadline', label: t('adjust.deadline') }, { value: 'target', label: t('adjust.target') }]} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate>
              {() =>
                form.getFieldValue('kind') === 'target' ? (
                  <Form.Item name="newTargetValue" label={t('adjust.newTarget')}>
                    <InputNumber min={0} style={{ width: 200 }} />
                  </Form.Item>
                ) : (
                  <Form.Item rules={[dateRule()]} name="newDeadline" label={t('adjust.newDeadline')}>
                    <DateInput />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item name="reason" label={t('adjust.reason')} rules={[{ required: true, message: t('adjust.reasonRequired') }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </PageContainer>
  );
}
