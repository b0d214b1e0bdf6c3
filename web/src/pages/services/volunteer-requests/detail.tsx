import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import {
  type MatchSuggestion,
  type Offer,
  OfferStatusLabels,
  RecordMethodLabels,
  RecordStatusLabels,
  RequestStatusLabels,
  type ServiceRecord,
  UrgencyLabels,
  VolunteerKindLabels,
  VolunteerLanguageLabels,
  type VolunteerRequest,
  VolunteerSkillLabels,
} from '../../../../../common/services-volunteer';
import { api } from '../../../app/api-client';
import { formatDateTime } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { RequestActions } from './RequestActions';

const hours = (minutes: number) => (Math.round(minutes / 6) / 10).toFixed(1);

/** One request: what the enterprise needs, the ranked suggestion for the office, offers, service records, rating and history. */
export default function VolunteerRequestDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const key = ['services-request', id];
  const { data: r, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get('/services/volunteer-requests/{id}', { params: { path: { id } } }) });
  const manage = hasRole(['office', 'admin']);
  const { data: suggestions } = useQuery({ queryKey: ['services-suggestions', id], queryFn: () => api.get('/services/volunteer-requests/{id}/suggestions', { params: { path: { id } } }), enabled: !!r?.can.offer });
  const saved = (next: VolunteerRequest) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: ['services-suggestions', id] });
    void queryClient.invalidateQueries({ queryKey: ['history'] });
  };
  const act = (call: () => Promise<VolunteerRequest>) => void call().then(saved).catch((e: Error) => message.error(e.message));
  const offer = (volunteerId: string) => act(() => api.post('/services/volunteer-requests/{id}/offers', { params: { path: { id } }, body: { volunteerId } }));
  const review = (recordId: string, decision: 'approved' | 'rejected') => act(() => api.post('/services/volunteer-requests/{id}/records/{recordId}/review', { params: { path: { id, recordId } }, body: { decision, note: decision === 'rejected' ? t('services.req.rejectNote') : null } }));
  return (
    <PageContainer title={r ? `${r.number} ${r.title}` : t('services.req.title')} crumbs={[{ title: t('services.req.title'), path: '/services/volunteer-requests' }]} card={false} extra={r && <RequestActions r={r} onDone={saved} />}>
      {isLoading && <Card loading />}
      {r && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('services.req.enterprise')}>{r.enterpriseName}</Descriptions.Item>
              <Descriptions.Item label={t('services.req.district')}>{r.regionName}</Descriptions.Item>
              <Descriptions.Item label={t('services.req.status')}>{label(RequestStatusLabels[r.status])}</Descriptions.Item>
              <Descriptions.Item label={t('services.req.skill')}>{label(VolunteerSkillLabels[r.skill])}</Descriptions.Item>
              <Descriptions.Item label={t('services.req.language')}>{r.language ? label(VolunteerLanguageLabels[r.language]) : t('services.req.noLanguage')}</Descriptions.Item>
              <Descriptions.Item label={t('services.req.urgency')}>{label(UrgencyLabels[r.urgency])}</Descriptions.Item>
              <Descriptions.Item label={t('services.req.dueOn')}>{r.dueOn}{r.overdue && <Tag color="red" style={{ marginLeft: 8 }}>{t('services.req.overdue')}</Tag>}</Descriptions.Item>
              <Descriptions.Item label={t('services.req.dueRule')} span={2}>{r.dueRule.name}（{r.dueRule.source}）</Descriptions.Item>
              <Descriptions.Item label={t('services.req.need')} span={3}><Typography.Paragraph style={{ marginBottom: 0 }}>{r.need}</Typography.Paragraph></Descriptions.Item>
              {r.rating !== null && <Descriptions.Item label={t('services.req.rating')} span={3}>{'★'.repeat(r.rating)}{r.ratingComment ? `  ${r.ratingComment}` : ''}</Descriptions.Item>}
            </Descriptions>
          </Card>
          {r.signCode && r.status === 'accepted' && <Alert type="info" showIcon message={`${t('services.req.signCode')}：${r.signCode}`} description={t('services.req.signCodeHint')} />}
          {r.can.offer && (
            <Card title={t('services.req.suggestions')} size="small" extra={suggestions && t('services.req.candidates', { n: suggestions.candidates })}>
              <Table<MatchSuggestion>
                rowKey="volunteerId"
                size="small"
                pagination={false}
                scroll={{ x: 800 }}
                dataSource={suggestions?.items}
                columns={[
                  { title: t('services.req.volunteer'), dataIndex: 'name', width: 160, render: (v: string, s) => <span>{v}<Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{label(VolunteerKindLabels[s.kind])} · {s.affiliation}</Typography.Text></span> },
                  { title: t('services.req.score'), dataIndex: 'score', width: 70, align: 'right' },
                  { title: t('services.req.reasons'), dataIndex: 'reasons', render: (reasons: MatchSuggestion['reasons']) => <Space wrap size={4}>{reasons.map((x) => <Tag key={x.code} color={x.points > 0 ? 'green' : x.points < 0 ? 'orange' : 'default'}>{label(x)}{x.points !== 0 && ` ${x.points > 0 ? '+' : ''}${x.points}`}</Tag>)}</Space> },
                  { title: t('services.req.load'), key: 'load', width: 80, render: (_: unknown, s) => `${s.activeCount}/${s.maxActive}` },
                  { title: '', key: 'offer', width: 90, render: (_: unknown, s) => (s.alreadyOffered ? <Tag>{t('services.req.offered')}</Tag> : <Button size="small" type="primary" onClick={() => offer(s.volunteerId)}>{t('services.req.offer')}</Button>) },
                ]}
              />
            </Card>
          )}
          {r.offers.length > 0 && (
            <Card title={t('services.req.offers')} size="small">
              <Table<Offer> rowKey="id" size="small" pagination={false} scroll={{ x: 700 }} dataSource={r.offers} columns={[
                { title: t('services.req.volunteer'), dataIndex: 'volunteerName', width: 140 },
                { title: t('services.req.status'), dataIndex: 'status', width: 110, render: (v: Offer['status']) => label(OfferStatusLabels[v]) },
                { title: t('services.req.reasons'), dataIndex: 'reasons', render: (reasons: Offer['reasons']) => reasons.map((x) => label(x)).join('、') },
                { title: t('services.req.offeredAt'), dataIndex: 'offeredAt', width: 150, render: (v: string) => formatDateTime(v) },
                { title: t('services.req.declineReason'), dataIndex: 'declineReason', width: 180, render: (v: string | null) => v ?? '' },
              ]} />
            </Card>
          )}
          {r.records.length > 0 && (
            <Card title={t('services.req.records')} size="small">
              <Table<ServiceRecord> rowKey="id" size="small" pagination={false} scroll={{ x: 800 }} dataSource={r.records} columns={[
                { title: t('services.req.servedOn'), dataIndex: 'servedOn', width: 110 },
                { title: t('services.req.volunteer'), dataIndex: 'volunteerName', width: 110 },
                { title: t('services.req.hours'), dataIndex: 'minutes', width: 80, align: 'right', render: (v: number) => hours(v) },
                { title: t('services.req.method'), dataIndex: 'method', width: 100, render: (v: ServiceRecord['method']) => label(RecordMethodLabels[v]) },
                { title: t('services.req.outcome'), dataIndex: 'outcome' },
                { title: t('services.req.status'), dataIndex: 'status', width: 100, render: (v: ServiceRecord['status']) => label(RecordStatusLabels[v]) },
                { title: '', key: 'review', width: 150, render: (_: unknown, x) => manage && x.status === 'reported' && <Space size={4}><Button size="small" type="primary" onClick={() => review(x.id, 'approved')}>{t('services.req.approve')}</Button><Button size="small" onClick={() => review(x.id, 'rejected')}>{t('services.req.reject')}</Button></Space> },
              ]} />
            </Card>
          )}
          <Card title={t('services.req.history')} size="small"><HistoryTimeline path="/services/volunteer-requests/{id}/history" id={id} /></Card>
        </Space>
      )}
    </PageContainer>
  );
}
