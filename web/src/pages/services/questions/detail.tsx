import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Descriptions, List, Rate, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { AssigneeKindLabels, EscalationTargetLabels, MessageKindLabels, type QuestionDetail, QuestionCategoryLabels, QuestionStatusLabels } from '../../../../../common/services-desk';
import { api } from '../../../app/api-client';
import { formatDateTime } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { AssignCard, EscalateCard, MessageCard, PublishCard, RateCard } from './actions';

/** One question: its clocks, the thread (notes only for those who answer) and what the caller may do next. */
export default function QuestionDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = ['services-question', id];
  const { data: q, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get('/services/questions/{id}', { params: { path: { id } } }) });
  const done = (next: QuestionDetail) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: ['history'] });
    void message.success(t('common.saved'));
  };
  const late = (text: string, isLate: boolean) => (isLate ? <Typography.Text type="danger">{text} · {t('services.q.late')}</Typography.Text> : text);
  return (
    <PageContainer title={q ? `${q.number} · ${q.title}` : t('services.questions.title')} crumbs={[{ title: t('services.questions.title'), path: '/services/questions' }]} card={false}>
      {isLoading && <Card loading />}
      {q && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('services.q.status')}><Tag color={QuestionStatusLabels[q.status].color}>{label(QuestionStatusLabels[q.status])}</Tag></Descriptions.Item>
              <Descriptions.Item label={t('services.q.category')}>{label(QuestionCategoryLabels[q.category])}</Descriptions.Item>
              <Descriptions.Item label={t('services.q.asker')}>{q.askerName}</Descriptions.Item>
              <Descriptions.Item label={t('services.q.assignee')}>{q.assigneeKind ? `${label(AssigneeKindLabels[q.assigneeKind])} · ${q.assigneeName ?? ''}` : t('services.q.noAssignee')}</Descriptions.Item>
              <Descriptions.Item label={t('services.q.askedOn')}>{q.askedOn}</Descriptions.Item>
              <Descriptions.Item label={t('services.q.firstAnswerDue')}>{late(q.firstAnswerDue, q.lateFirstAnswer)}</Descriptions.Item>
              <Descriptions.Item label={t('services.q.firstAnsweredOn')}>{q.firstAnsweredOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('services.q.nextAnswerDue')}>{q.nextAnswerDue ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('services.q.resolutionDue')}>{late(q.resolutionDue, q.lateResolution)}</Descriptions.Item>
              <Descriptions.Item label={t('services.q.resolvedOn')}>{q.resolvedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('services.q.pausedDays')}>{q.pausedDays}</Descriptions.Item>
              <Descriptions.Item label={t('services.q.rating')}>{q.rating ? <Rate disabled value={q.rating} /> : '—'}{q.ratingComment ? ` ${q.ratingComment}` : ''}</Descriptions.Item>
              {q.escalation && (
                <Descriptions.Item label={t('services.q.escalatedTo')} span={3}>
                  {label(EscalationTargetLabels[q.escalation.target])}{' '}<Link to={q.escalation.target === 'mediation' ? `/protection/cases/${q.escalation.caseId}` : `/centre/filings?status=invited`}>{q.escalation.caseNo}</Link>
                </Descriptions.Item>
              )}
              {q.knowledgeId && <Descriptions.Item label={t('services.q.published')} span={3}><Link to="/p/services/knowledge">{t('services.kb.title')}</Link></Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={t('services.q.thread')} size="small">
            <List
              dataSource={q.messages}
              renderItem={(m) => (
                <List.Item style={m.kind === 'note' ? { background: '#fffbe6' } : undefined}>
                  <List.Item.Meta
                    title={<Space wrap><Tag color={m.kind === 'note' ? 'gold' : m.kind === 'reply' ? 'blue' : 'default'}>{label(MessageKindLabels[m.kind])}</Tag>{m.authorName}<Typography.Text type="secondary">{formatDateTime(m.createdAt)}</Typography.Text></Space>}
                    description={
                      <Space direction="vertical" style={{ width: '100%' }}>
                        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{m.body}</Typography.Paragraph>
                        {m.files.map((f) => (
                          <Typography.Link key={f.id} onClick={() => void api.download('/services/questions/{id}/files/{fileId}', { path: { id: q.id, fileId: f.id } }, f.name).catch((e: Error) => message.error(e.message))}>
                            <PaperClipOutlined /> {f.name}
                          </Typography.Link>
                        ))}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
          {q.can.assign && <AssignCard q={q} done={done} />}
          {(q.can.answer || q.can.note || q.can.followUp) && <MessageCard key={q.status} q={q} done={done} />}
          {q.can.rate && <RateCard q={q} done={done} />}
          {q.can.publish && <PublishCard q={q} done={done} />}
          {q.can.escalate && <EscalateCard q={q} done={done} />}
          <Card title={t('services.q.history')} size="small"><HistoryTimeline path="/services/questions/{id}/history" id={id} /></Card>
        </Space>
      )}
    </PageContainer>
  );
}
