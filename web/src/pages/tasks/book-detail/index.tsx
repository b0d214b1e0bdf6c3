import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Popconfirm, Result, Row, Table, Tag } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { TasksAccess, type TaskSummary } from '../../../../../common/tasks';
import { ReceiverKindLabels } from '../../../../../common/tasks-progress';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { FlagTag, ProgressCell, StatusTag } from '../shared';
import { formatDateTime } from '../../../app/format';

/** A task book: its tasks and targets, and the receiver's acknowledgement of receipt. */
export default function BookDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { data: b, error } = useQuery({ queryKey: ['task-books', 'one', id], queryFn: () => api.get('/tasks/task-books/{id}', { params: { path: { id } } }) });
  const ack = useMutation({
    mutationFn: () => api.post('/tasks/task-books/{id}/acknowledge', { params: { path: { id } } }),
    onSuccess: () => {
      void message.success(t('book.ackMsg'));
      void qc.invalidateQueries({ queryKey: ['task-books'] });
    },
    onError: (e) => void message.error(e.message),
  });
  const withdraw = useMutation({ mutationFn: () => api.delete('/tasks/task-books/{id}', { params: { path: { id } } }), onSuccess: () => void navigate('/task-books'), onError: (e) => void message.error(e.message) });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!b) return null;
  return (
    <PageContainer
      title={b.title}
      crumbs={[{ title: t('book.listTitle'), path: '/task-books' }, { title: b.title }]}
      card={false}
      extra={
        <>
          {b.canAcknowledge && (
            <Button type="primary" icon={<CheckOutlined />} loading={ack.isPending} onClick={() => ack.mutate()}>
              {t('book.acknowledge')}
            </Button>
          )}
          {hasRole(TasksAccess.manage) && !b.acknowledgedAt && (
            <Popconfirm title={t('book.withdrawConfirm')} onConfirm={() => withdraw.mutate()}>
              <Button danger>{t('book.withdraw')}</Button>
            </Popconfirm>
          )}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" styles={{ label: { whiteSpace: 'nowrap', width: 110 } }}>
              <Descriptions.Item label={t('book.receiver')}>
                {b.receiverOrgName} <Tag>{label(ReceiverKindLabels[b.receiverKind])}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('plan.year')}>{b.year}</Descriptions.Item>
              <Descriptions.Item label={t('book.issuedAt')}>
                {formatDateTime(b.issuedAt)} · {b.issuedByName}
              </Descriptions.Item>
              <Descriptions.Item label={t('book.acknowledged')}>{b.acknowledgedAt ? `${formatDateTime(b.acknowledgedAt)} · ${b.acknowledgedByName ?? ''}` : <Tag color="orange">{t('book.ackNo')}</Tag>}</Descriptions.Item>
              <Descriptions.Item label={t('plan.progress')} span={2}>
                <ProgressCell percent={b.progress} />
              </Descriptions.Item>
              {b.note && (
                <Descriptions.Item label={t('book.note')} span={2}>
                  {b.note}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card title={t('book.tasks')}>
            <Table<TaskSummary>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={b.tasks}
              columns={[
                { title: t('task.number'), dataIndex: 'path', width: 110 },
                { title: t('task.title'), dataIndex: 'title', render: (v: string, x) => <Link to={`/tasks/${x.id}`}>{v}</Link> },
                { title: t('task.deadline'), dataIndex: 'deadline', width: 110 },
                { title: t('task.indicator'), key: 'target', width: 180, render: (_: unknown, x) => (x.indicatorName ? `${x.indicatorName} ${x.targetValue ?? ''}${x.indicatorUnit ?? ''}` : '—') },
                { title: t('task.progress'), dataIndex: 'progress', width: 140, render: (p: number, x) => <ProgressCell percent={p} status={x.status} /> },
                { title: t('task.status'), dataIndex: 'status', width: 140, render: (s: TaskSummary['status'], x) => (<><StatusTag status={s} /><FlagTag flag={x.flag} /></>) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('common.history')}>
            <HistoryTimeline path="/tasks/task-books/{id}/history" id={id} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
